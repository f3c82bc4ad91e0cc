// Places outside Syria and Iraq: first-level divisions worldwide, smaller towns
// in a country the document names, press spellings, and facilities and
// localities read from the grammar. All sentences are written for these tests.

import { describe, expect, it } from "vitest";
import { createContext } from "../context.js";
import { PlaceExtractor } from "./places.js";
import type { Annotations, PlaceMention } from "./types.js";

function places(text: string): PlaceMention[] {
  const doc: Annotations = { text, published: null, sentences: [], tokens: [], counts: [], dates: [], places: [], actors: [], attributions: [] };
  const ctx = createContext({ docId: "t", published: null });
  new PlaceExtractor().annotate(doc, ctx);
  for (const p of doc.places) expect(text.slice(p.start, p.end)).toBe(p.text);
  return doc.places;
}
const find = (ps: PlaceMention[], text: string) => ps.find((p) => p.text === text);

describe("regions of conflict zones", () => {
  it("reads oblasts and regions, including the Ukrainian adjectival names", () => {
    const ps = places("Drones struck the Kherson region and the Donetsk Oblast, officials in Sumy Oblast said, and shelling hit Belgorod region in Russia.");
    expect(find(ps, "Kherson region")).toMatchObject({ country: "UA", kind: "admin1" });
    expect(find(ps, "Donetsk Oblast")).toMatchObject({ name: "Donetsk", country: "UA", kind: "admin1" });
    expect(find(ps, "Sumy Oblast")).toMatchObject({ name: "Sumy", country: "UA", kind: "admin1" });
    expect(find(ps, "Belgorod region")).toMatchObject({ country: "RU", kind: "admin1" });
  });

  it("does not turn a common word that names a division into a place", () => {
    const ps = places("The Delta variant spread. Officials on the Plateau of doubt said Rivers of money flowed. Nigeria was calm.");
    expect(ps.map((p) => p.text)).toEqual(["Nigeria"]);
  });
});

describe("smaller towns and press spellings", () => {
  it("finds a town of a few thousand people when its country is named", () => {
    const without = places("Troops withdrew from Lakki at dawn.");
    expect(find(without, "Lakki")).toBeUndefined();
    const ps = places("Troops in Pakistan withdrew from Lakki at dawn.");
    expect(find(ps, "Lakki")).toMatchObject({ country: "PK", kind: "city" });
  });

  it("does not read surnames or 'the White House' as small towns of a named country", () => {
    const ps = places("In the United States, Senator Graham said Warren and Hudson disagreed; reporters in the White House asked Wilson.");
    expect(ps.map((p) => p.text)).toEqual(["United States"]);
  });

  it("maps press spellings to one canonical name", () => {
    const ps = places("Buses left Kiev for Odessa, while in Sudan the army retook Wad Medani and aid reached Sana'a in Yemen.");
    expect(find(ps, "Kiev")).toMatchObject({ name: "Kyiv", country: "UA" });
    expect(find(ps, "Odessa")).toMatchObject({ name: "Odesa", country: "UA" });
    expect(find(ps, "Wad Medani")).toMatchObject({ name: "Wad Madani", country: "SD" });
    expect(find(ps, "Sana'a")).toMatchObject({ name: "Sanaa", country: "YE" });
  });

  it("knows conflict-zone regions, crossings and other names for countries", () => {
    const ps = places(
      "Trucks waited at the Rafah crossing into the Gaza Strip; the Habur border gate with Türkiye stayed shut; fighters from Donbas and Crimea, DR Congo and Ivory Coast were named, as were the occupied Palestinian territories.",
    );
    expect(find(ps, "Rafah crossing")).toMatchObject({ country: "PS", kind: "facility" });
    expect(find(ps, "Gaza Strip")).toMatchObject({ name: "Gaza", country: "PS" });
    expect(find(ps, "Habur border gate")).toMatchObject({ name: "Habur border crossing", country: "TR" });
    expect(find(ps, "Türkiye")).toMatchObject({ name: "Turkey", country: "TR" });
    expect(find(ps, "Donbas")).toMatchObject({ country: "UA", kind: "region" });
    expect(find(ps, "Crimea")).toMatchObject({ country: "UA" });
    expect(find(ps, "DR Congo")).toMatchObject({ country: "CD" });
    expect(find(ps, "Ivory Coast")).toMatchObject({ country: "CI" });
    expect(find(ps, "occupied Palestinian territories")).toMatchObject({ country: "PS" });
  });

  it("keeps a place that opens an institution's name, tagged as such", () => {
    const ps = places("The Gaza health ministry said 40 people died. Gaza was quiet on Sunday.");
    const [first, second] = ps.filter((p) => p.name === "Gaza");
    expect(first.tags).toContain("place/org-name");
    expect(second.tags).not.toContain("place/org-name");
  });
});

describe("facilities and localities from the grammar", () => {
  it("places a small town named with its prison or district even when the page names no country", () => {
    const ps = places("About 500 inmates fled Narsingdi District Jail on Friday. Officials in Narsingdi said many had returned.");
    expect(ps.filter((p) => p.text.startsWith("Narsingdi")).map((p) => p.country)).toEqual(["BD", "BD"]);
  });

  it("reads '<Name> prison' and places it by the following 'near X'", () => {
    const ps = places("Guards moved 30 inmates out of Marwa prison near Kandahar in Afghanistan.");
    const p = find(ps, "Marwa prison")!;
    expect(p).toMatchObject({ name: "Marwa prison", kind: "facility", country: "AF" });
    expect(p.tags).toEqual(expect.arrayContaining(["place/grammar", "place/inferred"]));
    expect(p.lat).toBeCloseTo(find(ps, "Kandahar")!.lat!, 3);
  });

  it("reads a capitalised institution name like 'the National Penitentiary' in the document's country", () => {
    const ps = places("Gangs in Haiti stormed the National Penitentiary and freed most of its inmates, the government of Haiti said.");
    expect(find(ps, "National Penitentiary")).toMatchObject({ name: "National Penitentiary", kind: "facility", country: "HT" });
  });

  it("reads modifiers between the name and the head noun", () => {
    const ps = places("Shells landed on the Zamzam displacement camp outside El Fasher in Sudan.");
    expect(find(ps, "Zamzam displacement camp")).toMatchObject({ kind: "facility", country: "SD" });
  });

  it("reads 'the village of X' and takes the country from the place named before it", () => {
    const ps = places("Settlers attacked the West Bank village of Umm Safa on Friday.");
    expect(find(ps, "Umm Safa")).toMatchObject({ name: "Umm Safa", kind: "city", country: "PS" });
  });

  it("reads 'X district' and 'X local government area'", () => {
    const ps = places(
      "Militants ambushed a patrol in Kurram district in Pakistan, police said; in Nigeria, kidnappers struck in Kajuru local government area.",
    );
    expect(find(ps, "Kurram district")).toMatchObject({ name: "Kurram", kind: "admin2", country: "PK" });
    expect(find(ps, "Kajuru local government area")).toMatchObject({ name: "Kajuru", kind: "admin2", country: "NG" });
  });

  it("reads 'in X, <division>' apposition", () => {
    const ps = places("The students were seized from a school in Ungwan Gaya, Kaduna State, on Monday.");
    expect(find(ps, "Ungwan Gaya")).toMatchObject({ kind: "city", country: "NG" });
  });

  it("takes a district of a small country only when the document names that country", () => {
    expect(places("Protesters marched through Bel Air on Sunday.")).toEqual([]);
  });

  it("reads coordinated names before a plural locality noun, all placed by what follows", () => {
    const ps = places("Patrols searched the Carrefour-Feuilles and Solino neighbourhoods of Port-au-Prince in Haiti.");
    expect(find(ps, "Carrefour-Feuilles")).toMatchObject({ kind: "city", country: "HT" });
    expect(find(ps, "Solino")).toMatchObject({ kind: "city", country: "HT" });
  });

  it("keeps one sense of a name through the document", () => {
    const ps = places("Families were bussed to the al-Jeddah camp in Iraq. They will stay at Jeddah for months.");
    const bare = ps.find((p) => p.text === "Jeddah")!;
    expect(bare).toMatchObject({ country: "IQ", kind: "facility" });
    expect(bare.tags).toContain("place/same-as");
    expect(places("Pilgrims landed in Jeddah.").find((p) => p.text === "Jeddah")).toMatchObject({ country: "SA" });
  });

  it("keeps a curated region's kind when 'region' follows it", () => {
    const ps = places("Fighting spread across the Darfur region.");
    expect(find(ps, "Darfur region")).toMatchObject({ name: "Darfur", kind: "region", country: "SD" });
  });

  it("does not make places of common nouns, factions, people or acronyms", () => {
    const texts = [
      "The Harris camp said the vote was fair. Supporters at a Republican base rallied in Ohio in the United States.",
      "According to Smith, Iraq has agreed to the deal.",
      "Fighters moved to a Turkish base and then to an army camp in Syria.",
      "ISIS camp guards in Syria fled. The refugee camp in Syria was crowded.",
      "The Kurdish village and the Christian town in Iraq were spared.",
    ];
    for (const t of texts) {
      const grammar = places(t).filter((p) => p.tags.includes("place/grammar"));
      expect(
        grammar.map((p) => p.text),
        t,
      ).toEqual([]);
    }
  });

  it("drops a grammar place when the document names no country at all", () => {
    expect(places("Inmates escaped from Blackrock prison last week.")).toEqual([]);
  });
});

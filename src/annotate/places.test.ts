import { describe, expect, it } from "vitest";
import { createContext } from "../context.js";
import { PlaceExtractor } from "./places.js";
import type { Annotations, PlaceMention } from "./types.js";

function places(text: string): PlaceMention[] {
  const doc: Annotations = { text, published: null, sentences: [], tokens: [], counts: [], dates: [], places: [], actors: [], attributions: [] };
  const ctx = createContext({ docId: "t", published: null, debug: true });
  new PlaceExtractor().annotate(doc, ctx);
  for (const p of doc.places) expect(text.slice(p.start, p.end)).toBe(p.text);
  return doc.places;
}

const names = (ps: PlaceMention[]) => ps.map((p) => p.name);
const find = (ps: PlaceMention[], text: string) => ps.find((p) => p.text === text);

describe("PlaceExtractor", () => {
  it("reads a facility named after its district, even where the town also opens an official's title", () => {
    const ps = places("Rioters broke into Sherpur district jail on Monday evening. Sherpur Deputy Commissioner Rahim Uddin said order was restored.");
    expect(find(ps, "Sherpur district jail")).toMatchObject({ kind: "facility", country: "BD" });
  });

  it("finds countries with ISO codes and centroids", () => {
    const ps = places("Officials in Baghdad said the convoy crossed from Syria into Iraq overnight.");
    const syria = find(ps, "Syria")!;
    expect(syria).toMatchObject({ name: "Syria", country: "SY", kind: "country" });
    expect(syria.lat).toBeGreaterThan(30);
    expect(find(ps, "Iraq")).toMatchObject({ country: "IQ", kind: "country" });
    expect(find(ps, "Baghdad")).toMatchObject({ name: "Baghdad", country: "IQ", kind: "city" });
  });

  it("maps press spellings of camps, prisons and towns to one canonical name", () => {
    const ps = places(
      "Guards at Al-Hawl Camp and the al-Hol camp annex reported calm; a jail in Shaddadeh and the al-Shaddadi lockup were emptied. Convoys left Hassakeh for Qamishlo.",
    );
    expect(find(ps, "Al-Hawl Camp")).toMatchObject({ name: "al-Hol camp", country: "SY", kind: "facility", admin1: "Al-Hasakah" });
    expect(find(ps, "al-Hol camp")?.name).toBe("al-Hol camp");
    expect(find(ps, "Shaddadeh")?.name).toBe("Shaddadi");
    expect(find(ps, "al-Shaddadi")?.name).toBe("Shaddadi");
    expect(find(ps, "Hassakeh")).toMatchObject({ name: "Hasakah", country: "SY" });
    expect(find(ps, "Qamishlo")?.name).toBe("Qamishli");
  });

  it("takes province and facility words into the span", () => {
    const ps = places("The detainees were held in Hasakah province before a move to the Raqqa prison and then Diyala governorate in Iraq.");
    expect(find(ps, "Hasakah province")).toMatchObject({ name: "Hasakah", kind: "admin1", country: "SY" });
    expect(find(ps, "Raqqa prison")).toMatchObject({ name: "Raqqa prison", kind: "facility" });
    expect(find(ps, "Diyala governorate")).toMatchObject({ name: "Diyala", kind: "admin1", country: "IQ" });
  });

  it("builds regions from compass words before a country", () => {
    const ps = places("Fighting spread across northern and eastern Syria while north-east Iraq stayed quiet; clashes in southern Lebanon continued.");
    expect(find(ps, "northern and eastern Syria")).toMatchObject({ name: "northern and eastern Syria", kind: "region", country: "SY" });
    expect(find(ps, "north-east Iraq")).toMatchObject({ kind: "region", country: "IQ" });
    expect(find(ps, "southern Lebanon")).toMatchObject({ name: "southern Lebanon", country: "LB" });
  });

  it("tags demonyms by the noun they qualify", () => {
    const ps = places("Syrian prisons are full, Iraqi officials said, and Afghan and Pakistani militiamen crossed onto Iraqi soil.");
    const tagOf = (t: string, n = 0) => ps.filter((p) => p.text === t)[n];
    expect(tagOf("Syrian")).toMatchObject({ name: "Syria", country: "SY", kind: "demonym" });
    expect(tagOf("Syrian").tags).toContain("demonym/place");
    expect(tagOf("Iraqi").tags).toContain("demonym/person");
    expect(tagOf("Afghan").tags).toContain("demonym/person");
    expect(tagOf("Iraqi", 1).tags).toContain("demonym/place");
  });

  it("does not turn common words or given names into places", () => {
    const ps = places("Top commanders met on Monday. Of the captives, Mary L. Williams wrote that the Deal was done. Tyler Johnson agreed.");
    expect(ps).toEqual([]);
  });

  it("keeps the country word inside an organisation's name out", () => {
    const ps = places("The Syrian Democratic Forces and the Syrian Network for Human Rights both commented.");
    expect(ps).toEqual([]);
  });

  it("requires capitals and whole words", () => {
    expect(places("the syrians and iraqis spoke of raqqa")).toEqual([]);
    expect(places("Iraqis and Syrians gathered.")).toEqual([]);
  });

  it("unlocks small towns only when their country is named", () => {
    const alone = places("Residents of Tal Tamr described the night.");
    expect(names(alone)).toEqual(["Tal Tamr"]); // curated, always on
    const gated = places("Shelling hit Al-Malikiyah.");
    expect(gated).toEqual([]);
    const withCountry = places("Shelling hit Al-Malikiyah in Syria.");
    expect(find(withCountry, "Al-Malikiyah")).toMatchObject({ country: "SY" });
  });

  it("drops a town name that the document also uses inside a person's name", () => {
    const ps = places("In Syria, Bashar al-Assad fell. Later Bashar fled.");
    expect(names(ps)).toEqual(["Syria"]);
  });

  it("prefers a candidate in a country the document names", () => {
    const ps = places("Damascus, Syria, was calm.");
    expect(find(ps, "Damascus")).toMatchObject({ country: "SY" });
  });

  it("keeps 'the city of' in the span", () => {
    const ps = places("Troops entered the city of Mosul at dawn.");
    expect(find(ps, "the city of Mosul")).toMatchObject({ name: "Mosul", country: "IQ", kind: "city" });
  });
});

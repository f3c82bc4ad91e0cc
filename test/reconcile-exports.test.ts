import { describe, expect, it } from "vitest";
import { acledDate, acledType, toAcledCsv } from "../src/export/acled.js";
import { toGeoJson } from "../src/export/geojson.js";
import { reconcile } from "../src/reconcile/index.js";
import { classifyCount } from "../src/reconcile/figures.js";
import { canonicalGroup, placeSkeleton } from "../src/reconcile/util.js";
import type { Story } from "../src/types.js";
import { doc, ev, place } from "./reconcile-helpers.js";

describe("place skeletons and group aliases", () => {
  it("fold transliterations together and keep different places apart", () => {
    expect(placeSkeleton("Hasakah")).toBe(placeSkeleton("Hassakeh"));
    expect(placeSkeleton("al-Hol camp")).toBe(placeSkeleton("Al-Hawl"));
    expect(placeSkeleton("Shaddadi prison")).toBe(placeSkeleton("Shaddadeh"));
    expect(placeSkeleton("Kobani")).toBe(placeSkeleton("Kobane"));
    expect(placeSkeleton("Raqqa")).not.toBe(placeSkeleton("Hasakah"));
    expect(placeSkeleton("Mosul")).not.toBe(placeSkeleton("Erbil"));
  });
  it("fold group aliases", () => {
    expect(canonicalGroup("ISIS")).toBe("Islamic State");
    expect(canonicalGroup("the SDF")).toBe("Syrian Democratic Forces");
    expect(canonicalGroup("Wagner Group")).toBe("Wagner Group");
  });
});

describe("figure kinds from words", () => {
  const k = (text: string, over: Parameters<typeof ev>[0] extends infer T ? Partial<T> : never = {}) =>
    classifyCount(ev({ doc: "x", type: "release", count: { value: 40, qualifier: "exact" }, text, ...over }));
  it("reads one-offs, running totals, stocks and plans", () => {
    expect(k("Forty detainees were freed on Tuesday.")).toBe("one_off");
    expect(k("Forty detainees have been released so far.")).toBe("cumulative");
    expect(k("A total of 40 have been freed since the deal.")).toBe("cumulative");
    expect(k("Forty detainees remain in the prison.", { type: "transfer" })).toBe("stock");
    expect(k("Forty detainees remain in the prison.")).toBe("one_off"); // a release figure is never a stock
    expect(k("Up to 40 will be freed next week.", { count: { value: 40, qualifier: "at_most" } })).toBe("planned");
    expect(k("Forty will be freed.", { status: "planned" })).toBe("planned");
    expect(k("Forty detainees were freed.", { countKind: "stock" })).toBe("stock");
    // one_off is a record's default: the figure's own words may still make it a running total
    expect(k("Forty detainees have been released so far.", { countKind: "one_off" })).toBe("cumulative");
    expect(k("Forty detainees are held there.", { type: "holding" })).toBe("stock");
  });
});

describe("ACLED mapping", () => {
  const s = (type: Story["type"], actor: string | null = null) => ({ type, actor }) as Story;
  it("maps types by what the words say", () => {
    expect(acledType(s("transfer"), "")).toEqual(["Strategic developments", "Other"]);
    expect(acledType(s("arrest"), "")).toEqual(["Strategic developments", "Arrests"]);
    expect(acledType(s("agreement"), "")).toEqual(["Strategic developments", "Agreement"]);
    expect(acledType(s("attack"), "Artillery shelled the prison overnight.")).toEqual(["Explosions/Remote violence", "Shelling/artillery/missile attack"]);
    expect(acledType(s("attack"), "A drone hit the convoy.")).toEqual(["Explosions/Remote violence", "Air/drone strike"]);
    expect(acledType(s("attack"), "Gunmen opened fire on civilians at a market.")).toEqual(["Violence against civilians", "Attack"]);
    expect(acledType(s("attack"), "Troops besieged the town.")).toEqual(["Battles", "Armed clash"]);
    expect(acledType(s("takeover", "Syrian government forces"), "The army seized the camp.")).toEqual(["Battles", "Government regains territory"]);
    expect(acledType(s("takeover", "rebels"), "Rebels stormed the town.")).toEqual(["Battles", "Non-state actor overtakes territory"]);
    expect(acledType(s("takeover"), "The camp was handed over to the interior ministry.")).toEqual([
      "Strategic developments",
      "Non-violent transfer of territory",
    ]);
  });
  it("gives the start date and a precision by width", () => {
    expect(acledDate("2026-01-21")).toEqual(["2026-01-21", 1]);
    expect(acledDate("2026-01")).toEqual(["2026-01-01", 2]);
    expect(acledDate("2025")).toEqual(["2025-01-01", 3]);
    expect(acledDate("2026-01-20/2026-01-25")).toEqual(["2026-01-20", 2]);
    expect(acledDate(null)).toEqual(["", null]);
  });
  it("quotes per RFC 4180 and ends lines with CRLF", () => {
    const e = ev({
      id: "q",
      doc: "d",
      type: "release",
      date: "2026-04-02",
      count: { value: 12, qualifier: "exact" },
      location: place("Idlib", "SY", 35.93, 36.63),
      text: 'Officials said, "twelve men, all elderly, were freed".',
    });
    const r = reconcile({ docs: [doc("d", "Outlet", "2026-04-03")], events: [e], overrides: [] });
    const csv = toAcledCsv(r, [e]);
    const lines = csv.split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(lines[1]).toContain(`"Officials said, ""twelve men, all elderly, were freed""."`);
    expect(lines[1]).toContain(",Syria,,Idlib,35.93,36.63,1,Outlet,");
  });
});

describe("GeoJSON", () => {
  it("points where things happened, lines for movements, null geometry without coordinates", () => {
    const events = [
      ev({
        id: "m",
        doc: "d",
        type: "repatriation",
        date: "2026-03-01",
        count: { value: 80, qualifier: "exact" },
        origin: place("al-Hol camp", "SY", 36.37, 41.15),
        destination: place("Dushanbe", "TJ", 38.56, 68.77),
        text: "Eighty women and children flew home to Dushanbe.",
      }),
      ev({
        id: "p",
        doc: "d",
        type: "attack",
        date: "2026-03-02",
        location: place("Deir ez-Zor", "SY", 35.33, 40.14),
        text: "Mortar rounds struck Deir ez-Zor.",
      }),
      ev({ id: "n", doc: "d", type: "trial", date: "2026-03-03", location: place("Erbil", "IQ"), text: "Three men went on trial in Erbil." }),
    ];
    const r = reconcile({ docs: [doc("d", "Outlet", "2026-03-04")], events, overrides: [] });
    const fc = toGeoJson(r, events);
    const by = (t: string) => fc.features.find((f) => f.properties.type === t)!;
    expect(by("repatriation").geometry).toEqual({
      type: "LineString",
      coordinates: [
        [41.15, 36.37],
        [68.77, 38.56],
      ],
    });
    expect(by("attack").geometry).toEqual({ type: "Point", coordinates: [40.14, 35.33] });
    expect(by("trial").geometry).toBeNull();
    expect(by("trial").properties.evidence).toEqual(["Three men went on trial in Erbil."]);
    expect(by("repatriation").properties).toMatchObject({ count: 80, qualifier: "exact", outlets: ["Outlet"], date: "2026-03-01" });
  });
});

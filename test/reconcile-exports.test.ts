import { describe, expect, it } from "vitest";
import { acledDate, acledType, toAcledCsv } from "../src/export/acled.js";
import { geoJsonExport, toGeoJson } from "../src/export/geojson.js";
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
  const s = (type: Story["type"], subject: string | null = null, group: string | null = null) => ({ type, actor: null, subject, group }) as Story;
  const two = (x: { event: string; sub: string }) => [x.event, x.sub];
  it("maps types by what the words say", () => {
    expect(two(acledType(s("transfer"), ""))).toEqual(["Strategic developments", "Other"]);
    expect(two(acledType(s("arrest"), "", "State forces"))).toEqual(["Strategic developments", "Arrests"]);
    expect(two(acledType(s("arrest"), "", "Rebel group"))).toEqual(["Violence against civilians", "Abduction/forced disappearance"]);
    expect(two(acledType(s("agreement"), ""))).toEqual(["Strategic developments", "Agreement"]);
    expect(two(acledType(s("exchange"), ""))).toEqual(["Strategic developments", "Agreement"]);
    expect(two(acledType(s("attack"), "Artillery shelled the prison overnight."))).toEqual(["Explosions/Remote violence", "Shelling/artillery/missile attack"]);
    expect(two(acledType(s("attack"), "A drone hit the convoy."))).toEqual(["Explosions/Remote violence", "Air/drone strike"]);
    expect(acledType(s("attack"), "Gunmen opened fire on civilians at a market.")).toMatchObject({
      event: "Violence against civilians",
      sub: "Attack",
      civilianTargeting: true,
    });
    expect(two(acledType(s("attack"), "Troops besieged the town."))).toEqual(["Battles", "Armed clash"]);
    expect(two(acledType(s("takeover"), "The army seized the camp.", "State forces"))).toEqual(["Battles", "Government regains territory"]);
    expect(two(acledType(s("takeover"), "Rebels stormed the town.", "Rebel group"))).toEqual(["Battles", "Non-state actor overtakes territory"]);
    expect(two(acledType(s("takeover"), "The camp was handed over to the interior ministry."))).toEqual([
      "Strategic developments",
      "Non-violent transfer of territory",
    ]);
  });
  it("an air strike that killed militants is remote violence, not violence against civilians", () => {
    const k = acledType(s("killing", "militants", "Islamic State"), "An air strike killed 20 militants in the desert.");
    expect(k).toMatchObject({ disorder: "Political violence", event: "Explosions/Remote violence", sub: "Air/drone strike", civilianTargeting: false });
    expect(two(acledType(s("killing", "fighters", "Islamic State"), "Twenty fighters were killed in a raid."))).toEqual(["Battles", "Armed clash"]);
    expect(acledType(s("killing", "villagers"), "Gunmen killed six villagers.")).toMatchObject({
      event: "Violence against civilians",
      civilianTargeting: true,
    });
  });
  it("codes a day as itself, a week or a month to its middle day, and leaves out wider spans", () => {
    expect(acledDate("2026-01-21")).toEqual({ date: "2026-01-21", year: 2026, precision: 1 });
    expect(acledDate("2026-01-20/2026-01-25")).toEqual({ date: "2026-01-22", year: 2026, precision: 2 });
    expect(acledDate("2026-01")).toEqual({ date: "2026-01-16", year: 2026, precision: 3 });
    expect(acledDate("2025")).toBeNull();
    expect(acledDate("2025-01/2025-03")).toBeNull();
    expect(acledDate(null)).toBeNull();
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
    const csv = toAcledCsv(r, [e], { timestamp: 1 });
    const lines = csv.split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(lines[1]).toContain(`Evidence: ""Officials said, ""twelve men, all elderly, were freed"".""`);
    expect(lines[1]).toContain(",Syria,Idlib,,,Idlib,35.93,36.63,1,Outlet,,");
  });
});

describe("GeoJSON", () => {
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
    ev({ id: "n", doc: "d", type: "trial", date: "2026-03-03", location: place("Qasr Nowhere", "ZZ"), text: "Three men went on trial." }),
  ];
  const r = reconcile({ docs: [doc("d", "Outlet", "2026-03-04")], events, overrides: [] });
  it("points where things happened, lines for movements, each in its own collection", () => {
    const points = toGeoJson(r, events, "point");
    const lines = toGeoJson(r, events, "line");
    const by = (fc: typeof points, t: string) => fc.features.find((f) => f.properties.type === t);
    expect(lines.features.map((f) => f.properties.type)).toEqual(["repatriation"]);
    expect(by(lines, "repatriation")!.geometry).toEqual({
      type: "LineString",
      coordinates: [
        [41.15, 36.37],
        [68.77, 38.56],
      ],
    });
    expect(by(points, "repatriation")!.geometry).toEqual({ type: "Point", coordinates: [41.15, 36.37] });
    expect(by(points, "attack")!.geometry).toEqual({ type: "Point", coordinates: [40.14, 35.33] });
    expect(by(points, "repatriation")!.properties).toMatchObject({ count: 80, qualifier: "exact", outlets: "Outlet", date: "2026-03-01" });
  });
  it("leaves out what cannot be drawn and says why", () => {
    const p = geoJsonExport(r, events, "point");
    expect(p.collection.features.every((f) => f.geometry !== null)).toBe(true);
    expect(p.collection.features.some((f) => f.properties.type === "trial")).toBe(false);
    expect(p.left).toEqual({ "no coordinates": 1 });
    expect(geoJsonExport(r, events, "line").left).toEqual({ "not a movement with both ends placed": 2 });
  });
});

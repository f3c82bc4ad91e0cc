// The analyst exports: ACLED-compatible CSV read back with a CSV reader,
// low/best/high figures, and the spreadsheet safety of --excel.

import { describe, expect, it } from "vitest";
import { ACLED_COLUMNS, acledExport } from "../src/export/acled.js";
import { acledActors, interaction } from "../src/export/acled-actors.js";
import { figureBounds, storyFigures } from "../src/export/figures.js";
import { resolvePlace } from "../src/export/place-detail.js";
import { reconcile } from "../src/reconcile/index.js";
import type { Story } from "../src/types.js";
import { readCsv } from "./csv-reader.js";
import { doc, ev, place } from "./reconcile-helpers.js";

/** ACLED's columns as its codebook lists them. */
const ACLED_CODEBOOK_COLUMNS =
  "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities tags timestamp".split(
    " ",
  );

const EVENTS = [
  ev({
    id: "a",
    doc: "d1",
    type: "killing",
    date: "2026-02-10",
    count: { value: 20, qualifier: "exact" },
    subject: "militants",
    group: "Islamic State",
    actor: "U.S. military",
    location: place("Ramadi", "IQ", 33.4258, 43.2994),
    text: "A U.S. air strike near Ramadi killed 20 militants, the military said.",
  }),
  ev({
    id: "b",
    doc: "d1",
    type: "transfer",
    date: "2026-02",
    count: { value: 5000, qualifier: "at_least" },
    subject: "detainees",
    group: "Islamic State",
    actor: "Syrian Democratic Forces",
    origin: place("Hasakah", "SY", 36.5024, 40.7477),
    destination: place("Iraq", "IQ"),
    text: "Between 5,000 and 7,000 detainees were moved from Hasakah to Iraq during February.",
  }),
  ev({
    id: "c",
    doc: "d2",
    type: "exchange",
    date: "2026-02-12",
    count: { value: 84, qualifier: "exact" },
    actor: "side",
    location: place("Türkiye", "TR"),
    text: '=HYPERLINK("x") each side handed over 84 captives in Türkiye.',
  }),
  ev({ id: "u", doc: "d2", type: "release", date: "2025", location: place("Idlib", "SY", 35.93, 36.63), text: "Some prisoners were freed in 2025." }),
  ev({ id: "v", doc: "d2", type: "trial", date: null, location: place("Erbil", "IQ"), text: "Three men went on trial in Erbil." }),
];
const REC = reconcile({ docs: [doc("d1", "Example Wire", "2026-02-11"), doc("d2", "=cmd|' /C calc'!A0", "2026-02-13")], events: EVENTS, overrides: [] });

describe("ACLED-compatible CSV", () => {
  const out = acledExport(REC, EVENTS, { timestamp: 1_770_000_000 });
  const rows = readCsv(out.csv);
  const byType = (t: string) => rows.find((r) => r.tags.includes(`sourced type: ${t}`))!;

  it("has exactly ACLED's columns in ACLED's order", () => {
    expect(out.csv.split("\r\n")[0]!.split(",")).toEqual(ACLED_CODEBOOK_COLUMNS);
    expect([...ACLED_COLUMNS]).toEqual(ACLED_CODEBOOK_COLUMNS);
    expect(Object.keys(rows[0]!)).toEqual(ACLED_CODEBOOK_COLUMNS);
  });

  it("leaves out what ACLED does not record (a year-only date, no date) and says so", () => {
    expect(rows).toHaveLength(3);
    expect(out.left).toEqual({ "date wider than a month": 1, undated: 1 });
  });

  it("codes an air strike on militants as remote violence by external forces, with fatalities", () => {
    const k = byType("killing");
    expect(k).toMatchObject({
      disorder_type: "Political violence",
      event_type: "Explosions/Remote violence",
      sub_event_type: "Air/drone strike",
      actor1: "Military Forces of the United States",
      inter1: "External/Other forces",
      actor2: "Islamic State",
      inter2: "Rebel group",
      interaction: "Rebel group-External/Other forces",
      civilian_targeting: "",
      fatalities: "20",
      iso: "368",
      region: "Middle East",
      country: "Iraq",
      event_date: "2026-02-10",
      year: "2026",
      time_precision: "1",
      timestamp: "1770000000",
    });
    expect(k.event_id_cnty).toMatch(/^IRQ\d+$/);
    expect(k.notes).toContain('Evidence: "A U.S. air strike near Ramadi killed 20 militants, the military said."');
  });

  it("takes admin divisions and geo precision from the gazetteer, and a month's middle day at precision 3", () => {
    const t = byType("transfer");
    expect(t).toMatchObject({ location: "Hasakah", admin1: "Al-Hasakah", geo_precision: "1", time_precision: "3", event_date: "2026-02-14", fatalities: "0" });
    expect(t.notes).toContain("low 5000, best 5000, high 7000");
    const x = byType("exchange");
    // A place known only as its country: the centroid, at the lowest precision.
    expect(x).toMatchObject({ country: "Turkey", location: "Türkiye", geo_precision: "3", admin1: "" });
  });

  it("does not take a word like 'side' for an actor", () => {
    expect(byType("exchange").actor1).toBe("");
    expect(rows.every((r) => !/\bside\b/i.test(r.actor1) && !/\bside\b/i.test(r.actor2))).toBe(true);
  });

  it("neutralises formula cells and writes a byte order mark with --excel; without it, neither", () => {
    expect(out.csv.startsWith("\uFEFF")).toBe(false);
    const excel = acledExport(REC, EVENTS, { timestamp: 1, excel: true });
    expect(excel.csv.startsWith("\uFEFFevent_id_cnty,")).toBe(true);
    const rows2 = readCsv(excel.csv.slice(1));
    const x = rows2.find((r) => r.tags.includes("sourced type: exchange"))!;
    expect(x.source).toBe("'=cmd|' /C calc'!A0");
    for (const r of rows2) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@]/);
    // Numbers stay numbers.
    expect(rows2.find((r) => r.tags.includes("sourced type: killing"))!.longitude).toBe("43.2994");
  });
});

describe("ACLED actors", () => {
  it("names state forces as ACLED does and leaves out words that name nobody", () => {
    expect(acledActors("Kyiv", "UA")).toEqual([{ name: "Government of Ukraine", inter: "State forces" }]);
    expect(acledActors("Iraqi security forces", "IQ")).toEqual([{ name: "Police Forces of Iraq", inter: "State forces" }]);
    expect(acledActors("Syrian government and Syrian Democratic Forces", "SY")).toEqual([
      { name: "Government of Syria", inter: "State forces" },
      { name: "Syrian Democratic Forces", inter: "Rebel group" },
    ]);
    expect(acledActors("interior ministry", "IQ")).toEqual([{ name: "Government of Iraq", inter: "State forces" }]);
    expect(acledActors("attackers", "NG")).toEqual([{ name: "Unidentified Armed Group (Nigeria)", inter: "Political militia" }]);
    expect(acledActors("Both sides", "UA")).toEqual([]);
    expect(acledActors("side", "UA")).toEqual([]);
  });
  it("orders interactions by ACLED's codes", () => {
    expect(interaction("Rebel group", "State forces")).toBe("State forces-Rebel group");
    expect(interaction("External/Other forces", "Civilians")).toBe("External/Other forces-Civilians");
    expect(interaction("State forces", null)).toBe("State forces only");
  });
});

describe("place precision", () => {
  it("comes from the kind of place", () => {
    expect(resolvePlace(place("al-Hol camp", "SY", 36.3786, 41.1497))).toMatchObject({ kind: "facility", precision: 1, admin1: "Al-Hasakah" });
    expect(resolvePlace(place("Anbar", "IQ", 33.0531, 41.6566))).toMatchObject({ kind: "admin1", precision: 3, admin1: "Anbar" });
    expect(resolvePlace(place("northeastern Syria", "SY", 36.5, 40.5))).toMatchObject({ kind: "region", precision: 3 });
    expect(resolvePlace(place("Syria", "SY", 34.8, 39.0))).toMatchObject({ kind: "country", precision: 3 });
    // Stored without a point, found in the gazetteer by name and country.
    expect(resolvePlace(place("Erbil", "IQ"))).toMatchObject({ kind: "city", precision: 1 });
  });
});

describe("low, best and high figures", () => {
  it("follow the qualifier", () => {
    expect(figureBounds({ value: 150, qualifier: "approx" })).toEqual({ low: 150, best: 150, high: 150 });
    expect(figureBounds({ value: 300, qualifier: "at_least" })).toEqual({ low: 300, best: 300, high: null });
    expect(figureBounds({ value: 7000, qualifier: "at_most" })).toEqual({ low: null, best: 7000, high: 7000 });
    expect(figureBounds({ value: null, qualifier: "vague" })).toEqual({ low: null, best: null, high: null });
  });
  it("take a range's upper end from the evidence", () => {
    expect(figureBounds({ value: 5000, qualifier: "at_least" }, ["Between 5,000 and 7,000 were moved."])).toEqual({ low: 5000, best: 5000, high: 7000 });
    expect(figureBounds({ value: 20, qualifier: "approx" }, ["Some 20-30 fighters fled."])).toEqual({ low: 20, best: 20, high: 30 });
    // "and" without "between" is two figures, not a range.
    expect(figureBounds({ value: 5, qualifier: "exact" }, ["5 and 7 were freed on two days."])).toEqual({ low: 5, best: 5, high: 5 });
  });
  it("widen with the figures other sources give", () => {
    const s = {
      count: { value: 150, qualifier: "exact" },
      dissent: [
        { field: "count", value: { value: 120, qualifier: "exact" }, eventId: "x", doc: "a" },
        { field: "count", value: { value: 200, qualifier: "approx" }, eventId: "y", doc: "b" },
        { field: "group", value: "other", eventId: "z", doc: "c" },
      ],
    } as unknown as Story;
    expect(storyFigures(s)).toEqual({ low: 120, best: 150, high: 200 });
  });
});

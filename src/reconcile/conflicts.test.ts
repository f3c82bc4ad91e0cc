import { describe, expect, it } from "vitest";
import { doc, ev, place } from "../../test/reconcile-helpers.js";
import { conflictsByStory } from "./conflicts.js";
import { reconcile } from "./index.js";

const docs = [doc("a", "A", "2030-06-02"), doc("b", "B", "2030-06-02"), doc("c", "C", "2030-06-03")];
const base = { type: "escape" as const, date: "2030-06-01", origin: place("Tamale jail", "GH") };

describe("conflicts: same figures never conflict; a story's disagreements read as one entry", () => {
  it("a minimising account and a large figure that are the same number are no conflict", () => {
    const r = reconcile({
      docs,
      events: [
        ev({ ...base, doc: "a", count: { value: 1200, qualifier: "approx" }, text: "About 1,200 inmates got out of Tamale jail." }),
        // its count was read from a neighbouring sentence: the same figure, with minimising words
        ev({
          ...base,
          doc: "b",
          count: { value: 1200, qualifier: "approx" },
          text: "Guards said a few inmates briefly left Tamale jail; about 1,200 were held there.",
        }),
      ],
      overrides: [],
    });
    expect(r.conflicts).toHaveLength(0);
  });

  it("three accounts of one escape: pairwise conflicts, grouped as one story with every claim and its sentence", () => {
    const r = reconcile({
      docs,
      events: [
        ev({ ...base, id: "k1", doc: "a", count: { value: 1500, qualifier: "exact" }, text: "Officials said 1,500 inmates escaped from Tamale jail." }),
        ev({
          ...base,
          id: "k2",
          doc: "b",
          count: { value: 4, qualifier: "exact" },
          text: "Only 4 inmates briefly escaped from Tamale jail, the ministry said.",
        }),
        ev({ ...base, id: "k3", doc: "c", count: { value: 300, qualifier: "exact" }, text: "Some 300 prisoners fled Tamale jail, a guard said." }),
      ],
      overrides: [],
    });
    expect(r.stories.filter((s) => s.type === "escape")).toHaveLength(1);
    const pairs = r.conflicts.filter((c) => c.kind === "account-disagreement");
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    const grouped = conflictsByStory(r.conflicts);
    expect(grouped).toHaveLength(1);
    expect(grouped[0].claims.map((c) => c.eventIds[0]).sort()).toEqual(["k1", "k2", "k3"]);
    expect(grouped[0].claims.every((c) => c.sentence && /Tamale jail/.test(c.sentence))).toBe(true);
    expect(grouped[0].conflictIds.sort()).toEqual(r.conflicts.map((c) => c.id).sort());
  });
});

describe("conflicts: a running total that falls, a completion figure below an earlier total", () => {
  const route = { type: "transfer" as const, origin: place("Kasungu camp", "MW"), destination: place("Zambia", "ZM") };
  const run = (completionText: string, completionValue: number) =>
    reconcile({
      docs: [doc("p", "Post", "2032-02-02"), doc("q", "Gazette", "2032-02-20"), doc("s", "Star", "2032-03-05"), doc("t", "Times", "2032-03-06")],
      events: [
        ev({
          ...route,
          id: "p1",
          doc: "p",
          date: "2032-02-01",
          count: { value: 2400, qualifier: "exact" },
          countKind: "cumulative",
          text: "So far 2,400 detainees have been moved across the border.",
        }),
        ev({
          ...route,
          id: "q1",
          doc: "q",
          date: "2032-02-19",
          count: { value: 3100, qualifier: "exact" },
          countKind: "cumulative",
          text: "The number moved since the operation began now stands at 3,100.",
        }),
        ev({
          ...route,
          id: "s1",
          doc: "s",
          date: "2032-03-04",
          count: { value: completionValue, qualifier: "exact" },
          countKind: "one_off",
          text: completionText,
        }),
        // a batch of another day and kind is no conflict with any total
        ev({
          ...route,
          id: "t1",
          doc: "t",
          date: "2032-03-05",
          count: { value: 60, qualifier: "exact" },
          countKind: "one_off",
          text: "Another 60 were driven out on Thursday.",
        }),
      ],
      overrides: [],
    });

  it("flags a completion figure below an earlier running total, with both sentences", () => {
    const r = run("Officials said they had completed the transfer of 2,800 detainees.", 2800);
    const point = r.series.flatMap((s) => s.points).find((p) => p.value === 2800)!;
    expect(point.role).toBe("completion");
    const c = r.conflicts.filter((x) => x.kind === "decreasing-cumulative");
    expect(c).toHaveLength(1);
    expect(c[0].description).toMatch(/the completion figure 2,800 .* lower than 3,100/);
    expect(c[0].sides.map((s) => s.sentence)).toEqual([
      "The number moved since the operation began now stands at 3,100.",
      "Officials said they had completed the transfer of 2,800 detainees.",
    ]);
    expect(r.conflicts.some((x) => x.sides.some((s) => s.eventIds.includes("t1")))).toBe(false);
  });

  it("flags nothing when the completion figure is above every earlier total, and a one-off batch is no completion", () => {
    const r = run("Officials said they had completed the transfer of 3,500 detainees.", 3500);
    expect(r.conflicts.filter((x) => x.kind === "decreasing-cumulative")).toEqual([]);
    const batch = run("A convoy carried 2,800 detainees on Wednesday.", 2800);
    expect(batch.series.flatMap((s) => s.points).some((p) => p.value === 2800)).toBe(false);
    expect(batch.conflicts.filter((x) => x.kind === "decreasing-cumulative")).toEqual([]);
  });
});

describe("conflicts: no fall between totals of other quantities or of unknown date", () => {
  const route = { type: "repatriation" as const, origin: place("Ruritania", "RR"), destination: place("Borduria", "BD") };
  const total = (id: string, d: string, date: string | null, value: number, text: string) =>
    ev({ ...route, id, doc: d, date, count: { value, qualifier: "approx" }, countKind: "cumulative", text });
  const r = reconcile({
    docs: [doc("a", "A", "2032-01-10"), doc("b", "B", "2032-05-08"), doc("c", "C", "2032-05-14"), doc("d", "D", null), doc("e", "E", "2032-06-01")],
    events: [
      total("a1", "a", "2032-01-09", 410_000, "Some 410,000 people have been sent back since the drive began, officials said."),
      // a total of a few weeks of a later phase: another quantity, in a series of its own
      total("b1", "b", "2032-05-07", 7200, "Since 1 May, 7,200 holders of the old permits have been sent back."),
      total("c1", "c", "2032-05-13", 52_000, "The agency said 52,000 people were sent back during the past 13 days."),
      // dated only by its report (undated text, a dated record elsewhere in it): it may be older than it looks
      ev({ ...route, id: "d0", doc: "d", date: "2032-05-20", count: { value: 900, qualifier: "exact" }, text: "On Friday 900 more were sent back." }),
      total("d1", "d", null, 95_000, "To date about 95,000 have been sent back, the border office said."),
      // a true fall: the whole drive's total given lower, with a date of its own
      total("e1", "e", "2032-05-31", 300_000, "By 31 May about 300,000 people had been sent back since the drive began."),
    ],
    overrides: [],
  });
  it("reads no short period from a since-month against a date of a whole year", () => {
    const y = reconcile({
      docs: [doc("y", "Y", null)],
      events: [total("y1", "y", "2033", 520_000, "Officials say 520,000 have been sent back since last September.")],
      overrides: [],
    });
    expect(y.series.map((s) => [s.window ?? false, s.points.map((p) => p.value)])).toEqual([[false, [520_000]]]);
  });
  it("keeps totals of shorter periods in a series of their own", () => {
    const windows = r.series.find((s) => s.window)!;
    expect(windows.label).toMatch(/shorter periods/);
    expect(windows.points.map((p) => p.value).sort((x, y) => x - y)).toEqual([7200, 52_000]);
    const whole = r.series.find((s) => !s.window && s.points.some((p) => p.value === 410_000))!;
    expect(whole.points.map((p) => p.value)).not.toContain(7200);
  });
  it("flags the whole drive's total that falls, and nothing against a period's total or a figure dated only by its report", () => {
    const falls = r.conflicts.filter((c) => c.kind === "decreasing-cumulative");
    expect(falls.map((c) => c.sides.map((s) => s.eventIds.join(",")))).toEqual([["a1", "e1"]]);
    expect(falls[0].sides.map((s) => s.sentence)).toEqual([
      "Some 410,000 people have been sent back since the drive began, officials said.",
      "By 31 May about 300,000 people had been sent back since the drive began.",
    ]);
  });
});

describe("conflicts: two figures one report gives are two quantities", () => {
  const site = place("Zenda prison", "RR");
  const caught = (id: string, d: string, value: number, text: string) =>
    ev({ id, doc: d, type: "arrest", location: site, date: "2033-03-02", count: { value, qualifier: "exact" }, countKind: "cumulative", text });
  it("flags two reports' figures for the same day, but not a figure another report gives beside its own", () => {
    const r = reconcile({
      docs: [doc("g", "G", "2033-03-02"), doc("h", "H", "2033-03-02"), doc("k", "K", "2033-03-02")],
      events: [
        caught("g1", "g", 212, "So far 212 escapees have been recaptured, the prisons office said."),
        caught("g2", "g", 380, "So far 212 escapees have been recaptured and 380 are now in custody, the prisons office said."),
        caught("h1", "h", 380, "Officials said 380 escapees have been recaptured so far."),
        caught("k1", "k", 95, "Police said 95 escapees have been recaptured so far."),
      ],
      overrides: [],
    });
    const pairs = new Set(
      r.conflicts
        .filter((c) => c.kind === "figure-disagreement")
        .map((c) => [...(c.description.match(/\d[\d,]*(?= and )|(?<= and )\d[\d,]*/g) ?? [])].sort().join(" vs ")),
    );
    // 212 vs 380: report g gives both, as two quantities; 95 disagrees with each of the others' figures
    expect([...pairs].sort()).toEqual(["212 vs 95", "380 vs 95"]);
  });
});

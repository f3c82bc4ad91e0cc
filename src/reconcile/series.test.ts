import { describe, expect, it } from "vitest";
import { doc, ev, place } from "../../test/reconcile-helpers.js";
import { reconcile } from "./index.js";

const route = { type: "repatriation" as const, origin: place("Pakistan", "PK"), destination: place("Afghanistan", "AF") };

describe("series from real wording", () => {
  const r = reconcile({
    docs: [doc("a", "Wire A", "2031-03-02"), doc("b", "Daily B", "2031-03-10"), doc("c", "Local C", null), doc("d", "Weekly D", "2031-03-20")],
    events: [
      ev({
        id: "a1",
        doc: "a",
        ...route,
        date: "2031-03-01",
        count: { value: 12_400, qualifier: "exact" },
        countKind: "cumulative",
        text: "Officials said 12,400 people have crossed home so far.",
      }),
      // an earlier programme's total, recalled years later
      ev({
        id: "b1",
        doc: "b",
        ...route,
        date: "2027",
        count: { value: 90_000, qualifier: "exact" },
        countKind: "cumulative",
        text: "In 2027 a similar drive had sent back a total of 90,000.",
      }),
      ev({
        id: "b2",
        doc: "b",
        ...route,
        date: "2031-03-09",
        count: { value: 15_000, qualifier: "exact" },
        countKind: "cumulative",
        text: "The number of returnees since the start has reached 15,000.",
      }),
      // a vague magnitude is no figure a report gives
      ev({
        id: "d1",
        doc: "d",
        ...route,
        date: "2031-03-19",
        count: { value: 1000, qualifier: "vague" },
        countKind: "stock",
        text: "Thousands are still waiting at the crossing.",
      }),
      // an undated report: its running total holds as of the latest date it states
      ev({ id: "c0", doc: "c", ...route, date: "2031-03-14", count: { value: 300, qualifier: "exact" }, text: "On Friday 300 more crossed." }),
      ev({
        id: "c1",
        doc: "c",
        ...route,
        count: { value: 16_200, qualifier: "exact" },
        countKind: "cumulative",
        text: "To date 16,200 have returned, the border office said.",
      }),
    ],
    overrides: [],
  });
  const points = r.series.flatMap((s) => s.points.map((p) => ({ ...p, label: s.label })));

  it("keeps a figure recalled from an earlier year out of this operation's series, in a series of its own", () => {
    const now = r.series.find((s) => s.points.some((p) => p.value === 12_400))!;
    expect(now.points.map((p) => p.value)).not.toContain(90_000);
    const old = points.find((p) => p.value === 90_000)!;
    expect(old.label).toMatch(/recalled from 2027/);
  });

  it("gives no point for a vague magnitude", () => {
    expect(points.map((p) => p.value)).not.toContain(1000);
  });

  it("dates an undated running total by the latest date its report states, and says so", () => {
    const p = points.find((x) => x.value === 16_200)!;
    expect(p.date).toBe("2031-03-14");
    expect(p.dateFrom).toBe("report");
    const dated = points.find((x) => x.value === 15_000)!;
    expect(dated.dateFrom).toBeUndefined();
  });
});

describe("series: each figure reports give of a running total is a point", () => {
  it("splits a claim whose reports agree within their qualifiers but state their own figures", () => {
    const swap = { type: "exchange" as const, origin: place("Russia", "RU"), destination: place("Ukraine", "UA") };
    const r = reconcile({
      docs: [doc("m", "M", "2031-05-02"), doc("n", "N", "2031-05-02")],
      events: [
        ev({
          ...swap,
          id: "m1",
          doc: "m",
          date: "2031-05-01",
          count: { value: 3000, qualifier: "at_least" },
          countKind: "cumulative",
          text: "More than 3,000 soldiers have come home in swaps so far.",
        }),
        ev({
          ...swap,
          id: "n1",
          doc: "n",
          date: "2031-05-01",
          count: { value: 3035, qualifier: "exact" },
          countKind: "cumulative",
          text: "To date 3,035 servicemen have been returned through exchanges.",
        }),
      ],
      overrides: [],
    });
    // one claim (the figures agree), two points, each with the record that gives it
    expect(r.stories).toHaveLength(1);
    const pts = r.series.flatMap((s) => s.points).sort((a, b) => a.value - b.value);
    expect(pts.map((p) => [p.value, p.qualifier, p.eventIds])).toEqual([
      [3000, "at_least", ["m1"]],
      [3035, "exact", ["n1"]],
    ]);
  });
});

describe("series: a rate is no point", () => {
  it("leaves a per-week figure out of an incident's series but keeps the toll beside it", () => {
    const site = place("Zenda prison", "RR");
    const r = reconcile({
      docs: [doc("p", "P", "2031-07-02")],
      events: [
        ev({
          id: "p1",
          doc: "p",
          type: "killing",
          location: site,
          date: "2031-06",
          count: { value: 40, qualifier: "at_most" },
          text: "Guards there shot up to 40 inmates a week, a former warden said.",
        }),
        ev({
          id: "p2",
          doc: "p",
          type: "killing",
          location: site,
          date: "2031-06",
          count: { value: 260, qualifier: "approx" },
          text: "In June alone some 260 inmates were shot at the jail, the commission found.",
        }),
      ],
      overrides: [],
    });
    const values = r.series.flatMap((s) => s.points.map((p) => p.value));
    expect(values).toContain(260);
    expect(values).not.toContain(40);
  });
});

describe("series: the date a point holds as of", () => {
  const site = place("Zenda prison", "RR");
  it("takes the date of the records that give the figure, not of the claim's other reports", () => {
    const route = { type: "repatriation" as const, origin: place("Ruritania", "RR"), destination: place("Borduria", "BD") };
    const r = reconcile({
      docs: [doc("a", "A", "2031-03-02"), doc("b", "B", "2031-03-05"), doc("c", "C", "2031-03-05")],
      events: [
        ev({
          id: "a1",
          doc: "a",
          ...route,
          date: "2031-03",
          count: { value: 52_000, qualifier: "approx" },
          countKind: "cumulative",
          text: "About 52,000 people had crossed back from Ruritania to Borduria in March.",
        }),
        ev({ id: "b1", doc: "b", ...route, date: "2031-03-04", text: "People kept crossing back from Ruritania to Borduria on Tuesday." }),
        ev({ id: "c1", doc: "c", ...route, date: "2031-03-04", text: "Crossings back from Ruritania to Borduria went on on Tuesday." }),
      ],
      overrides: [],
    });
    const pts = r.series.flatMap((s) => s.points);
    // the claim's date is the other reports' day; the figure is of the month its own report gives
    expect(r.stories.map((s) => s.date)).toEqual(["2031-03-04"]);
    expect(pts.map((p) => [p.value, p.date])).toEqual([[52_000, "2031-03"]]);
  });

  it("holds a running figure without a date of its own as of its report, weeks after the event its records are dated by", () => {
    const r = reconcile({
      docs: [doc("e", "E", "2031-06-03"), doc("f", "F", "2031-08-20")],
      events: [
        ev({
          id: "e1",
          doc: "e",
          type: "escape",
          location: site,
          date: "2031-06-02",
          count: { value: 310, qualifier: "approx" },
          text: "About 310 inmates fled Zenda prison on 2 June.",
        }),
        ev({
          id: "f1",
          doc: "f",
          type: "arrest",
          location: site,
          date: "2031-06-02",
          count: { value: 118, qualifier: "exact" },
          text: "Of the inmates who fled Zenda, 118 have been recaptured, the prisons office says.",
        }),
        ev({
          id: "f2",
          doc: "f",
          type: "arrest",
          location: site,
          date: "2031-06-09",
          count: { value: 64, qualifier: "exact" },
          text: "By 9 June, 64 had been recaptured.",
        }),
      ],
      overrides: [],
    });
    const pts = r.series.flatMap((s) => s.points);
    const later = pts.find((p) => p.value === 118)!;
    expect(later.date).toBe("2031-08-20");
    expect(later.dateFrom).toBe("report");
    // a figure whose sentence gives its date keeps it
    const dated = pts.find((p) => p.value === 64)!;
    expect(dated.date).toBe("2031-06-09");
    // the escape itself stays at its date
    expect(pts.find((p) => p.value === 310)!.date).toBe("2031-06-02");
  });
});

// Figures, series and conflicts over two unrelated scenarios built the same
// way: if a behaviour only held for one of them it would be tuned to it.

import { describe, expect, it } from "vitest";
import { reconcile } from "../src/reconcile/index.js";
import { classifyCount } from "../src/reconcile/figures.js";
import type { StoredEvent, PlaceDetail } from "../src/types.js";
import { doc, ev, place } from "./reconcile-helpers.js";

interface Scenario {
  name: string;
  type: StoredEvent["type"];
  group: string;
  origin: PlaceDetail;
  destination: PlaceDetail;
  /** [doc, date, value, qualifier, sentence] */
  first: [string, string, number, "exact" | "approx", string];
  cumulative: [string, string | null, number, "exact" | "approx", string][];
  planned: [string, number, string];
  lower: [string, string, number, string];
  incident: { type: StoredEvent["type"]; site: PlaceDetail; big: [string, string, number, string]; small: [string, string] };
}

const scenarios: Scenario[] = [
  {
    name: "detainees moved from Syria to Iraq",
    type: "transfer",
    group: "Islamic State",
    origin: place("Hasakah", "SY", 36.5, 40.75),
    destination: place("Iraq", "IQ", 33, 44),
    first: ["d1", "2026-01-21", 150, "approx", "The airlift started with about 150 suspects flown out of Hasakah."],
    cumulative: [
      ["d2", "2026-02-01", 450, "exact", "Baghdad has so far received 450 suspects from the Syrian side."],
      ["d3", "2026-02-11", 5000, "approx", "Close to 5,000 men have been brought into Iraq since the operation opened."],
      ["d5", null, 3000, "approx", "In total roughly 3,000 were handed to Iraqi custody, another ministry said."],
    ],
    planned: ["d2", 7000, "Officials intend to move up to 7,000 men in the end."],
    lower: ["d4", "2026-02-20", 900, "A later statement put the number received so far at 900."],
    incident: {
      type: "escape",
      site: place("Shaddadi prison", "SY", 36.06, 40.73),
      big: ["d3", "2026-01", 1500, "Around 1,500 inmates broke out of the Shaddadi prison during the fighting."],
      small: ["d1", "A few inmates at Shadadi jail briefly got out but were recaptured within hours."],
    },
  },
  {
    name: "prisoners of war swapped between Russia and Ukraine",
    type: "exchange",
    group: "Armed Forces of Ukraine",
    origin: place("Russia", ["RU", "UA"]),
    destination: place("Ukraine", ["RU", "UA"]),
    first: ["d1", "2025-06-09", 300, "exact", "The new round of swaps began with 300 soldiers returned by each side."],
    cumulative: [
      ["d2", "2025-09-01", 1200, "exact", "Kyiv says 1,200 of its troops have come home in swaps so far this year."],
      ["d3", "2026-01-15", 2600, "approx", "Roughly 2,600 servicemen have been returned since the talks resumed."],
      ["d5", null, 2000, "approx", "Altogether some 2,000 have been exchanged, according to a rights group."],
    ],
    planned: ["d2", 3000, "Negotiators aim to swap up to 3,000 in the coming months."],
    lower: ["d4", "2026-02-10", 1000, "A ministry update gave the total exchanged to date as 1,000."],
    incident: {
      type: "killing",
      site: place("Olenivka", "UA", 47.85, 37.69),
      big: ["d2", "2025-07-29", 53, "At least 53 captives died when the barracks at Olenivka were hit."],
      small: ["d4", "Only a handful of detainees at Olenovka were hurt, a spokesman claimed, and none were recaptured."],
    },
  },
];

for (const sc of scenarios) {
  describe(`series and conflicts: ${sc.name}`, () => {
    const docs = [
      doc("d1", "Outlet One", sc.first[1]),
      doc("d2", "Outlet Two", sc.cumulative[0][1]),
      doc("d3", "Outlet Three", sc.cumulative[1][1]),
      doc("d4", "Outlet Four", sc.lower[1]),
      doc("d5", "Outlet Five", null),
    ];
    const base = { type: sc.type, group: sc.group, origin: sc.origin, destination: sc.destination };
    const events: StoredEvent[] = [
      ev({ ...base, id: "first", doc: sc.first[0], date: sc.first[1], count: { value: sc.first[2], qualifier: sc.first[3] }, text: sc.first[4] }),
      ...sc.cumulative.map(([d, date, value, qualifier, text], i) => ev({ ...base, id: `cum${i}`, doc: d, date, count: { value, qualifier }, text })),
      ev({ ...base, id: "plan", doc: sc.planned[0], status: "planned", count: { value: sc.planned[1], qualifier: "at_most" }, text: sc.planned[2] }),
      ev({ ...base, id: "lower", doc: sc.lower[0], date: sc.lower[1], count: { value: sc.lower[2], qualifier: "exact" }, text: sc.lower[3] }),
      ev({
        id: "big",
        doc: sc.incident.big[0],
        type: sc.incident.type,
        group: sc.group,
        date: sc.incident.big[1],
        count: { value: sc.incident.big[2], qualifier: "approx" },
        location: sc.incident.site,
        text: sc.incident.big[3],
      }),
      ev({
        id: "small",
        doc: sc.incident.small[0],
        type: sc.incident.type,
        group: sc.group,
        count: null,
        location: { ...sc.incident.site, name: sc.incident.small[1].match(/at (\w+)/)![1] },
        text: sc.incident.small[1],
      }),
    ];
    const r = reconcile({ docs, events, overrides: [] });
    const movement = r.series.filter((s) => s.type === sc.type);

    it("classifies each figure by its words", () => {
      const kinds = Object.fromEntries(events.map((e) => [e.id, classifyCount(e)]));
      expect(kinds.first).toBe("one_off");
      expect([kinds.cum0, kinds.cum1, kinds.cum2, kinds.lower]).toEqual(["cumulative", "cumulative", "cumulative", "cumulative"]);
      expect(kinds.plan).toBe("planned");
    });

    it("forms one series: first batch, running totals in date order, undated last, plan apart", () => {
      expect(movement).toHaveLength(1);
      const s = movement[0];
      expect(s.points.map((p) => p.value)).toEqual([sc.first[2], sc.cumulative[0][2], sc.cumulative[1][2], sc.lower[2], sc.cumulative[2][2]]);
      expect(s.points[0].role).toBe("first-batch");
      expect(s.points.at(-1)!.date).toBeNull();
      expect(s.planned.map((p) => [p.value, p.qualifier])).toEqual([[sc.planned[1], "at_most"]]);
      expect(s.group).toBe(sc.group);
    });

    it("flags a running total that goes down, with both sides", () => {
      const c = r.conflicts.filter((x) => x.kind === "decreasing-cumulative");
      expect(c).toHaveLength(1);
      expect(c[0].sides.map((x) => x.docs[0])).toEqual([sc.cumulative[1][0], sc.lower[0]]);
      expect(c[0].sides[1].outlets).toEqual(["Outlet Four"]);
    });

    it("flags two accounts of one incident where one minimises the other", () => {
      const c = r.conflicts.filter((x) => x.kind === "account-disagreement");
      expect(c).toHaveLength(1);
      expect(c[0].sides.flatMap((x) => x.eventIds).sort()).toEqual(["big", "small"]);
      // one event told two ways: one story, two claims, and the conflict between them
      const stories = r.stories.filter((s) => s.type === sc.incident.type);
      expect(stories).toHaveLength(1);
      expect(stories[0].mentions.map((m) => m.eventId).sort()).toEqual(["big", "small"]);
      expect(c[0].sides.every((x) => x.sentence && x.claim.includes(x.sentence.slice(0, 20)))).toBe(true);
    });

    it("does not flag agreeing figures as conflicts", () => {
      expect(r.conflicts.filter((x) => x.kind === "figure-disagreement")).toHaveLength(0);
    });
  });
}

describe("figure disagreement and copies", () => {
  const docs = [doc("a", "A", "2026-03-02"), doc("b", "B", "2026-03-02"), doc("c", "C", "2026-03-03")];
  const base = { type: "holding" as const, group: "Islamic State", location: place("al-Hol camp", "SY"), date: "2026-03-01" };
  it("two stock figures for one place and day, far apart, disagree", () => {
    const r = reconcile({
      docs,
      events: [
        ev({ ...base, doc: "a", count: { value: 24000, qualifier: "approx" }, text: "About 24,000 people are still held at al-Hol camp." }),
        ev({ ...base, doc: "b", count: { value: 9000, qualifier: "at_most" }, text: "No more than 9,000 remain in al-Hawl now." }),
      ],
      overrides: [],
    });
    const c = r.conflicts.filter((x) => x.kind === "figure-disagreement");
    expect(c).toHaveLength(1);
    expect(c[0].seriesId).toBe(r.series[0].id);
  });
  it("bounds are respected: 'more than 20,000' and 'about 24,000' agree", () => {
    const r = reconcile({
      docs,
      events: [
        ev({ ...base, doc: "a", count: { value: 24000, qualifier: "approx" }, text: "About 24,000 people are still held at al-Hol camp." }),
        ev({ ...base, doc: "b", count: { value: 20000, qualifier: "at_least" }, text: "More than 20,000 remain in al-Hawl now." }),
      ],
      overrides: [],
    });
    expect(r.conflicts).toHaveLength(0);
    expect(r.stories).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { doc, ev, place } from "../../test/reconcile-helpers.js";
import { reconcile } from "./index.js";
import { dateRange } from "./stories.js";

const NG = () => place("Nigeria", "NG");
const docs = [doc("a", "Daily A", "2030-03-02"), doc("b", "Wire B", "2030-03-03"), doc("c", "Local C", null), doc("d", "Weekly D", "2030-03-20")];

describe("stories: one event told with revised figures and missing fields", () => {
  const r = reconcile({
    docs,
    events: [
      ev({
        id: "a1",
        doc: "a",
        type: "escape",
        date: "2030-03-01",
        count: { value: 300, qualifier: "exact" },
        origin: place("Gwarimpa jail", "NG"),
        text: "Some 300 inmates fled Gwarimpa jail after the gate was blown open on Friday.",
      }),
      ev({
        id: "b1",
        doc: "b",
        type: "escape",
        date: "2030-03-02",
        count: { value: 712, qualifier: "exact" },
        origin: place("Gwarimpa prison", "NG"),
        text: "Prison officials now put the number of escapees from Gwarimpa at 712.",
      }),
      // no date, no place of its own, no group: tied by its wording
      ev({
        id: "c1",
        doc: "c",
        type: "escape",
        count: { value: 712, qualifier: "exact" },
        text: "Prison officials now put the number of escapees at 712, a statement said.",
      }),
      // another escape in the same country weeks later, at another jail
      ev({
        id: "d1",
        doc: "d",
        type: "escape",
        date: "2030-03-19",
        count: { value: 40, qualifier: "exact" },
        origin: place("Okene", "NG"),
        text: "Forty prisoners broke out of the Okene facility overnight.",
      }),
    ],
    overrides: [],
  });
  const storyOf = (id: string) => r.stories.find((s) => s.mentions.some((m) => m.eventId === id))!;

  it("links a revised toll and an undated, placeless report to the first one", () => {
    expect(storyOf("b1").id).toBe(storyOf("a1").id);
    expect(storyOf("c1").id).toBe(storyOf("a1").id);
    expect(storyOf("d1").id).not.toBe(storyOf("a1").id);
  });

  it("says why the claims were linked and gives the undated report the story's dates, marked inferred", () => {
    const s = storyOf("a1");
    expect(s.explanation.join("\n")).toMatch(/tell one event: the same place/);
    const c = s.mentions.find((m) => m.eventId === "c1")!;
    expect(c.dateFromCluster).toBe(true);
    expect(c.date).toBe("2030-03-01/2030-03-02");
    expect(s.explanation.join("\n")).toMatch(/c1 \(c\) has no date of its own: .*\(inferred\)/);
  });

  it("keeps the story's figures as points of its own series and flags nothing between equal figures", () => {
    const se = r.series.find((x) => x.points.some((p) => p.storyId === storyOf("a1").id))!;
    expect(se.points.map((p) => p.value).sort((x, y) => x - y)).toEqual([300, 712]);
    expect(se.points.find((p) => p.value === 712)!.eventIds!.sort()).toEqual(["b1", "c1"]);
  });
});

describe("stories: near-misses stay apart and say why", () => {
  it("the same wording with another destination country is kept apart, with the reason in the explanation", () => {
    const r = reconcile({
      docs,
      events: [
        ev({
          id: "x",
          doc: "a",
          type: "transfer",
          date: "2030-03-01",
          count: { value: 90, qualifier: "exact" },
          origin: NG(),
          destination: place("Niger", "NE"),
          text: "Ninety detainees were flown out of the northern camp to a site abroad.",
        }),
        ev({
          id: "y",
          doc: "b",
          type: "transfer",
          date: "2030-03-01",
          count: { value: 90, qualifier: "exact" },
          origin: NG(),
          destination: place("Chad", "TD"),
          text: "Ninety detainees were flown out of the northern camp to a site abroad.",
        }),
      ],
      overrides: [],
    });
    expect(r.stories).toHaveLength(2);
    expect(r.stories.flatMap((s) => s.explanation).join("\n")).toMatch(/kept apart from .*destination countries differ/);
  });

  it("two batches of one route on days far apart are two stories, two running totals of the route one", () => {
    const route = { type: "repatriation" as const, origin: place("Pakistan", "PK"), destination: place("Afghanistan", "AF") };
    const r = reconcile({
      docs,
      events: [
        ev({
          ...route,
          id: "b1",
          doc: "a",
          date: "2030-01-05",
          count: { value: 500, qualifier: "exact" },
          text: "A convoy carried 500 families across the border.",
        }),
        ev({
          ...route,
          id: "b2",
          doc: "b",
          date: "2030-02-20",
          count: { value: 800, qualifier: "exact" },
          text: "Another 800 people crossed back at the main crossing.",
        }),
        ev({
          ...route,
          id: "t1",
          doc: "c",
          date: "2030-01-31",
          count: { value: 40000, qualifier: "exact" },
          countKind: "cumulative",
          text: "So far 40,000 have gone home.",
        }),
        ev({
          ...route,
          id: "t2",
          doc: "d",
          date: "2030-03-15",
          count: { value: 65000, qualifier: "exact" },
          countKind: "cumulative",
          text: "The total of returns has reached 65,000.",
        }),
      ],
      overrides: [],
    });
    const storyOf = (id: string) => r.stories.find((s) => s.mentions.some((m) => m.eventId === id))!.id;
    expect(storyOf("b1")).not.toBe(storyOf("b2"));
    expect(storyOf("t1")).toBe(storyOf("t2"));
    expect(r.series.find((s) => s.points.length === 2)!.points.map((p) => p.value)).toEqual([40000, 65000]);
  });
});

describe("dateRange", () => {
  it("spans the stated dates, ignoring a coarse date around a finer one", () => {
    expect(dateRange([null, "2030-03-02", "2030-03-01"])).toBe("2030-03-01/2030-03-02");
    expect(dateRange(["2030-03", "2030-03-09", null])).toBe("2030-03-09");
    expect(dateRange([null, null])).toBeNull();
  });
});

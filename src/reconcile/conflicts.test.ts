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

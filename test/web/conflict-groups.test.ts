// Conflict cards: pairwise conflict records about one event become one card
// listing every claim; a card whose claims give one figure is not shown.

import { describe, expect, it } from "vitest";
import type { Conflict, ConflictSide, Story, StoredEvent } from "../../src/types.js";
import { groupConflicts } from "../../web/src/conflict-groups.js";

function story(id: string, value: number | null, qualifier = "approx"): Story {
  return {
    id,
    type: "escape",
    status: "occurred",
    date: "2026-01-19",
    count: value === null ? null : { value, qualifier },
    countKind: "one_off",
    subject: "inmates",
    group: null,
    actor: null,
    origin: null,
    destination: null,
    location: { name: "Shaddadi", country: "SY", lat: 36.05, lon: 40.73 },
    mentions: [{ eventId: `e-${id}`, doc: `d-${id}`, outlet: `Outlet ${id}`, source: null, date: "2026-01-19", dateFromCluster: false }],
    outlets: [`Outlet ${id}`],
    sources: [`source ${id}`],
    dissent: [],
    explanation: [],
  };
}

const side = (s: Story, what: string): ConflictSide => ({
  storyId: s.id,
  eventIds: [`e-${s.id}`],
  docs: [`d-${s.id}`],
  outlets: s.outlets,
  sources: s.sources,
  claim: `${what}: "short excerpt of ${s.id}..."`,
});

const conflict = (id: string, a: Story, b: Story): Conflict => ({
  id,
  kind: "account-disagreement",
  description: `Two accounts of one escape at Shaddadi disagree (${a.id} vs ${b.id})`,
  seriesId: null,
  sides: [side(a, `escape of ${a.count?.value ?? "no figure"}`), side(b, `escape of ${b.count?.value ?? "no figure"}`)],
});

const event = (id: string, sentence: string): StoredEvent => ({ id, evidence: [{ text: sentence, start: 0, end: sentence.length }] }) as unknown as StoredEvent;

describe("groupConflicts", () => {
  it("makes one card of the pairwise conflicts about one escape, every claim once", () => {
    const a = story("a", 1200);
    const b = story("b", 80, "at_least");
    const c = story("c", null);
    const records = [conflict("cf1", a, b), conflict("cf2", a, c), conflict("cf3", b, c)];
    const events = new Map([["e-a", event("e-a", "Around 1,200 inmates fled the prison at Shaddadi, the monitor said.")]]);
    const groups = groupConflicts(records, [a, b, c], [], events);
    expect(groups).toHaveLength(1);
    const g = groups[0];
    expect(g.claims.map((x) => x.storyId)).toEqual(["a", "b", "c"]);
    expect(g.claims.map((x) => x.figure)).toEqual(["≈1,200", "≥80", ""]);
    expect(g.reasons).toHaveLength(3);
    expect(g.types).toEqual(["escape"]);
    // The whole sentence from the record; the conflict's excerpt when the record is not at hand.
    expect(g.claims[0].sentences).toEqual(["Around 1,200 inmates fled the prison at Shaddadi, the monitor said."]);
    expect(g.claims[1].sentences).toEqual(["short excerpt of b..."]);
    expect(g.claims[0].what).toBe("escape of 1200");
    expect(g.claims[0].sources).toEqual(["source a"]);
  });

  it("keeps unrelated conflicts apart", () => {
    const [a, b, c, d] = [story("a", 1200), story("b", 80), story("c", 10), story("d", 500)];
    expect(groupConflicts([conflict("cf1", a, b), conflict("cf2", c, d)], [a, b, c, d])).toHaveLength(2);
  });

  it("never shows a card whose sides give the same figure", () => {
    const a = story("a", 1200);
    const b = story("b", 1200);
    expect(groupConflicts([conflict("cf1", a, b)], [a, b])).toEqual([]);
  });
});

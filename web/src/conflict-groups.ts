// Conflicts as the page shows them: the pairwise conflict records grouped so
// that claims about one quantity or event make one card (conflicts sharing a
// story join), each story listed once with its figure, sources and sentence.
// A card whose claims all give the same figure is not a conflict and is left out.

import type { Conflict, Series, Story, StoredEvent } from "./api.js";
import { formatCount } from "./format.js";

export interface Claim {
  storyId: string;
  /** The figure as shown ("≈150", "thousands"); "" when the claim gives none. */
  figure: string;
  /** What the claim says, without the quoted excerpt. */
  what: string;
  /** The sentences that state it (from its records, else the conflict's excerpt). */
  sentences: string[];
  sources: string[];
  outlets: string[];
  docs: string[];
}

export interface ConflictGroup {
  id: string;
  kinds: Conflict["kind"][];
  /** Why the claims disagree, one line per conflict record. */
  reasons: string[];
  seriesId: string | null;
  /** Event types of the stories involved (for the type filter). */
  types: string[];
  claims: Claim[];
}

const QUOTED = /^(.*?):\s*"(.*)"$/s;

function splitClaim(claim: string): { what: string; excerpt: string | null } {
  const m = QUOTED.exec(claim);
  return m ? { what: m[1], excerpt: m[2] } : { what: claim, excerpt: null };
}

/** The figure a side of a conflict gives: its series point when the conflict is about a series, else its story's figure. */
function figureOf(side: Conflict["sides"][number], c: Conflict, stories: Map<string, Story>, series: Map<string, Series>): string {
  const storyId = side.storyId;
  const se = c.seriesId ? series.get(c.seriesId) : undefined;
  // two figures of one story (a running total that fell) are two points: the side's own records tell which
  const own = (p: { eventIds?: string[] }) => (p.eventIds ?? []).some((id) => side.eventIds.includes(id));
  const point =
    se?.points.find(own) ?? se?.planned.find(own) ?? se?.points.find((p) => p.storyId === storyId) ?? se?.planned.find((p) => p.storyId === storyId);
  if (point) return formatCount(point);
  return formatCount(stories.get(storyId)?.count ?? null);
}

export function groupConflicts(conflicts: Conflict[], stories: Story[], series: Series[] = [], events: Map<string, StoredEvent> = new Map()): ConflictGroup[] {
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const seriesById = new Map(series.map((s) => [s.id, s]));
  // Union-find over conflicts: two conflicts with a story in common join.
  const parent = conflicts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const firstWith = new Map<string, number>();
  conflicts.forEach((c, i) => {
    for (const side of c.sides) {
      const j = firstWith.get(side.storyId);
      if (j === undefined) firstWith.set(side.storyId, i);
      else parent[find(i)] = find(j);
    }
  });
  const members = new Map<number, Conflict[]>();
  conflicts.forEach((c, i) => {
    const r = find(i);
    members.set(r, [...(members.get(r) ?? []), c]);
  });

  const out: ConflictGroup[] = [];
  for (const group of members.values()) {
    const claims = new Map<string, Claim>();
    for (const c of group) {
      for (const side of c.sides) {
        // a claim is a story's records: two sides of one story with other records are two claims
        const key = `${side.storyId}|${[...side.eventIds].sort().join(",")}`;
        if (claims.has(key)) continue;
        const { what, excerpt } = splitClaim(side.claim);
        const fromRecords = side.eventIds.flatMap((id) => events.get(id)?.evidence.map((e) => e.text) ?? []);
        const sentences = [...new Set(fromRecords.length ? fromRecords : excerpt ? [excerpt] : [])];
        claims.set(key, {
          storyId: side.storyId,
          figure: figureOf(side, c, storyById, seriesById),
          what,
          sentences,
          sources: side.sources,
          outlets: side.outlets,
          docs: side.docs,
        });
      }
    }
    const list = [...claims.values()];
    // Every claim gives the same figure: nothing to choose between.
    if (list.length < 2 || new Set(list.map((c) => c.figure)).size < 2) continue;
    const types = [
      ...new Set(
        [...claims.values()].map((cl) => storyById.get(cl.storyId)?.type).concat(group.map((c) => (c.seriesId ? seriesById.get(c.seriesId)?.type : undefined))),
      ),
    ].filter((t): t is NonNullable<typeof t> => !!t);
    out.push({
      id: group.map((c) => c.id).join("+"),
      kinds: [...new Set(group.map((c) => c.kind))],
      reasons: group.map((c) => c.description),
      seriesId: group.find((c) => c.seriesId)?.seriesId ?? null,
      types,
      claims: list,
    });
  }
  return out;
}

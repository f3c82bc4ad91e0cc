// Analysts' merges and splits of facilities, as they apply to the registry
// before any report is read (the changes carry the facilities as they were,
// so that a learned facility is known before the report that names it):
//   merge A B: B's aliases become A's, and B's id leads to A;
//   split ID --alias ...: the aliases named become a facility of their own,
//   with the place facts of the one they were taken from; other spellings of
//   the old facility stay with it.
// Changes apply in the order they were made; an undone one does not apply.

import { activeChanges } from "../../store/review.js";
import type { FacilityMergeChange, FacilityReview, FacilitySplitChange, ReviewChange } from "../../types.js";

export type FacilityRule =
  | { kind: "merge"; change: string; author: string; into: FacilityMergeChange["into"]; from: FacilityMergeChange["from"] }
  | ({ kind: "split"; change: string; author: string } & FacilitySplitChange);

/** The facility merges and splits in effect, in their order. */
export function facilityRules(changes: readonly ReviewChange[]): FacilityRule[] {
  const out: FacilityRule[] = [];
  for (const c of activeChanges(changes)) {
    if (c.targetKind !== "facility") continue;
    if (c.action === "merge") out.push({ kind: "merge", change: c.id, author: c.author, ...(c.after as FacilityMergeChange) });
    else if (c.action === "split") out.push({ kind: "split", change: c.id, author: c.author, ...(c.after as FacilitySplitChange) });
  }
  return out;
}

/** Where each merged-away facility id leads now (followed to the end: B into A, A into C gives B to C). */
export function facilityRedirects(rules: readonly FacilityRule[]): Map<string, string> {
  const to = new Map<string, string>();
  for (const r of rules) if (r.kind === "merge") to.set(r.from.id, r.into.id);
  const out = new Map<string, string>();
  for (const id of to.keys()) {
    let at = id;
    const seen = new Set([at]);
    while (to.has(at) && !seen.has(to.get(at)!)) {
      at = to.get(at)!;
      seen.add(at);
    }
    out.set(id, at);
  }
  return out;
}

/** The review of each facility the rules touch, by the id it has after them. */
export function facilityReviews(rules: readonly FacilityRule[]): Map<string, FacilityReview> {
  const redirects = facilityRedirects(rules);
  const out = new Map<string, FacilityReview>();
  const of = (id: string) => {
    const k = redirects.get(id) ?? id;
    return out.get(k) ?? out.set(k, { mergedFrom: [], splitFrom: null, changes: [] }).get(k)!;
  };
  for (const r of rules) {
    if (r.kind === "merge") {
      const rv = of(r.into.id);
      rv.mergedFrom.push(r.from.id);
      rv.changes.push(r.change);
    } else {
      of(r.from.id).changes.push(r.change);
      const rv = of(r.id);
      rv.splitFrom = r.from.id;
      rv.changes.push(r.change);
    }
  }
  return out;
}

/** The line `sourced facility ID` prints for a rule. */
export function ruleLine(r: FacilityRule): string {
  return r.kind === "merge"
    ? `review: ${r.from.name} (${r.from.id}) merged into ${r.into.name} by ${r.author} (${r.change})`
    : `review: ${r.aliases.map((a) => `'${a}'`).join(", ")} split from ${r.from.name} (${r.from.id}) as ${r.name} (${r.id}) by ${r.author} (${r.change})`;
}

// Story ids that outlive the stories they were first given to. The store
// keeps the ids it has issued with the evidence keys of their records; a new
// reconciliation gives each story the id of the earlier story it shares the
// most records with (so a story keeps its id when a document joins it, and
// the larger part of a split keeps it), and a story sharing records with none
// takes an id from its evidence (the hash of its smallest key). An id no
// story takes any more is retired as a redirect to its successor: the story
// that holds most of its records ("merged", or "split" when the old story's
// records went several ways), or, when its records all left (re-extraction
// changed their sentences, the documents were replaced), the story holding
// most records of its documents and type ("gone"; no successor when none).

import type { IssuedStory, StoryIdChanges, StoryRedirect } from "../types.js";
import { shortHash } from "./util.js";

/** The id a story's evidence gives it: the hash of its smallest record key. */
export function evidenceId(keys: readonly string[]): string {
  let min = keys[0] ?? "";
  for (const k of keys) if (k < min) min = k;
  return `st_${shortHash(min)}`;
}

/** The document and type part of a record key (doc#type#sentence). */
function docType(key: string): string {
  return key.slice(0, key.lastIndexOf("#"));
}

export interface IdAssignment {
  /** The id of each story, in the order given. */
  ids: string[];
  changes: StoryIdChanges;
}

/**
 * Ids for stories given by the keys of their records. `issued` are the ids
 * in use before (with their keys); `retired` the ids retired before (one of
 * them is taken again when a story's evidence gives it, say when a merge is
 * undone); `reserved` the ids of stories not given here, which stay theirs.
 */
export function assignStoryIds(
  stories: readonly string[][],
  issued: readonly IssuedStory[],
  retired: ReadonlySet<string>,
  reserved: ReadonlySet<string> = new Set(),
  now = new Date().toISOString(),
): IdAssignment {
  const owner = new Map<string, number>();
  issued.forEach((s, i) => {
    for (const k of s.keys) owner.set(k, i);
  });
  // overlaps: story → issued id → records shared
  const pairs: { story: number; prev: number; shared: number }[] = [];
  const sharedWith = new Map<number, Map<number, number>>();
  stories.forEach((keys, si) => {
    const counts = new Map<number, number>();
    for (const k of keys) {
      const p = owner.get(k);
      if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    for (const [prev, shared] of counts) {
      pairs.push({ story: si, prev, shared });
      const m = sharedWith.get(prev) ?? sharedWith.set(prev, new Map()).get(prev)!;
      m.set(si, shared);
    }
  });
  // most records shared first; then the larger story (a split's larger part keeps the id); then by id, for a fixed order
  const fallback = stories.map(evidenceId);
  pairs.sort(
    (a, b) =>
      b.shared - a.shared ||
      stories[b.story].length - stories[a.story].length ||
      (issued[a.prev].id < issued[b.prev].id ? -1 : issued[a.prev].id > issued[b.prev].id ? 1 : 0) ||
      (fallback[a.story] < fallback[b.story] ? -1 : fallback[a.story] > fallback[b.story] ? 1 : 0),
  );
  const ids: (string | null)[] = stories.map(() => null);
  const taken = new Set<number>();
  for (const p of pairs) {
    if (ids[p.story] !== null || taken.has(p.prev)) continue;
    ids[p.story] = issued[p.prev].id;
    taken.add(p.prev);
  }
  // the others take the id of their evidence, unless a story keeps it
  const inUse = new Set(ids.filter((x): x is string => x !== null));
  const wasIssued = new Set(issued.map((s) => s.id));
  stories.forEach((_, si) => {
    if (ids[si] !== null) return;
    let id = fallback[si];
    // an id issued before (in use, or being retired now) is never given to a story that shares no record with it;
    // an id retired earlier is taken again by the story whose evidence gives it (a merge undone)
    for (let n = 2; inUse.has(id) || wasIssued.has(id) || reserved.has(id); n++) id = `${fallback[si]}_${n}`;
    ids[si] = id;
    inUse.add(id);
  });
  const final = ids as string[];
  // what changed: ids whose keys are new or differ, and the ids no story took
  const keysOf = new Map(issued.map((s) => [s.id, s.keys]));
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i]);
  const live: IssuedStory[] = [];
  stories.forEach((keys, si) => {
    const sorted = [...keys].sort();
    const before = keysOf.get(final[si]);
    if (!before || !same(before, sorted) || retired.has(final[si])) live.push({ id: final[si], keys: sorted });
  });
  const retiredNow: StoryRedirect[] = [];
  let byDocType: Map<string, number[]> | undefined;
  issued.forEach((s, pi) => {
    if (taken.has(pi)) return;
    const shares = sharedWith.get(pi);
    if (shares?.size) {
      let best = -1;
      for (const [si, n] of shares) if (best < 0 || n > shares.get(best)! || (n === shares.get(best)! && final[si] < final[best])) best = si;
      retiredNow.push({ id: s.id, successor: final[best], reason: shares.size > 1 ? "split" : "merged", retiredAt: now });
      return;
    }
    byDocType ??= storiesByDocType(stories);
    retiredNow.push({ id: s.id, successor: successorByDocuments(s.keys, byDocType, final), reason: "gone", retiredAt: now });
  });
  return { ids: final, changes: { live, retired: retiredNow } };
}

/** document#type → the stories holding records of it. */
function storiesByDocType(stories: readonly string[][]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  stories.forEach((ks, si) => {
    for (const k of ks) {
      const list = out.get(docType(k));
      if (!list) out.set(docType(k), [si]);
      else if (list[list.length - 1] !== si) list.push(si);
    }
  });
  return out;
}

/** The story holding records of the most of an id's documents and types; null when none. */
function successorByDocuments(keys: readonly string[], byDocType: Map<string, number[]>, ids: readonly string[]): string | null {
  const counts = new Map<number, number>();
  for (const dt of new Set(keys.map(docType))) for (const si of byDocType.get(dt) ?? []) counts.set(si, (counts.get(si) ?? 0) + 1);
  let best = -1;
  for (const [si, n] of counts) if (best < 0 || n > counts.get(best)! || (n === counts.get(best)! && ids[si] < ids[best])) best = si;
  return best < 0 ? null : ids[best];
}

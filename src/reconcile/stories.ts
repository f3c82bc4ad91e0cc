// Stories: records from different documents that describe one real-world
// event, clustered greedily in a fixed order (oldest document first), then
// adjusted by analysts' overrides, then summarised by consensus.ts.
//
// A record joins the best-scoring story that it is compatible with on every
// member (complete linkage on the hard constraints of compatibility.ts) and
// that holds no record of its own document: within one document the
// extractor already merged what it should, so two records of one document
// are two claims.

import { compare, EVIDENCE_ANCHOR, HARD_VETO, jaccard, linkEvents, linkRank, MERGE_THRESHOLD, quickCompare, STRONGEST_ANCHOR } from "./compatibility.js";
import { MOVEMENT_TYPES } from "../types.js";
import { blockFacts, Blocks } from "./blocking.js";
import { consensus } from "./consensus.js";
import type { Prepared } from "./prepared.js";
import type { IssuedStory, Mention, Override, Story } from "../types.js";
import { assignStoryIds, evidenceId, type IdAssignment } from "./story-ids.js";
import { dateInterval } from "./util.js";

export interface Cluster {
  members: Prepared[];
  explanation: string[];
}

/** The documents of each cluster's members, kept beside the clusters while they grow. */
class DocSets {
  private sets = new Map<Cluster, Set<string>>();
  has(c: Cluster, doc: string): boolean {
    return this.of(c).has(doc);
  }
  /** Whether any record of `b` comes from a document of `a`. */
  meets(a: Cluster, b: Cluster): boolean {
    const x = this.of(a);
    return b.members.some((m) => x.has(m.e.doc));
  }
  add(c: Cluster, p: Prepared): void {
    this.of(c).add(p.e.doc);
  }
  private of(c: Cluster): Set<string> {
    let s = this.sets.get(c);
    if (!s) {
      s = new Set(c.members.map((m) => m.e.doc));
      this.sets.set(c, s);
    }
    return s;
  }
}

/** The order records are reconciled in: oldest document first, then document id, then place in the text. */
export function order(a: Prepared, b: Prepared): number {
  const pa = a.doc?.published ?? "9999";
  const pb = b.doc?.published ?? "9999";
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.e.doc !== b.e.doc) return a.e.doc < b.e.doc ? -1 : 1;
  const sa = a.e.evidence[0]?.start ?? 0;
  const sb = b.e.evidence[0]?.start ?? 0;
  return sa - sb || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0);
}

export function cluster(prepared: Prepared[]): Cluster[] {
  const clusters: Cluster[] = [];
  // blocking: only clusters sharing a type, a country and a time window can take a record (blocking.ts)
  const blocks = new Blocks();
  const sorted = [...prepared].sort(order);
  // a kind of figure and a group veto a pair when both sides state them and differ: they are facets of the blocks
  const facts = new Map(sorted.map((p) => [p, blockFacts(p, false, p.e.type, [p.kind, p.group])]));
  const docs = new DocSets();
  for (const p of sorted) {
    let best: { c: Cluster; ci: number; score: number; with: Prepared } | null = null;
    let near: string | null = null;
    for (const ci of blocks.candidates([facts.get(p)!])) {
      const c = clusters[ci];
      if (docs.has(c, p.e.doc)) continue;
      let top: { score: number; with: Prepared } | null = null;
      let ok = true;
      for (const m of c.members) {
        const v = quickCompare(p, m);
        if (!v.compatible) {
          if (!near && jaccard(p.tokens, m.tokens) >= EVIDENCE_ANCHOR)
            near = `${p.e.id} (${p.e.doc}) kept apart from ${m.e.id} (${m.e.doc}) as a claim: ${compare(p, m).veto}`;
          ok = false;
          break;
        }
        if (v.anchored && (!top || v.score > top.score)) top = { score: v.score, with: m };
      }
      if (!ok || !top || top.score < MERGE_THRESHOLD) continue;
      if (!best || top.score > best.score) best = { c, ci, ...top };
    }
    if (best) {
      best.c.members.push(p);
      docs.add(best.c, p);
      best.c.explanation.push(
        `${p.e.id} (${p.e.doc}) joined ${best.with.e.id} (${best.with.e.doc}) with score ${best.score.toFixed(2)}: ${compare(p, best.with).reasons.join("; ")}`,
      );
      blocks.add(best.ci, facts.get(p)!);
    } else {
      const c = { members: [p], explanation: [`${p.e.id} (${p.e.doc}) opened the story`, ...(near ? [near] : [])] };
      clusters.push(c);
      blocks.add(clusters.length - 1, facts.get(p)!);
    }
  }
  return attachUnderspecified(clusters);
}

/**
 * Second pass: a record left alone that states no date or no figure joins
 * the one other story it is compatible with and weakly tied to (same group,
 * same countries); with several candidates it stays alone. Only clusters
 * holding a record of the same type and group can be weakly tied to it.
 */
function attachUnderspecified(clusters: Cluster[]): Cluster[] {
  const removed = new Set<Cluster>();
  // a weak tie needs a record of the same type and group, compatible (in the same block) with the record
  const blocks = new Blocks();
  const file = (ci: number, p: Prepared) => {
    if (p.group) blocks.add(ci, blockFacts(p, false, `${p.e.type}|group|${p.group}`));
  };
  clusters.forEach((c, ci) => {
    for (const m of c.members) file(ci, m);
  });
  const docs = new DocSets();
  clusters.forEach((c) => {
    if (c.members.length !== 1) return;
    const p = c.members[0];
    if (p.e.date != null && p.e.count != null) return;
    if (!p.group) return;
    const fits: number[] = [];
    for (const oi of blocks.candidates([blockFacts(p, false, `${p.e.type}|group|${p.group}`)])) {
      const o = clusters[oi];
      if (o === c || removed.has(o)) continue;
      if (docs.has(o, p.e.doc)) continue;
      if (!o.members.every((m) => quickCompare(p, m).compatible) || !o.members.some((m) => quickCompare(p, m).weak)) continue;
      fits.push(oi);
      if (fits.length > 1) break;
    }
    if (fits.length !== 1) return;
    const target = clusters[fits[0]];
    target.members.push(p);
    docs.add(target, p);
    target.explanation.push(
      `${p.e.id} (${p.e.doc}) states no ${p.e.date == null ? "date" : "figure"}; joined the only story it fits (same type, group and countries)`,
    );
    file(fits[0], p);
    removed.add(c);
  });
  return clusters.filter((c) => !removed.has(c));
}

/** A claim: records of one story that give one figure of one kind for one moment. */
export interface Claim {
  id: string;
  storyId: string;
  members: Prepared[];
}

/**
 * Second level: claims that are one real-world event (linkEvents: a revised
 * toll, a running total given days later, a report that leaves out a field)
 * become one story. Vetoes hold on every pair (complete linkage); the
 * strongest anchor of any pair decides where a claim goes. A claim tied to
 * nothing, or vetoed by a story it shares a place or wording with, stays
 * apart, and the story says so.
 */
export function linkClaims(claims: Cluster[]): { stories: Cluster[]; claimOf: Map<Prepared, number> } {
  const claimOf = new Map<Prepared, number>();
  claims.forEach((c, i) => {
    for (const m of c.members) claimOf.set(m, i);
  });
  const stories: Cluster[] = [];
  // blocking (blocking.ts). Dates apart veto a pair unless one side is a
  // running figure; then only the same named place, or (both running) a
  // running figure of one route, can tie them. So a record is filed by its
  // date, and besides under every date as a running figure and as each
  // place it names; it looks by its date, for running figures (when it is
  // one) and for the places it names.
  const blocks = new Blocks();
  const isRunning = (p: Prepared) => p.kind === "cumulative" || p.kind === "stock";
  // (a running figure of one route needs both sides running, a movement, and the same group)
  // (the destination is no facet: two records naming other destinations are the near-misses worth telling)
  const filed = (p: Prepared) => [
    blockFacts(p),
    ...(isRunning(p) && MOVEMENT_TYPES.has(p.e.type) ? [blockFacts(p, true, `${p.e.type}|running|${p.group ?? ""}`)] : []),
    ...sitesOf(p).map((k) => blockFacts(p, true, `${p.e.type}|site|${k}`)),
  ];
  const docs = new DocSets();
  for (const c of claims) {
    const cf = c.members.flatMap(filed);
    let best: { s: Cluster; si: number; anchor: string; p: Prepared; q: Prepared; rank: number } | null = null;
    let near: string | null = null;
    for (const si of blocks.candidates(cf)) {
      const s = stories[si];
      // two claims of one document may be one event (a toll and, sentences later, the part still at
      // large; a batch and the running total it brings): what ties them must come from another document
      // (asked only of a pair from one document)
      let shared: boolean | undefined;
      // A hard veto (another type, a plan against a fact, other facilities)
      // on any pair keeps the claim out. A soft one (dates, countries or
      // groups apart: the fields extraction most often misreads) unless it
      // comes from one member only, against at least two members tied to it.
      // (the pairs as numbers, linkRank; the words only of the pairs a story or a claim reports)
      let hard: [Prepared, Prepared] | null = null;
      let soft: [Prepared, Prepared] | null = null;
      let vetoing = 0;
      let anchoredTo = 0;
      let top: { p: Prepared; q: Prepared; rank: number } | null = null;
      for (const q of s.members) {
        let vetoed = false;
        let tied = false;
        for (const p of c.members) {
          const r = linkRank(p, q);
          if (r < 0) {
            if (r === HARD_VETO) hard = [p, q];
            else soft ??= [p, q];
            vetoed = true;
            continue;
          }
          if (r > 0 && !(p.e.doc === q.e.doc && (shared ??= docs.meets(s, c)))) {
            tied = true;
            if (!top || r > top.rank) top = { p, q, rank: r };
          }
        }
        if (hard) break;
        if (vetoed) vetoing++;
        if (vetoing > SOFT_VETOES_OVERRULED) break;
        else if (tied) anchoredTo++;
      }
      const veto = hard ?? (vetoing > SOFT_VETOES_OVERRULED || (vetoing > 0 && 2 * vetoing > anchoredTo) ? soft : null);
      if (veto) {
        if (!near && s.members.some((q) => c.members.some((p) => jaccard(p.tokens, q.tokens) >= EVIDENCE_ANCHOR))) near = keptApart(veto);
        continue;
      }
      if (top && (!best || top.rank > best.rank)) {
        const anchor = linkEvents(top.p, top.q).anchor!;
        best = {
          s,
          si,
          ...top,
          anchor: vetoing ? `${anchor} (tied to ${anchoredTo} of its records, kept apart from ${vetoing}: ${keptApart(soft!)})` : anchor,
        };
        // no later story can tie it more strongly (the first of equals wins), and a near miss is told only of a claim that joins none
        if (best.rank >= STRONGEST_ANCHOR) break;
      }
    }
    if (best) {
      for (const m of c.members) {
        best.s.members.push(m);
        docs.add(best.s, m);
      }
      best.s.explanation.push(
        `${best.p.e.id} (${best.p.e.doc}) and ${best.q.e.id} (${best.q.e.doc}) tell one event: ${best.anchor}; its claim joins the story`,
      );
      for (const l of c.explanation) if (!l.endsWith("opened the story")) best.s.explanation.push(l);
      for (const f of cf) blocks.add(best.si, f);
    } else {
      const s = { members: [...c.members], explanation: [...c.explanation, ...(near ? [near] : [])] };
      stories.push(s);
      for (const f of cf) blocks.add(stories.length - 1, f);
    }
  }
  return { stories, claimOf };
}

/** The line telling why a pair of records is kept apart. */
function keptApart([p, q]: [Prepared, Prepared]): string {
  return `${p.e.id} (${p.e.doc}) kept apart from ${q.e.id} (${q.e.doc}): ${linkEvents(p, q).veto}`;
}

/** How many members of a story may softly veto a claim that others tie to it (one misread record). */
const SOFT_VETOES_OVERRULED = 1;

/** The skeletons of every place a record names (linkEvents ties two records naming one place). */
function sitesOf(p: Prepared): string[] {
  const out = new Set<string>();
  for (const x of [p.origin, p.location, p.destination, p.site]) if (x?.skeleton) out.add(x.skeleton);
  return [...out];
}

/** Applies merge/split overrides in creation order; keys that match nothing are ignored. */
export function applyOverrides(clusters: Cluster[], overrides: Override[]): Cluster[] {
  let cs = clusters.map((c) => ({ members: [...c.members], explanation: [...c.explanation] }));
  const sorted = [...overrides].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  const note = (o: Override) => (o.note ? ` (${o.note})` : "");
  for (const o of sorted) {
    if (o.action === "merge") {
      const targets = o.keys.map((k) => cs.find((c) => c.members.some((m) => m.key === k)));
      if (targets.some((t) => !t)) continue;
      const [first, ...rest] = [...new Set(targets as Cluster[])];
      if (!rest.length) continue;
      for (const r of rest) {
        for (const m of r.members) first.members.push(m);
        for (const l of r.explanation) first.explanation.push(l);
      }
      first.explanation.push(`merged by override ${o.id}${note(o)}`);
      cs = cs.filter((c) => !rest.includes(c));
    } else {
      for (const k of o.keys) {
        const c = cs.find((x) => x.members.length > 1 && x.members.some((m) => m.key === k));
        if (!c) continue;
        const out = c.members.filter((m) => m.key === k);
        c.members = c.members.filter((m) => m.key !== k);
        c.explanation.push(`${out.map((m) => m.e.id).join(", ")} split off by override ${o.id}${note(o)}`);
        cs.push({ members: out, explanation: [`split off by override ${o.id}${note(o)}`] });
      }
    }
  }
  return cs;
}

/** The id a group of records' evidence gives it (the hash of the smallest key); the store's issued ids come first (story-ids.ts). */
export function storyId(members: Prepared[]): string {
  return evidenceId(members.map((m) => m.key));
}

export function toStory(c: Cluster): Story {
  const members = [...c.members].sort((a, b) => order(a, b));
  const cons = consensus(members);
  const range = dateRange(members.map((m) => m.e.date)) ?? cons.date;
  const mentions: Mention[] = members.map((m) => ({
    eventId: m.e.id,
    eventUid: m.e.uid,
    key: m.key,
    doc: m.e.doc,
    outlet: m.doc?.outlet ?? null,
    source: m.e.source,
    date: m.e.date ?? range,
    dateFromCluster: m.e.date == null && range != null,
  }));
  const explanation = [...c.explanation];
  for (const m of mentions)
    if (m.dateFromCluster) explanation.push(`${m.eventId} (${m.doc}) has no date of its own: takes the story's dates ${range} (inferred)`);
  const copies = members.filter((m) => m.original !== m.e.doc);
  for (const m of copies) explanation.push(`${m.e.doc} is a copy of ${m.original}: adds its outlet, shares one vote`);
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  return {
    id: storyId(members),
    ...cons,
    mentions,
    outlets: uniq(members.map((m) => m.doc?.outlet ?? null)),
    sources: uniq(members.map((m) => m.e.source)),
    explanation,
  };
}

/** The span of the stated dates ("a/b" of their day bounds, or the one date when all agree); null when none is stated. */
export function dateRange(dates: (string | null)[]): string | null {
  const all = [...new Set(dates.filter((d): d is string => !!d && dateInterval(d) != null))];
  // a coarse date that encloses a finer one ("2026-01" around "2026-01-21") adds nothing to the span
  const inside = (a: string, b: string) => {
    const x = dateInterval(a)!;
    const y = dateInterval(b)!;
    return a !== b && x.start >= y.start && x.end <= y.end && x.end - x.start < y.end - y.start;
  };
  const stated = all.filter((d) => !all.some((e) => inside(e, d)));
  if (stated.length === 0) return null;
  if (stated.length === 1) return stated[0];
  const day = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  const lo = stated.reduce((m, d) => Math.min(m, dateInterval(d)!.start), Infinity);
  const hi = stated.reduce((m, d) => Math.max(m, dateInterval(d)!.end), -Infinity);
  return lo === hi ? day(lo) : `${day(lo)}/${day(hi)}`;
}

/** The story ids the store issued before: in use (with their keys) and retired. */
export interface PriorIds {
  issued: IssuedStory[];
  retired: ReadonlySet<string>;
  /** Ids in use by stories outside the records given (an incremental run): never given to another story. */
  reserved?: ReadonlySet<string>;
}

/** A group's first record in reconciliation order. */
export function firstOf(members: readonly Prepared[]): Prepared {
  let f = members[0];
  for (const m of members) if (order(m, f) < 0) f = m;
  return f;
}

/** Sorts groups of records in place by their first records' order (each group's first found once). */
export function inFirstOrder<T extends { members: readonly Prepared[] }>(xs: T[]): T[] {
  const keyed = xs.map((x) => ({ x, first: firstOf(x.members) }));
  keyed.sort((a, b) => order(a.first, b.first));
  for (const [i, k] of keyed.entries()) xs[i] = k.x;
  return xs;
}

/** Stories ordered by date (undated last), then id; each story's claims beside; what the ids given changed. */
export function buildStories(
  prepared: Prepared[],
  overrides: Override[],
  prior: PriorIds = { issued: [], retired: new Set() },
): { stories: Story[]; byStory: Map<string, Prepared[]>; claims: Claim[]; ids: IdAssignment } {
  const { stories: linked, claimOf } = linkClaims(cluster(prepared));
  // in the order of their first records, so that any subset of the stories comes out in the same order (incremental.ts)
  const clusters = applyOverrides(linked, overrides)
    .filter((c) => c.members.length)
    .map((c) => ({ c, first: firstOf(c.members) }))
    .sort((a, b) => order(a.first, b.first))
    .map((x) => x.c);
  const stories: Story[] = [];
  const claims: Claim[] = [];
  const byStory = new Map<string, Prepared[]>();
  // each story takes the id of the earlier story it shares most records with, else its evidence's (story-ids.ts)
  const ids = assignStoryIds(
    clusters.map((c) => c.members.map((m) => m.key)),
    prior.issued,
    prior.retired,
    prior.reserved,
  );
  for (const [ci, c] of clusters.entries()) {
    const s = toStory(c);
    const id = ids.ids[ci];
    s.id = id;
    stories.push(s);
    byStory.set(id, c.members);
    const parts = new Map<number, Prepared[]>();
    for (const m of c.members) {
      const k = claimOf.get(m) ?? -1;
      const list = parts.get(k);
      if (list) list.push(m);
      else parts.set(k, [m]);
    }
    for (const ms of parts.values()) claims.push({ id: `${id}#${storyId(ms)}`, storyId: id, members: ms });
  }
  inFirstOrder(claims);
  stories.sort((a, b) => {
    const da = a.date ?? "9999";
    const db = b.date ?? "9999";
    return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : 1;
  });
  return { stories, byStory, claims, ids };
}

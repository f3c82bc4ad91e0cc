// Conflicts: claims that cannot all be true.
//   decreasing-cumulative  a running total lower than an earlier one (not one
//                          dated only by its report, which may be older)
//   figure-disagreement    two figures for one quantity and date that
//                          disagree beyond their qualifiers (not when a report
//                          gives both: it counts two quantities)
//   account-disagreement   two reports of one event (same type, same place,
//                          compatible dates) whose figures are far apart, or
//                          where one side minimises ("briefly", "recaptured",
//                          "a handful") what the other gives as a large figure
// Every side names its story, records, documents, outlets and sources.
// Sides from one document, or from copies of one document, are not two
// reports and never conflict.

import { countBounds, countsCompatible, LARGE_FIGURE } from "./figures.js";
import { consensus } from "./consensus.js";
import type { Prepared } from "./prepared.js";
import type { Claim } from "./stories.js";
import type { Conflict, ConflictSide, Series, SeriesPoint, Story } from "../types.js";
import { dateInterval, datesOverlap, formatCount, isCountryLevel, placeSkeleton, shortHash } from "./util.js";

function at(s: Story): string {
  const p = s.location ?? s.origin;
  if (!p) return "";
  return `${isCountryLevel(p) ? " in" : " at"} ${p.name}`;
}

function excerpt(members: Prepared[]): string {
  const t = members[0]?.e.evidence[0]?.text ?? "";
  return t.length > 160 ? `${t.slice(0, 157)}...` : t;
}

function side(s: Story, members: Prepared[], what: string): ConflictSide {
  const ex = excerpt(members);
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  return {
    storyId: s.id,
    eventIds: members.map((m) => m.e.id),
    docs: [...new Set(members.map((m) => m.e.doc))],
    outlets: members.length ? uniq(members.map((m) => m.doc?.outlet ?? null)) : s.outlets,
    sources: members.length ? uniq(members.map((m) => m.e.source)) : s.sources,
    claim: ex ? `${what}: "${ex}"` : what,
    sentence: members[0]?.e.evidence[0]?.text ?? null,
  };
}

function describe(s: Story): string {
  return `${s.type}${s.count ? ` of ${formatCount(s.count)}` : " (no figure)"}${at(s)} (${s.date ?? "undated"})`;
}

function originals(members: Prepared[]): Set<string> {
  return new Set(members.map((m) => m.original));
}

function independent(a: Prepared[], b: Prepared[]): boolean {
  const oa = originals(a);
  for (const o of originals(b)) if (oa.has(o)) return false;
  return true;
}

function conflictId(kind: string, sides: ConflictSide[]): string {
  return `cf_${shortHash(
    `${kind}|${sides
      .map((s) => `${s.storyId}:${[...s.eventIds].sort().join(",")}`)
      .sort()
      .join("|")}`,
  )}`;
}

/**
 * Both stories name one specific place (origin or location), allowing one
 * side to name only the province the other's place lies in.
 */
function sameSite(a: Prepared[], b: Prepared[]): boolean {
  const named = (ms: Prepared[]) => new Set(ms.flatMap((m) => [m.origin?.skeleton, m.location?.skeleton]).filter((x): x is string => !!x));
  const provinces = (ms: Prepared[]) =>
    new Set(
      ms
        .flatMap((m) => [m.origin?.detail.admin1, m.location?.detail.admin1])
        .map((x) => placeSkeleton(x))
        .filter((x): x is string => !!x),
    );
  const na = named(a);
  const nb = named(b);
  const meets = (x: Set<string>, y: Set<string>) => [...x].some((k) => y.has(k));
  if (meets(na, nb) || meets(na, provinces(b)) || meets(provinces(a), nb)) return true;
  // a side that names no place of its own ("after the facility fell") is
  // placed by the proper names just before its evidence
  if (!na.size && nb.size && countriesMeet(a, b)) return meets(nb, contextNames(a));
  if (!nb.size && na.size && countriesMeet(a, b)) return meets(na, contextNames(b));
  return false;
}

/** How far before its evidence a record's context reaches (characters). */
const CONTEXT_BEFORE = 600;

/** Skeletons of the capitalised words (and word pairs) around a story's evidence. */
function contextNames(ms: Prepared[]): Set<string> {
  const out = new Set<string>();
  for (const m of ms) {
    const text = m.doc?.cleanText;
    if (!text || !m.e.evidence.length) continue;
    const start = Math.max(0, m.e.evidence.reduce((lo, x) => Math.min(lo, x.start), Infinity) - CONTEXT_BEFORE);
    const end = m.e.evidence.reduce((hi, x) => Math.max(hi, x.end), -Infinity);
    const caps = text.slice(start, end).match(/\b\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?/gu) ?? [];
    for (const c of caps) {
      for (const part of [c, ...c.split(/\s+/)]) {
        const k = placeSkeleton(part.replace(/['’]s$/, ""));
        if (k) out.add(k);
      }
    }
  }
  return out;
}

function countriesMeet(a: Prepared[], b: Prepared[]): boolean {
  const cs = (ms: Prepared[]) => new Set(ms.flatMap((m) => [...(m.origin?.countries ?? []), ...(m.location?.countries ?? [])]));
  const ca = cs(a);
  const cb = cs(b);
  return !ca.size || !cb.size || [...ca].some((c) => cb.has(c));
}

function large(s: Story): boolean {
  return !!s.count && s.count.value != null && s.count.value >= LARGE_FIGURE;
}

/** Conflicts of the series and between the accounts of `accountClaims` (every claim unless given; `claims` give the series points' records). */
export function findConflicts(stories: Story[], series: Series[], claims: Claim[], accountClaims: Claim[] = claims): Conflict[] {
  const out: Conflict[] = [];
  const ids = new Set<string>();
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const byEvent = new Map<string, Prepared>();
  for (const c of claims) for (const m of c.members) byEvent.set(m.e.id, m);
  // the figures each document gives, per event type: a report that gives both figures tells them apart
  const figuresOf = new Map<string, Set<number>>();
  for (const m of byEvent.values()) {
    const v = m.e.count?.value;
    if (v == null) continue;
    const k = `${m.e.doc}\u0000${m.e.type}`;
    const set = figuresOf.get(k) ?? figuresOf.set(k, new Set()).get(k)!;
    set.add(v);
  }
  const toldApart = (p: SeriesPoint, q: SeriesPoint, type: string) =>
    p.docs.some((d) => figuresOf.get(`${d}\u0000${type}`)?.has(q.value)) || q.docs.some((d) => figuresOf.get(`${d}\u0000${type}`)?.has(p.value));
  const push = (kind: Conflict["kind"], description: string, seriesId: string | null, sides: ConflictSide[]) => {
    const id = conflictId(kind, sides);
    if (ids.has(id)) return;
    ids.add(id);
    out.push({ id, kind, description, seriesId, sides });
  };
  const pointMembers = (p: SeriesPoint) => (p.eventIds ?? []).map((id) => byEvent.get(id)).filter((m): m is Prepared => !!m);
  const pointSide = (p: SeriesPoint) => {
    const s = storyById.get(p.storyId)!;
    return side(s, pointMembers(p), `${formatCount({ value: p.value, qualifier: p.qualifier })} ${p.kind} as of ${p.date ?? "an unknown date"}`);
  };

  for (const se of series) {
    // running totals never go down (totals of short periods each count their own period)
    const cumulative = se.window ? [] : se.points.filter((p) => p.kind === "cumulative" && dateInterval(p.date));
    const ends = cumulative.map((p) => dateInterval(p.date)!.end);
    const lows = cumulative.map((p) => countBounds({ value: p.value, qualifier: p.qualifier })![0]);
    // points are in as-of order (by the end of their date): the totals dated before a point form a prefix
    const sortedByEnd = ends.every((e, i) => i === 0 || ends[i - 1] <= e);
    const highestLow: number[] = [];
    for (let i = 0; i < lows.length; i++) highestLow.push(Math.max(lows[i], i ? highestLow[i - 1] : -Infinity));
    for (let j = 1; j < cumulative.length; j++) {
      const later = cumulative[j];
      // a figure dated only by its report held as of some day up to it: falling below an earlier total proves nothing
      if (later.dateFrom === "report") continue;
      const lb = countBounds({ value: later.value, qualifier: later.qualifier })!;
      const start = dateInterval(later.date)!.start;
      let top = j - 1;
      if (sortedByEnd) {
        while (top >= 0 && ends[top] >= start) top--;
        // no earlier total lies above this one: nothing to find
        if (top < 0 || highestLow[top] <= lb[1]) continue;
      }
      // the latest earlier total it falls below: the sharpest contradiction
      for (let i = top; i >= 0; i--) {
        const earlier = cumulative[i];
        if (ends[i] >= start) continue;
        if (lb[1] < lows[i] && independent(pointMembers(earlier), pointMembers(later))) {
          const what = (p: SeriesPoint) => (p.role === "completion" ? "the completion figure " : p.role === "first-batch" ? "the first batch " : "");
          push(
            "decreasing-cumulative",
            `${se.label}: ${what(later)}${formatCount(later)} as of ${later.date} is lower than ${what(earlier)}${formatCount(earlier)} as of ${earlier.date}`,
            se.id,
            [pointSide(earlier), pointSide(later)],
          );
          break;
        }
      }
    }
    // two figures of the same kind for the same day: only points of one day are compared
    const byDay = new Map<number, number[]>();
    se.points.forEach((p, i) => {
      const d = dateInterval(p.date);
      if (d?.precision !== "day") return;
      const list = byDay.get(d.start);
      if (list) list.push(i);
      else byDay.set(d.start, [i]);
    });
    const pairs: [number, number][] = [];
    for (const list of byDay.values()) for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) pairs.push([list[x], list[y]]);
    pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    for (const [i, j] of pairs) {
      const a = se.points[i];
      const b = se.points[j];
      if (a.value === b.value || a.kind !== b.kind || !sameDay(a.date, b.date)) continue;
      if (countsCompatible(a, b) !== false) continue;
      if (!independent(pointMembers(a), pointMembers(b))) continue;
      // a report giving both figures ("443 recaptured, 551 in custody") counts two quantities, not one in dispute
      if (toldApart(a, b, se.type)) continue;
      push("figure-disagreement", `${se.label}: ${formatCount(a)} and ${formatCount(b)} given for the same ${a.kind} figure as of ${a.date}`, se.id, [
        pointSide(a),
        pointSide(b),
      ]);
    }
  }

  // two accounts of one event: claims (within a story or across two) of one
  // type and place whose figures of the event itself disagree
  const views = accountClaims
    .map((c) => ({ c, s: claimStory(c, storyById.get(c.storyId)) }))
    // a completion figure is the operation's total, not a figure of one event: another kind
    .filter((v): v is { c: Claim; s: Story } => v.s != null && isEventFigure(v.s) && !v.c.members.some((m) => m.completion));
  const byType = new Map<string, typeof views>();
  for (const v of views) {
    const list = byType.get(v.s.type);
    if (list) list.push(v);
    else byType.set(v.s.type, [v]);
  }
  for (const list of byType.values())
    for (const [i, j] of placePairs(list.map((v) => v.c.members))) {
      const { c: ca, s: a } = list[i];
      const { c: cb, s: b } = list[j];
      if ((a.status === "planned") !== (b.status === "planned")) continue;
      // the same figure on both sides is agreement, whatever else differs
      if (a.count?.value != null && a.count.value === b.count?.value) continue;
      const ma = ca.members;
      const mb = cb.members;
      const overlap = datesOverlap(a.date, b.date);
      if (overlap === false) continue;
      const minA = ma.some((m) => m.minimising);
      const minB = mb.some((m) => m.minimising);
      let why: string | null = null;
      if ((minA && !minB && large(b)) || (minB && !minA && large(a))) {
        why = "one account minimises what the other gives as a large figure";
      } else if (overlap && countsCompatible(a.count, b.count) === false) {
        why = "their figures are far apart";
      }
      // the cheap tests first: the place test reads the text around the evidence
      if (!why || !independent(ma, mb) || !sameSite(ma, mb)) continue;
      push("account-disagreement", `Two accounts of one ${a.type}${at(a)} disagree: ${why} (${describe(a)} vs ${describe(b)})`, null, [
        side(a, ma, describe(a)),
        side(b, mb, describe(b)),
      ]);
    }
  return out;
}

/**
 * The pairs (i < j, in order) of claims that may name one place (sameSite):
 * a place one side names is among the names, provinces or (for a side
 * naming no place) the context words of the other. Only those pairs can
 * be two accounts of one event, so the others are never compared.
 */
function placePairs(claims: Prepared[][]): [number, number][] {
  const names = claims.map(placeNames);
  const byName = new Map<string, number[]>();
  names.forEach((ns, i) => {
    for (const k of ns) {
      const list = byName.get(k);
      if (list) list.push(i);
      else byName.set(k, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  claims.forEach((ms, i) => {
    for (const k of claimReach(ms, names[i]))
      for (const j of byName.get(k) ?? []) {
        if (j === i) continue;
        const [lo, hi] = i < j ? [i, j] : [j, i];
        const key = lo * claims.length + hi;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([lo, hi]);
      }
  });
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** The specific places a claim's records name (their skeletons). */
function placeNames(ms: Prepared[]): Set<string> {
  const out = new Set<string>();
  for (const m of ms) for (const k of [m.origin?.skeleton, m.location?.skeleton]) if (k) out.add(k);
  return out;
}

/**
 * What a claim can meet another claim's names by: its own names, the
 * provinces of its places and, naming no place, the proper names before its
 * evidence. Two claims whose reaches share nothing are never compared.
 */
export function claimReach(ms: Prepared[], names = placeNames(ms)): Set<string> {
  const reach = new Set(names);
  for (const m of ms)
    for (const x of [m.origin?.detail.admin1, m.location?.detail.admin1]) {
      const k = placeSkeleton(x);
      if (k) reach.add(k);
    }
  if (!names.size) for (const k of contextNames(ms)) reach.add(k);
  return reach;
}

/** A claim seen as a story of its own: its consensus figure, date and place, under its story's id. */
function claimStory(c: Claim, parent: Story | undefined): Story | null {
  if (!parent) return null;
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  return {
    ...parent,
    ...consensus(c.members),
    outlets: uniq(c.members.map((m) => m.doc?.outlet ?? null)),
    sources: uniq(c.members.map((m) => m.e.source)),
  };
}

/** One story's conflicts: every claim any of them opposes, each with its sentence, and the conflicts' ids. */
export interface StoryConflicts {
  storyId: string;
  conflictIds: string[];
  claims: ConflictSide[];
}

/**
 * The conflicts grouped by story: one entry per story (the story of a
 * conflict's first side), listing each claim once, so that a story's
 * disagreements read as one card rather than as pairs.
 */
export function conflictsByStory(conflicts: Conflict[]): StoryConflicts[] {
  const out = new Map<string, StoryConflicts>();
  for (const c of conflicts) {
    const storyId = c.sides[0]?.storyId;
    if (!storyId) continue;
    const entry = out.get(storyId) ?? { storyId, conflictIds: [], claims: [] };
    out.set(storyId, entry);
    entry.conflictIds.push(c.id);
    for (const s of c.sides) {
      const key = [...s.eventIds].sort().join("|");
      if (!entry.claims.some((x) => [...x.eventIds].sort().join("|") === key)) entry.claims.push(s);
    }
  }
  return [...out.values()];
}

/** Figures of an event itself (a batch, an incident), not of a running quantity. */
function isEventFigure(s: Story): boolean {
  return s.countKind == null || s.countKind === "one_off";
}

function sameDay(a: string | null, b: string | null): boolean {
  const x = dateInterval(a);
  const y = dateInterval(b);
  if (!x || !y || x.precision !== "day" || y.precision !== "day") return false;
  return datesOverlap(a, b, 0) === true;
}

// Could two records from different documents describe one real-world event?
// Hard constraints veto a pair (different type, plan vs fact, different
// kinds of figure, disjoint countries, disjoint dates, incompatible counts,
// a minimising account against a large figure); the rest add to a score,
// and a pair needs some positive anchor (a shared date, an agreeing figure,
// the same specific place, or similar wording) to be merged.

import { MOVEMENT_TYPES } from "../types.js";
import { CONTEXT_ANCHOR, CONTEXT_APART, contextSimilarity, contextsApart } from "./doc-context.js";
import { countsCompatible, LARGE_FIGURE } from "./figures.js";
import type { PlaceFacts, Prepared } from "./prepared.js";
import { type DayInterval, formatCount } from "./util.js";

/** The least score at which two records are merged. */
export const MERGE_THRESHOLD = 1.5;
/** Evidence similarity (Jaccard of normalised content words) that counts as an anchor. */
export const EVIDENCE_ANCHOR = 0.25;

export interface Verdict {
  compatible: boolean;
  score: number;
  /** Whether something positive ties the two (not only absence of conflict). */
  anchored: boolean;
  /**
   * A weaker tie: the same group and the same stated countries. Enough to
   * attach an undated or uncounted record to the one story it fits, never
   * to choose between several.
   */
  weak: boolean;
  reasons: string[];
  veto: string | null;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** datesOverlap() of two records' intervals (a day of slack): null when either states no date. */
function overlapping(x: Readonly<DayInterval> | null, y: Readonly<DayInterval> | null): boolean | null {
  if (!x || !y) return null;
  return x.start <= y.end + 1 && y.start <= x.end + 1;
}

/** Whether two country lists share a country. */
function meet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 1 && b.length === 1) return a[0] === b[0];
  for (const c of a) if (b.includes(c)) return true;
  return false;
}

/** placeCheck() as a number, for the inner loops: 0 a veto, 1 no reason (a side unstated), 2 a country stated, 3 the same place. */
function placeCode(a: PlaceFacts | null, b: PlaceFacts | null): 0 | 1 | 2 | 3 {
  if (!a || !b) return 1;
  if (a.countries.length && b.countries.length && !meet(a.countries, b.countries)) return 0;
  if (a.skeleton && b.skeleton && a.skeleton === b.skeleton) return 3;
  return a.countries.length || b.countries.length ? 2 : 1;
}

function placeCheck(role: string, a: PlaceFacts | null, b: PlaceFacts | null, explain = true): { veto: string | null; match: boolean; reason: string | null } {
  if (!a || !b) return { veto: null, match: false, reason: null };
  if (a.countries.length && b.countries.length && !meet(a.countries, b.countries))
    return { veto: explain ? `${role} countries differ (${a.countries.join("+")} vs ${b.countries.join("+")})` : "-", match: false, reason: null };
  if (a.skeleton && b.skeleton && a.skeleton === b.skeleton)
    return { veto: null, match: true, reason: explain ? `same ${role} "${a.detail.name}" ~ "${b.detail.name}"` : "-" };
  const cs = a.countries.length ? a.countries : b.countries;
  return { veto: null, match: false, reason: cs.length ? (explain ? `${role} in ${cs.join("+")}` : "-") : null };
}

function largeFigure(p: Prepared): boolean {
  const c = p.e.count;
  return !!c && c.value != null && c.value >= LARGE_FIGURE;
}

export function compare(a: Prepared, b: Prepared): Verdict {
  return assess(a, b, true);
}

/**
 * compare() without the words: the same verdict, with no reasons and a
 * veto of "-", for the inner loop of clustering, which asks compare() for
 * the words only of the pairs it keeps.
 */
export function quickCompare(a: Prepared, b: Prepared): Verdict {
  return assess(a, b, false);
}

/** The reasons of a verdict not asked to explain itself (never added to). */
const NO_REASONS: string[] = Object.freeze([]) as unknown as string[];

function assess(a: Prepared, b: Prepared, explain: boolean): Verdict {
  const reasons: string[] = explain ? [] : NO_REASONS;
  const no = (veto: string): Verdict => ({ compatible: false, score: 0, anchored: false, weak: false, reasons, veto });
  const x = a.e;
  const y = b.e;
  if (x.type !== y.type) return no(explain ? `types differ (${x.type} vs ${y.type})` : "-");
  if (explain) reasons.push(`same type ${x.type}`);
  if ((x.status === "planned") !== (y.status === "planned"))
    return no(explain ? `one is planned, the other ${x.status === "planned" ? y.status : x.status}` : "-");
  if (a.kind && b.kind && a.kind !== b.kind) return no(explain ? `figures of different kinds (${a.kind} vs ${b.kind})` : "-");
  if (a.group && b.group && a.group !== b.group) return no(explain ? `groups differ (${a.group} vs ${b.group})` : "-");

  let score = 0;
  let anchored = false;

  // places: for movements compare origin with origin (or the other's site) and destination with destination
  const movement = MOVEMENT_TYPES.has(x.type);
  let countriesStated = true;
  let placeMatch = false;
  if (explain) {
    const checks = movement
      ? [placeCheck("origin", a.origin ?? a.site, b.origin ?? b.site), placeCheck("destination", a.destination, b.destination)]
      : [placeCheck("location", a.location ?? a.site, b.location ?? b.site)];
    for (const c of checks) {
      if (c.veto) return no(c.veto);
      if (!c.reason) countriesStated = false;
      if (c.match) {
        score += 1.5;
        anchored = true;
        placeMatch = true;
      }
      if (c.reason) reasons.push(c.reason);
    }
  } else {
    // the same checks as numbers (placeCode), with no words
    const c1 = movement ? placeCode(a.origin ?? a.site, b.origin ?? b.site) : placeCode(a.location ?? a.site, b.location ?? b.site);
    const c2 = movement ? placeCode(a.destination, b.destination) : 2;
    if (c1 === 0 || c2 === 0) return no("-");
    if (c1 === 1 || c2 === 1) countriesStated = false;
    if (c1 === 3) score += 1.5;
    if (c2 === 3) score += 1.5;
    if (c1 === 3 || c2 === 3) {
      anchored = true;
      placeMatch = true;
    }
  }
  const other = placeMatch ? null : otherFacilities(a, b);
  if (other) return no(explain ? other : "-");
  const apart = placeMatch || x.doc === y.doc ? null : contextsApart(a.context, b.context);
  if (apart != null) return no(explain ? `the reports tell other stories (text similarity ${apart.toFixed(2)})` : "-");

  const overlap = overlapping(a.interval, b.interval);
  if (overlap === false) return no(explain ? `dates apart (${x.date} vs ${y.date})` : "-");
  if (overlap) {
    const di = a.interval!;
    const dj = b.interval!;
    score += di.precision === "day" && dj.precision === "day" ? 2 : 1;
    anchored = true;
    if (explain) reasons.push(x.date === y.date ? `same date ${x.date}` : `dates overlap (${x.date} ~ ${y.date})`);
  }

  const counts = countsCompatible(x.count, y.count);
  if (counts === false) return no(explain ? `figures disagree (${formatCount(x.count)} vs ${formatCount(y.count)})` : "-");
  if (counts) {
    score += x.count!.value === y.count!.value ? 3 : 2;
    anchored = true;
    if (explain) reasons.push(`figures agree (${formatCount(x.count)} ~ ${formatCount(y.count)})`);
  }
  if ((a.minimising && largeFigure(b)) || (b.minimising && largeFigure(a)))
    return no(explain ? "one account minimises what the other gives as a large figure" : "-");

  if (a.group && b.group) {
    score += 0.5;
    if (explain) reasons.push(`same group ${a.group}`);
  }
  const sim = jaccard(a.tokens, b.tokens);
  if (sim > 0) {
    score += 3 * sim;
    if (sim >= EVIDENCE_ANCHOR) anchored = true;
    if (explain) reasons.push(`evidence similarity ${sim.toFixed(2)}`);
  }
  const weak = !!a.group && a.group === b.group && countriesStated;
  return { compatible: true, score, anchored, weak, reasons, veto: null };
}

// ------------------------------------------------------------------ event linking

/** Figures that hold "as of" their date (a running total, a stock): a later date does not make another event. */
function running(p: Prepared): boolean {
  return p.kind === "cumulative" || p.kind === "stock";
}

/** The first pair of places (origin, location, destination, site on each side) with one skeleton; null when none. */
function samePlace(a: Prepared, b: Prepared): [PlaceFacts, PlaceFacts] | null {
  for (const x of a.named) for (const y of b.named) if (x.skeleton === y.skeleton) return [x, y];
  return null;
}

/**
 * Two records that each name a facility, and no place in common, where the
 * facilities' names share no word: two prisons, two camps, two events
 * ("Sherpur district jail" and "Satkhira district jail" broken open the same
 * day). Names that share a word ("Kuje prison", "Kuje Medium Security
 * Custodial Centre") may be one facility and veto nothing. (A facility is a
 * place whose name holds a word for a place people are kept: prepared.ts.)
 */
function otherFacilities(a: Prepared, b: Prepared): string | null {
  let fa: PlaceFacts | null = null;
  let fb: PlaceFacts | null = null;
  for (const x of a.named) {
    if (!x.facility) continue;
    fa ??= x;
    for (const y of b.named) {
      if (!y.facility) continue;
      fb ??= y;
      for (const w of y.facility) if (x.facility.has(w)) return null;
    }
    if (!fb) return null;
  }
  if (!fa || !fb) return null;
  return `other facilities ("${fa.detail.name}" vs "${fb.detail.name}")`;
}

/** The phrase of two reports that tell one story (doc-context.ts), from their cosine. */
function sameContextPhrase(sim: number): string {
  return `the reports tell one story (text similarity ${sim.toFixed(2)})`;
}

/** How far below an earlier running total a later one of the same quantity may fall before it counts something else. */
export const FALL_RATIO = 0.5;

/**
 * Two running totals (not stocks, which go down as people leave) of which the
 * later is less than FALL_RATIO of the earlier: the count started again (a new
 * phase of a programme, another year's total), so they are not one event's
 * figures. A smaller fall is kept together and left to conflicts.ts.
 */
function fallingTotal(a: Prepared, b: Prepared): string | null {
  if (a.kind !== "cumulative" || b.kind !== "cumulative") return null;
  const ia = a.interval;
  const ib = b.interval;
  const va = a.e.count?.value;
  const vb = b.e.count?.value;
  if (!ia || !ib || va == null || vb == null) return null;
  const [early, late] = ia.end < ib.start ? [a, b] : ib.end < ia.start ? [b, a] : [null, null];
  if (!early || !late) return null;
  const ve = early.e.count!.value!;
  const vl = late.e.count!.value!;
  return vl < FALL_RATIO * ve
    ? `a later running total far below an earlier one (${formatCount(late.e.count)} on ${late.e.date} after ${formatCount(early.e.count)} on ${early.e.date}): the count started again`
    : null;
}

export interface EventVerdict {
  /** Why the two records cannot be one real-world event; null when they can. */
  veto: string | null;
  /** What ties them, when something does. */
  anchor: string | null;
}

/**
 * Could two records be one real-world event even though they are not one
 * claim (their figures, dates or kinds of figure may differ: reports revise
 * a toll, give a running total days later, or leave out a field)? The
 * vetoes are the facts no revision changes: the type, a plan against a
 * fact, the countries, a named group, and for two figures of the event
 * itself (not running totals) dates apart. Missing fields veto nothing.
 * An anchor is needed: the same named place; a running figure of one
 * route; the same figure; close day-precise dates on one route; or shared
 * wording.
 */
export function linkEvents(a: Prepared, b: Prepared): EventVerdict {
  said = null;
  const r = link(a, b, true);
  return r < 0 ? { veto: said, anchor: null } : { veto: null, anchor: r > 0 ? said : null };
}

/** A hard veto (linkRank): another type, a plan against a fact, other facilities; no number of ties overrules it. */
export const HARD_VETO = -2;
/** A soft veto (linkRank): dates, countries, groups or the reports apart, a total that started again. */
export const SOFT_VETO = -1;

/**
 * linkEvents() as a number, for the inner loop of linking (stories.ts), which
 * asks linkEvents() for the words only of the pairs it reports: HARD_VETO,
 * SOFT_VETO, 0 when nothing ties the two, else the strength of the anchor
 * (3 the same place, 2.5 shared wording, 2 running figures of one route,
 * 1.5 the same figure, 1 close dates on one route, 0.5 the reports' story).
 */
export function linkRank(a: Prepared, b: Prepared): number {
  return link(a, b, false);
}

/** The strongest anchor's rank (linkRank: the same place). */
export const STRONGEST_ANCHOR = 3;

/** The words of the last verdict link() was asked to explain. */
let said: string | null = null;

function link(a: Prepared, b: Prepared, explain: boolean): number {
  const x = a.e;
  const y = b.e;
  if (x.type !== y.type) {
    if (explain) said = `types differ (${x.type} vs ${y.type})`;
    return HARD_VETO;
  }
  if ((x.status === "planned") !== (y.status === "planned")) {
    if (explain) said = "a plan against a fact";
    return HARD_VETO;
  }
  const site = samePlace(a, b);
  if (!site) {
    const other = otherFacilities(a, b);
    if (other) {
      if (explain) said = other;
      return HARD_VETO;
    }
  }
  // the reports' cosine, once (contextsApart and the anchor below read the same figure)
  const ca = a.context;
  const cb = b.context;
  const sim = ca && cb && ca !== cb ? contextSimilarity(ca, cb) : ca && ca === cb ? 1 : 0;
  // (contextsApart: both vectors present, not one, and far apart)
  if (!site && ca && cb && ca !== cb && sim < CONTEXT_APART && x.doc !== y.doc) {
    if (explain) said = `the reports tell other stories (text similarity ${sim.toFixed(2)})`;
    return SOFT_VETO;
  }
  const context = x.doc !== y.doc && sim >= CONTEXT_ANCHOR;
  // two names for the groups of one attack ("Boko Haram", "Islamic State") are common; reports of one story overrule them
  if (a.group && b.group && a.group !== b.group && !site && !context) {
    if (explain) said = `groups differ (${a.group} vs ${b.group})`;
    return SOFT_VETO;
  }
  const movement = MOVEMENT_TYPES.has(x.type);
  // the checks as numbers; placeCheck's words only for what is explained
  const placeChecks = () =>
    movement
      ? [placeCheck("origin", a.origin ?? a.site, b.origin ?? b.site), placeCheck("destination", a.destination, b.destination)]
      : [placeCheck("location", a.location ?? a.site, b.location ?? b.site)];
  const c1 = movement ? placeCode(a.origin ?? a.site, b.origin ?? b.site) : placeCode(a.location ?? a.site, b.location ?? b.site);
  const c2 = movement ? placeCode(a.destination, b.destination) : 2;
  if (c1 === 0 || c2 === 0) {
    if (explain) said = placeChecks().find((c) => c.veto)!.veto!;
    return SOFT_VETO;
  }
  const overlap = overlapping(a.interval, b.interval);
  if (overlap === false && !running(a) && !running(b)) {
    if (explain) said = `dates apart (${x.date} vs ${y.date})`;
    return SOFT_VETO;
  }
  if (a.kind === "cumulative" && b.kind === "cumulative") {
    const falls = fallingTotal(a, b);
    if (falls) {
      if (explain) said = falls;
      return SOFT_VETO;
    }
  }
  if (site) {
    if (explain) said = `the same place: both name "${site[0].detail.name}" ~ "${site[1].detail.name}"`;
    return STRONGEST_ANCHOR;
  }
  const routeStated = c1 >= 2 && c2 >= 2;
  const groupsAgree = a.group === b.group;
  if (running(a) && running(b) && movement && routeStated && groupsAgree) {
    if (explain)
      said = `running figures of one route (${placeChecks()
        .map((c) => c.reason)
        .join(", ")})`;
    return 2;
  }
  const tokens = jaccard(a.tokens, b.tokens);
  if (tokens >= EVIDENCE_ANCHOR && overlap !== false) {
    if (explain) said = `shared wording (similarity ${tokens.toFixed(2)})`;
    return 2.5;
  }
  const sameFigure = x.count?.value != null && x.count.value === y.count?.value && x.count.qualifier !== "vague" && y.count?.qualifier !== "vague";
  // (some check gives a reason: for a movement the origin or the destination, else the location)
  const someReason = c1 >= 2 || (movement && c2 >= 2);
  if (sameFigure && overlap !== false && someReason) {
    if (explain) said = `the same figure ${formatCount(x.count)}`;
    return 1.5;
  }
  if (overlap && routeStated && groupsAgree) {
    const di = a.interval!;
    const dj = b.interval!;
    if (di.precision === "day" && dj.precision === "day") {
      if (explain) said = `close dates on one route (${x.date} ~ ${y.date})`;
      return 1;
    }
  }
  // the reports' story ties what a record leaves out (a date, a figure, a place below the country);
  // two complete records have their own facts to be tied by. It does not tie figures that cannot be one
  // count (a report tells of several rounds).
  const incomplete = (p: Prepared) => !p.e.date || !p.e.count || !p.site?.skeleton;
  if (context && (incomplete(a) || incomplete(b)) && countsCompatible(x.count, y.count) !== false) {
    if (explain) said = sameContextPhrase(sim);
    return 0.5;
  }
  return 0;
}

// Series: the cumulative and stock figures of one running quantity (same
// type, group, and origin/destination countries, or location country for
// events in one place), ordered by the date they hold for. The first batch
// of an operation is a point too (it is the running total at its date); a
// planned ceiling is kept apart. One-off batches are not points: they may
// only be summed with one-offs, never with a running total.
//
// A story that leaves a place unstated (no origin, no location) joins the
// one series that agrees on everything it does state; when several would
// fit, it opens its own series rather than guess. The group is never a
// wildcard: a figure about unnamed people is not a figure about a group.

import { MOVEMENT_TYPES } from "../types.js";
import type { CountKind, EventType, Series, SeriesPoint, Story } from "../types.js";
import { consensus } from "./consensus.js";
import { figureStatesDate, INCIDENT_TYPES, isRateFigure, isWindowTotal, seriesEligible, sinceMonth } from "./figures.js";
import type { Prepared } from "./prepared.js";
import type { Claim } from "./stories.js";
import { countryName } from "../lexicon/countries.js";
import { countriesOf, dateInterval, dateSortKey, shortHash } from "./util.js";

interface Key {
  type: EventType;
  /** For a figure a report recalls from an earlier year (another operation, a historic toll): that year; null for current figures. */
  recalled: string | null;
  /** For running totals of short periods ("since 1 April", "in the past 13 days", "in April"): true; false for the whole operation's. */
  window: boolean;
  /** For an incident's own figures (INCIDENT_TYPES): the story they revise; null for running quantities across stories. */
  story: string | null;
  group: string | null;
  origin: string | null;
  destination: string | null;
  location: string | null;
}

const FIELDS = ["group", "origin", "destination", "location"] as const;

function keyOf(s: Story, story: string | null, recalled: string | null, window: boolean): Key {
  const cc = (p: Story["origin"]) => {
    const c = countriesOf(p);
    return c.length ? c.join("+") : null;
  };
  const movement = MOVEMENT_TYPES.has(s.type);
  return {
    type: s.type,
    recalled,
    window,
    story,
    group: s.group,
    origin: movement ? cc(s.origin ?? s.location) : null,
    destination: movement ? cc(s.destination) : null,
    location: movement ? null : cc(s.location ?? s.origin),
  };
}

function stated(k: Key): number {
  return FIELDS.filter((f) => k[f] != null).length;
}

/** Fields stated on both sides agree; -1 when they clash, else the number of agreeing fields. */
function fit(a: Key, b: Key): number {
  if (a.type !== b.type || a.story !== b.story || a.recalled !== b.recalled || a.window !== b.window) return -1;
  let n = 0;
  if (a.group !== b.group) return -1;
  for (const f of FIELDS) {
    if (a[f] == null || b[f] == null) continue;
    if (a[f] !== b[f]) return -1;
    n++;
  }
  return n;
}

export function label(k: Key): string {
  const who = k.group ?? "people";
  const names = (cc: string | null) =>
    cc
      ? cc
          .split("+")
          .map((c) => countryName(c))
          .join(" and ")
      : "?";
  const verb: Record<EventType, string> = {
    transfer: "transferred",
    escape: "escaped",
    release: "released",
    exchange: "exchanged",
    repatriation: "repatriated",
    relocation: "relocated",
    arrest: "arrested",
    trial: "tried",
    takeover: "taken over",
    attack: "attacked",
    killing: "killed",
    agreement: "agreed",
    holding: "held",
  };
  if (MOVEMENT_TYPES.has(k.type)) {
    let s = `${who} ${verb[k.type]}`;
    if (k.origin) s += ` from ${names(k.origin)}`;
    if (k.destination) s += ` to ${names(k.destination)}`;
    return s;
  }
  return k.location ? `${who} ${verb[k.type]} in ${names(k.location)}` : `${who} ${verb[k.type]}`;
}

function point(s: Story, members: Prepared[], reportDates: Map<string, string>): SeriesPoint {
  const first = members.some((m) => m.firstBatch);
  const completion = !first && members.some((m) => m.completion);
  const value = s.count!.value!;
  // the point lists the records that give its figure; the claim's other figures are dissent
  const giving = members.filter((m) => m.e.count?.value === value);
  const ms = giving.length ? giving : members;
  const kind = first || completion ? "cumulative" : s.countKind!;
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  const { date, dateFrom } = asOf(s, members, kind, reportDates);
  return {
    storyId: s.id,
    eventIds: ms.map((m) => m.e.id),
    date,
    value,
    qualifier: s.count!.qualifier,
    kind,
    docs: [...new Set(ms.map((m) => m.e.doc))],
    sources: giving.length ? uniq(giving.map((m) => m.e.source)) : s.sources,
    ...(first ? { role: "first-batch" as const } : completion ? { role: "completion" as const } : {}),
    ...(dateFrom ? { dateFrom } : {}),
  };
}

/** The records of a claim that give its figure (all of them when none does). */
function givingMembers(s: Story, members: Prepared[]): Prepared[] {
  const giving = members.filter((m) => m.e.count?.value === s.count?.value);
  return giving.length ? giving : members;
}

/**
 * The date a figure holds as of: the date the records giving it state (the
 * claim's, its other reports', only when they state none and the figure is
 * the event's own). A running figure holds as of its report when its records
 * state no date, the report being no older than the latest date it states;
 * so does one whose sentence gives no date of its own when the date its
 * records carry (the event's, from the text around) lies well before its
 * report ("three of the escapees have been arrested", weeks on).
 */
function asOf(s: Story, members: Prepared[], kind: CountKind | null, reportDates: Map<string, string>): { date: string | null; dateFrom: "report" | null } {
  const ms = givingMembers(s, members);
  const running = kind === "cumulative" || kind === "stock";
  const own = ms.length < members.length ? consensus(ms).date : s.date;
  const date = own ?? (running ? null : s.date);
  if (!running) return { date, dateFrom: null };
  const latest = ms.map((m) => reportDates.get(m.e.doc)).reduce<string | null>((a, d) => (d && (!a || dateSortKey(d) > dateSortKey(a)) ? d : a), null);
  if (!latest) return { date, dateFrom: null };
  const stale = date != null && ms.every((m) => figureStatesDate(m.e) === false) && isWellBefore(date, latest);
  return date == null || stale ? { date: latest, dateFrom: "report" } : { date, dateFrom: null };
}

/** How long after the date its records carry a report must be for a running figure without a date of its own to hold as of the report (days). */
export const REPORT_LATER_DAYS = 7;

function isWellBefore(date: string, report: string): boolean {
  const d = dateInterval(date);
  const r = dateInterval(report);
  return !!d && !!r && r.start - d.end > REPORT_LATER_DAYS;
}

/** A claim's records split by the figure they state (vague magnitudes and records without one stay with the first figure). */
function byFigure(members: Prepared[]): Prepared[][] {
  const parts = new Map<number, Prepared[]>();
  const rest: Prepared[] = [];
  for (const m of members) {
    const c = m.e.count;
    if (!c || c.value == null || c.qualifier === "vague") rest.push(m);
    else {
      const list = parts.get(c.value);
      if (list) list.push(m);
      else parts.set(c.value, [m]);
    }
  }
  if (parts.size <= 1) return [members];
  const out = [...parts.values()];
  for (const m of rest) out[0].push(m);
  return out;
}

/** How long before its report a dated figure must end to be one the report recalls rather than reports (days). */
export const RECALLED_AFTER_DAYS = 366;

/**
 * The year a claim's figure is recalled from, when the claim's date ends
 * more than RECALLED_AFTER_DAYS before every report that gives it ("a total
 * of 2 since 2014" in a 2024 report, a 2019 toll recalled in a 2024 story);
 * null for a figure of the time of its reports or when no report is dated.
 */
function recalledYear(s: Story, members: Prepared[], reportDates: Map<string, string>): string | null {
  const first = members.some((m) => m.firstBatch || m.completion);
  const { date, dateFrom } = asOf(s, members, first ? "cumulative" : s.countKind, reportDates);
  if (dateFrom) return null;
  const d = dateInterval(date);
  if (!d) return null;
  let earliest = Infinity;
  for (const m of members) {
    const r = dateInterval(m.doc?.published ?? reportDates.get(m.e.doc) ?? null);
    if (r) earliest = Math.min(earliest, r.start);
  }
  if (earliest === Infinity || earliest - d.end <= RECALLED_AFTER_DAYS) return null;
  return new Date(d.start * 86_400_000).toISOString().slice(0, 4);
}

/** How long a span a running total may count to be a window's total rather than the operation's (days). */
export const WINDOW_DAYS = 92;

/**
 * Whether a running total counts a short period rather than the whole
 * operation: its sentence says so ("in the past 13 days", "in April", "so far
 * this year"), its date is a span of at most WINDOW_DAYS, or the "since" span
 * its sentence opens starts within about WINDOW_DAYS of it ("since 1
 * April", as of 8 April). Such
 * totals are other quantities than the operation's: they get a series of
 * their own, where no total is held to be above an earlier one.
 */
function isWindow(s: Story, members: Prepared[], reportDates: Map<string, string>): boolean {
  const first = members.some((m) => m.firstBatch || m.completion);
  if (first || s.countKind !== "cumulative") return false;
  const ms = givingMembers(s, members);
  if (ms.some((m) => isWindowTotal(m.e))) return true;
  const d = dateInterval(asOf(s, members, s.countKind, reportDates).date);
  if (!d) return false;
  if (d.precision === "interval" && d.end - d.start + 1 <= WINDOW_DAYS) return true;
  // "since 1 April" in a report of 8 April: the span the sentence opens is short
  const since = ms.map((m) => sinceMonth(m.e)).find((x) => x != null);
  // only against an as-of date of a day or a month: "since last September" in a report of some day in 2024 tells no span
  if (!since || (d.precision !== "day" && d.precision !== "month")) return false;
  const end = new Date(d.end * 86_400_000);
  let year = since.year ?? end.getUTCFullYear();
  if (since.year == null && since.month > end.getUTCMonth() + 1) year--;
  const start = Date.UTC(year, since.month - 1, 1) / 86_400_000;
  return start <= d.end && d.end - start + 1 <= WINDOW_DAYS + 31;
}

/** Per document, the latest date any of its records states (what an undated report is at least as recent as). */
export function latestDates(claims: readonly Pick<Claim, "members">[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of claims)
    for (const m of c.members) {
      const d = m.e.date;
      if (!d || !dateInterval(d)) continue;
      const cur = out.get(m.e.doc);
      if (!cur || dateSortKey(d) > dateSortKey(cur)) out.set(m.e.doc, d);
    }
  for (const c of claims)
    for (const m of c.members) {
      const p = m.doc?.published;
      if (p && dateInterval(p)) out.set(m.e.doc, p);
    }
  return out;
}

/** A claim's figure as a point-to-be: the claim's consensus, under its story's id. */
function claimView(c: Claim, story: Story): Story {
  const cons = consensus(c.members);
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  return {
    ...story,
    ...cons,
    sources: uniq(c.members.map((m) => m.e.source)),
    outlets: uniq(c.members.map((m) => m.doc?.outlet ?? null)),
  };
}

/**
 * Series over the claims of the stories: a running total, a stock, a plan, or
 * an operation's first batch is a point of its route's series; the figures
 * of an incident (INCIDENT_TYPES: an escape's toll revised over days) are
 * the points of that story's own series.
 */
export function buildSeries(stories: Story[], claims: Claim[], reportDates: Map<string, string> = latestDates(claims)): Series[] {
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const views: { s: Story; members: Prepared[]; story: string | null; parent: Story; recalled: string | null; window: boolean }[] = [];
  for (const claim of claims) {
    const parent = storyById.get(claim.storyId);
    if (!parent || !seriesEligible(parent.type)) continue;
    // a rate ("50 a week") is a figure of no point: neither a total nor a toll
    const c = claim.members.some((m) => isRateFigure(m.e)) ? { ...claim, members: claim.members.filter((m) => !isRateFigure(m.e)) } : claim;
    if (!c.members.length) continue;
    const s = claimView(c, parent);
    // a vague magnitude ("dozens", "thousands") is no figure a report gives
    if (!s.count || s.count.value == null || s.count.qualifier === "vague") continue;
    const incident = INCIDENT_TYPES.has(s.type) && s.countKind !== "planned";
    const running = s.countKind === "cumulative" || s.countKind === "stock" || s.countKind === "planned" || c.members.some((m) => m.firstBatch || m.completion);
    if (!incident && !running) continue;
    // reports of a running total agree within their qualifiers yet give their own figures ("more than
    // 3,000", "3,035"): each stated figure of the claim is a point of its own, at its own records' date
    for (const part of running && !incident ? byFigure(c.members) : [c.members]) {
      const ps = part === c.members ? s : claimView({ ...c, members: part }, parent);
      if (!ps.count || ps.count.value == null || ps.count.qualifier === "vague") continue;
      views.push({
        s: ps,
        members: part,
        story: incident ? c.storyId : null,
        parent,
        recalled: recalledYear(ps, part, reportDates),
        window: isWindow(ps, part, reportDates),
      });
    }
  }
  // most completely stated first, so partial keys find a full series to join
  const ordered = views
    .map((v, i) => ({ v, k: keyOf(v.story ? v.parent : v.s, v.story, v.recalled, v.window), i }))
    .sort((a, b) => stated(b.k) - stated(a.k) || a.i - b.i);
  const groups: { key: Key; views: typeof views }[] = [];
  // only series of one type, story, year recalled and group can fit (fit() refuses the rest): looked up by those
  const bucketOf = (k: Key) => [k.type, k.story ?? "", k.recalled ?? "", k.window ? "window" : "", k.group ?? ""].join("\u0000");
  const buckets = new Map<string, typeof groups>();
  for (const { v, k } of ordered) {
    const bucket = buckets.get(bucketOf(k)) ?? buckets.set(bucketOf(k), []).get(bucketOf(k))!;
    const fits = bucket.map((g) => ({ g, n: fit(g.key, k) })).filter((x) => x.n >= 0);
    const full = fits.filter((x) => x.n === stated(k));
    const pick = full.length === 1 ? full[0].g : fits.length === 1 && fits[0].n === stated(k) ? fits[0].g : null;
    if (pick && (stated(k) > 0 || fits.length === 1 || k.story != null)) {
      pick.views.push(v);
      for (const f of FIELDS) if (pick.key[f] == null && k[f] != null) (pick.key as unknown as Record<string, string | null>)[f] = k[f];
    } else {
      const g = { key: { ...k }, views: [v] };
      groups.push(g);
      bucket.push(g);
    }
  }
  const series: Series[] = [];
  for (const g of groups) {
    const byDate = (a: SeriesPoint, b: SeriesPoint) => dateSortKey(a.date) - dateSortKey(b.date) || 0;
    const pts = g.views.filter((v) => v.s.countKind !== "planned").map((v) => point(v.s, v.members, reportDates));
    const planned = g.views.filter((v) => v.s.countKind === "planned").map((v) => point(v.s, v.members, reportDates));
    pts.sort(byDate);
    planned.sort(byDate);
    const k = g.key;
    series.push({
      id: `se_${shortHash([k.type, k.group, k.origin, k.destination, k.location, ...(k.story ? [k.story] : []), ...(k.recalled ? [`recalled ${k.recalled}`] : []), ...(k.window ? ["window"] : [])].join("|"))}`,
      label: `${label(k)}${k.story ? " (one event's figures)" : ""}${k.recalled ? ` (figures recalled from ${k.recalled})` : ""}${k.window ? " (totals of shorter periods)" : ""}`,
      type: k.type,
      group: k.group,
      originCountry: k.origin,
      destinationCountry: k.destination,
      locationCountry: k.location,
      points: pts,
      planned,
      ...(k.window ? { window: true } : {}),
    });
  }
  return series.sort((a, b) => b.points.length - a.points.length || (a.id < b.id ? -1 : 1));
}

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
import type { EventType, Series, SeriesPoint, Story } from "../types.js";
import { consensus } from "./consensus.js";
import { INCIDENT_TYPES, seriesEligible } from "./figures.js";
import type { Prepared } from "./prepared.js";
import type { Claim } from "./stories.js";
import { countryName } from "../lexicon/countries.js";
import { countriesOf, dateSortKey, shortHash } from "./util.js";

interface Key {
  type: EventType;
  /** For an incident's own figures (INCIDENT_TYPES): the story they revise; null for running quantities across stories. */
  story: string | null;
  group: string | null;
  origin: string | null;
  destination: string | null;
  location: string | null;
}

const FIELDS = ["group", "origin", "destination", "location"] as const;

function keyOf(s: Story, story: string | null): Key {
  const cc = (p: Story["origin"]) => {
    const c = countriesOf(p);
    return c.length ? c.join("+") : null;
  };
  const movement = MOVEMENT_TYPES.has(s.type);
  return {
    type: s.type,
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
  if (a.type !== b.type || a.story !== b.story) return -1;
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

function point(s: Story, members: Prepared[]): SeriesPoint {
  const first = members.some((m) => m.firstBatch);
  return {
    storyId: s.id,
    eventIds: members.map((m) => m.e.id),
    date: s.date,
    value: s.count!.value!,
    qualifier: s.count!.qualifier,
    kind: first ? "cumulative" : s.countKind!,
    docs: [...new Set(members.map((m) => m.e.doc))],
    sources: s.sources,
    ...(first ? { role: "first-batch" as const } : {}),
  };
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
export function buildSeries(stories: Story[], claims: Claim[]): Series[] {
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const views: { s: Story; members: Prepared[]; story: string | null; parent: Story }[] = [];
  for (const c of claims) {
    const parent = storyById.get(c.storyId);
    if (!parent || !seriesEligible(parent.type)) continue;
    const s = claimView(c, parent);
    if (!s.count || s.count.value == null) continue;
    const incident = INCIDENT_TYPES.has(s.type) && s.countKind !== "planned";
    const running = s.countKind === "cumulative" || s.countKind === "stock" || s.countKind === "planned" || c.members.some((m) => m.firstBatch);
    if (!incident && !running) continue;
    views.push({ s, members: c.members, story: incident ? c.storyId : null, parent });
  }
  // most completely stated first, so partial keys find a full series to join
  const ordered = views.map((v, i) => ({ v, k: keyOf(v.story ? v.parent : v.s, v.story), i })).sort((a, b) => stated(b.k) - stated(a.k) || a.i - b.i);
  const groups: { key: Key; views: typeof views }[] = [];
  for (const { v, k } of ordered) {
    const fits = groups.map((g) => ({ g, n: fit(g.key, k) })).filter((x) => x.n >= 0);
    const full = fits.filter((x) => x.n === stated(k));
    const pick = full.length === 1 ? full[0].g : fits.length === 1 && fits[0].n === stated(k) ? fits[0].g : null;
    if (pick && (stated(k) > 0 || fits.length === 1 || k.story != null)) {
      pick.views.push(v);
      for (const f of FIELDS) if (pick.key[f] == null && k[f] != null) (pick.key as unknown as Record<string, string | null>)[f] = k[f];
    } else groups.push({ key: { ...k }, views: [v] });
  }
  const series: Series[] = [];
  for (const g of groups) {
    const byDate = (a: SeriesPoint, b: SeriesPoint) => dateSortKey(a.date) - dateSortKey(b.date) || 0;
    const pts = g.views.filter((v) => v.s.countKind !== "planned").map((v) => point(v.s, v.members));
    const planned = g.views.filter((v) => v.s.countKind === "planned").map((v) => point(v.s, v.members));
    pts.sort(byDate);
    planned.sort(byDate);
    const k = g.key;
    series.push({
      id: `se_${shortHash([k.type, k.group, k.origin, k.destination, k.location, ...(k.story ? [k.story] : [])].join("|"))}`,
      label: k.story ? `${label(k)} (one event's figures)` : label(k),
      type: k.type,
      group: k.group,
      originCountry: k.origin,
      destinationCountry: k.destination,
      locationCountry: k.location,
      points: pts,
      planned,
    });
  }
  return series.sort((a, b) => b.points.length - a.points.length || (a.id < b.id ? -1 : 1));
}

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
import { seriesEligible } from "./figures.js";
import type { Prepared } from "./prepared.js";
import { countryName } from "../lexicon/countries.js";
import { countriesOf, dateSortKey, shortHash } from "./util.js";

interface Key {
  type: EventType;
  group: string | null;
  origin: string | null;
  destination: string | null;
  location: string | null;
}

const FIELDS = ["group", "origin", "destination", "location"] as const;

function keyOf(s: Story): Key {
  const cc = (p: Story["origin"]) => {
    const c = countriesOf(p);
    return c.length ? c.join("+") : null;
  };
  const movement = MOVEMENT_TYPES.has(s.type);
  return {
    type: s.type,
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
  if (a.type !== b.type) return -1;
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
    date: s.date,
    value: s.count!.value!,
    qualifier: s.count!.qualifier,
    kind: first ? "cumulative" : s.countKind!,
    docs: [...new Set(members.map((m) => m.e.doc))],
    sources: s.sources,
    ...(first ? { role: "first-batch" as const } : {}),
  };
}

export function buildSeries(stories: Story[], byStory: Map<string, Prepared[]>): Series[] {
  const eligible = stories.filter((s) => {
    if (!seriesEligible(s.type) || !s.count || s.count.value == null) return false;
    const members = byStory.get(s.id) ?? [];
    return s.countKind === "cumulative" || s.countKind === "stock" || s.countKind === "planned" || members.some((m) => m.firstBatch);
  });
  // most completely stated first, so partial keys find a full series to join
  const ordered = eligible.map((s, i) => ({ s, k: keyOf(s), i })).sort((a, b) => stated(b.k) - stated(a.k) || a.i - b.i);
  const groups: { key: Key; stories: Story[] }[] = [];
  for (const { s, k } of ordered) {
    const fits = groups.map((g) => ({ g, n: fit(g.key, k) })).filter((x) => x.n >= 0);
    const full = fits.filter((x) => x.n === stated(k));
    const pick = full.length === 1 ? full[0].g : fits.length === 1 && fits[0].n === stated(k) ? fits[0].g : null;
    if (pick && (stated(k) > 0 || fits.length === 1)) {
      pick.stories.push(s);
      for (const f of FIELDS) if (pick.key[f] == null && k[f] != null) (pick.key as unknown as Record<string, string | null>)[f] = k[f];
    } else groups.push({ key: { ...k }, stories: [s] });
  }
  const series: Series[] = [];
  for (const g of groups) {
    const byDate = (a: SeriesPoint, b: SeriesPoint) => dateSortKey(a.date) - dateSortKey(b.date) || 0;
    const pts = g.stories.filter((s) => s.countKind !== "planned").map((s) => point(s, byStory.get(s.id) ?? []));
    const planned = g.stories.filter((s) => s.countKind === "planned").map((s) => point(s, byStory.get(s.id) ?? []));
    pts.sort(byDate);
    planned.sort(byDate);
    const k = g.key;
    series.push({
      id: `se_${shortHash([k.type, k.group, k.origin, k.destination, k.location].join("|"))}`,
      label: label(k),
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

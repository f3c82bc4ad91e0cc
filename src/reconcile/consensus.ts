// The values a story reports: for each field the majority of its mentions
// (copies of one document vote once), ties broken by the most precise value;
// the other values are kept beside as dissent.

import type { CountKind, PlaceDetail, Status, Story } from "../types.js";
import { qualifierRank } from "./figures.js";
import type { Prepared } from "./prepared.js";
import { canonicalGroup, dateInterval, dateWidth, isCountryLevel, placeSkeleton } from "./util.js";

interface Vote<T> {
  key: string;
  value: T;
  weight: number;
  /** Lower is more precise. */
  precision: number;
  first: number;
  members: Prepared[];
}

/** Each mention's vote weight: mentions from one copy group share one vote. */
export function voteWeights(members: Prepared[]): Map<Prepared, number> {
  const perOriginal = new Map<string, number>();
  for (const m of members) perOriginal.set(m.original, (perOriginal.get(m.original) ?? 0) + 1);
  return new Map(members.map((m) => [m, 1 / perOriginal.get(m.original)!]));
}

function elect<T>(
  members: Prepared[],
  weights: Map<Prepared, number>,
  get: (p: Prepared) => T | null | undefined,
  keyOf: (v: T) => string,
  precisionOf: (v: T) => number,
): { winner: Vote<T> | null; others: Vote<T>[] } {
  const votes = new Map<string, Vote<T>>();
  members.forEach((m, i) => {
    const v = get(m);
    if (v == null) return;
    const k = keyOf(v);
    const vote = votes.get(k);
    if (vote) {
      vote.weight += weights.get(m)!;
      vote.members.push(m);
    } else votes.set(k, { key: k, value: v, weight: weights.get(m)!, precision: precisionOf(v), first: i, members: [m] });
  });
  const ranked = [...votes.values()].sort((a, b) => b.weight - a.weight || a.precision - b.precision || a.first - b.first);
  return { winner: ranked[0] ?? null, others: ranked.slice(1) };
}

const STATUS_RANK: Record<Status, number> = { occurred: 0, ongoing: 1, planned: 2 };

function placeKey(p: PlaceDetail): string {
  const c = Array.isArray(p.country) ? [...p.country].sort().join("+") : (p.country ?? "");
  return `${placeSkeleton(p.name) ?? p.name.toLowerCase()}|${c}`;
}
function placePrecision(p: PlaceDetail): number {
  return (isCountryLevel(p) ? 2 : 0) + (p.lat == null ? 1 : 0);
}

type Consensus = Pick<
  Story,
  "type" | "status" | "date" | "count" | "countKind" | "subject" | "group" | "actor" | "origin" | "destination" | "location" | "dissent"
>;

export function consensus(members: Prepared[]): Consensus {
  const w = voteWeights(members);
  const dissent: Story["dissent"] = [];
  const keep = <T>(field: string, r: { others: Vote<T>[] }) => {
    for (const o of r.others) for (const m of o.members) dissent.push({ field, value: o.value, eventId: m.e.id, doc: m.e.doc });
  };

  const status = elect<Status>(
    members,
    w,
    (p) => p.e.status,
    (v) => v,
    (v) => STATUS_RANK[v],
  );
  keep("status", status);
  const date = elect<string>(
    members,
    w,
    (p) => p.e.date,
    (v) => v,
    (v) => dateWidth(v),
  );
  // a more precise date inside the majority's interval refines it ("2026-01" → "2026-01-21")
  if (date.winner) {
    const outer = dateInterval(date.winner.value)!;
    const inner = date.others
      .filter((o) => {
        const i = dateInterval(o.value);
        return i && i.start >= outer.start && i.end <= outer.end && dateWidth(o.value) < dateWidth(date.winner!.value);
      })
      .sort((a, b) => b.weight - a.weight || a.precision - b.precision)[0];
    if (inner) {
      date.others = [date.winner, ...date.others.filter((o) => o !== inner)];
      date.winner = inner;
    }
  }
  keep("date", date);

  // counts: elect the number, then the most precise qualifier given with it.
  // A vague magnitude ("thousands") never outvotes a stated figure: it only
  // speaks when no member states one, and is dissent otherwise.
  const stated = members.some((m) => m.e.count?.value != null && m.e.count.qualifier !== "vague");
  const value = elect<number>(
    members,
    w,
    (p) => (stated && p.e.count?.qualifier === "vague" ? null : (p.e.count?.value ?? null)),
    (v) => String(v),
    () => 0,
  );
  let count: Story["count"] = null;
  if (value.winner) {
    const quals = value.winner.members.map((m) => m.e.count!.qualifier).sort((a, b) => qualifierRank(a) - qualifierRank(b));
    count = { value: value.winner.value, qualifier: quals[0] };
    for (const m of value.winner.members)
      if (m.e.count!.qualifier !== count.qualifier) dissent.push({ field: "count.qualifier", value: m.e.count!.qualifier, eventId: m.e.id, doc: m.e.doc });
    for (const o of value.others) for (const m of o.members) dissent.push({ field: "count", value: m.e.count, eventId: m.e.id, doc: m.e.doc });
    for (const m of members) if (stated && m.e.count?.qualifier === "vague") dissent.push({ field: "count", value: m.e.count, eventId: m.e.id, doc: m.e.doc });
  } else {
    const vague = members.find((m) => m.e.count);
    count = vague?.e.count ? { ...vague.e.count } : null;
  }
  const kind = elect<CountKind>(
    members,
    w,
    (p) => p.kind,
    (v) => v,
    () => 0,
  );
  keep("countKind", kind);
  const subject = elect<string>(
    members,
    w,
    (p) => p.e.subject,
    (v) => v.toLowerCase(),
    (v) => -v.length,
  );
  keep("subject", subject);
  const group = elect<string>(
    members,
    w,
    (p) => p.group,
    (v) => v,
    () => 0,
  );
  keep("group", group);
  const actor = elect<string>(
    members,
    w,
    (p) => p.e.actor,
    (v) => canonicalGroup(v)!.toLowerCase(),
    (v) => -v.length,
  );
  keep("actor", actor);
  const place = (role: "origin" | "destination" | "location") => {
    const r = elect<PlaceDetail>(members, w, (p) => p[role]?.detail, placeKey, placePrecision);
    // a country-level winner gives way to a specific place inside it
    if (r.winner && isCountryLevel(r.winner.value)) {
      const inside = r.others.find((o) => !isCountryLevel(o.value) && placeKey(o.value).endsWith(`|${placeKey(r.winner!.value).split("|")[1]}`));
      if (inside) {
        r.others = [r.winner, ...r.others.filter((o) => o !== inside)];
        r.winner = inside;
      }
    }
    keep(role, r);
    return r.winner?.value ?? null;
  };
  return {
    type: members[0].e.type,
    status: status.winner?.value ?? members[0].e.status,
    date: date.winner?.value ?? null,
    count,
    countKind: kind.winner?.value ?? null,
    subject: subject.winner?.value ?? null,
    group: group.winner?.value ?? null,
    actor: actor.winner?.value ?? null,
    origin: place("origin"),
    destination: place("destination"),
    location: place("location"),
    dissent,
  };
}

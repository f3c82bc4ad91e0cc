// One event, one record: Arabic records of one type in one document join when
// nothing in them disagrees: their figures (a vague "مئات" joins a figure of
// its magnitude), their specific places, and their explicit dates. The
// joined record keeps the first record's fields and takes what it lacks from
// the others; a precise figure replaces a vague one.

import { MOVEMENT_TYPES } from "../../types.js";
import type { ArabicCandidate } from "./types.js";

/** Explicit dates further apart than this are two events. */
const MAX_DAYS_APART = 3;

function countsAgree(a: ArabicCandidate, b: ArabicCandidate): boolean {
  if (!a.count || !b.count || a.count.value === null || b.count.value === null) return true;
  if (a.count.value === b.count.value) return true;
  const [v, x] = a.count.qualifier === "vague" ? [a.count.value, b.count.value] : b.count.qualifier === "vague" ? [b.count.value, a.count.value] : [null, null];
  return v !== null && x !== null && x >= v && x < v * 10;
}

/** Places closer than this (degrees of latitude and longitude) are one place: a prison and its town. */
const SAME_PLACE_DEGREES = 0.3;

/** The specific place a record is about (below the country), by its coordinates. */
function placeOf(c: ArabicCandidate): { lat: number; lon: number } | null {
  const p = c.origin ?? c.location ?? c.destination;
  if (!p || p.lat === null || p.lon === null) return null;
  const mention = c.here.places.find((q) => q.name === p.name);
  return mention?.kind === "country" ? null : { lat: p.lat, lon: p.lon };
}

function placesAgree(a: ArabicCandidate, b: ArabicCandidate): boolean {
  const pa = placeOf(a);
  const pb = placeOf(b);
  return !pa || !pb || (Math.abs(pa.lat - pb.lat) < SAME_PLACE_DEGREES && Math.abs(pa.lon - pb.lon) < SAME_PLACE_DEGREES);
}

function datesAgree(a: ArabicCandidate, b: ArabicCandidate): boolean {
  if (!a.dateMention || !b.dateMention || a.dateImplied || b.dateImplied) return true;
  const da = Date.parse(a.date ?? "");
  const db = Date.parse(b.date ?? "");
  if (Number.isNaN(da) || Number.isNaN(db)) return a.date === b.date;
  return Math.abs(da - db) <= MAX_DAYS_APART * 86_400_000;
}

function join(into: ArabicCandidate, c: ArabicCandidate): void {
  for (const s of c.sentences) if (!into.sentences.includes(s)) into.sentences.push(s);
  into.sentences.sort((x, y) => x - y);
  if (c.count && (!into.count || (into.count.qualifier === "vague" && c.count.qualifier !== "vague"))) {
    into.count = c.count;
    into.countMention = c.countMention;
    if (c.subject) into.subject = c.subject;
  }
  into.subject ??= c.subject;
  into.group ??= c.group;
  into.actor ??= c.actor;
  into.origin ??= c.origin;
  into.destination ??= c.destination;
  into.location ??= c.location;
  into.source ??= c.source;
  if ((!into.dateMention || into.dateImplied) && c.dateMention && !c.dateImplied) {
    into.date = c.date;
    into.dateMention = c.dateMention;
    into.dateImplied = false;
  } else into.date ??= c.date;
  if (into.weak && !c.weak) {
    into.weak = false;
    into.status = c.status;
  }
}

export function mergeArabic(cands: ArabicCandidate[]): ArabicCandidate[] {
  const out: ArabicCandidate[] = [];
  // stated records first, then headlines, then background mentions: each joins the record it tells of;
  // a takeover told only in passing ("بعد السيطرة على سجن حماة") stands when the document tells no other
  const rank = (c: ArabicCandidate) => (c.mention ? 2 : c.weak ? 1 : 0);
  const ordered = [...cands].sort((a, b) => rank(a) - rank(b) || a.sentence - b.sentence);
  for (const c of ordered) {
    const into = out.find((r) => r.type === c.type && r.status === c.status && countsAgree(r, c) && placesAgree(r, c) && datesAgree(r, c));
    if (into) join(into, c);
    else if (!c.mention || (c.type === "takeover" && c.after && placeOf(c) && !cands.some((o) => o.type === c.type && !o.mention))) out.push(c);
  }
  return out.sort((a, b) => a.sentences[0]! - b.sentences[0]!);
}

/**
 * One movement per figure: where a sentence moves the same people twice
 * ("رحّلت ... وسلمتهم") or tells one event with two triggers, the first
 * trigger tells what happened.
 */
export function oneMovementPerFigure(cands: ArabicCandidate[]): ArabicCandidate[] {
  return cands.filter(
    (c) =>
      !cands.some(
        (o) =>
          o !== c &&
          o.sentence === c.sentence &&
          o.first < c.first &&
          o.countMention === c.countMention &&
          (o.type === c.type || (MOVEMENT_TYPES.has(o.type) && MOVEMENT_TYPES.has(c.type))),
      ),
  );
}

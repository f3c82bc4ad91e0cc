// Small shared helpers of reconciliation: stable hashes, date intervals,
// place-name skeletons, group aliases, country sets.

import { countryName } from "../lexicon/countries.js";
import type { Place } from "../types.js";
import { GROUP_ALIASES } from "../lexicon/groups.js";

export { normaliseSentence, shortHash, words } from "../store/event-key.js";

// ------------------------------------------------------------------ dates

const DAY = 86_400_000;

/** A date value as a closed interval of day numbers, with its precision. */
export interface DayInterval {
  start: number;
  end: number;
  precision: "day" | "month" | "year" | "interval";
}

function boundOf(part: string): { start: number; end: number; precision: "day" | "month" | "year" } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(part);
  if (m) {
    const t = Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY;
    return { start: t, end: t, precision: "day" };
  }
  m = /^(\d{4})-(\d{2})$/.exec(part);
  if (m) {
    return {
      start: Date.UTC(+m[1], +m[2] - 1, 1) / DAY,
      end: Date.UTC(+m[1], +m[2], 1) / DAY - 1,
      precision: "month",
    };
  }
  m = /^(\d{4})$/.exec(part);
  if (m) return { start: Date.UTC(+m[1], 0, 1) / DAY, end: Date.UTC(+m[1] + 1, 0, 1) / DAY - 1, precision: "year" };
  return null;
}

/** Parsed dates: a store holds few distinct date strings, compared many times over. */
const parsed = new Map<string, Readonly<DayInterval> | null>();
const PARSED_MAX = 100_000;

/** Parses YYYY, YYYY-MM, YYYY-MM-DD or a/b; null when absent or malformed. The interval is shared: do not change it. */
export function dateInterval(date: string | null | undefined): Readonly<DayInterval> | null {
  if (!date) return null;
  const hit = parsed.get(date);
  if (hit !== undefined) return hit;
  if (parsed.size >= PARSED_MAX) parsed.clear();
  const out = parseInterval(date);
  parsed.set(date, out);
  return out;
}

function parseInterval(date: string): DayInterval | null {
  const parts = date.split("/");
  if (parts.length === 2) {
    const a = boundOf(parts[0]);
    const b = boundOf(parts[1]);
    if (!a || !b) return null;
    return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end), precision: "interval" };
  }
  const one = boundOf(date);
  return one;
}

/** Width in days (a day is 1). Smaller is more precise. */
export function dateWidth(date: string | null): number {
  const i = dateInterval(date);
  return i ? i.end - i.start + 1 : Number.POSITIVE_INFINITY;
}

/**
 * Two dates may be the same event when their intervals overlap, allowing
 * `slackDays` at day precision (outlets publishing a day apart resolve
 * "Wednesday" and "yesterday" to neighbouring days).
 */
export function datesOverlap(a: string | null, b: string | null, slackDays = 1): boolean | null {
  const x = dateInterval(a);
  const y = dateInterval(b);
  if (!x || !y) return null;
  return x.start <= y.end + slackDays && y.start <= x.end + slackDays;
}

/** Sort key for as-of ordering: interval end (the date a figure holds for). */
export function dateSortKey(date: string | null): number {
  const i = dateInterval(date);
  return i ? i.end : Number.POSITIVE_INFINITY;
}

// ------------------------------------------------------------------ places

/** Countries of a place as a set (empty when unknown). */
export function countriesOf(p: Place | null | undefined): string[] {
  if (!p || p.country == null) return [];
  return (Array.isArray(p.country) ? p.country : [p.country]).map((c) => c.toUpperCase()).sort();
}

export function countryKey(p: Place | null | undefined): string | null {
  const c = countriesOf(p);
  return c.length ? c.join("+") : null;
}

const PLACE_NOISE =
  /\b(al|el|ad|ar|as|ash|an|at|az|the|of|prison|prisons|camp|jail|facility|detention|center|centre|province|governorate|city|town|district|region|area|near|northeastern|northern|southern|eastern|western|north|south|east|west|northeast|northwest|southeast|southwest)\b/g;

/**
 * A transliteration-tolerant skeleton of a place name: lowercase ASCII,
 * generic words dropped, vowels and the semi-vowels w/y dropped, a final h
 * dropped, doubled letters collapsed. "Hasakah" and "Hassakeh" → "hsk";
 * "Shaddadi" and "Shaddadeh" → "shd"; "al-Hol" and "Al-Hawl" → "hl".
 */
export function placeSkeleton(name: string | null | undefined): string | null {
  if (!name) return null;
  const hit = skeletons.get(name);
  if (hit !== undefined) return hit;
  if (skeletons.size >= SKELETONS_MAX) skeletons.clear();
  const out = skeletonOf(name);
  skeletons.set(name, out);
  return out;
}

/** Skeletons by name: a store names few distinct places, each many times. */
const skeletons = new Map<string, string | null>();
const SKELETONS_MAX = 100_000;

function skeletonOf(name: string): string | null {
  let s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`ʿʾ]/g, "")
    .replace(/[-_]/g, " ");
  s = s.replace(PLACE_NOISE, " ").replace(/[^a-z ]/g, " ");
  const words = s.split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const sk = words
    .map((w) =>
      w
        .replace(/h$/, "")
        .replace(/[aeiouwy]/g, "")
        .replace(/(.)\1+/g, "$1"),
    )
    .filter(Boolean)
    .join(" ");
  return sk || null;
}

/** True when the place names a country only (its name is a country's name). */
export function isCountryLevel(p: Place | null | undefined): boolean {
  if (!p) return false;
  const cs = countriesOf(p);
  if (cs.length !== 1) return cs.length > 1;
  const name = countryName(cs[0]);
  return name != null && placeSkeleton(name) === placeSkeleton(p.name);
}

// ------------------------------------------------------------------ groups

/** Canonical form of a group name, for comparison and display. */
export function canonicalGroup(g: string | null | undefined): string | null {
  if (!g) return null;
  const k = g
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ");
  return GROUP_ALIASES[k] ?? g.trim();
}

// ------------------------------------------------------------------ text

export function formatCount(c: { value: number | null; qualifier: string } | null): string {
  if (!c) return "no figure";
  const prefix: Record<string, string> = { exact: "", approx: "~", at_least: "≥", at_most: "≤", vague: "" };
  if (c.value == null) return c.qualifier === "vague" ? "an unstated number" : "?";
  const n = c.value.toLocaleString("en-US");
  return c.qualifier === "vague" ? `${n}s (vague)` : `${prefix[c.qualifier] ?? ""}${n}`;
}

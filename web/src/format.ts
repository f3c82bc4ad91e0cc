// How values read on the page: counts with their qualifiers ("≈150",
// "≤7,000"), dates, places, and one colour per event type.

import type { Count, EventType, Place } from "../../src/types.js";

export const TYPE_COLORS: Record<EventType, string> = {
  transfer: "#2563eb",
  escape: "#e11d48",
  release: "#16a34a",
  exchange: "#0891b2",
  repatriation: "#7c3aed",
  relocation: "#c026d3",
  arrest: "#ea580c",
  trial: "#92400e",
  takeover: "#475569",
  attack: "#991b1b",
  killing: "#111827",
  agreement: "#0d9488",
  holding: "#ca8a04",
};

export const typeColor = (t: string): string => TYPE_COLORS[t as EventType] ?? "#6b7280";

const nf = new Intl.NumberFormat("en-US");

const VAGUE: Record<number, string> = { 12: "dozens", 20: "scores", 100: "hundreds", 1000: "thousands", 10000: "tens of thousands" };

/** "≈150", "≥80", "≤7,000", "450", "hundreds", "some". */
export function formatCount(c: Count | { value: number | null; qualifier: string } | null | undefined): string {
  if (!c) return "";
  if (c.value === null) return c.qualifier === "vague" ? "some" : "?";
  const n = nf.format(c.value);
  switch (c.qualifier) {
    case "approx":
      return `≈${n}`;
    case "at_least":
      return `≥${n}`;
    case "at_most":
      return `≤${n}`;
    case "vague":
      return VAGUE[c.value] ?? `~${n}`;
    default:
      return n;
  }
}

export const formatNumber = (n: number): string => nf.format(n);

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function one(d: string): string {
  const [y, m, day] = d.split("-");
  if (day) return `${Number(day)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}

/** "21 Jan 2026", "Jan 2026", "2026", "3 – 5 Feb 2026"; "undated" for null. */
export function formatDate(d: string | null | undefined): string {
  if (!d) return "undated";
  const [a, b] = d.split("/");
  return b ? `${one(a)} – ${one(b)}` : one(a);
}

export function countryText(c: Place["country"]): string {
  if (!c) return "";
  return Array.isArray(c) ? c.join("/") : c;
}

export function formatPlace(p: Place | null | undefined): string {
  if (!p) return "";
  const c = countryText(p.country);
  return c && c !== p.name ? `${p.name} (${c})` : p.name;
}

/** Day number (days since 1970-01-01, UTC) of the start and end of a date or interval. */
export function dateSpan(d: string | null | undefined): [number, number] | null {
  if (!d) return null;
  const [a, b = a] = d.split("/");
  const lo = startOf(a);
  const hi = endOf(b);
  return lo === null || hi === null ? null : [lo, hi];
}

const DAY = 86_400_000;

function parts(d: string): [number, number | null, number | null] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(d);
  if (!m) return null;
  return [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
}

function startOf(d: string): number | null {
  const p = parts(d);
  if (!p) return null;
  return Date.UTC(p[0], (p[1] ?? 1) - 1, p[2] ?? 1) / DAY;
}

function endOf(d: string): number | null {
  const p = parts(d);
  if (!p) return null;
  if (p[2] !== null) return Date.UTC(p[0], p[1]! - 1, p[2]) / DAY;
  if (p[1] !== null) return Date.UTC(p[0], p[1], 1) / DAY - 1;
  return Date.UTC(p[0] + 1, 0, 1) / DAY - 1;
}

export function dayToIso(day: number): string {
  return new Date(Math.round(day) * DAY).toISOString().slice(0, 10);
}

export function isoToDay(iso: string): number | null {
  return startOf(iso);
}

export function monthLabel(day: number): string {
  const d = new Date(day * DAY);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function shortDay(day: number): string {
  const d = new Date(day * DAY);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

export const TYPE_LABEL = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

/** Languages written right to left (ISO 639-1). */
const RTL_LANGS = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"]);

/** The writing direction of a document's language: "rtl" for Arabic and the like, else "auto" (each paragraph by its first strong letter). */
export function textDirection(lang: string | null | undefined): "rtl" | "auto" {
  return lang && RTL_LANGS.has(lang.toLowerCase()) ? "rtl" : "auto";
}

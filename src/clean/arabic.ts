// What the Arabic cleaning rules share: whether a page is written in Arabic
// (they leave other pages alone), the folded form a line is matched in, the
// tables of lexicon/ar/page-chrome.ts as sets of folded phrases, and the
// date an Arabic date line states.

import { AR_MONTHS, AR_WEEKDAYS } from "../lexicon/ar/dates.js";
import { normalizeArabic } from "../lexicon/ar/letters.js";
import { MONTHS } from "../lexicon/time-words.js";
import type { CleanState } from "./state.js";

const arabicPages = new WeakMap<CleanState, boolean>();
/** Letters looked at to tell a page's script. */
const SAMPLE = 20_000;

/** True when most letters of the page are Arabic (of its first 20,000 characters). */
export function isArabicPage(state: CleanState): boolean {
  let known = arabicPages.get(state);
  if (known === undefined) {
    let arabic = 0;
    let latin = 0;
    const text = state.text;
    for (let i = 0; i < text.length && i < SAMPLE; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3)) arabic++;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    }
    known = arabic > 0 && arabic > latin;
    arabicPages.set(state, known);
  }
  return known;
}

/** A line folded for matching: letters folded, punctuation at either end and runs of spaces dropped. */
export function foldLine(text: string): string {
  return normalizeArabic(text)
    .replace(/[\u200c-\u200f\u061c]/g, "")
    .replace(/^[\s:：|•·\-–—_،.»«"“”()[\]]+|[\s:：|•·\-–—_،.»«"“”()[\]]+$/g, "")
    .replace(/\s+/g, " ");
}

/** A table of phrases as a set of folded phrases. */
export function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(foldLine));
}

/** Words of a folded line: runs of letters and digits. */
export function foldedWords(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const ARABIC_MONTHS = new Map(Object.entries(AR_MONTHS).map(([k, v]) => [foldLine(k), v]));
const MONTH_NAMES = [...ARABIC_MONTHS.keys(), ...Object.keys(MONTHS)].sort((a, b) => b.length - a.length);
const MONTH = `(${MONTH_NAMES.map((m) => m.replace(/ /g, "\\s+")).join("|")})`;
/** The month, weekday and number words a date line is made of. */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  ...[...ARABIC_MONTHS.keys()].flatMap((m) => m.split(" ")),
  ...Object.keys(MONTHS),
  ...Object.keys(AR_WEEKDAYS).map(foldLine),
  "من",
  "st",
  "nd",
  "rd",
  "th",
]);

const DAY_MONTH_YEAR = new RegExp(`(?:^|[^\\d])(\\d{1,2})(?:st|nd|rd|th)?[\\s,/\\-]+(?:من\\s+)?${MONTH}[\\s,/\\-]+(\\d{4})`, "u");
const MONTH_DAY_YEAR = new RegExp(`${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})`, "u");
const Y_M_D = /(?:^|[^\d])(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?!\d)/;
const D_M_Y = /(?:^|[^\d])(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})/;

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number | undefined {
  const n = name.replace(/\s+/g, " ");
  return ARABIC_MONTHS.get(n) ?? MONTHS[n];
}

/** The first full date (day, month, year) a folded line states, as YYYY-MM-DD; null when it states none. */
export function lineDate(folded: string): string | null {
  let m = DAY_MONTH_YEAR.exec(folded);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month) return iso(Number(m[3]), month, Number(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(folded);
  if (m) {
    const month = monthNumber(m[1]!);
    if (month) return iso(Number(m[3]), month, Number(m[2]));
  }
  m = Y_M_D.exec(folded);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = D_M_Y.exec(folded);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

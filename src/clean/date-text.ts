// Full calendar dates written in a line of text ("October 26, 2025",
// "13 March 2025", "2026-02-02"). Only dates with a day, a month and a
// year count: a publication date is never completed from anywhere else.

import { MONTHS, WEEKDAYS } from "../lexicon/time-words.js";

export interface FoundDate {
  iso: string;
  index: number;
  end: number;
}

const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const WEEKDAY = [...WEEKDAYS].sort((a, b) => b.length - a.length).join("|");

const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  // 2026-02-02, 2026/02/02, 2026-02-02T09:20:00Z
  { re: /\b(?<y>(?:19|20)\d{2})[-/](?<m>\d{1,2})[-/](?<d>\d{1,2})(?=T\d|\b)/g, parts: (m) => [m.groups!.y, m.groups!.m, m.groups!.d] },
  // 17.02.2026, 17/02/2026, 02/17/2026: day and month told apart only when one of them exceeds 12
  {
    re: /\b(?<a>\d{1,2})[./](?<b>\d{1,2})[./](?<y>(?:19|20)\d{2})\b/g,
    parts: (m) => {
      const a = Number(m.groups!.a);
      const b = Number(m.groups!.b);
      if (a > 12 && b <= 12) return [m.groups!.y, m.groups!.b, m.groups!.a];
      if (b > 12 && a <= 12) return [m.groups!.y, m.groups!.a, m.groups!.b];
      return [m.groups!.y, "0", "0"]; // ambiguous: no date
    },
  },
  // October 26, 2025 · Oct. 26 2025
  {
    re: new RegExp(`\\b(?<m>${MONTH})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>(?:19|20)\\d{2})\\b`, "gi"),
    parts: (m) => [m.groups!.y, m.groups!.m, m.groups!.d],
  },
  // 13 March 2025 · 13th of March, 2025
  {
    re: new RegExp(`\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m>${MONTH})\\.?,?\\s+(?<y>(?:19|20)\\d{2})\\b`, "gi"),
    parts: (m) => [m.groups!.y, m.groups!.m, m.groups!.d],
  },
];

/** The first full date in the text, or null. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      const [y, mo, d] = p.parts(m);
      const iso = toIso(y, mo, d);
      if (iso && (!best || m.index < best.index)) best = { iso, index: m.index, end: m.index + m[0].length };
      if (iso) break;
    }
  }
  return best;
}

function toIso(y: string, mo: string, d: string): string | null {
  const month = /^\d+$/.test(mo) ? Number(mo) : MONTHS[mo.toLowerCase()];
  const day = Number(d);
  const year = Number(y);
  if (!month || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A line that is only a weekday and a date, with bullets or separators around ("• Thursday, 13 March 2025"). */
export function isWeekdayDateLine(line: string): boolean {
  if (line.length > 60) return false;
  const found = findDate(line);
  if (!found) return false;
  const before = line
    .slice(0, found.index)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase();
  const after = line
    .slice(found.end)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return after === "" && new RegExp(`^(?:${WEEKDAY})$`).test(before);
}

/** Words in a line once the date is taken out. */
export function wordsBesideDate(line: string, found: FoundDate): string[] {
  return (line.slice(0, found.index) + " " + line.slice(found.end)).split(/[^\p{L}\p{N}'’.-]+/u).filter((w) => /\p{L}/u.test(w));
}

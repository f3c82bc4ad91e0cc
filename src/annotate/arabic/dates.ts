// Arabic dates: "8 كانون الأول 2024", "8 ديسمبر/كانون الأول 2024",
// "أيلول/ سبتمبر 2023", "عام 2024", weekdays ("الخميس", "الأربعاء الماضي")
// and relative days ("اليوم", "أمس"), resolved against the reference date
// (the publication date). A yearless date takes the reference's year, or the
// year before when that would put it after the reference.

import { AR_MONTHS, AR_PAST_MARKERS, AR_RELATIVE_DAYS, AR_WEEKDAYS, AR_YEAR_WORDS } from "../../lexicon/ar/dates.js";
import type { DateMention } from "../types.js";
import { type ArabicWord, bareForms, normalizeArabic } from "./normalize.js";
import { ArabicPhraseIndex } from "./phrase-index.js";

export interface ArabicDate extends DateMention {
  first: number;
  last: number;
}

const MONTHS = new ArabicPhraseIndex<number>();
for (const [name, m] of Object.entries(AR_MONTHS)) MONTHS.add(name, m);
const WEEKDAYS = new ArabicPhraseIndex<number>();
for (const [name, d] of Object.entries(AR_WEEKDAYS)) WEEKDAYS.add(name, d);
const RELATIVE = new ArabicPhraseIndex<number>();
for (const [name, d] of AR_RELATIVE_DAYS) RELATIVE.add(name, d);
const PAST = new Set(AR_PAST_MARKERS.map(normalizeArabic));
const YEAR_WORDS = new Set(AR_YEAR_WORDS.map(normalizeArabic));

const pad = (n: number) => String(n).padStart(2, "0");

function dayOf(ref: string | null): Date | null {
  return ref && /^\d{4}-\d{2}-\d{2}$/.test(ref) ? new Date(`${ref}T00:00:00Z`) : null;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const yearWord = (w: ArabicWord | undefined) => !!w && w.kind === "number" && /^(19|20)\d\d$/.test(w.norm);
const dayWord = (w: ArabicWord | undefined) => !!w && w.kind === "number" && /^\d{1,2}$/.test(w.norm) && Number(w.norm) >= 1 && Number(w.norm) <= 31;

/** A month name at i, with a second name after a slash ("ديسمبر/كانون الأول", "نيسان/ أبريل"). */
function monthAt(words: readonly ArabicWord[], i: number): { month: number; last: number } | null {
  const m = MONTHS.matchAt(words, i);
  if (!m) return null;
  let last = m.last;
  if (words[last + 1]?.norm === "/") {
    const alt = MONTHS.matchAt(words, last + 2);
    if (alt) last = alt.last;
  }
  return { month: m.value, last };
}

/** Dates in one sentence's words. `ref` is the reference date (YYYY-MM-DD, YYYY-MM, or null). */
export function findArabicDates(text: string, words: readonly ArabicWord[], ref: string | null): ArabicDate[] {
  const out: ArabicDate[] = [];
  const refDay = dayOf(ref);
  const refYear = ref ? Number(ref.slice(0, 4)) : null;
  const push = (first: number, last: number, value: string, precision: DateMention["precision"], implied: boolean) => {
    const start = words[first]!.start;
    const end = words[last]!.end;
    out.push({ start, end, text: text.slice(start, end), value, precision, implied, tags: ["annotate/arabic-dates"], first, last });
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // day month [year]
    if (dayWord(w)) {
      const m = monthAt(words, i + 1);
      if (m) {
        const day = Number(w.norm);
        let last = m.last;
        let year: number | null = null;
        if (yearWord(words[last + 1])) {
          year = Number(words[last + 1]!.norm);
          last++;
        }
        let implied = false;
        if (year === null && refYear !== null) {
          implied = true;
          year = refYear;
          const past = PAST.has(words[last + 1]?.norm ?? "");
          if (ref && `${year}-${pad(m.month)}-${pad(day)}` > ref.slice(0, 10) + (ref.length === 7 ? "-31" : "")) year--;
          if (past) last++;
        }
        if (year !== null) push(i, last, `${year}-${pad(m.month)}-${pad(day)}`, "day", implied);
        i = last;
        continue;
      }
    }
    // month year
    const m = monthAt(words, i);
    if (m) {
      if (yearWord(words[m.last + 1])) {
        push(i, m.last + 1, `${words[m.last + 1]!.norm}-${pad(m.month)}`, "month", false);
        i = m.last + 1;
      } else i = m.last;
      continue;
    }
    // "عام 2024", "في 2013"
    if (yearWord(w)) {
      const prev = words[i - 1];
      if (prev && (bareForms(prev.norm).some((f) => YEAR_WORDS.has(f)) || prev.norm === "في" || prev.norm === "منذ")) push(i - 1, i, w.norm, "year", false);
      continue;
    }
    // weekdays, resolved to the last such day on or before the reference ("الماضي": strictly before)
    const wd = WEEKDAYS.matchAt(words, i);
    if (wd) {
      let last = wd.last;
      const past = PAST.has(words[last + 1]?.norm ?? "");
      if (past) last++;
      if (refDay) {
        let back = (refDay.getUTCDay() - wd.value + 7) % 7;
        if (past && back === 0) back = 7;
        push(i, last, iso(new Date(refDay.getTime() - back * 86_400_000)), "day", true);
      }
      i = last;
      continue;
    }
    const rel = RELATIVE.matchAt(words, i);
    if (rel && refDay) {
      push(rel.first, rel.last, iso(new Date(refDay.getTime() + rel.value * 86_400_000)), "day", true);
      i = rel.last;
    }
  }
  return out;
}

/**
 * The date a text gives for itself when the page's metadata gives none: a
 * crawler header ("date 2023-04"), or a full date in its first lines (a byline).
 */
export function arabicReferenceDate(text: string, words: readonly ArabicWord[]): string | null {
  const header = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)/.exec(text);
  if (header) return header[1]!;
  for (const d of findArabicDates(
    text,
    words.filter((w) => w.start < 300),
    null,
  ))
    if (d.precision === "day" && !d.implied) return d.value;
  return null;
}

// Arabic dates: "8 كانون الأول 2024", "8 ديسمبر/كانون الأول 2024",
// "أيلول/ سبتمبر 2023", "عام 2024", weekdays ("الخميس", "الأربعاء الماضي")
// and relative days ("اليوم", "أمس"), resolved against the reference date
// (the publication date). A yearless date takes the reference's year, or the
// year before when that would put it after the reference.

import {
  AR_BOUND_MARKERS,
  AR_CURRENT_MARKERS,
  AR_MONTH_CUES,
  AR_MONTHS,
  AR_ORDINAL_DAYS,
  AR_PAST_MARKERS,
  AR_RELATIVE_DAYS,
  AR_RELATIVE_MONTHS,
  AR_RELATIVE_YEARS,
  AR_WEEKDAYS,
  AR_YEAR_WORDS,
} from "../../lexicon/ar/dates.js";
import type { DateMention } from "../types.js";
import { type ArabicWord, wordBareForms, normalizeArabic } from "./normalize.js";
import { ArabicPhraseIndex } from "./phrase-index.js";

export interface ArabicDate extends DateMention {
  first: number;
  last: number;
  /** A bound ("قبل العام 2019", "منذ 2011"), not when an event happened. */
  bound: boolean;
}

const MONTHS = new ArabicPhraseIndex<number>();
for (const [name, m] of Object.entries(AR_MONTHS)) MONTHS.add(name, m);
const WEEKDAYS = new ArabicPhraseIndex<number>();
for (const [name, d] of Object.entries(AR_WEEKDAYS)) WEEKDAYS.add(name, d);
const RELATIVE = new ArabicPhraseIndex<number>(false, true);
for (const [name, d] of AR_RELATIVE_DAYS) RELATIVE.add(name, d);
const PAST = new Set(AR_PAST_MARKERS.map(normalizeArabic));
const CURRENT = new Set(AR_CURRENT_MARKERS.map(normalizeArabic));
const BOUND = new Set(AR_BOUND_MARKERS.map(normalizeArabic));
const REL_MONTHS = new ArabicPhraseIndex<number>();
for (const [name, d] of AR_RELATIVE_MONTHS) REL_MONTHS.add(name, d);
const REL_YEARS = new ArabicPhraseIndex<number>();
for (const [name, d] of AR_RELATIVE_YEARS) REL_YEARS.add(name, d);
const ORDINALS = new ArabicPhraseIndex<number>();
for (const [name, d] of Object.entries(AR_ORDINAL_DAYS)) ORDINALS.add(name, d);
const YEAR_WORDS = new Set(AR_YEAR_WORDS.map(normalizeArabic));
const MONTH_CUES = new Set(AR_MONTH_CUES.map(normalizeArabic));

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
    const before = words[first - 1];
    const before2 = words[first - 2];
    const bound = !!before && (BOUND.has(before.norm) || (!!before2 && BOUND.has(before2.norm) && YEAR_WORDS.has(before.norm)));
    out.push({ start, end, text: text.slice(start, end), value, precision, implied, tags: ["annotate/arabic-dates"], first, last, bound });
  };
  const refMonth = ref && ref.length >= 7 ? { y: Number(ref.slice(0, 4)), m: Number(ref.slice(5, 7)) } : null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "الثاني من آب": an ordinal day, من, a month
    const ord = ORDINALS.matchAt(words, i);
    if (ord && words[i + 1]?.norm === "من" && refYear !== null) {
      const m = monthAt(words, i + 2);
      if (m) {
        let last = m.last;
        let year = refYear;
        if (yearWord(words[last + 1])) year = Number(words[++last]!.norm);
        else if (CURRENT.has(words[last + 1]?.norm ?? "")) last++;
        push(i, last, `${year}-${pad(m.month)}-${pad(ord.value)}`, "day", true);
        i = last;
        continue;
      }
    }
    const rm = REL_MONTHS.matchAt(words, i);
    if (rm && refMonth) {
      const d = new Date(Date.UTC(refMonth.y, refMonth.m - 1 + rm.value, 1));
      push(i, rm.last, `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, "month", true);
      i = rm.last;
      continue;
    }
    const ry = REL_YEARS.matchAt(words, i);
    if (ry && refYear !== null) {
      push(i, ry.last, String(refYear + ry.value), "year", true);
      i = ry.last;
      continue;
    }
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
          if (CURRENT.has(words[last + 1]?.norm ?? "")) last++;
          const past = PAST.has(words[last + 1]?.norm ?? "");
          if (ref && `${year}-${pad(m.month)}-${pad(day)}` > ref.slice(0, 10) + (ref.length === 7 ? "-31" : "")) year--;
          if (past) last++;
        }
        if (year !== null) push(i, last, `${year}-${pad(m.month)}-${pad(day)}`, "day", implied);
        i = last;
        continue;
      }
    }
    // month year, or a month of the reference's year ("آب الجاري", "الشهر آب الماضي")
    const m = monthAt(words, i);
    if (m) {
      if (yearWord(words[m.last + 1])) {
        push(i, m.last + 1, `${words[m.last + 1]!.norm}-${pad(m.month)}`, "month", false);
        i = m.last + 1;
      } else if (refYear !== null && (CURRENT.has(words[m.last + 1]?.norm ?? "") || PAST.has(words[m.last + 1]?.norm ?? ""))) {
        const y = refMonth && m.month > refMonth.m ? refYear - 1 : refYear;
        push(i, m.last + 1, `${y}-${pad(m.month)}`, "month", true);
        i = m.last + 1;
      } else if (refYear !== null && words[i - 1] && wordBareForms(words[i - 1]!).some((f) => MONTH_CUES.has(f))) {
        // "خلال تشرين الأول": the last month of that name on or before the reference
        const y = refMonth && m.month > refMonth.m ? refYear - 1 : refYear;
        push(i, m.last, `${y}-${pad(m.month)}`, "month", true);
        i = m.last;
      } else i = m.last;
      continue;
    }
    // "عام 2024", "في 2013"
    if (yearWord(w)) {
      const prev = words[i - 1];
      if (prev && (wordBareForms(prev).some((f) => YEAR_WORDS.has(f)) || prev.norm === "في" || prev.norm === "منذ")) push(i - 1, i, w.norm, "year", false);
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

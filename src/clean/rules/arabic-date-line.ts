// Arabic publication and update lines: a short line that is only a date
// (with its weekday, time of day, Hijri date, city of the clock, or a section
// label and separators: "الأربعاء ٢٦ أبريل ٢٠٢٣ الساعة ٩:٥٢ صباحاً",
// "2023.08.02 | 07:28 دمشق"), or one that opens with a publication or
// update label ("تاريخ النشر: ...", "آخر تحديث: ..."). The date it states
// dates the page when its metadata gives none (clean/published-date.ts).
// Only on a page written in Arabic.
import { AR_DATE_LABELS, AR_DATE_LABELS_ANYWHERE, AR_DATE_LINE_WORDS, AR_SECTION_LINES } from "../../lexicon/ar/page-chrome.js";
import { DATE_WORDS, foldedSet, foldedWords, foldLine, isArabicPage, lineDate } from "../arabic.js";
import { type CleanRule, wordCount } from "../state.js";

const LABELS = [...foldedSet(AR_DATE_LABELS)].sort((a, b) => b.length - a.length);
const LINE_WORDS = new Set([...foldedSet(AR_DATE_LINE_WORDS), ...[...foldedSet(AR_SECTION_LINES)].flatMap((s) => s.split(" "))]);

/** Longest date line taken, in words. */
const MAX_WORDS = 18;

/** Labels that make a short dated line a publication line wherever they stand in it ("24/4/2023 | آخر تحديث: ..."). */
const ANYWHERE = [...foldedSet(AR_DATE_LABELS_ANYWHERE)];

/** True when a folded line opens with a publication or update label, or holds one that cannot be anything else. */
function hasLabel(folded: string): boolean {
  return (
    LABELS.some((l) => folded.startsWith(l) && !/[\p{L}]/u.test(folded.charAt(l.length))) ||
    (ANYWHERE.some((l) => folded.includes(l)) && lineDate(folded) !== null)
  );
}

/** A line of date words only: numbers, months, weekdays, times, eras, a section label. */
export function isArabicDateLine(text: string): boolean {
  const folded = foldLine(text);
  const words = foldedWords(folded);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (!/\d/.test(folded)) return false;
  if (hasLabel(folded)) return true;
  // the cheap test first (every word a number or a date word), then the date itself
  return words.every((w) => /^\d+(?:st|nd|rd|th)?$/.test(w) || DATE_WORDS.has(w) || LINE_WORDS.has(w)) && lineDate(folded) !== null;
}

export const arabicDateLine: CleanRule = {
  name: "clean/arabic-date-line",
  apply(state) {
    if (!isArabicPage(state)) return;
    for (let i = 0; i < state.lines.length; i++) {
      if (!state.isKept(i) || state.isBlank(i) || state.lines[i].text.length > 200) continue;
      const text = state.lines[i].text.trim();
      // a paragraph is no date line: count its words before folding it
      if (wordCount(text) <= MAX_WORDS && isArabicDateLine(text)) state.removeLine(i, this.name);
    }
  },
};

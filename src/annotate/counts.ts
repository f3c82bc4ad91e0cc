// Count mentions: how many people a sentence may be talking about.
//
// A number core is found by one pattern built from the number lexicon
// (digits with separators and scales, number words, vague magnitudes, vague
// quantity words); the qualifier before it comes from the qualifier lexicon;
// then filters drop what is not a head count: years, dates, times, ages,
// durations, money, percentages, measures, labels ("Brigade 93"), phone and
// street numbers, dimensions, "one of".

import type { Context } from "../context.js";
import type { Qualifier } from "../types.js";
import type { Annotations, Annotator, CountMention } from "./types.js";
import {
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  DURATION_UNITS,
  GROUP_WORDS,
  MEASURE_UNITS,
  MONTH_NAMES,
  NUMBER_LABELS,
  ONE_NOT_COUNT_AFTER,
  ONE_NOT_COUNT_BEFORE,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_MAGNITUDES,
  VAGUE_QUANTITY_WORDS,
  VAGUE_WORD_NON_PEOPLE,
  WEEKDAY_NAMES,
  YEAR_CONTEXT_BEFORE,
} from "../lexicon/numbers.js";
import { COUNT_QUALIFIERS, PARTICLE_VERBS } from "../lexicon/qualifiers.js";
import { lemmatize } from "./lemma.js";

export const TAG = "annotate/counts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Phrases as a regex alternation, longest first, spaces matching any run of spaces. */
const alt = (phrases: readonly string[], raw = false) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => (raw ? p : escape(p)).replace(/ /g, "\\s+"))
    .join("|");

const NUMBER_WORD = alt([...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS), "dozen"]);
const WORD_NUMBER = String.raw`(?:half\s+)?(?:an?\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?(?:${NUMBER_WORD})(?:(?:\s+and\s+|\s*-\s*|\s+)(?:${NUMBER_WORD})(?![\p{L}])){0,8}`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** A number core with named groups: vague magnitude, digits (+scale), number words, or a vague word. */
const CORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:` +
    String.raw`(?<vague>${alt(VAGUE_MAGNITUDES.map(([p]) => p))})` +
    String.raw`|(?<digits>${DIGITS})(?:(?<suffix>${alt(Object.keys(SCALE_SUFFIXES))})|\s+(?<scale>${alt(Object.keys(SCALE_WORDS))}))?` +
    String.raw`|(?<words>${WORD_NUMBER})` +
    String.raw`|(?<vagueWord>${alt(VAGUE_QUANTITY_WORDS)})` +
    String.raw`)(?![\p{L}\p{N}]|[.,]\d)`,
  "giu",
);

/** After a vague word, a number means the word qualifies it: "some 1,500", "as many as 7,000". */
const VAGUE_WORD_BEFORE_NUMBER = new RegExp(String.raw`^\s+(?:as\s+|of\s+)?(?:\d|(?:${NUMBER_WORD}|a\s+dozen|an?\s+(?:hundred|thousand))\b)`, "iu");

const QUALIFIER_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?<qualifier>${alt(Object.keys(COUNT_QUALIFIERS))})\s+$`, "iu");
const RANGE_AFTER = new RegExp(
  String.raw`^\s*(?<joiner>-|–|—|to|and)\s*(?<second>${DIGITS}|${WORD_NUMBER})(?:\s+(?<scale>${alt(Object.keys(SCALE_WORDS))}))?(?![\p{L}\p{N}])`,
  "iu",
);

const MONTH = alt(MONTH_NAMES);
const NOT_A_COUNT_AFTER = new RegExp(
  String.raw`^(?:` +
    String.raw`\s*(?:%|٪)` + // percentages
    String.raw`|\s*(?:${alt(CURRENCY_AFTER, true)})\b` + // money and rates
    String.raw`|[\s-]*(?:${alt(DURATION_UNITS, true)})\b` + // durations and ages: "two years", "four-day"
    String.raw`|[\s-]*(?:${alt(MEASURE_UNITS, true)})(?![\p{L}])` + // distances, weights
    String.raw`|-?\s*years?-?\s*old\b|-(?:month|week|day)-old\b` + // ages
    String.raw`|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|gmt\b|utc\b|hrs\b|h\b|local time)` + // times
    String.raw`|\s*[:/]\d` + // times, dates: "9:53", "2/11"
    String.raw`|\s*[x×]\s*\d` + // dimensions "728×90"
    String.raw`|-(?:thirds?|halves|half|quarters?|fifths?|tenths?)\b` + // fractions
    String.raw`|(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH})\b\.?` + // "11 February", "3rd of May"
    String.raw`)`,
  "iu",
);
/** Street numbers: "12 W Maple St" (case matters: "450 men arrived by road" is not an address). */
const STREET_AFTER = /^\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:St|ST|Street|STREET|Rd|RD|Road|Ave|AVE|Avenue|Blvd|Boulevard|Lane|Drive|Way)\b/u;
const NOT_A_COUNT_BEFORE = new RegExp(
  String.raw`(?:` +
    String.raw`[\d\p{L}][-–/:.]$|[-–/:]$` + // glued to something: "COVID-19", "2026-02-02", "9:53"
    String.raw`|[x×]\s*$` + // dimensions
    String.raw`|\+\s*$` + // phone numbers
    String.raw`|\d[\s-]+$` + // a run of digit groups: phone numbers
    String.raw`|\b[A-Z]{2}\s+$` + // postal codes after a state code: "WY 82801"
    String.raw`)`,
  "u",
);
const NOT_A_COUNT_BEFORE_I = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:` +
    String.raw`(?:${alt(NUMBER_LABELS, true)})\s*` + // "Brigade 93", "No. 1", "aged 25"
    String.raw`|(?:${MONTH})\.?\s+` + // "February 11"
    String.raw`)$`,
  "iu",
);
/** "Thursday, 13": a day of the month after a weekday (a figure over 31 there is a count: "On Saturday, 708 people"). */
const WEEKDAY_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt([...WEEKDAY_NAMES])}),?\s+$`, "iu");
const YEAR_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${alt(YEAR_CONTEXT_BEFORE, true)}|${MONTH}\.?(?:\s+\d{1,2})?,?|${alt([...WEEKDAY_NAMES])},?)\s*$`,
  "iu",
);

/** Parses number words ("two hundred and fifty", "twenty-five", "a dozen"); returns the value and the length of the valid prefix. */
export function parseNumberWords(text: string): { value: number; length: number } | null {
  const re = /[\p{L}]+/gu;
  let total = 0;
  let current = 0;
  let lastKind: "none" | "unit" | "tens" | "scale" | "and" = "none";
  let validEnd = 0;
  let value: number | null = null;
  let half = false;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const w = m[0].toLowerCase();
    const end = m.index + w.length;
    if (w === "half" && lastKind === "none") {
      half = true;
      continue;
    }
    if ((w === "a" || w === "an") && lastKind === "none") {
      current = 1;
      lastKind = "unit";
      continue;
    }
    if (w === "and") {
      if (lastKind !== "scale") break;
      lastKind = "and";
      continue;
    }
    if (w in UNIT_WORDS) {
      if (lastKind === "unit" && current % 100 !== 0) break;
      if (lastKind === "tens" && UNIT_WORDS[w] >= 10) break;
      if (lastKind === "unit" && current % 100 === 0 && current !== 0) break;
      current += UNIT_WORDS[w];
      lastKind = "unit";
    } else if (w in TENS_WORDS) {
      if (lastKind === "unit" || lastKind === "tens") break;
      current += TENS_WORDS[w];
      lastKind = "tens";
    } else if (w === "hundred") {
      if (current === 0) current = 1;
      if (current % 100 === 0 && lastKind === "scale") break;
      current *= 100;
      lastKind = "scale";
    } else if (w in SCALE_WORDS) {
      if (current === 0) current = 1;
      total += current * SCALE_WORDS[w];
      current = 0;
      lastKind = "scale";
    } else if (w in GROUP_WORDS) {
      if (current === 0) current = 1;
      current *= GROUP_WORDS[w];
      lastKind = "scale";
    } else break;
    validEnd = end;
    value = total + current;
  }
  if (value === null) return null;
  return { value: half ? value / 2 : value, length: validEnd };
}

function parseDigits(digits: string, suffix: string | undefined, scale: string | undefined): number {
  let v = Number(digits.replace(/,/g, ""));
  if (suffix) v *= SCALE_SUFFIXES[suffix.toLowerCase()];
  if (scale) v *= SCALE_WORDS[scale.toLowerCase().replace(/s$/, "")];
  return Math.round(v * 1000) / 1000;
}

function nextWord(text: string, from: number): string {
  const m = /^\s*([\p{L}'’]+)/u.exec(text.slice(from, from + 40));
  return m ? m[1].toLowerCase() : "";
}
function prevWord(text: string, to: number): string {
  const m = /([\p{L}'’]+)\s*$/u.exec(text.slice(Math.max(0, to - 40), to));
  return m ? m[1].toLowerCase() : "";
}

/** Count mentions in `text.slice(start, end)`, offsets into `text`. */
export function findCounts(text: string, start = 0, end = text.length, debug?: (msg: () => string) => void): CountMention[] {
  const out: CountMention[] = [];
  const s = text.slice(start, end);
  const re = CORE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  const drop = (why: string, what: string) => debug?.(() => `not a count (${why}): "${what}"`);
  while ((m = re.exec(s)) !== null) {
    const g = m.groups!;
    const cs = m.index;
    let ce = cs + m[0].length;
    const before = s.slice(Math.max(0, cs - 60), cs);
    const after = s.slice(ce, ce + 80);
    let value: number | null;
    let qualifier: Qualifier = "exact";
    const tags = [TAG];

    if (g.vagueWord !== undefined) {
      // "some 1,500", "as many as 7,000": the word qualifies the number after it.
      if (VAGUE_WORD_BEFORE_NUMBER.test(after)) continue;
      const nw = nextWord(s, ce);
      if (nw === "" || VAGUE_WORD_NON_PEOPLE.has(nw)) {
        drop("vague word without people", m[0]);
        continue;
      }
      out.push({ start: start + cs, end: start + ce, text: m[0], value: null, qualifier: "vague", numberText: m[0], tags: [...tags, "count/vague-word"] });
      continue;
    }
    if (g.vague !== undefined) {
      const key = g.vague.toLowerCase().replace(/\s+/g, " ");
      value = VAGUE_MAGNITUDES.find(([p]) => p === key)?.[1] ?? null;
      // "scores" is a magnitude only in "scores of" ("settle scores" is not).
      if (key === "scores" && nextWord(s, ce) !== "of") continue;
      qualifier = "vague";
      tags.push("count/vague-magnitude");
    } else if (g.digits !== undefined) {
      value = parseDigits(g.digits, g.suffix, g.scale);
    } else {
      const parsed = parseNumberWords(g.words);
      if (!parsed || parsed.length === 0) continue;
      if (parsed.length < g.words.length) {
        ce = cs + parsed.length;
        re.lastIndex = ce; // rescan the rest
      }
      value = parsed.value;
      tags.push("count/words");
    }
    let core = s.slice(cs, ce);
    let afterCore = s.slice(ce, ce + 80);
    const lowerCore = core.toLowerCase();

    // Ranges: "between 5,000 and 7,000", "5,000 to 7,000", "5,000-7,000".
    let q = QUALIFIER_BEFORE.exec(before);
    let qualWord = q?.groups!.qualifier.toLowerCase().replace(/\s+/g, " ");
    // "handed over 300", "brought about 20": a particle of the verb, not a qualifier.
    if (
      q &&
      qualWord !== undefined &&
      PARTICLE_VERBS[qualWord]?.has(lemmatize(prevWord(before, before.length - q[0].length + q[0].indexOf(q.groups!.qualifier))))
    ) {
      q = null;
      qualWord = undefined;
    }
    const range = g.vague === undefined ? RANGE_AFTER.exec(afterCore) : null;
    let isRange = false;
    if (range && value !== null) {
      const joiner = range.groups!.joiner.toLowerCase();
      const sec = range.groups!.second;
      const secVal = /\d/.test(sec) ? parseDigits(sec, undefined, range.groups!.scale) : (parseNumberWords(sec)?.value ?? null);
      const firstVal =
        g.scale === undefined && range.groups!.scale !== undefined && g.digits !== undefined ? value * SCALE_WORDS[range.groups!.scale.toLowerCase()] : value;
      if (secVal !== null && secVal > firstVal && (joiner !== "and" || qualWord === "between")) {
        // A date range or a year range is not a count: "2011-2014", "24-25 January".
        const tail = afterCore.slice(range[0].length);
        re.lastIndex = ce + range[0].length;
        if ((firstVal >= 1900 && firstVal <= 2100 && secVal <= 2100 && g.digits !== undefined) || NOT_A_COUNT_AFTER.test(tail)) {
          drop("year, date or unit range", core + range[0]);
          continue;
        }
        value = firstVal;
        isRange = true;
        ce += range[0].length;
        core = s.slice(cs, ce);
        afterCore = s.slice(ce, ce + 80);
        tags.push("count/range");
      }
    }

    // Filters: what a number here is, when it is not a head count.
    if (/^\s*$/.test(s.slice(0, cs)) && /^[.)]\s/.test(afterCore) && g.digits !== undefined) {
      drop("list marker", core);
      continue;
    }
    if (NOT_A_COUNT_AFTER.test(afterCore) || STREET_AFTER.test(afterCore)) {
      drop("unit, date or time after", core + afterCore.slice(0, 15));
      continue;
    }
    if (NOT_A_COUNT_BEFORE.test(before) || NOT_A_COUNT_BEFORE_I.test(before) || (WEEKDAY_BEFORE.test(before) && (value === null || value <= 31))) {
      drop("label, date or glued before", before.slice(-15) + core);
      continue;
    }
    if (g.digits !== undefined && CURRENCY_BEFORE.test(before)) {
      drop("money", core);
      continue;
    }
    if (value === null || !Number.isFinite(value) || value <= 0) continue;
    if (!Number.isInteger(value)) {
      drop("not a whole number", core);
      continue;
    }
    // Phone numbers and long codes: "0770 123 4567", unseparated numbers of 6+ digits.
    if (g.digits !== undefined && !g.suffix && !g.scale && /^\d{6,}$/.test(g.digits)) {
      drop("code or phone number", core);
      continue;
    }
    if (g.digits !== undefined && /^\s*\d{2,}[\s-]\d{2,}/.test(afterCore) && /^\d+$/.test(g.digits)) {
      drop("phone number", core);
      continue;
    }
    // Years: a bare 1900–2100 standing alone or after a date word.
    if (g.digits !== undefined && !isRange && /^\d{4}$/.test(g.digits) && !g.suffix && !g.scale && value >= 1900 && value <= 2100) {
      const nw = nextWord(s, ce);
      const followedByNoun = /^\s+\p{Ll}/u.test(afterCore) && /s$/.test(nw) && !["was", "is", "has", "as", "this", "its", "his"].includes(nw);
      if (qualWord === undefined && (YEAR_BEFORE.test(before) || !followedByNoun)) {
        drop("year", core);
        continue;
      }
    }
    // "one of", "no one", "the one", "one another".
    if (lowerCore === "one") {
      if (ONE_NOT_COUNT_AFTER.has(nextWord(s, ce)) || ONE_NOT_COUNT_BEFORE.has(prevWord(s, cs)) || !/^\s+\p{L}/u.test(afterCore)) {
        drop("'one' not a count", core);
        continue;
      }
    }

    let ms = cs;
    if (q && qualWord !== undefined) {
      const qual = COUNT_QUALIFIERS[qualWord];
      if (qualWord === "between" && !isRange) {
        // "between" without a second figure qualifies nothing.
      } else {
        ms = cs - before.length + q.index + q[0].indexOf(q.groups!.qualifier);
        if (qualifier !== "vague") qualifier = qual;
        tags.push("count/qualified");
      }
    }
    // A range counts from its low end: "between 5,000 and 7,000", "some 20-30".
    if (isRange && qualifier !== "at_most" && qualifier !== "vague") qualifier = "at_least";

    out.push({
      start: start + ms,
      end: start + ce,
      text: s.slice(ms, ce),
      value,
      qualifier,
      numberText: core,
      tags,
    });
  }
  return out;
}

export class CountExtractor implements Annotator {
  readonly name = TAG;
  annotate(doc: Annotations, ctx: Context): void {
    const debug = ctx.debugging ? (msg: () => string) => ctx.debug(TAG, msg) : undefined;
    const counts: CountMention[] = [];
    if (doc.sentences.length === 0) for (const c of findCounts(doc.text, 0, doc.text.length, debug)) counts.push(c);
    for (const sent of doc.sentences) for (const c of findCounts(doc.text, sent.start, sent.end, debug)) counts.push(c);
    doc.counts = counts;
    ctx.debug(TAG, () => `${counts.length} counts: ${counts.map((c) => `${c.text}=${c.value}/${c.qualifier}`).join("; ")}`);
  }
}

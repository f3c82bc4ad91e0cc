// Date mentions, resolved against the publication date.
//
// chrono-node finds the expressions (one shared instance, run only on
// sentences that carry a date cue); this file decides what each one means
// in a news report and how precise it is:
//   - a weekday in a past report is the latest such day on or before publication;
//   - a month without a year is the most recent such month not after publication;
//   - a day and month without a year fall in the publication year, or the year
//     before when that would be in the future;
//   - "last month", "last year", "three days ago", "yesterday" count back from publication;
//   - "in 2011", "since 2014", "2011-2014" are years and year intervals (a small parser of ours);
//   - "a day later", "two years later" are relative to another event: no mention here,
//     see `relativeOffsetDays()` for extraction.
// Without a publication date only what the text states in full (with a year) resolves.
// Today's date is never used.

import * as chrono from "chrono-node";
import type { ParsedResult } from "chrono-node";
import type { Context } from "../context.js";
import type { Annotations, Annotator, DateMention } from "./types.js";
import { MONTH_NAMES, UNIT_WORDS, TENS_WORDS } from "../lexicon/numbers.js";

export const TAG = "annotate/dates";

/**
 * Parsers we do not want: times of day (they swallow the date next to them:
 * "the night of 19 January") and future offsets ("within a year", "in two days",
 * "two days later", which are relative to another event, see relativeOffsetDays()).
 */
const DROPPED_PARSERS = new Set([
  "ENTimeExpressionParser",
  "ENCasualTimeParser",
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
]);

/** One parser for the whole process. */
const PARSER = chrono.casual.clone();
PARSER.parsers = PARSER.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));

/** A cheap test before running chrono on a sentence. */
const DATE_CUE = new RegExp(
  String.raw`\b(?:${MONTH_NAMES.join("|")}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|\b(?:yesterday|today|tonight|tomorrow|ago|last|this|next|earlier|past|week|month|year)\b|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\b(?:1[89]|20|21)\d\d\b`,
  "i",
);

const MONTH_OR_WEEKDAY = new RegExp(
  String.raw`\b(?:${MONTH_NAMES.join("|")}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b`,
  "i",
);

/** Words before a bare month name that make it a date ("in January", "late March"), not a verb ("may") or a noun ("a march"). */
const MONTH_CONTEXT_BEFORE =
  /(?:^|[^\p{L}])(?:in|since|by|until|till|early|late|mid|mid-|during|of|last|this|next|before|after|through|from|to|and|between|on|around|or|end|beginning|start|middle|throughout)[\s-]*$/iu;
const SPAN_MODIFIER_BEFORE = /(?:^|[^\p{L}])((?:the\s+)?(?:(?:end|beginning|start|middle)\s+of|early|late|mid)[\s-]*)$/iu;
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|of|from|during)\s+/i;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (y: number, m: number) => `${y}-${pad(m)}`;
function parseIso(s: string): Date {
  const [y, m, d] = s.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

const NUMBER_WORD_VALUES: Record<string, number> = { ...UNIT_WORDS, ...TENS_WORDS, a: 1, an: 1, few: 3, several: 3 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14, month: 30, year: 365, hour: 0, night: 1 };

/**
 * Offset in days of an expression relative to another event: "a day later"
 * → 1, "the next day" → 1, "two weeks later" → 14, "the day before" → -1,
 * "the same day" → 0. Null when the text is not such an expression.
 */
export function relativeOffsetDays(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, " ").trim();
  if (/\b(?:the )?same (?:day|night|evening|morning)\b|\bhours? (?:later|afterwards?)\b/.test(t)) return 0;
  if (/\b(?:the )?(?:next|following) (?:day|morning|night|evening)\b/.test(t)) return 1;
  if (/\b(?:the )?(?:next|following) week\b/.test(t)) return 7;
  if (/\b(?:the )?(?:day|night) before\b|\bthe previous day\b|\bthe eve\b/.test(t)) return -1;
  const m =
    /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|\d+) (day|week|fortnight|month|year|night)s? (later|after(?:wards?)?|on|earlier|before)\b/.exec(
      t,
    );
  if (m) {
    const n = /\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORD_VALUES[m[1]];
    const days = n * UNIT_DAYS[m[2]];
    return m[3] === "earlier" || m[3] === "before" ? -days : days;
  }
  return null;
}

interface Resolved {
  value: string;
  precision: DateMention["precision"];
  implied: boolean;
}

/** Words before a weekday that put it ahead of publication. */
const FUTURE_CUE =
  /\b(?:will|shall|'ll|would(?=(?:\s+\S+){0,5}\s*$)|(?:is|are|was|were) (?:due|expected|scheduled|set|slated|planned) to|(?:is|are) to|(?:plan|plans|planned|intend|intends|intended|agreed|agree|agrees|promised|pledged|vowed|aim|aims|aimed|hope|hopes|hoped|want|wants|wanted|decided) to|to (?:meet|resume|reconvene|hold|return|begin|start|vote|decide|sign)(?: again)?)\b[^.;]*$/i;

/** "will last four days", "to last a week": "last" is the verb, not a date word. */
const VERB_LAST_BEFORE = /(?:^|[^\p{L}'])(?:will|would|could|can|may|might|should|must|shall|to|and|'ll|not|n't|expected to|set to)\s+$/iu;

const WEEKDAY_RE = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\b/i;
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** The latest given weekday on or before `ref` ("last": strictly before; "next": after). */
function weekdayOnOrBefore(ref: Date, weekday: number, mode: "plain" | "last" | "next" | "future"): Date {
  const diff = (ref.getUTCDay() - weekday + 7) % 7;
  if (mode === "next") return addDays(ref, diff === 0 ? 7 : 7 - diff);
  if (mode === "future") return addDays(ref, (7 - diff) % 7);
  if (mode === "last" && diff === 0) return addDays(ref, -7);
  return addDays(ref, -diff);
}

function resolveRelativeWords(lower: string, pub: Date): Resolved | null {
  const y = pub.getUTCFullYear();
  const mo = pub.getUTCMonth() + 1;
  if (/\b(?:yesterday|last night)\b/.test(lower)) return { value: ymd(addDays(pub, -1)), precision: "day", implied: true };
  if (/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/.test(lower)) return { value: ymd(pub), precision: "day", implied: true };
  if (/\btomorrow\b/.test(lower)) return { value: ymd(addDays(pub, 1)), precision: "day", implied: true };
  const ago = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|\d+) (day|week|month|year)s? ago\b/.exec(lower);
  if (ago) {
    const n = /\d/.test(ago[1]) ? Number(ago[1]) : NUMBER_WORD_VALUES[ago[1]];
    if (ago[2] === "day") return { value: ymd(addDays(pub, -n)), precision: "day", implied: true };
    if (ago[2] === "week") return { value: `${ymd(addDays(pub, -7 * n - 3))}/${ymd(addDays(pub, -7 * n + 3))}`, precision: "interval", implied: true };
    if (ago[2] === "month") {
      const d = new Date(Date.UTC(y, mo - 1 - n, 1));
      return { value: ym(d.getUTCFullYear(), d.getUTCMonth() + 1), precision: "month", implied: true };
    }
    return { value: String(y - n), precision: "year", implied: true };
  }
  const span = /\b(?:last|past) (a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|\d+) (day|week|month|year)s?\b/.exec(lower);
  if (span) {
    const n = /\d/.test(span[1]) ? Number(span[1]) : NUMBER_WORD_VALUES[span[1]];
    const from =
      span[2] === "year"
        ? new Date(Date.UTC(y - n, mo - 1, pub.getUTCDate()))
        : span[2] === "month"
          ? new Date(Date.UTC(y, mo - 1 - n, pub.getUTCDate()))
          : addDays(pub, -n * UNIT_DAYS[span[2]]);
    return { value: `${ymd(from)}/${ymd(pub)}`, precision: "interval", implied: true };
  }
  const rel = /\b(last|this|next|past) (week|month|year)\b/.exec(lower);
  if (rel) {
    const [, which, unit] = rel;
    const shift = which === "last" ? -1 : which === "next" ? 1 : 0;
    if (unit === "month") {
      const d = new Date(Date.UTC(y, mo - 1 + shift, 1));
      return { value: ym(d.getUTCFullYear(), d.getUTCMonth() + 1), precision: "month", implied: true };
    }
    if (unit === "year") return { value: String(y + shift), precision: "year", implied: true };
    // Weeks run Monday to Sunday; "this week" stops at publication, "past week" is the seven days before it.
    if (which === "past") return { value: `${ymd(addDays(pub, -7))}/${ymd(pub)}`, precision: "interval", implied: true };
    const monday = addDays(pub, -((pub.getUTCDay() + 6) % 7) + 7 * shift);
    const end = shift === 0 ? pub : addDays(monday, 6);
    return { value: `${ymd(monday)}/${ymd(end)}`, precision: "interval", implied: true };
  }
  return null;
}

/** What one chrono result means, or null when it is not a date we keep. */
function resolve(r: ParsedResult, pub: Date | null, before: string): Resolved | null {
  const lower = r.text.toLowerCase();
  const tags = r.tags();
  const c = r.start;
  if (tags.has("casualReference/now")) return null;
  // A capitalised relative word after a capitalised word is a name: "Baghdad Today", "USA Today".
  if (/^(?:today|tonight|yesterday|tomorrow|now)\b/i.test(r.text) && /^\p{Lu}/u.test(r.text) && /\p{Lu}[\p{L}.]*\s+$/u.test(before)) return null;
  // Relative to another event ("a day later", "two years later"): extraction's business.
  if (/\b(?:later|after|afterwards|earlier|before|hence|from now|on)\s*$/.test(lower) && !/\bago\b/.test(lower)) return null;
  if (/\b(?:next|following|previous|same)\s+(?:day|morning|night|week)\b/.test(lower)) return null;
  if (/^last\b/i.test(r.text) && VERB_LAST_BEFORE.test(before)) return null;
  // Words relative to publication.
  const relative = [...tags].some((t) => t === "result/relativeDate" || t.startsWith("casualReference/"));
  if (relative || /\b(?:yesterday|today|tonight|tomorrow|ago|last night)\b/.test(lower) || /\b(?:last|this|next|past) (?:week|month|year)\b/.test(lower)) {
    if (!pub) return null;
    const rw = resolveRelativeWords(lower, pub);
    if (rw) return rw;
    // Any other relative offset ("in a year") is not a date of the report.
    if (relative) return null;
  }
  // Every component must be stated by the text or resolved above: "the end of the month" states none.
  if (!/\d/.test(lower) && !MONTH_OR_WEEKDAY.test(lower)) return null;
  const hasDate = c.isCertain("day") || c.isCertain("month") || c.isCertain("year") || c.isCertain("weekday");
  if (!hasDate) return null;

  const yearCertain = c.isCertain("year");
  const monthCertain = c.isCertain("month");
  const dayCertain = c.isCertain("day");

  // A weekday alone: "on Wednesday", "last Friday".
  if (c.isCertain("weekday") && !dayCertain && !monthCertain) {
    if (!pub) return null;
    const wd = WEEKDAY_RE.exec(r.text);
    if (!wd) return null;
    // "sat", "sun", "wed" in lower case are words, not days.
    if (!/day$/i.test(wd[0]) && !/^\p{Lu}/u.test(wd[0])) return null;
    // Past reports look back; a sentence about what will happen looks forward ("talks will resume on Monday").
    const mode = /\blast\b/.test(lower) ? "last" : /\bnext\b|\bthis coming\b/.test(lower) ? "next" : FUTURE_CUE.test(before) ? "future" : "plain";
    return { value: ymd(weekdayOnOrBefore(pub, WEEKDAY_INDEX[wd[1].toLowerCase()], mode)), precision: "day", implied: true };
  }

  const year = c.get("year")!;
  const month = c.get("month")!;
  const day = c.get("day")!;
  if (monthCertain && dayCertain) {
    if (yearCertain) return { value: `${year}-${pad(month)}-${pad(day)}`, precision: "day", implied: false };
    if (!pub) return null;
    let y = pub.getUTCFullYear();
    if (FUTURE_CUE.test(before)) {
      if (Date.UTC(y, month - 1, day) < pub.getTime()) y += 1;
    } else if (Date.UTC(y, month - 1, day) > pub.getTime()) y -= 1;
    return { value: `${y}-${pad(month)}-${pad(day)}`, precision: "day", implied: true };
  }
  if (monthCertain) {
    if (yearCertain) return { value: ym(year, month), precision: "month", implied: false };
    // A bare month name needs a date context: "in January", "late March" (not "may", "a march").
    if (!MONTH_CONTEXT_BEFORE.test(before) || !/^\p{Lu}/u.test(r.text.replace(LEADING_PREPOSITION, ""))) return null;
    if (!pub) return null;
    const py = pub.getUTCFullYear();
    const future = FUTURE_CUE.test(before);
    const y = future ? (month < pub.getUTCMonth() + 1 ? py + 1 : py) : month > pub.getUTCMonth() + 1 ? py - 1 : py;
    return { value: ym(y, month), precision: "month", implied: true };
  }
  if (yearCertain) return { value: String(year), precision: "year", implied: false };
  return null;
}

function formatEnd(r: ParsedResult, start: Resolved, pub: Date | null): string | null {
  if (!r.end) return null;
  const e = r.end;
  if (start.precision === "day" && e.isCertain("day")) {
    let y = e.get("year")!;
    if (!e.isCertain("year")) y = Number(start.value.slice(0, 4));
    const v = `${y}-${pad(e.get("month")!)}-${pad(e.get("day")!)}`;
    if (pub === null && !e.isCertain("year") && start.implied) return null;
    return v > start.value ? v : null;
  }
  if (start.precision === "month" && e.isCertain("month")) {
    const y = e.isCertain("year") ? e.get("year")! : Number(start.value.slice(0, 4));
    const v = ym(y, e.get("month")!);
    return v > start.value ? v : null;
  }
  return null;
}

/** Years our own way: "in 2011", "since 2014", "in early 2025", "2011-2014", "between 2011 and 2014". */
const YEAR_RE =
  /(?<![\p{L}\p{N}])(?:(?:(?:from|between)\s+)?(?<range1>(?:1[89]|20)\d\d)\s*(?:-|–|—|to|until|till|and)\s*(?<range2>(?:1[89]|20)\d\d)|(?<prep>(?:(?:in|since|by|until|till|during|of|from|before|after|around|through|throughout|circa|the year)\s+)?(?:(?:early|late|mid)(?:-|\s+))?)(?<year>(?:1[89]|20)\d\d)(?!\s*(?:-|–|—|to|until|till|and)\s*(?:1[89]|20)\d\d))(?![\p{L}\p{N}]|,\d|\.\d)/giu;

function findYears(text: string, start: number, end: number): DateMention[] {
  const out: DateMention[] = [];
  const s = text.slice(start, end);
  YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_RE.exec(s)) !== null) {
    const g = m.groups!;
    if (g.range1 !== undefined) {
      if (Number(g.range2) <= Number(g.range1)) continue;
      // A year range is not a count range ("5,000-7,000" never reaches here: four digits only).
      const rs = start + m.index + m[0].indexOf(g.range1);
      const re = start + m.index + m[0].length;
      out.push({
        start: rs,
        end: re,
        text: text.slice(rs, re),
        value: `${g.range1}/${g.range2}`,
        precision: "interval",
        implied: false,
        tags: [TAG, "date/year-range"],
      });
    } else {
      const mod = /(?:early|late|mid)(?:-|\s+)$/i.exec(g.prep);
      if (g.prep === "") continue; // a bare year is left to context (extraction)
      const ys = start + m.index + (mod ? mod.index : g.prep.length);
      const ye = start + m.index + m[0].length;
      out.push({ start: ys, end: ye, text: text.slice(ys, ye), value: g.year, precision: "year", implied: false, tags: [TAG, "date/year"] });
    }
  }
  return out;
}

const RECENT_SPAN_RE =
  /\b(?:last|past)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|\d+)\s+(?:day|week|month|year)s?\b/gi;

const DAY_PART_RE = /\b(?:this (?:morning|afternoon|evening)|tonight)\b/gi;

/** "before the end of the month", "by the end of the year": the publication's month or year. */
const PART_OF_CURRENT_RE = /\b(?:the\s+)?(?:end|close|start|beginning|middle)\s+of\s+(?:the|this)\s+(month|year)\b/gi;

const FALLBACK_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Date mentions in `text.slice(start, end)` with offsets into `text`. */
export function findDates(text: string, start: number, end: number, published: string | null, debug?: (msg: () => string) => void): DateMention[] {
  const s = text.slice(start, end);
  if (!DATE_CUE.test(s)) return [];
  const pub = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? parseIso(published) : null;
  const ref = { instant: new Date((pub ?? FALLBACK_REFERENCE).getTime() + 12 * 3_600_000), timezone: 0 };
  const out: DateMention[] = [];
  for (const r of PARSER.parse(s, ref, { forwardDate: false })) {
    const before = s.slice(Math.max(0, r.index - 80), r.index);
    const res = resolve(r, pub, before);
    if (!res) {
      debug?.(() => `not a date: "${r.text}"`);
      continue;
    }
    let rs = r.index;
    let re = r.index + r.text.length;
    // Trim prepositions and trailing punctuation from the span; take in "late", "mid-", "the end of".
    const lead = LEADING_PREPOSITION.exec(r.text);
    if (lead) rs += lead[0].length;
    while (re > rs && /[\s,.;:]/.test(s[re - 1])) re--;
    const mod = SPAN_MODIFIER_BEFORE.exec(s.slice(Math.max(0, rs - 30), rs));
    if (mod && res.precision !== "day") rs -= mod[1].length;
    // A yearless date used as a name ("the October 7 attacks", "the March 15 uprising") is not resolved:
    // against the publication year it would fall in the wrong year.
    if (
      res.implied &&
      res.precision === "day" &&
      !WEEKDAY_RE.test(r.text) &&
      /\bthe\s+$/i.test(s.slice(Math.max(0, rs - 5), rs)) &&
      /^\s+(?!of\b|and\b|to\b|in\b|at\b|on\b)\p{Ll}+/u.test(s.slice(re, re + 30))
    ) {
      debug?.(() => `yearless date used as a name: "${r.text}"`);
      continue;
    }
    let value = res.value;
    let precision = res.precision;
    const endValue = formatEnd(r, res, pub);
    if (endValue) {
      value = `${res.value}/${endValue}`;
      precision = "interval";
    }
    const tags = [TAG, ...[...r.tags()].filter((t) => t.startsWith("parser/") || t.startsWith("result/")).map((t) => `chrono/${t}`)];
    out.push({ start: start + rs, end: start + re, text: text.slice(start + rs, start + re), value, precision, implied: res.implied, tags });
  }
  // "the past two weeks", "the last three months": intervals up to publication.
  if (pub) {
    RECENT_SPAN_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RECENT_SPAN_RE.exec(s)) !== null) {
      if (/^last\b/i.test(m[0]) && VERB_LAST_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
      const res = resolveRelativeWords(m[0].toLowerCase(), pub);
      const ms = start + m.index;
      const me = ms + m[0].length;
      if (res && !out.some((d) => d.start < me && ms < d.end)) {
        out.push({ start: ms, end: me, text: m[0], value: res.value, precision: res.precision, implied: true, tags: [TAG, "date/recent-span"] });
      }
    }
  }
  // "this morning", "tonight": the publication day.
  if (pub) {
    DAY_PART_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DAY_PART_RE.exec(s)) !== null) {
      const ms = start + m.index;
      const me = ms + m[0].length;
      if (!out.some((d) => d.start < me && ms < d.end)) {
        out.push({ start: ms, end: me, text: m[0], value: ymd(pub), precision: "day", implied: true, tags: [TAG, "date/day-part"] });
      }
    }
  }
  if (pub) {
    PART_OF_CURRENT_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PART_OF_CURRENT_RE.exec(s)) !== null) {
      const ms = start + m.index;
      const me = ms + m[0].length;
      if (out.some((d) => d.start < me && ms < d.end)) continue;
      const month = m[1].toLowerCase() === "month";
      const value = month ? ym(pub.getUTCFullYear(), pub.getUTCMonth() + 1) : String(pub.getUTCFullYear());
      out.push({ start: ms, end: me, text: m[0], value, precision: month ? "month" : "year", implied: true, tags: [TAG, "date/part-of-current"] });
    }
  }
  // Years that chrono leaves alone, unless already inside a mention.
  for (const y of findYears(text, start, end)) {
    if (!out.some((d) => d.start < y.end && y.start < d.end)) out.push(y);
  }
  out.sort((a, b) => a.start - b.start);
  return mergeMonthRanges(text, out);
}

/**
 * "between January and March 2025", "from May to July 2024": the year written
 * once at the end belongs to both months; the pair is one interval.
 */
function mergeMonthRanges(text: string, dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    if (
      b &&
      a.precision === "month" &&
      a.implied &&
      b.precision === "month" &&
      !b.implied &&
      /^\s*(?:and|to|until|till|through|-|–|—)\s*$/i.test(text.slice(a.end, b.start))
    ) {
      const year = b.value.slice(0, 4);
      const first = `${year}-${a.value.slice(5, 7)}`;
      if (first < b.value) {
        out.push({
          start: a.start,
          end: b.end,
          text: text.slice(a.start, b.end),
          value: `${first}/${b.value}`,
          precision: "interval",
          implied: false,
          tags: [...a.tags, "date/month-range"],
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

export class DateExtractor implements Annotator {
  readonly name = TAG;
  annotate(doc: Annotations, ctx: Context): void {
    const published = doc.published ?? ctx.published;
    const debug = ctx.debugging ? (msg: () => string) => ctx.debug(TAG, msg) : undefined;
    const dates: DateMention[] = [];
    const ranges = doc.sentences.length > 0 ? doc.sentences : [{ start: 0, end: doc.text.length }];
    for (const sent of ranges) {
      for (const d of findDates(doc.text, sent.start, sent.end, published, debug)) {
        // Counts claim their spans first.
        if (doc.counts.some((c) => c.start < d.end && d.start < c.end)) {
          debug?.(() => `date overlaps a count: "${d.text}"`);
          continue;
        }
        dates.push(d);
      }
    }
    doc.dates = dates;
    ctx.debug(TAG, () => `${dates.length} dates: ${dates.map((d) => `${d.text}=${d.value}${d.implied ? "*" : ""}`).join("; ")}`);
  }
}

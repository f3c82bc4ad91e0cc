// Dates for candidates whose sentence states none, in order of preference:
//   - "a day later", "the next day", "hours later": an offset from the event told before;
//   - "today", "this morning", "overnight": the publication day;
//   - a cumulative or stock figure holds when it is reported ("said on Sunday"),
//     else at publication (implied); "since X" makes it the interval X → that day;
//   - an occurred event in a narrative continues the time of the sentence before
//     ("On Friday, ... . The guards then ..."), including a time that sentence
//     itself took from the one before it;
//   - "in the same weeks", "at the same time": the time of the event told last;
//     "is to free 50 over four days": a span from the day the story has reached;
//   - an ongoing event ("remained cut off", "have been shelling"), or a
//     present-perfect or present-tense report ("troops have entered", "the
//     army reports clashes"), holds at the reporting date or publication;
//   - "five men from the convoy", "during the operations": a definite noun
//     that names an earlier dated event takes its date.
// A dated "over the past week", reported on a day before publication, is
// re-anchored on the day of the report. Planned events keep undated here.

import type { Context } from "../../context.js";
import type { DateMention } from "../../annotate/types.js";
import { relativeOffsetDays } from "../../annotate/dates.js";
import { clauseStart, tokenRange } from "../grammar.js";
import { pickDateIn, premodifies, sinceBefore, whenAfter } from "../date-phrases.js";
import type { Candidate, Refiner, SentenceView } from "../types.js";
import { PRESENT_REPORTING_VERBS, SAYING_VERB_FORMS } from "../../lexicon/attribution-cues.js";
import { DEFINITE_DETERMINERS, HAVE_PRESENT } from "../../lexicon/function-words.js";
import { GENERIC_REFERENCE_NOUNS } from "../../lexicon/event-words.js";
import { SAME_DAY_CUE } from "../../lexicon/time-words.js";
import { EVENT_NOUNS } from "../../lexicon/event-words.js";

/** Expressions relative to the event told before ("a day later"); see relativeOffsetDays. */
const RELATIVE =
  /\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+) (?:days?|weeks?|nights?) (?:later|afterwards?)|hours? (?:later|afterwards?)|the (?:next|following) (?:day|morning|night|evening|week)|following (?:day|morning|night|evening)|the day after|(?:the )?same (?:day|night|evening|morning))\b/i;
/** "Five days after ...", "Two years since ..." opening a sentence: time elapsed up to the writing. */
const ELAPSED =
  /^(?:nearly |almost |about |some |more than |over )?(\d+|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?|months?|years?) (?:after|since)\b/i;
/** Characters up to the end of the opening clause (its first comma). */
function clauseEnd(rest: string): number {
  const k = rest.search(/[,;:]/);
  return k < 0 ? 0 : k;
}
function elapsedBefore(published: string, n: number, unit: string): string {
  if (unit === "day") return addDays(published, -n);
  if (unit === "week") return addDays(published, -7 * n);
  const d = new Date(`${published}T00:00:00Z`);
  if (unit === "month") return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - n, 1)).toISOString().slice(0, 7);
  return String(d.getUTCFullYear() - n);
}

/** "next week", "next month" with no article count from the day of writing, not from the story's time. */
const NEXT_UNIT = /(?<!\bthe )\bnext (week|month|year)\b/i;

/** The span "next week" (Monday to Sunday), "next month" or "next year" covers, seen from `published`. */
export function nextUnitSpan(unit: string, published: string): string {
  const d = new Date(`${published}T00:00:00Z`);
  const u = unit.toLowerCase();
  if (u === "year") return String(d.getUTCFullYear() + 1);
  if (u === "month") {
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    return m.toISOString().slice(0, 7);
  }
  const monday = addDays(published, 7 - ((d.getUTCDay() + 6) % 7));
  return `${monday}/${addDays(monday, 6)}`;
}

const SAME_TIME = /\b(?:(?:in|during|over|around|within)\s+the\s+same\s+(?:weeks?|days?|months?|period|year)|at\s+the\s+same\s+time)\b/i;
const DURATION =
  /\b(?:over|during|across|within)\s+(?:the\s+(?:next|following|coming)\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\b/i;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The date given to the events of the latest sentence before `before` (a single day when `day`). */
function latestSentenceDate(dates: Map<number, string>, before: number, day = false): string | null {
  let best = -1;
  for (const [i, d] of dates) if (i < before && i > best && (!day || isDay(d))) best = i;
  return best >= 0 && before - best <= 6 ? dates.get(best)! : null;
}

function sameClause(c: Candidate, pos: number): boolean {
  const v = c.view;
  const k = v.tokens.findIndex((t) => t.start <= pos && pos < t.end);
  return k >= 0 && v.clause[k] === v.clause[c.trigger.first];
}

/**
 * The date of the report in the sentence: next to a verb of saying ("said on
 * Sunday", "told reporters on Sunday"), or closing an attribution ("according
 * to figures released on Sunday").
 */
export function attributionDate(v: SentenceView): DateMention | null {
  for (const d of v.dates) {
    if (d.precision !== "day") continue;
    const k = v.tokens.findIndex((t) => t.start <= d.start && d.start < t.end);
    if (k < 0) continue;
    for (let j = Math.max(0, k - 3); j < k; j++) if (SAYING_VERB_FORMS.has(v.lowers[j]) || SAYING_VERB_FORMS.has(v.lemmas[j])) return d;
    if (v.attributions.some((a) => a.start <= d.start && d.end <= a.end + 20)) return d;
    // "according to figures released by the command on Sunday"
    const from = clauseStart(v, k);
    for (let j = from; j < k; j++) if (v.lowers[j] === "according" && v.lowers[j + 1] === "to") return d;
  }
  return null;
}

/** The last day a sentence names as the time of its own events (not a report's day, not a span's start). */
function lastDayIn(v: SentenceView | undefined): string | null {
  if (!v || v.sentence.isHeadline) return null;
  let best: string | null = null;
  for (const d of v.dates) {
    if (d.precision !== "day") continue;
    const [a, b] = tokenRange(v, d);
    if (a < 0 || premodifies(v, a, b) || sinceBefore(v, a)) continue;
    if (attributionDate(v) === d) continue;
    best = d.value;
  }
  return best;
}

function precedingWord(c: Candidate, start: number): string {
  const v = c.view;
  for (let k = v.tokens.length - 1; k >= 0; k--) if (v.tokens[k].end <= start) return v.lowers[k];
  return "";
}

const isDay = (d: string | null): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d);
function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** "troops have entered", "has announced", "the SDF reports clashes": told as news of the moment of writing. */
function reportedAsCurrent(c: Candidate): boolean {
  const v = c.view;
  const t = c.trigger;
  if (t.reading !== "verb" && t.reading !== "noun") return false;
  for (let k = t.first - 1; k >= Math.max(0, t.first - 3); k--) {
    const l = v.lowers[k];
    if (HAVE_PRESENT.has(l)) return v.lowers[t.first] !== "been" || t.passive;
    if (l === "had") return false;
    if (v.tokens[k].kind !== "word") break;
  }
  // a noun trigger as the object of a present-tense verb of reporting
  if (t.reading === "noun") for (let k = t.first - 1; k >= Math.max(0, t.first - 3); k--) if (PRESENT_REPORTING_VERBS.has(v.lowers[k])) return true;
  return false;
}

/** How far back (in sentences) a definite noun may point. */
const ANAPHOR_REACH = 8;

/** The token of `c`'s sentence, "the <noun>", whose noun stands in the sentence of `e`. */
function anchorNoun(c: Candidate, e: Candidate): number | null {
  const v = c.view;
  const ev = e.view;
  for (let k = 1; k < v.tokens.length; k++) {
    if (!DEFINITE_DETERMINERS.has(v.lowers[k - 1]) || v.tokens[k].kind !== "word" || v.tokens[k].capitalized) continue;
    const lemma = v.lemmas[k];
    if (lemma.length < 4 || GENERIC_REFERENCE_NOUNS.has(lemma) || GENERIC_REFERENCE_NOUNS.has(v.lowers[k])) continue;
    if (k >= c.trigger.first && k <= c.trigger.last) continue;
    if (ev.lemmas.some((l, j) => l === lemma && ev.tokens[j].kind === "word" && !ev.tokens[j].capitalized)) return k;
  }
  return null;
}

/** The latest dated occurred event a few sentences back that a definite noun of `c`'s sentence names. */
function anaphoricAnchor(c: Candidate, cands: Candidate[]): Candidate | null {
  const i = c.view.index;
  let best: Candidate | null = null;
  for (const e of cands) {
    const j = e.view.index;
    if (j >= i || i - j > ANAPHOR_REACH || e.status !== "occurred" || !e.dateMention || !e.date || /^\d{4}$/.test(e.date)) continue;
    if (e.view.sentence.isHeadline) continue;
    if (anchorNoun(c, e) === null) continue;
    if (!best || j > best.view.index) best = e;
  }
  return best;
}

/** "during the assault", "amid the fighting", "in the raid": the event happened within the one that noun names. */
const WITHIN = /\b(?:during|amid|amidst|throughout|in|in the course of|at the time of)\s+(?:the|that|this)\s+([a-z]+)\b/gi;

/** The dated occurred event a few sentences back that "during the <noun>" in `c`'s sentence names. */
function withinAnchor(c: Candidate, cands: Candidate[]): Candidate | null {
  const v = c.view;
  WITHIN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WITHIN.exec(v.sentence.text))) {
    const types = EVENT_NOUNS[m[1].toLowerCase()];
    if (!types) continue;
    let best: Candidate | null = null;
    for (const e of cands) {
      const j = e.view.index;
      if (j >= v.index || v.index - j > ANAPHOR_REACH || e.status !== "occurred" || !e.date || !types.includes(e.type)) continue;
      if (e.view.sentence.isHeadline || !e.dateMention || /^\d{4}$/.test(e.date)) continue;
      if (!best || j > best.view.index) best = e;
    }
    if (best) return best;
  }
  return null;
}

function setDate(c: Candidate, value: string, mention: DateMention | null, implied: boolean): void {
  c.date = value;
  c.dateMention = mention;
  c.dateImplied = implied;
  c.tags.push("refiner/resolve-dates");
}

export const resolveDates: Refiner = {
  name: "refiner/resolve-dates",
  refine(cands: Candidate[], ctx: Context): Candidate[] {
    let lastDated: Candidate | null = null;
    /** Date each sentence's occurred events were given, own or carried. */
    const sentenceDate = new Map<number, string>();
    for (const c of cands) {
      const v = c.view;
      const published = v.info.published;
      // a stock holds when it is reported: "said on Sunday", else the publication date; not "seized last week"
      if (c.countKind === "stock" && c.dateMention && !sameClause(c, c.dateMention.start)) {
        const said = attributionDate(v);
        c.dateMention = said;
        c.date = said?.value ?? published;
        c.dateImplied = said ? said.implied : true;
        c.tags.push("refiner/resolve-dates");
        continue;
      }
      // "A police statement issued on Tuesday said six officers died in the raid": the report's day
      // gives way to the event the sentence places it in
      if (c.date && c.status === "occurred" && c.dateMention && c.dateMention === attributionDate(v) && !sameClause(c, c.dateMention.start)) {
        const within = withinAnchor(c, cands);
        if (within) {
          setDate(c, within.date!, null, false); // as firm as the date of the event it lies within
          sentenceDate.set(v.index, c.date!);
          ctx.debug(
            "refiner/resolve-dates",
            () => `${c.type} s${v.index}: within the ${within.type} of s${within.view.index} (${c.date}), not the day of the report`,
          );
          continue;
        }
      }
      if (c.date) {
        // "450 so far since January": a cumulative figure covers from then to the report (or publication)
        const m = c.dateMention;
        const [ma, mb] = m ? tokenRange(v, m) : [-1, -1];
        if (
          m &&
          c.countKind === "cumulative" &&
          published &&
          !m.value.includes("/") &&
          (precedingWord(c, m.start) === "since" || sinceBefore(v, ma)) &&
          !whenAfter(v, mb, c.trigger.first)
        ) {
          const said = attributionDate(v);
          const end = said && said !== m && said.value >= m.value ? said.value : published;
          // "since the start of the year": from its first day
          const from = /\b(?:start|beginning)\b/i.test(m.text)
            ? /^\d{4}$/.test(m.value)
              ? `${m.value}-01-01`
              : /^\d{4}-\d{2}$/.test(m.value)
                ? `${m.value}-01`
                : m.value
            : m.value;
          if (end >= m.value) {
            c.date = `${from}/${end}`;
            c.tags.push("refiner/resolve-dates");
          }
        }
        // "in the past week, police said on Friday": the seven days up to and including that Friday
        if (m && published && /^(?:the\s+)?(?:last|past)\s/i.test(m.text) && m.value.endsWith(`/${published}`)) {
          const said = attributionDate(v);
          if (said && isDay(said.value) && said.value < published) {
            const [from] = m.value.split("/");
            const span = Math.round((Date.parse(published) - Date.parse(from)) / 86_400_000);
            c.date = `${addDays(said.value, 1 - span)}/${said.value}`;
            c.tags.push("refiner/resolve-dates");
          }
        }
        if (c.dateMention) {
          lastDated = c;
          // not a date that names its noun ("a March 2025 agreement")
          const names = c.trigger.reading !== "verb" && c.dateMention.end <= c.trigger.start && c.trigger.start - c.dateMention.end <= 1;
          if (c.status === "occurred" && !names) sentenceDate.set(v.index, c.date!);
        }
        continue;
      }
      // "Three months after the rebels seized the town, ...": the opening clause's event lies that far before the writing
      const since = ELAPSED.exec(v.sentence.text);
      if (
        since &&
        published &&
        c.status === "occurred" &&
        c.trigger.start < v.sentence.start + since[0].length + clauseEnd(v.sentence.text.slice(since[0].length))
      ) {
        const n = /^\d+$/.test(since[1]) ? Number(since[1]) : NUMBER_WORDS[since[1].toLowerCase()];
        const unit = since[2].toLowerCase().replace(/s$/, "");
        if (n) {
          setDate(c, elapsedBefore(published, n, unit), null, true);
          ctx.debug("refiner/resolve-dates", () => `${c.type} s${v.index}: "${since[0]}" counted back from publication (${c.date})`);
          continue;
        }
      }
      // "plans to free 30 next week": the coming calendar week
      const next = NEXT_UNIT.exec(v.sentence.text);
      if (next && published && sameClause(c, v.sentence.start + next.index)) {
        setDate(c, nextUnitSpan(next[1], published), null, true);
        ctx.debug("refiner/resolve-dates", () => `${c.type} s${v.index}: "${next[0]}" from publication (${c.date})`);
        continue;
      }
      const rel = RELATIVE.exec(v.sentence.text);
      // the anchor is the latest day the story has reached: the last day the sentence before names
      // ("The ferry docked at noon on Sunday. Two hours later, ..."), else the event dated last
      const told = lastDayIn(v.info.views[v.index - 1]);
      const anchor = told ?? (lastDated && lastDated.view.index < v.index && isDay(lastDated.date) ? lastDated.date : null);
      if (rel && anchor) {
        const off = relativeOffsetDays(rel[0]);
        if (off !== null) {
          setDate(c, addDays(anchor, off), null, true);
          sentenceDate.set(v.index, c.date!);
          ctx.debug("refiner/resolve-dates", () => `${c.type} s${v.index}: "${rel[0]}" after ${anchor} (${c.date})`);
          continue;
        }
      }
      // "in the same weeks", "at the same time": the time of the event told last
      if (SAME_TIME.test(v.sentence.text) && c.status !== "planned") {
        const prior = latestSentenceDate(sentenceDate, v.index);
        if (prior) {
          setDate(c, prior, null, true);
          sentenceDate.set(v.index, prior);
          continue;
        }
      }
      // "is to free 50 over four days": a span that starts at the time the story has reached
      const span = DURATION.exec(v.sentence.text);
      if (span) {
        const start = latestSentenceDate(sentenceDate, v.index + 1, true) ?? (lastDated && isDay(lastDated.date) ? lastDated.date : null);
        const n = /^\d+$/.test(span[1]) ? Number(span[1]) : NUMBER_WORDS[span[1].toLowerCase()];
        if (start && isDay(start) && n) {
          const days = n * (/^week/i.test(span[2]) ? 7 : 1);
          setDate(c, `${start}/${addDays(start, days - 1)}`, null, true);
          continue;
        }
      }
      if (SAME_DAY_CUE.test(v.sentence.text) && published) {
        setDate(c, published, null, true);
        continue;
      }
      // "the ward had 40 patients at the time of the shelling": a stock taken at the moment of an event told before
      if (c.countKind === "stock") {
        const within = withinAnchor(c, cands);
        if (within) {
          setDate(c, within.date!, null, false);
          ctx.debug("refiner/resolve-dates", () => `${c.type} s${v.index}: stock at the time of the ${within.type} of s${within.view.index} (${c.date})`);
          continue;
        }
      }
      if (c.countKind === "cumulative" || c.countKind === "stock") {
        const said = attributionDate(v);
        const value = said?.value ?? published;
        if (value) {
          setDate(c, value, said, said ? said.implied : true);
          ctx.debug("refiner/resolve-dates", () => `${c.type} s${v.index}: ${c.countKind} figure dated by ${said ? "its report" : "publication"} ${c.date}`);
        }
        // a figure that holds "now" never takes the time of the story told before it
        continue;
      }
      if (c.status === "occurred") {
        const within = withinAnchor(c, cands);
        if (within) {
          setDate(c, within.date!, null, false); // as firm as the date of the event it lies within
          sentenceDate.set(v.index, c.date!);
          ctx.debug("refiner/resolve-dates", () => `${c.type} s${v.index}: within the ${within.type} of s${within.view.index} (${c.date})`);
          continue;
        }
      }
      if (c.status === "occurred" || c.status === "ongoing") {
        // the story goes on: the sentence before (in one-sentence paragraphs, the one before that) sets the time
        // (the walk goes back through undated sentences of its own paragraph, and one step beyond it)
        const inParagraph = (k: number) => v.info.views[k]?.sentence.paragraph === v.sentence.paragraph;
        for (let back = 1; back <= 4 && !c.date; back++) {
          const prev = v.info.views[v.index - back];
          if (!prev || prev.sentence.isHeadline) break;
          if (back > 1 && !inParagraph(v.index - back + 1) && !(back === 2 && !inParagraph(v.index - 1))) break;
          // the day a statement came out is not the time of the story it tells
          const d = pickDateIn(prev, { narrative: true, skip: attributionDate(prev) });
          const carried = d?.value ?? sentenceDate.get(prev.index);
          if (carried) {
            setDate(c, carried, null, true);
            sentenceDate.set(v.index, carried);
            ctx.debug("refiner/resolve-dates", () => `${c.type} s${v.index}: date carried from s${prev.index} (${carried})`);
          }
        }
        if (c.date) continue;
        // still going on, or told as news of the moment: the day it is reported
        if (published && (c.status === "ongoing" || reportedAsCurrent(c))) {
          const said = attributionDate(v);
          setDate(c, said?.value ?? published, said, true);
          ctx.debug("refiner/resolve-dates", () => `${c.type} s${v.index}: ${c.status === "ongoing" ? "ongoing" : "reported as current"}, dated ${c.date}`);
          continue;
        }
        // "four men from the convoy", "during the operations": a definite noun points back at a dated event
        const back = anaphoricAnchor(c, cands);
        if (back) {
          setDate(c, back.date!, null, true);
          ctx.debug(
            "refiner/resolve-dates",
            () => `${c.type} s${v.index}: "the ${v.lowers[anchorNoun(c, back)!]}" points back at s${back.view.index} (${c.date})`,
          );
        }
      }
    }
    sameEventDates(cands, ctx);
    return cands;
  },
};

/**
 * "Moscow said it received 195 prisoners", told with no time of its own, in a
 * report whose other sentences date the swap of 195: a record that no date
 * reaches takes the date of the document's record of the same kind with the
 * same figure, or, when every dated record of its kind holds one date, that date.
 */
function sameEventDates(cands: Candidate[], ctx: Context): void {
  // the dated occurred records of each kind, grown as records here take a date
  const datedOf = new Map<string, Candidate[]>();
  for (const o of cands) {
    if (!isDay(o.date) || o.status !== "occurred" || o.countKind === "cumulative") continue;
    const group = datedOf.get(o.type);
    if (group) group.push(o);
    else datedOf.set(o.type, [o]);
  }
  for (const c of cands) {
    if (c.date || c.status !== "occurred" || c.countKind === "cumulative" || c.countKind === "stock") continue;
    const dated = datedOf.get(c.type);
    if (!dated?.length) continue;
    const value = c.count?.value;
    const same = value != null ? dated.filter((o) => o.count?.value === value) : [];
    const pool = same.length ? same : dated;
    const dates = new Set(pool.map((o) => o.date!));
    if (dates.size !== 1) continue;
    const [d] = dates;
    setDate(c, d, null, true);
    dated.push(c);
    ctx.debug("refiner/resolve-dates", () => `${c.type} s${c.view.index}: the date of the document's ${c.type}${same.length ? ` of ${value}` : ""} (${d})`);
  }
}

// How a figure relates to the quantity it measures:
//   one_off     this batch ("moved 150 on Wednesday")
//   cumulative  so far ("has received 450", "since the start", "in total")
//   stock       held now ("remain", "currently held", "are now in")
//   planned     a ceiling or target ("up to 7,000 would be moved")
// The record's own countKind wins when the extractor set it; otherwise the
// kind is inferred from the status and the evidence words (lexicon/figure-cues.ts).

import type { CountKind, EventType, StoredEvent } from "../types.js";
import {
  FIGURE_BATCH_AFTER,
  FIGURE_BATCH_BEFORE,
  FIGURE_COMPLETION_CUES,
  FIGURE_CUMULATIVE_CUES,
  FIGURE_OWN_DATE,
  FIGURE_PLANNED_CUES,
  FIGURE_RATE_AFTER,
  FIGURE_RATE_BEFORE,
  FIGURE_STOCK_CUES,
  FIGURE_WHOLE_CUES,
  FIGURE_WINDOW_CUES,
  FIRST_BATCH_CUES,
  MINIMISING_CUES,
  SINCE_MONTH,
  SPAN_START,
} from "../lexicon/figure-cues.js";
import { UNIT_WORDS } from "../lexicon/numbers.js";
import { MONTHS } from "../lexicon/time-words.js";

/** Types whose figure can count people present somewhere now (moved people are now in the destination). */
export const STOCK_TYPES: ReadonlySet<EventType> = new Set(["holding", "transfer", "relocation", "repatriation"]);

function evidenceText(e: StoredEvent): string {
  return e.evidence.map((x) => x.text).join(" ");
}

/** The words of the small figures ("three" for 3). */
const WORD_OF = new Map(Object.entries(UNIT_WORDS).map(([w, n]) => [n, w]));

/** The evidence sentences that give the record's figure, in digits or as a small number's word (a headline and the body may both give it). */
function figureSentences(e: StoredEvent): string[] {
  if (!e.count || e.count.value == null) return [];
  const v = e.count.value;
  const forms = [...figureForms(v)];
  const word = WORD_OF.get(v);
  if (word) forms.push(new RegExp(`\\b${word}\\b`, "i"));
  return e.evidence.filter((x) => forms.some((f) => f.test(x.text))).map((x) => x.text);
}

/** The sentences that carry the figure, or all of the evidence. */
function figureText(e: StoredEvent): string {
  const hits = figureSentences(e);
  return hits.length ? hits.join(" ") : evidenceText(e);
}

/**
 * Whether the sentences that give the record's figure also give a date ("on
 * 3 May", "in 2027", "last week"; the start of a "since" span does not
 * count). Null when no sentence gives the figure.
 */
export function figureStatesDate(e: StoredEvent): boolean | null {
  const hits = figureSentences(e);
  if (!hits.length) return null;
  return hits.some((t) => FIGURE_OWN_DATE.test(t.replace(SPAN_START, " ")));
}

/** The patterns of a figure as written ("1500", "1,500"), made once per figure (a store repeats its figures). */
const formsOf = new Map<number, RegExp[]>();

function figureForms(v: number): RegExp[] {
  let forms = formsOf.get(v);
  if (!forms) {
    if (formsOf.size >= 10_000) formsOf.clear();
    forms = [...new Set([String(v), v.toLocaleString("en-US")])].map((f) => new RegExp(`(?<![\\d.,])${f.replace(/[.,]/g, "\\$&")}(?![\\d]|[.,]\\d)`));
    formsOf.set(v, forms);
  }
  return forms;
}

const anyOf = (cues: RegExp[], text: string) => cues.some((r) => r.test(text));

/** The month (1-12) and, when given, the year a "since" span of the figure's sentences starts from; null when none names a month. */
export function sinceMonth(e: StoredEvent): { month: number; year: number | null } | null {
  for (const t of figureSentences(e)) {
    const m = SINCE_MONTH.exec(t);
    if (m) return { month: MONTHS[m[1].toLowerCase().replace(/\.$/, "")], year: m[2] ? Number(m[2]) : null };
  }
  return null;
}

/** Whether a running total's sentence makes it the total of a short period ("in the past 13 days", "in April") rather than of the whole operation. */
export function isWindowTotal(e: StoredEvent): boolean {
  const text = figureSentences(e).join(" ");
  return !!text && anyOf(FIGURE_WINDOW_CUES, text) && !anyOf(FIGURE_WHOLE_CUES, text);
}

/** Whether the record's figure is written as a rate ("up to 50 people per week"): a rate is neither a running total nor an event's toll. */
export function isRateFigure(e: StoredEvent): boolean {
  return isRate(e, figureText(e));
}

/** Whether the figure is written as a batch added to a total ("another 80", "100 more"): a batch is no running total. */
function isAddedBatch(e: StoredEvent, text: string): boolean {
  return figureMatches(e, text).some(
    (m) => FIGURE_BATCH_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || FIGURE_BATCH_AFTER.test(text.slice(m.end, m.end + 20)),
  );
}

/** Where the record's figure is written in digits in `text`. */
function figureMatches(e: StoredEvent, text: string): { start: number; end: number }[] {
  const v = e.count?.value;
  if (v == null) return [];
  const out: { start: number; end: number }[] = [];
  for (const f of new Set([String(v), v.toLocaleString("en-US")])) {
    const re = new RegExp(`(?<![\\d.,])${f.replace(/[.,]/g, "\\$&")}(?![\\d]|[.,]\\d)`, "g");
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function isRate(e: StoredEvent, text: string): boolean {
  const v = e.count?.value;
  if (v == null) return false;
  for (const f of new Set([String(v), v.toLocaleString("en-US")])) {
    const re = new RegExp(`(?<![\\d.,])${f.replace(/[.,]/g, "\\$&")}(?![\\d]|[.,]\\d)`, "g");
    for (const m of text.matchAll(re)) {
      if (FIGURE_RATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) return true;
      if (FIGURE_RATE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
    }
  }
  return false;
}

/** The kind of a record's figure. Null when the record has no count. */
export function classifyCount(e: StoredEvent): CountKind | null {
  // "one_off" is what a record gets when nothing marked its figure, so the
  // words of the figure's own sentence may still make it a running total or
  // a stock; any other kind the record states is kept.
  if (e.countKind && e.countKind !== "one_off") return e.countKind;
  if (!e.count) return e.countKind;
  // a figure without a number ("numerous", "some") is not read for its kind
  if (e.count.value == null) return e.countKind ?? (e.status === "planned" ? "planned" : e.type === "holding" ? "stock" : "one_off");
  if (e.status === "planned") return "planned";
  if (e.type === "holding") return "stock";
  const text = figureText(e);
  if (isRate(e, text) || isAddedBatch(e, text)) return "one_off";
  if (anyOf(FIGURE_CUMULATIVE_CUES, text)) return "cumulative";
  if (STOCK_TYPES.has(e.type) && anyOf(FIGURE_STOCK_CUES, text) && !anyOf(FIRST_BATCH_CUES, text)) return "stock";
  if (anyOf(FIGURE_PLANNED_CUES, text) && e.count.qualifier === "at_most") return "planned";
  return "one_off";
}

/** Whether the figure is an operation's first batch; `kind` is classifyCount(e) when the caller has it. */
/** Whether the figure is the total an operation ended with ("completed the transfer of more than 5,000"). */
export function isCompletion(e: StoredEvent, kind: CountKind | null = classifyCount(e)): boolean {
  if (e.status === "planned" || (kind !== "one_off" && kind !== "cumulative")) return false;
  if (!e.count || e.count.value == null || e.count.qualifier === "vague") return false;
  // only the sentence that gives the figure in digits: another sentence's "ended" is about something else
  const v = e.count.value;
  const forms = [String(v), v.toLocaleString("en-US")];
  const own = e.evidence.find((x) => forms.some((f) => x.text.includes(f)));
  return !!own && anyOf(FIGURE_COMPLETION_CUES, own.text);
}

export function isFirstBatch(e: StoredEvent, kind: CountKind | null = classifyCount(e)): boolean {
  return kind === "one_off" && anyOf(FIRST_BATCH_CUES, figureText(e));
}

/**
 * Types whose figure counts one incident (an escape, a killing, a round-up):
 * reports revise it over days rather than add batches, so every figure a
 * story gives of it is a point of that story's own series.
 */
export const INCIDENT_TYPES: ReadonlySet<EventType> = new Set(["escape", "arrest", "killing"]);

/** Types whose figures form running quantities worth a series. */
export function seriesEligible(type: EventType): boolean {
  return type !== "agreement" && type !== "trial";
}

// ------------------------------------------------------------------ bounds

/**
 * The range of true values a figure allows. approx allows ±10%; at_least
 * allows up to double; at_most down to half; a vague magnitude ("hundreds"
 * = 100) allows up to ten times.
 */
export function countBounds(c: { value: number | null; qualifier: string } | null): [number, number] | null {
  if (!c || c.value == null) return null;
  const v = c.value;
  switch (c.qualifier) {
    case "exact":
      return [v, v];
    case "approx":
      return [v * 0.9, v * 1.1];
    case "at_least":
      return [v, v * 2];
    case "at_most":
      return [v * 0.5, v];
    case "vague":
      return [v, v * 10 - 1];
    default:
      return [v * 0.9, v * 1.1];
  }
}

/** Null when either side has no figure. */
export function countsCompatible(a: { value: number | null; qualifier: string } | null, b: { value: number | null; qualifier: string } | null): boolean | null {
  const x = countBounds(a);
  const y = countBounds(b);
  if (!x || !y) return null;
  return x[0] <= y[1] && y[0] <= x[1];
}

/** Precision rank of a qualifier: lower is more precise. */
export function qualifierRank(q: string): number {
  return { exact: 0, approx: 1, at_least: 2, at_most: 2, vague: 3 }[q] ?? 4;
}

// ------------------------------------------------------------------ minimising accounts

export function isMinimising(e: StoredEvent): boolean {
  return anyOf(MINIMISING_CUES, evidenceText(e));
}

/** A figure large enough that a minimising account of the same event contradicts it. */
export const LARGE_FIGURE = 50;

// How a figure relates to the quantity it measures:
//   one_off     this batch ("moved 150 on Wednesday")
//   cumulative  so far ("has received 450", "since the start", "in total")
//   stock       held now ("remain", "currently held", "are now in")
//   planned     a ceiling or target ("up to 7,000 would be moved")
// The record's own countKind wins when the extractor set it; otherwise the
// kind is inferred from the status and the evidence words (lexicon/figure-cues.ts).

import type { CountKind, EventType, StoredEvent } from "../types.js";
import {
  FIGURE_COMPLETION_CUES,
  FIGURE_CUMULATIVE_CUES,
  FIGURE_PLANNED_CUES,
  FIGURE_STOCK_CUES,
  FIRST_BATCH_CUES,
  MINIMISING_CUES,
} from "../lexicon/figure-cues.js";

/** Types whose figure can count people present somewhere now (moved people are now in the destination). */
export const STOCK_TYPES: ReadonlySet<EventType> = new Set(["holding", "transfer", "relocation", "repatriation"]);

function evidenceText(e: StoredEvent): string {
  return e.evidence.map((x) => x.text).join(" ");
}

/** The sentence of the evidence that carries the figure (or all of it). */
function figureText(e: StoredEvent): string {
  if (!e.count || e.count.value == null) return evidenceText(e);
  const forms = figureForms(e.count.value);
  const hit = e.evidence.find((x) => forms.some((f) => f.test(x.text)));
  return hit ? hit.text : evidenceText(e);
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

// How a figure relates to the quantity it measures:
//   one_off     this batch ("moved 150 on Wednesday")
//   cumulative  so far ("has received 450", "since the start", "in total")
//   stock       held now ("remain", "currently held", "are now in")
//   planned     a ceiling or target ("up to 7,000 would be moved")
// The record's own countKind wins when the extractor set it; otherwise the
// kind is inferred from the status and the evidence words below (data).

import type { CountKind, EventType, StoredEvent } from "../types.js";

/** Phrases that make a figure a running total. */
export const CUMULATIVE_CUES: RegExp[] = [
  /\bso far\b/i,
  /\bto date\b/i,
  /\bin total\b/i,
  /\ba total of\b/i,
  /\baltogether\b/i,
  /\bcumulative(ly)?\b/i,
  /\boverall\b/i,
  /\bsince (the )?(start|beginning|launch|outset)\b/i,
  /\bsince\b/i,
  /\bup to now\b/i,
  /\bthus far\b/i,
  /\b(has|have) (now |so far |already |thus far )?(received|taken in|taken|accepted|transferred|moved|repatriated|released|brought|welcomed|handed over)\b/i,
  /\b(has|have) been (brought|transferred|moved|relocated|repatriated|returned|handed over|sent|flown|released)\b/i,
  /\bbrings? the (total|number|tally|count)\b/i,
  /\bbringing the (total|number|tally|count)\b/i,
];

/** Types whose figure can count people present somewhere now (moved people are now in the destination). */
export const STOCK_TYPES: ReadonlySet<EventType> = new Set(["holding", "transfer", "relocation", "repatriation"]);

/** Phrases that make a figure a stock held at a date. */
export const STOCK_CUES: RegExp[] = [
  /\b(still|currently|now) (held|holding|detained|housed|kept|in|remain|remaining|being held)\b/i,
  /\bare (now|currently|still) in\b/i,
  /\bremain(s|ing)?\b/i,
  /\b(hold|holds|holding|houses|housing) (approximately |about |around |some |nearly |more than |over |up to )?[\d,.]+/i,
  /\bheld in\b/i,
  /\bbehind bars\b/i,
];

/** Phrases that make a figure a plan or ceiling. */
export const PLANNED_CUES: RegExp[] = [
  /\bup to\b/i,
  /\bplan(s|ned|ning)?\b/i,
  /\b(would|will|could|may|might) (eventually |ultimately |soon )?(be |involve |see |take |receive |accept )/i,
  /\btarget(s|ed)?\b/i,
  /\baim(s|ed)? to\b/i,
  /\bexpected to\b/i,
  /\bintend(s|ed)? to\b/i,
  /\beventually\b/i,
];

/** The first batch of an operation: also the operation's running total at that date. */
export const FIRST_BATCH_CUES: RegExp[] = [
  /\b(began|begun|begins|started|starts|kicked off|opened) (on \w+ )?with\b/i,
  /\bfirst (batch|group|wave|convoy|flight|round|tranche)\b/i,
  /\binitial (batch|group|wave|convoy|flight|round|tranche)\b/i,
];

/** The end of an operation: its figure is the operation's final total. */
export const COMPLETION_CUES: RegExp[] = [
  /\b(completed|concluded|wrapped up|finished|ended|came to an end)\b/i,
  /\b(completion|conclusion|end) of the (operation|transfer|programme|program|process|campaign|drive|exchange|airlift)\b/i,
  /\bin all\b.*\b(operation|transfer|programme|program|process|campaign)\b/i,
];

function evidenceText(e: StoredEvent): string {
  return e.evidence.map((x) => x.text).join(" ");
}

/** The sentence of the evidence that carries the figure (or all of it). */
function figureText(e: StoredEvent): string {
  if (!e.count || e.count.value == null) return evidenceText(e);
  const v = e.count.value;
  const forms = [...new Set([String(v), v.toLocaleString("en-US")])].map((f) => new RegExp(`(?<![\\d.,])${f.replace(/[.,]/g, "\\$&")}(?![\\d]|[.,]\\d)`));
  const hit = e.evidence.find((x) => forms.some((f) => f.test(x.text)));
  return hit ? hit.text : evidenceText(e);
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
  if (anyOf(CUMULATIVE_CUES, text)) return "cumulative";
  if (STOCK_TYPES.has(e.type) && anyOf(STOCK_CUES, text) && !anyOf(FIRST_BATCH_CUES, text)) return "stock";
  if (anyOf(PLANNED_CUES, text) && e.count.qualifier === "at_most") return "planned";
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
  return !!own && anyOf(COMPLETION_CUES, own.text);
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

/** Words that shrink an account: "briefly escaped", "were recaptured", "a handful". */
export const MINIMISING_CUES: RegExp[] = [
  /\bbriefly\b/i,
  /\brecaptured\b/i,
  /\bre-?arrested\b/i,
  /\bcaught again\b/i,
  /\bfoiled\b/i,
  /\bthwarted\b/i,
  /\battempted\b/i,
  /\ba (few|handful)\b/i,
  /\bsmall number\b/i,
  /\bno one (escaped|was)\b/i,
];

export function isMinimising(e: StoredEvent): boolean {
  return anyOf(MINIMISING_CUES, evidenceText(e));
}

/** A figure large enough that a minimising account of the same event contradicts it. */
export const LARGE_FIGURE = 50;

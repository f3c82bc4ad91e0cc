// Phrases around a date that decide what it dates: "since", "when", a
// following span, a date that premodifies a noun. Shared by the date slot
// and the date-resolving refiner.

import type { DateMention } from "../annotate/types.js";
import { tokenRange } from "./grammar.js";
import { DETERMINERS } from "../lexicon/function-words.js";
import type { SentenceView } from "./types.js";

/** "since 2019", "since the start of the operation on 21 January": the date opens a span, it does not time an event. */
export function sinceBefore(v: SentenceView, a: number): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 8; k--) {
    if (v.lowers[k] === "since") return true;
    if (v.tokens[k].kind === "punct" && v.tokens[k].text !== "'" && v.tokens[k].text !== "’") return false;
  }
  return false;
}

/**
 * "since March, when the rebels seized the dam", "on 3 May, when the ferry sank":
 * a clause opened by "when" right after a date is timed by that date.
 */
export function whenAfter(v: SentenceView, b: number, trigger: number): boolean {
  if (trigger <= b) return false;
  for (let k = b + 1; k < trigger && k <= b + 3; k++) if (v.lowers[k] === "when") return true;
  return false;
}

/**
 * "in the days after the bridge was blown up on 2 June", "in the hours
 * after the truce began on Friday": the event follows that date; the span it covers
 * (null when the date is not inside such a clause).
 */
export function followingSpan(v: SentenceView, a: number, value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  for (let k = a - 1; k >= 1 && k >= a - 12; k--) {
    const l = v.lowers[k];
    if (v.tokens[k].kind === "punct" && /[;.!?]/.test(v.tokens[k].text)) return null;
    if (l !== "after" && l !== "following") continue;
    const unit = v.lowers[k - 1];
    const days = /^hours?$/.test(unit) ? 1 : /^days?$/.test(unit) ? 7 : /^weeks?$/.test(unit) ? 28 : 0;
    if (!days) return null;
    // "in the days after", "within hours of": an approximate offset, not "two days after" (a fixed one)
    const det = v.lowers[k - 2];
    if (det !== "the" && det !== "in" && det !== "within") return null;
    const end = new Date(`${value}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + days);
    return `${value}/${end.toISOString().slice(0, 10)}`;
  }
  return null;
}

/** The date a sentence states for itself: a mention that does not premodify a noun. */
export function pickDateIn(v: SentenceView, opts: { narrative?: boolean; skip?: DateMention | null } = {}): DateMention | null {
  for (const d of v.dates) {
    if (d === opts.skip) continue;
    if (opts.narrative) {
      // a bare year or a date inside a relative clause is background ("which began in 2014", "by 2017")
      if (d.precision === "year") continue;
      const [a0] = tokenRange(v, d);
      let rel = false;
      for (let k = a0 - 1; k >= 0 && k >= a0 - 5; k--) if (v.lowers[k] === "which" || v.lowers[k] === "who" || v.lowers[k] === "by") rel = true;
      if (rel) continue;
      if (sinceBefore(v, a0)) continue;
    }
    const [, b] = tokenRange(v, d);
    const [a] = tokenRange(v, d);
    if (premodifies(v, a, b)) continue;
    return d;
  }
  return null;
}

/** "a March 2025 agreement", "the 2014 attacks": a date between a determiner and a noun names that noun's time. */
export function premodifies(v: SentenceView, a: number, b: number): boolean {
  const next = v.tokens[b + 1];
  const prev = v.lowers[a - 1] ?? "";
  return !!next && next.kind === "word" && !next.capitalized && (DETERMINERS.has(prev) || prev === "'s" || prev === "’s");
}

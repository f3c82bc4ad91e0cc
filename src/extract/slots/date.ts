// Date: the date mention that belongs to the trigger — in its clause, or an
// introductory adverbial of the sentence ("Last month, ..."). A date that
// premodifies another noun ("a March 2025 agreement") belongs to that noun.
// Sentences without a date are resolved later (refiners/resolve-dates).

import type { Context } from "../../context.js";
import type { DateMention } from "../../annotate/types.js";
import { tokenRange } from "../grammar.js";
import type { Candidate, SlotFiller } from "../types.js";
import { followingSpan, premodifies, sinceBefore, whenAfter } from "../date-phrases.js";
import { RELATIVE_PRONOUNS } from "../../lexicon/function-words.js";
import { REPORT_DAY_WORDS } from "../../lexicon/attribution-cues.js";
import { BACKDROP_PREPOSITIONS, TIME_OF_DAY } from "../../lexicon/time-words.js";

function relativeBetween(v: Candidate["view"], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (RELATIVE_PRONOUNS.has(v.lowers[k])) return true;
  return false;
}

function afterSaying(v: Candidate["view"], a: number): boolean {
  for (let k = a - 1; k >= Math.max(0, a - 3); k--) if (REPORT_DAY_WORDS.has(v.lowers[k])) return true;
  return false;
}

/**
 * A date that premodifies a noun still times the trigger when the noun is the trigger ("the Tuesday night
 * attack"), or when the phrase says when the trigger happened ("escaped during the Tuesday night attack").
 */
function timesTrigger(v: Candidate["view"], a: number, b: number, trigger: number): boolean {
  let head = b + 1;
  while (head < v.tokens.length && TIME_OF_DAY.has(v.lowers[head])) head++;
  if (head === trigger) return true;
  return a >= 2 && BACKDROP_PREPOSITIONS.has(v.lowers[a - 2]) && trigger < a;
}

export function pickDate(c: Candidate): DateMention | null {
  const v = c.view;
  const t = c.trigger;
  let best: DateMention | null = null;
  let bestScore = Infinity;
  for (const d of v.dates) {
    const [a, b] = tokenRange(v, d);
    if (a < 0) continue;
    if (premodifies(v, a, b) && !timesTrigger(v, a, b, t.first)) continue;
    // "entered the camp, whose population had fallen ... in 2019": a relative clause after the trigger has its own time
    if (a > t.last && relativeBetween(v, t.last + 1, a - 1)) continue;
    // "the deadliest bombing since the spring": a span's start does not time a one-off event
    // (a count may be cumulative, an ongoing event may run from it; "since X, when ..." times the when-clause)
    if (!c.count && c.status === "occurred" && (v.lowers[a - 1] === "since" || sinceBefore(v, a)) && !whenAfter(v, b, t.first)) continue;
    const dist = b < t.first ? t.first - b : a - t.last;
    const sameClause = v.clause[a] === v.clause[t.first];
    const intro = v.clause[a] === v.clause[0] && a < t.first && v.clause[t.first] !== v.clause[0];
    // a plan takes the date of its own clause ("will be freed on Monday"), not background ("since January") or the report's
    if (c.status === "planned" && ((!sameClause && !intro) || /^since$/i.test(v.lowers[a - 1] ?? "") || afterSaying(v, a))) continue;
    const score = sameClause ? dist : intro ? 50 + dist : 100 + dist;
    if (score < bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

export const dateSlot: SlotFiller = {
  name: "slot/date",
  fill(c: Candidate, _ctx: Context) {
    const d = pickDate(c);
    if (!d) return;
    c.dateMention = d;
    const [a] = tokenRange(c.view, d);
    // "fled in the days after the dam burst on 2 June": the span that follows the date
    c.date = (c.trigger.first < a && followingSpan(c.view, a, d.value)) || d.value;
    c.dateImplied = d.implied;
    c.tags.push("slot/date");
  },
};

// Date: the date mention that belongs to the trigger — in its clause, or an
// introductory adverbial of the sentence ("Last month, ..."). A date that
// premodifies another noun ("a March 2025 agreement") belongs to that noun.
// Sentences without a date are resolved later (refiners/resolve-dates).

import type { Context } from "../../context.js";
import type { DateMention } from "../../annotate/types.js";
import { DETERMINERS, tokenRange } from "../grammar.js";
import type { Candidate, SlotFiller } from "../types.js";

/** "a March 2025 agreement", "the 2014 attacks": a date between a determiner and a noun names that noun's time. */
export function premodifies(v: Candidate["view"], a: number, b: number): boolean {
  const next = v.tokens[b + 1];
  const prev = v.lowers[a - 1] ?? "";
  return !!next && next.kind === "word" && !next.capitalized && (DETERMINERS.has(prev) || prev === "'s" || prev === "’s");
}

export function pickDate(c: Candidate): DateMention | null {
  const v = c.view;
  const t = c.trigger;
  let best: DateMention | null = null;
  let bestScore = Infinity;
  for (const d of v.dates) {
    const [a, b] = tokenRange(v, d);
    if (a < 0) continue;
    if (premodifies(v, a, b) && b + 1 !== t.first) continue;
    const dist = b < t.first ? t.first - b : a - t.last;
    const sameClause = v.clause[a] === v.clause[t.first];
    const intro = v.clause[a] === v.clause[0] && a < t.first && v.clause[t.first] !== v.clause[0];
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
    c.date = d.value;
    c.dateImplied = d.implied;
    c.tags.push("slot/date");
  },
};

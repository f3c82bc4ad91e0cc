// Date: the date mention that belongs to the trigger — in its clause, or an
// introductory adverbial of the sentence ("Last month, ..."). A date that
// premodifies another noun ("a March 2025 agreement") belongs to that noun.
// Sentences without a date are resolved later (refiners/resolve-dates).

import type { Context } from "../../context.js";
import type { DateMention } from "../../annotate/types.js";
import { tokenRange } from "../grammar.js";
import type { Candidate, SlotFiller } from "../types.js";

export function pickDate(c: Candidate): DateMention | null {
  const v = c.view;
  const t = c.trigger;
  let best: DateMention | null = null;
  let bestScore = Infinity;
  for (const d of v.dates) {
    const [a, b] = tokenRange(v, d);
    if (a < 0) continue;
    const next = v.tokens[b + 1];
    if (next && next.kind === "word" && b + 1 !== t.first && !/^(with|in|at|on|under|and|when|after|before|to|from|by|as|for|that|amid|during|while|since|of)$/i.test(next.text)) continue;
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

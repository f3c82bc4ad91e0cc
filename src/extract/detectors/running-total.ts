// Running totals: "the latest flights carried 300, bringing the total moved
// since March to roughly 1,100". The total is a cumulative figure of the
// event just told (in this sentence or the two before), a record of its own
// beside the batch.

import type { Context } from "../../context.js";
import { runningTotalAt } from "../grammar.js";
import type { Candidate, ContextDetector, Found, SentenceView } from "../types.js";
import { newCandidate, readTrigger } from "./base.js";

export const runningTotalDetector: ContextDetector = {
  name: "detector/running-total",
  match(view: SentenceView, seen: Found, _ctx: Context): Candidate[] {
    const found = seen.here;
    const previous = seen.before;
    const total = runningTotalAt(view);
    if (!total) return [];
    // the event it tallies: the one the tally names ("the number of Iraqis returned"), else one told
    // earlier in this sentence, else the latest of the two sentences before
    const usable = (c: Candidate) => !c.dropped && c.status !== "planned" && c.type !== "agreement";
    let antecedent =
      found.find((c) => usable(c) && c.trigger.first > total.noun) ?? found.filter((c) => usable(c) && c.trigger.first < total.verb).pop() ?? null;
    for (let k = previous.length - 1; !antecedent && k >= 0; k--) {
      const p = previous[k];
      if (p.view.index < view.index - 2) break;
      if (usable(p)) antecedent = p;
    }
    if (!antecedent) return [];
    const trigger = readTrigger(view, total.noun, total.noun, { steps: [view.lemmas[total.noun]], weight: 0.6 });
    trigger.reading = "noun";
    const c = newCandidate(antecedent.type, view, trigger, "detector/running-total");
    c.count = { value: total.count.value, qualifier: total.count.qualifier };
    c.countMention = total.count;
    c.countKind = "cumulative";
    c.subject = antecedent.subject;
    c.subjectHead = antecedent.subjectHead;
    c.inherited = { origin: antecedent.origin, destination: antecedent.destination, location: antecedent.location };
    c.tallyOf = antecedent;
    return [c];
  },
};

// Event anaphors: "the effort could in time cover as many as 3,000
// inmates" refers back to the event just described. A determiner + an
// anaphoric noun (operation, mission, campaign...) with a count of people in
// its clause takes the type of the nearest event in the two sentences before.

import type { Context } from "../../context.js";
import { EVENT_ANAPHORS } from "../../lexicon/triggers.js";
import { DETERMINERS } from "../../lexicon/function-words.js";
import { personCounts } from "../slots/count-subject.js";
import type { Candidate, ContextDetector, Found, SentenceView } from "../types.js";
import { newCandidate, readTrigger } from "./base.js";

export const anaphorDetector: ContextDetector = {
  name: "detector/anaphor",
  match(view: SentenceView, found: Found, _ctx: Context): Candidate[] {
    const previous = found.before;
    const out: Candidate[] = [];
    for (let i = 1; i < view.tokens.length; i++) {
      if (!EVENT_ANAPHORS.has(view.lemmas[i])) continue;
      // "the convoy", "the previous Iraqi convoy": a determiner, perhaps over two modifiers
      let d = i - 1;
      while (d > 0 && d >= i - 3 && view.tokens[d].kind === "word" && !DETERMINERS.has(view.lowers[d]) && !EVENT_ANAPHORS.has(view.lemmas[d])) d--;
      if (!DETERMINERS.has(view.lowers[d])) continue;
      const clause = view.clause[i];
      // the count may follow an aside: "the earlier convoy, in March, carried 450 people"
      if (!personCounts(view).some((pc) => pc.first > i && (view.clause[pc.first] === clause || pc.first - i <= 12))) continue;
      let antecedent: Candidate | null = null;
      const recent: Candidate[] = [];
      for (let k = previous.length - 1; k >= 0; k--) {
        const p = previous[k];
        if (p.view.index < view.index - 2) break;
        if (p.view.index < view.index && !p.dropped) {
          antecedent ??= p;
          if (p.type === antecedent.type) recent.push(p);
        }
      }
      if (!antecedent) continue;
      const pick = <K extends "origin" | "destination" | "location">(k: K) => recent.find((r) => r[k])?.[k] ?? null;
      const trigger = readTrigger(view, i, i, { steps: [view.lemmas[i]], weight: 0.5 });
      trigger.reading = "noun";
      const c = newCandidate(antecedent.type, view, trigger, "detector/anaphor");
      // the operation goes where the antecedent went, unless this sentence says otherwise (slots fill first)
      c.inherited = { origin: pick("origin"), destination: pick("destination"), location: pick("location") };
      // an event this sentence tells itself is not an anaphor of an earlier one
      if (!found.here.some((f) => f.type === c.type) && !out.some((o) => o.type === c.type)) out.push(c);
    }
    return out;
  },
};

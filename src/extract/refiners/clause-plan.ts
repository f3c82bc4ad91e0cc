// "The rebels are to hand back 20 ... in return for the release of 60": a
// noun leg after a planned verb in its sentence shares the plan, unless it
// carries a date of its own.

import type { Candidate, Refiner } from "../types.js";

export const clausePlan: Refiner = {
  name: "refiner/clause-plan",
  refine(cands: Candidate[]): Candidate[] {
    let i = 0;
    while (i < cands.length) {
      let j = i;
      while (j < cands.length && cands[j].view === cands[i].view) j++;
      const plannedVerb = cands.slice(i, j).find((f) => f.status === "planned" && f.trigger.reading === "verb");
      if (plannedVerb)
        for (let k = i; k < j; k++) {
          const f = cands[k];
          if (f.trigger.reading === "noun" && f.trigger.start > plannedVerb.trigger.start && f.status === "occurred" && !f.dateMention) f.status = "planned";
        }
      i = j;
    }
    return cands;
  },
};

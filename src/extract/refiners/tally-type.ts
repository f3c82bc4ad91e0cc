// A running total is of the kind of the event it tallies: when a refiner
// retypes that event ("deported 300 migrants" read first as a transfer, then
// as people going home), the total follows.

import type { Context } from "../../context.js";
import type { Candidate, Refiner } from "../types.js";

export const tallyType: Refiner = {
  name: "refiner/tally-type",
  refine(cands: Candidate[], ctx: Context): Candidate[] {
    for (const c of cands) {
      const of = c.tallyOf;
      if (!of || of.dropped || of.type === c.type) continue;
      ctx.debug("refiner/tally-type", () => `${c.type} s${c.view.index}: tallies a ${of.type}`);
      c.type = of.type;
      c.tags.push("refiner/tally-type");
    }
    return cands;
  },
};

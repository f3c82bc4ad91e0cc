// The legs of a swap are exchanges: "X released three hostages ... and Y
// freed 183 prisoners in return" is an exchange (one record per direction
// when the figures differ), even though the text says "released".

import type { Context } from "../../context.js";
import type { Candidate, Refiner } from "../types.js";

const SWAP_CUE = /\b(?:in return|in exchange for|in exchange|swap(?:s|ped)?|prisoner exchange|exchange deal)\b/i;

export const swapLegs: Refiner = {
  name: "refiner/swap-legs",
  refine(cands: Candidate[], ctx: Context): Candidate[] {
    for (const c of cands) {
      if (c.type !== "release" && c.type !== "transfer") continue;
      if (!SWAP_CUE.test(c.view.sentence.text)) continue;
      ctx.debug("refiner/swap-legs", () => `${c.type} s${c.view.index} "${c.trigger.text}" is a leg of a swap`);
      c.type = "exchange";
      c.tags.push("refiner/swap-legs");
    }
    return cands;
  },
};

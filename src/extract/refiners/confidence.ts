// A 0..1 score from the rules that fired: the trigger's weight, the slots
// filled, merged evidence; lowered for weak readings and inherited values.

import type { Context } from "../../context.js";
import type { Candidate, Refiner } from "../types.js";

export const confidence: Refiner = {
  name: "refiner/confidence",
  refine(cands: Candidate[], _ctx: Context): Candidate[] {
    for (const c of cands) {
      let s = 0.35 + 0.35 * c.trigger.weight;
      if (c.count) s += 0.08;
      if (c.origin || c.destination || c.location) s += c.tags.includes("slot/places") ? 0.06 : 0.02;
      if (c.date && !c.dateImplied) s += 0.05;
      if (c.source) s += 0.04;
      if (c.sentences.length > 1) s += 0.05;
      if (c.trigger.reading === "noun" && !c.count) s -= 0.05;
      if (c.tags.includes("detector/anaphor")) s -= 0.05;
      c.confidence = Math.round(Math.max(0.05, Math.min(0.98, s)) * 100) / 100;
      c.tags.push("refiner/confidence");
    }
    return cands;
  },
};

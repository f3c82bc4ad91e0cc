// A 0..1 score. First from the rules that fired: the trigger's weight, the
// slots filled, merged evidence; lowered for weak readings and inherited
// values. Then, where a model has been learned from the development gold
// (confidence-model.ts), the probability that a record of this shape is
// right, so that `--min-confidence 0.8` keeps records right most of the time.

import type { Context } from "../../context.js";
import { featuresOf, probability } from "../confidence-model.js";
import type { Candidate, Refiner } from "../types.js";

/** Below this learned probability a record is dropped (chosen on the in-repo held-out sets, which the model never saw). */
export const MIN_PROBABILITY = 0.3;
/** Set by scripts/train-confidence.mjs: every record is kept, so that the model learns from all of them. */
const LEARNING = process.env.SOURCED_CONFIDENCE_LEARNING === "1";

export const confidence: Refiner = {
  name: "refiner/confidence",
  refine(cands: Candidate[], ctx: Context): Candidate[] {
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
      const x = featuresOf(c);
      const p = probability(x);
      if (p !== null) c.confidence = Math.round(Math.max(0.01, Math.min(0.99, p)) * 100) / 100;
      // a record of a shape that is wrong more than twice in three times on the development gold is left out
      if (p !== null && p < MIN_PROBABILITY && !LEARNING) {
        c.dropped = "unlikely";
        ctx.debug("refiner/confidence", () => `drop ${c.type} s${c.view.index}: probability ${p.toFixed(2)}`);
      }
      // the features, for learning the model again (scripts/train-confidence.mjs)
      ctx.debug("refiner/confidence", () => `features ${JSON.stringify(x)}`);
      c.tags.push("refiner/confidence");
    }
    return cands.filter((c) => !c.dropped);
  },
};

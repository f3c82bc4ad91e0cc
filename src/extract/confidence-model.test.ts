import { describe, expect, it } from "vitest";
import { CONFIDENCE_WEIGHTS } from "./confidence-weights.js";
import { FEATURE_NAMES, probability } from "./confidence-model.js";

describe("confidence model", () => {
  it("has one learned weight per feature, for the features the code computes", () => {
    expect(CONFIDENCE_WEIGHTS.features).toEqual(FEATURE_NAMES);
    expect(CONFIDENCE_WEIGHTS.weights).toHaveLength(FEATURE_NAMES.length);
  });

  it("gives a counted, merged exchange more confidence than a lone planned holding", () => {
    const x = (on: string[]) => FEATURE_NAMES.map((n) => (n === "bias" || on.includes(n) ? 1 : 0));
    const strong = probability(x(["count", "verb", "stated date", "place from its sentence", "type exchange", "refiner/merge-same-event"]))!;
    const weak = probability(x(["noun", "no date", "no place", "planned", "type holding", "quoted"]))!;
    expect(strong).toBeGreaterThan(0.7);
    expect(weak).toBeLessThan(0.3);
  });

  it("declines when the features and the learned weights do not match", () => {
    expect(probability([1, 2, 3])).toBeNull();
  });
});

// The features a record's confidence is computed from, and the logistic model
// over them. The weights (confidence-weights.ts) are learned from the
// development gold by scripts/train-confidence.mjs: the probability that a
// record of this shape is right, which `--min-confidence` filters on.

import { EVENT_TYPES } from "../types.js";
import { CONFIDENCE_WEIGHTS } from "./confidence-weights.js";
import type { Candidate } from "./types.js";

const REFINER_TAGS = [
  "refiner/jailbreak",
  "refiner/deportation-home",
  "refiner/swap-legs",
  "refiner/inherit-context",
  "refiner/merge-same-event",
  "refiner/repatriation-route",
];
const DETECTOR_TAGS = ["detector/anaphor", "detector/running-total"];

export const FEATURE_NAMES: readonly string[] = [
  "bias",
  "rule score",
  "trigger weight",
  "verb",
  "noun",
  "participle",
  "passive",
  "count",
  "vague count",
  "count from parts or rounding",
  "stated date",
  "implied date",
  "no date",
  "place from its sentence",
  "inherited place",
  "no place",
  "source",
  "evidence sentences",
  "planned",
  "ongoing",
  "title line",
  "first sentence",
  "quoted",
  ...EVENT_TYPES.map((t) => `type ${t}`),
  ...REFINER_TAGS,
  ...DETECTOR_TAGS,
];

const FINAL = /[.!?]["”’)]?\s*$/;

export function featuresOf(c: Candidate): number[] {
  const placed = !!(c.origin || c.destination || c.location);
  const s = c.view.sentence;
  return [
    1,
    c.confidence,
    c.trigger.weight,
    c.trigger.reading === "verb" ? 1 : 0,
    c.trigger.reading === "noun" ? 1 : 0,
    c.trigger.reading === "participle" ? 1 : 0,
    c.trigger.passive ? 1 : 0,
    c.count ? 1 : 0,
    c.count?.qualifier === "vague" ? 1 : 0,
    c.count && (c.count.qualifier === "approx" || c.count.qualifier === "at_least" || c.count.qualifier === "at_most") ? 1 : 0,
    c.date && !c.dateImplied ? 1 : 0,
    c.date && c.dateImplied ? 1 : 0,
    c.date ? 0 : 1,
    c.tags.includes("slot/places") ? 1 : 0,
    placed && !c.tags.includes("slot/places") ? 1 : 0,
    placed ? 0 : 1,
    c.source ? 1 : 0,
    Math.min(c.sentences.length, 4) / 4,
    c.status === "planned" ? 1 : 0,
    c.status === "ongoing" ? 1 : 0,
    FINAL.test(s.text) ? 0 : 1,
    s.index === 0 ? 1 : 0,
    /^\s*["“‘']/.test(s.text) ? 1 : 0,
    ...EVENT_TYPES.map((t) => (c.type === t ? 1 : 0)),
    ...REFINER_TAGS.map((t) => (c.tags.includes(t) ? 1 : 0)),
    ...DETECTOR_TAGS.map((t) => (c.tags.includes(t) ? 1 : 0)),
  ];
}

/** The probability that the record is right, or null when no model has been learned for these features. */
export function probability(x: number[]): number | null {
  const w = CONFIDENCE_WEIGHTS.weights;
  if (w.length !== x.length || CONFIDENCE_WEIGHTS.features.join("|") !== FEATURE_NAMES.join("|")) return null;
  let z = 0;
  for (let i = 0; i < x.length; i++) z += w[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

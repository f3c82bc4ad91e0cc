// Count qualifiers: the words before a number that say how exact it is
// (see the count-qualifier table of the exchange format). Data only.

import type { Qualifier } from "../types.js";

/** Phrase → qualifier. Matched case-insensitively right before a number. */
export const COUNT_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  // approx
  approximately: "approx",
  "approx.": "approx",
  about: "approx",
  around: "approx",
  nearly: "approx",
  almost: "approx",
  "close to": "approx",
  "closer to": "approx",
  some: "approx",
  roughly: "approx",
  "an estimated": "approx",
  estimated: "approx",
  "an approximate": "approx",
  approximate: "approx",
  "just under": "approx",
  "just over": "approx",
  "just shy of": "approx",
  "an average of": "approx",
  "on the order of": "approx",
  "in the region of": "approx",
  "somewhere around": "approx",
  "nearly some": "approx",
  "an estimated total of": "approx",
  "estimates that": "approx",
  "estimated that": "approx",
  "estimate that": "approx",
  // at_least
  "more than": "at_least",
  over: "at_least",
  "well over": "at_least",
  "at least": "at_least",
  "upward of": "at_least",
  "upwards of": "at_least",
  "in excess of": "at_least",
  "no fewer than": "at_least",
  "no less than": "at_least",
  "not less than": "at_least",
  "a minimum of": "at_least",
  "at a minimum": "at_least",
  "well above": "at_least",
  above: "at_least",
  beyond: "at_least",
  between: "at_least",
  // at_most
  "up to": "at_most",
  "as many as": "at_most",
  "fewer than": "at_most",
  "less than": "at_most",
  "no more than": "at_most",
  "not more than": "at_most",
  "a maximum of": "at_most",
  "at most": "at_most",
  under: "at_most",
  "as few as": "at_most",
};

/**
 * Verbs that make the qualifier word a particle of the verb instead:
 * "handed over 300 detainees" is exact 300, not "more than 300".
 * Keyed by the qualifier, values are verb lemmas.
 */
export const PARTICLE_VERBS: Readonly<Record<string, ReadonlySet<string>>> = {
  over: new Set([
    "hand",
    "turn",
    "take",
    "pass",
    "win",
    "start",
    "get",
    "bring",
    "move",
    "fly",
    "look",
    "put",
    "kick",
    "sign",
    "give",
    "carry",
    "roll",
    "tip",
    "pull",
    "bowl",
    "knock",
    "think",
    "ship",
    "send",
    "fight",
  ]),
  about: new Set(["bring", "come", "set", "go", "turn"]),
  around: new Set(["turn", "come", "hand", "pass", "go", "get", "move", "ship", "bring", "send", "spread"]),
  under: new Set(["go", "come", "put", "bring", "fall", "place", "keep", "hold"]),
};

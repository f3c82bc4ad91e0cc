// Nouns for places where people are held: prisons, camps, detention centres.

/** Places where people are kept: camps, prisons, shelters. */
export const KEEPING_PLACES: ReadonlySet<string> = new Set([
  "camp",
  "prison",
  "jail",
  "facility",
  "penitentiary",
  "detention",
  "shelter",
  "annex",
  "compound",
  "centre",
  "center",
  "barracks",
]);

/** Nouns that name a facility's kind ("the facility", "the centre" name none, so they say too little). */
export const FACILITY_KIND_NOUNS: ReadonlySet<string> = new Set(["jail", "prison", "camp", "penitentiary"]);

/** Nouns a later sentence uses to point back at a facility or at the attack on it: "the prison", "the assault". */
export const FACILITY_OR_ATTACK_BACK_REFERENCES: ReadonlySet<string> = new Set([
  "prison",
  "jail",
  "facility",
  "camp",
  "centre",
  "center",
  "compound",
  "attack",
  "attacker",
  "assault",
]);

/** Nouns a later sentence uses to point back at the facility the sentence before named: "the facility fell". */
export const FACILITY_BACK_REFERENCES: ReadonlySet<string> = new Set(["prison", "jail", "facility", "camp", "penitentiary", "compound"]);

/** Phrases of a facility's capacity: "can hold", "designed to house", "built for". */
export const CAPACITY_CUE: RegExp =
  /\b(?:capacity|can (?:hold|house|accommodate)|able to (?:hold|house|accommodate)|designed to (?:hold|house)|built (?:to|for))\b/i;

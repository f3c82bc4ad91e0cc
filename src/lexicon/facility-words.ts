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

/** Words that make a sentence speak of a place where people are held, named or not: "a jail near the capital", "the jailbreak". */
export const FACILITY_TALK_WORDS: ReadonlySet<string> = new Set([...FACILITY_BACK_REFERENCES, "jailbreak", "correctional", "custodial", "detention"]);

/** Plural facility nouns: a sentence about "more than a dozen detention facilities" is about no one facility. */
export const FACILITY_PLURALS: ReadonlySet<string> = new Set(["prisons", "jails", "camps", "facilities", "centres", "centers", "penitentiaries"]);

/** People a facility holds: a record about them, in a report about one facility, is about that facility ("443 inmates have been recaptured"). */
export const HELD_PEOPLE_WORDS: ReadonlySet<string> = new Set([
  "inmate",
  "inmates",
  "prisoner",
  "prisoners",
  "detainee",
  "detainees",
  "escapee",
  "escapees",
  "convict",
  "convicts",
]);

/** Phrases of a facility's capacity: "can hold", "designed to house", "built for". */
export const CAPACITY_CUE: RegExp =
  /\b(?:capacity|can (?:hold|house|accommodate)|able to (?:hold|house|accommodate)|designed to (?:hold|house)|built (?:to|for))\b/i;

/**
 * Words every facility name may carry, which tell no two facilities apart: "Kuje prison" and
 * "Kuje Medium Security Correctional Centre" are one place by the word left, "Kuje".
 */
export const FACILITY_GENERIC_WORDS: ReadonlySet<string> = new Set([
  "the",
  "of",
  "prison",
  "prisons",
  "jail",
  "gaol",
  "penitentiary",
  "camp",
  "detention",
  "centre",
  "center",
  "facility",
  "correctional",
  "custodial",
  "correction",
  "medium",
  "maximum",
  "minimum",
  "security",
  "central",
  "district",
  "federal",
  "military",
  "reformatory",
  "rehabilitation",
]);

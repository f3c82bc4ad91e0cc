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

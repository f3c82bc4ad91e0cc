// Verbs that move people into, out of or between custodies, and verbs of asking for such a move.

/** Verbs of asking another party to act (lemmas and past forms): "asked", "urged", "petitioned". */
export const ASKING_VERBS: ReadonlySet<string> = new Set(["ask", "urge", "press", "petition", "asked", "urged", "pressed", "petitioned"]);

/** "asked Damascus to hand over", "to extradite": the action requested moves people in custody. */
export const REQUESTED_CUSTODY_ACTIONS: ReadonlySet<string> = new Set([
  "hand",
  "extradite",
  "repatriate",
  "release",
  "free",
  "return",
  "transfer",
  "deport",
  "surrender",
  "receive",
]);

/** Verbs of an earlier hand-over before a repatriation: "handed", "released", "swapped". */
export const EARLIER_CUSTODY_STEPS: ReadonlySet<string> = new Set(["hand", "release", "free", "transfer", "exchange", "swap", "deliver"]);

/** Verbs that take people out of custody: "freed", "deported", "pardoned". */
export const LEAVING_CUSTODY_VERBS: ReadonlySet<string> = new Set(["free", "release", "repatriate", "deport", "expel", "pardon"]);

/** Words of deportation and expulsion, verbs and nouns: "deported", "expulsion", "forcibly". */
export const DEPORTATION_WORDS: ReadonlySet<string> = new Set(["deport", "deportation", "expel", "expulsion", "deported", "expelled", "forcibly"]);

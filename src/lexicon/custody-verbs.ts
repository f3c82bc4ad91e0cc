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

/** Verbs of holding people (lemmas): "held", "detained", "interned". */
export const HOLD_VERBS: ReadonlySet<string> = new Set(["hold", "detain", "keep", "imprison", "jail", "intern", "confine", "incarcerate"]);

/** Verbs whose agent takes people into its own territory or custody: "received", "welcomed", "repatriated". */
export const RECEIVING_VERBS: ReadonlySet<string> = new Set(["receive", "take", "accept", "welcome", "admit", "bring", "repatriate"]);

/** Verbs whose agent lets people go from its own territory or custody. */
export const SENDING_VERBS: ReadonlySet<string> = new Set([
  "deport",
  "expel",
  "release",
  "free",
  "extradite",
  "hand",
  "send",
  "transfer",
  "handover",
  "evict",
  "let",
]);

/** Verbs of having people on one's territory or in one's custody: "hosts", "houses", "holds". */
export const KEEPING_VERBS: ReadonlySet<string> = new Set(["have", "hold", "house", "host", "keep", "detain", "receive"]);

/** Verbs of urging another party to act: "urged", "called on", "pressed". */
export const URGING_VERBS: ReadonlySet<string> = new Set(["urge", "call", "ask", "press", "encourage", "appeal", "push", "pressure", "invite"]);

/** Verbs of urging, requesting or telling another party to act: "urged", "requested", "told". */
export const URGING_OR_TELLING_VERBS: ReadonlySet<string> = new Set([
  "urge",
  "call",
  "ask",
  "press",
  "encourage",
  "appeal",
  "push",
  "pressure",
  "request",
  "invite",
  "tell",
]);

/** Participles before "by" naming who runs a place: "run by", "guarded by", "held by". */
export const KEEPING_PARTICIPLES: ReadonlySet<string> = new Set([
  "run",
  "controlled",
  "guarded",
  "operated",
  "managed",
  "administered",
  "held",
  "overseen",
  "secured",
]);

/** Verbs whose subject holds people: "controls", "runs", "guards". */
export const HOLDER_VERBS: ReadonlySet<string> = new Set([
  "run",
  "guard",
  "control",
  "hold",
  "held",
  "operate",
  "oversee",
  "secure",
  "administer",
  "manage",
  "keep",
  "controlled",
  "guarded",
  "operated",
  "led",
]);

/** Words of an exchange: "in return", "in exchange", "swapped", "exchanged". */
export const SWAP_CUE: RegExp = /\b(?:in return|in exchange|swap(?:s|ped|ping)?|exchanged?|exchanges)\b/i;

/** Verbs of keeping people somewhere: "are held in", "remain jailed in", "were kept in". */
export const HELD_IN_VERBS: ReadonlySet<string> = new Set([
  "hold",
  "keep",
  "detain",
  "jail",
  "imprison",
  "incarcerate",
  "intern",
  "confine",
  "house",
  "lock",
  "remain",
  "stay",
  "live",
]);

/** Verbs of getting away whose object is the place left: "escaped the camp", "fled the prison". */
export const GETTING_AWAY_VERBS: ReadonlySet<string> = new Set(["escape", "flee", "abscond", "desert"]);

// Words around agreements: what kind of deal a noun names and what setting makes a deal one about people in custody.

/** Nouns for deals that are commercial unless a conflict or detention setting says otherwise: "deal", "pact". */
export const COMMERCIAL_DEAL_NOUNS: ReadonlySet<string> = new Set(["deal", "agreement", "accord", "pact", "memorandum"]);

/** Words that put an agreement in a conflict or detention setting. */
export const AGREEMENT_CONFLICT_WORDS: ReadonlySet<string> = new Set([
  "ceasefire",
  "truce",
  "war",
  "conflict",
  "fighting",
  "hostility",
  "peace",
  "prisoner",
  "detainee",
  "hostage",
  "captive",
  "release",
  "exchange",
  "swap",
  "integration",
  "integrate",
  "withdrawal",
  "withdraw",
  "surrender",
  "disarmament",
  "disarm",
  "handover",
  "offensive",
  "siege",
  "attack",
  "clash",
  "security",
  "military",
  "army",
  "troop",
  "force",
  "militia",
  "rebel",
  "fighter",
  "militant",
  "insurgent",
  "repatriation",
  "repatriate",
  "transfer",
  "evacuation",
  "de-escalation",
  "armistice",
  "occupation",
  "border",
  "control",
  // "the two sides", "the parties": in the news, the sides to a deal are warring ones
  "side",
  "party",
  "faction",
  "mediator",
  "envoy",
  "negotiator",
  "delegation",
]);

/** "The deal ... was reached", "signed the truce": a verb of conclusion reports the agreement. */
export const CONCLUDING_VERBS: ReadonlySet<string> = new Set([
  "reach",
  "sign",
  "seal",
  "conclude",
  "strike",
  "broker",
  "declare",
  "announce",
  "approve",
  "agree",
  "finalize",
  "finalise",
  "ink",
  "extend",
  "renew",
]);

/** Participles that say who made a deal (not who mediated it). */
export const DEAL_MAKING_PARTICIPLES: ReadonlySet<string> = new Set([
  "announced",
  "declared",
  "signed",
  "proposed",
  "offered",
  "agreed",
  "concluded",
  "struck",
  "reached",
  "ordered",
  "imposed",
]);

/** Nouns that name a deal: the subject of an agreement. */
export const DEAL_NOUNS: ReadonlySet<string> = new Set([
  "deal",
  "agreement",
  "accord",
  "truce",
  "ceasefire",
  "cease-fire",
  "pact",
  "arrangement",
  "memorandum",
  "framework",
  "understanding",
  "treaty",
  "armistice",
  "roadmap",
  "protocol",
]);

/** Past forms of the verbs that conclude an agreement: "signed", "reached", "struck", "announced". */
export const CONCLUDED_FORMS: ReadonlySet<string> = new Set([
  "signed",
  "reached",
  "struck",
  "sealed",
  "concluded",
  "brokered",
  "announced",
  "declared",
  "agreed",
  "finalized",
  "finalised",
  "inked",
  "approved",
  "unveiled",
  "negotiated",
  "mediated",
]);

/** Words that make a deal the way something was done: "in a deal", "under the deal", "through a deal", "as part of a deal". */
export const DEAL_MANNER_WORDS: ReadonlySet<string> = new Set(["in", "under", "during", "through", "via", "part"]);

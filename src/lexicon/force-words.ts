// Nouns for state bodies, armed forces and parties: who holds, arrests, asks or negotiates.

/** Parties that are asked to act in an agreement: governments, sides, coalitions. */
export const REQUESTED_PARTIES: ReadonlySet<string> = new Set([
  "government",
  "coalition",
  "authority",
  "ministry",
  "army",
  "force",
  "side",
  "state",
  "country",
  "alliance",
  "administration",
  "militia",
  "group",
]);

/** Agents that can arrest people: police, armies, agents, kidnappers. */
export const ARRESTING_AGENTS: ReadonlySet<string> = new Set([
  "police",
  "authority",
  "army",
  "military",
  "intelligence",
  "security",
  "agent",
  "officer",
  "policeman",
  "gunman",
  "kidnapper",
  "service",
  "ministry",
  "patrol",
]);

/** Nouns for the parties of a deal or a fight: sides, governments, armed forces. */
export const PARTY_NOUNS: ReadonlySet<string> = new Set([
  "side",
  "party",
  "government",
  "rebel",
  "faction",
  "country",
  "state",
  "negotiator",
  "mediator",
  "ministry",
  "authority",
  "leader",
  "delegation",
  // armed forces act as parties too: "the army entered the town"
  "army",
  "force",
  "troop",
  "military",
  "militia",
  "unit",
  "police",
]);

/** Bodies that keep people in custody: authorities, police, courts, guards. */
export const CUSTODIAN_NOUNS: ReadonlySet<string> = new Set([
  "authority",
  "police",
  "prosecutor",
  "judiciary",
  "court",
  "security",
  "intelligence",
  "jailer",
  "guard",
]);

/** People who break into a prison rather than run it. */
export const PRISON_ATTACKERS: ReadonlySet<string> = new Set(["gunman", "attacker", "assailant", "mob", "criminal", "bandit", "raider"]);

/** Institutions and custody words after "to"/"from" or before "in"/"at": "handed to the authorities in X", "custody in X". */
export const CUSTODY_INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  "authority",
  "authorities",
  "government",
  "custody",
  "court",
  "courts",
  "judiciary",
  "police",
  "army",
  "military",
  "forces",
  "force",
  "officials",
  "side",
  "control",
]);

/** Bodies that act for a state ("a Dutch-Belgian mission", "French and German officials"). */
export const STATE_BODIES: ReadonlySet<string> = new Set([
  "mission",
  "team",
  "delegation",
  "government",
  "governments",
  "authority",
  "authorities",
  "official",
  "officials",
  "force",
  "forces",
  "army",
  "military",
  "operation",
  "flight",
  "plane",
  "aircraft",
  "ministry",
  "embassy",
  "consulate",
]);

/** Bodies that act: "the army shelled", "the court sentenced". */
export const ACTING_INSTITUTIONS: ReadonlySet<string> = new Set([
  "army",
  "police",
  "military",
  "government",
  "authority",
  "ministry",
  "coalition",
  "regime",
  "navy",
  "administration",
  "command",
  "court",
  "judiciary",
  "tribunal",
  "council",
  "parliament",
  "cabinet",
  "state",
  "group",
  "movement",
  "force",
  "troop",
  "unit",
  "official",
  "personnel",
  "service",
  "department",
  "office",
  "agency",
  "presidency",
  "delegation",
  "side",
  "gunman",
  "soldier",
  "fighter",
  "militant",
  "guard",
  "officer",
  "policeman",
  "militia",
  "gang",
  "rebel",
  "insurgent",
  "jihadist",
  "faction",
  "brigade",
  "committee",
  "commission",
  "prosecutor",
  "judge",
  "mediator",
  "negotiator",
  "country",
  "nation",
  "paramilitary",
]);

/** Words that may follow a named actor as part of it: "Hamas forces", "Taliban police". */
export const AGENT_TAILS: ReadonlySet<string> = new Set([
  "forces",
  "force",
  "troops",
  "army",
  "police",
  "authorities",
  "government",
  "fighters",
  "militants",
  "officials",
  "security",
  "military",
  "units",
  "guards",
  "personnel",
]);

/** Bare heads that make an actor on their own: "officials said", "authorities". */
export const BARE_ACTOR_HEADS: ReadonlySet<string> = new Set(["officials", "authorities"]);

/** Phrases naming both parties at once: "the two sides", "both countries", "each side". */
export const BOTH_SIDES_CUE: RegExp = /\b(?:the two|both) (?:sides|countries|states|governments|parties|neighbou?rs|nations)\b|\beach side\b/i;

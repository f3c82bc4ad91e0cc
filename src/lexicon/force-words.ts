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

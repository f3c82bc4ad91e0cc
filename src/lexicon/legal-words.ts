// Words of the law: charges, courts and proceedings.

/** Nouns for what someone is held on: "charges", "accusations", "suspicion". */
export const CHARGE_NOUNS: ReadonlySet<string> = new Set(["charge", "accusation", "suspicion", "allegation", "count"]);

/** "64 inmates undergoing trial", "awaiting trial", "pending trial": a state of the people, not a hearing told. */
export const AWAITING_WORDS: ReadonlySet<string> = new Set(["awaiting", "undergoing", "pending", "await", "awaits"]);

/** Courts and legal authorities: "a Dutch court", "French prosecutors". */
export const COURT_WORDS: ReadonlySet<string> = new Set(["court", "judge", "tribunal", "judiciary", "prosecutor", "authority", "authorities"]);

// Words of the law: charges, courts and proceedings.

/** Nouns for what someone is held on: "charges", "accusations", "suspicion". */
export const CHARGE_NOUNS: ReadonlySet<string> = new Set(["charge", "accusation", "suspicion", "allegation", "count"]);

// English function words (determiners, pronouns, prepositions, auxiliaries, conjunctions) as the clause grammar uses them.

/** Pronouns that can be the subject right before a verb: "they", "who", "that". */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(["they", "he", "she", "it", "we", "i", "you", "who", "which", "that"]);

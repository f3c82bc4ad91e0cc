// English function words (determiners, pronouns, prepositions, auxiliaries, conjunctions) as the clause grammar uses them.

/** Pronouns that can be the subject right before a verb: "they", "who", "that". */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(["they", "he", "she", "it", "we", "i", "you", "who", "which", "that"]);

/** Determiners that point back at something already named: "the", "this", "its", "their". */
export const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set(["the", "this", "that", "its", "their"]);

/** Present forms of "have" (a present perfect: "has said"). */
export const HAVE_PRESENT: ReadonlySet<string> = new Set(["has", "have", "'ve"]);

/** Definite articles and demonstratives: "the", "this", "those". */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(["the", "this", "that", "these", "those"]);

/** "as they withdrew", "after the guards pulled out": a movement in a time clause is the backdrop of another event. */
export const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(["as", "when", "while", "after", "before", "once", "until", "since"]);

/** Auxiliaries and adverbs that may sit between a relative pronoun and its verb: "who had earlier", "which was also". */
export const RELATIVE_CLAUSE_STEPS: ReadonlySet<string> = new Set([
  "had",
  "have",
  "has",
  "were",
  "was",
  "are",
  "is",
  "been",
  "being",
  "earlier",
  "previously",
  "recently",
  "later",
  "also",
]);

/** Relative words that open a clause: "who", "which", "that", "where", "whose". */
export const WH_WORDS: ReadonlySet<string> = new Set(["who", "which", "that", "where", "whose"]);

/** Determiners, conjunctions and prepositions: where the modifiers before a head noun stop, reading leftwards. */
export const DETERMINERS_AND_PREPOSITIONS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "and",
  "or",
  "in",
  "at",
  "on",
  "of",
  "from",
  "to",
  "by",
  "with",
  "for",
]);

/** Words that open a modifier of the subject before its verb: "the men on the boat", "gunmen armed with". */
export const SUBJECT_MODIFIER_HEADS: ReadonlySet<string> = new Set(["on", "with", "in", "from", "of", "aboard", "carrying", "armed"]);

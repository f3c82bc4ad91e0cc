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

/** Determiners: articles, demonstratives, possessives and quantifiers that open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "its",
  "their",
  "his",
  "her",
  "our",
  "my",
  "your",
  "any",
  "every",
  "each",
  "no",
  "another",
  "such",
  "whose",
]);

/** Auxiliaries and modals, in every form: "has", "was", "will", "could". */
export const AUX: ReadonlySet<string> = new Set([
  "be",
  "is",
  "are",
  "was",
  "were",
  "been",
  "being",
  "am",
  "have",
  "has",
  "had",
  "having",
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "must",
  "shall",
  "should",
  "do",
  "does",
  "did",
  "get",
  "got",
  "gets",
  "getting",
  "'s",
  "'re",
  "'ve",
]);

/** Forms of "be", and of "get" as a passive auxiliary: "was freed", "got released". */
export const BE_FORMS: ReadonlySet<string> = new Set(["be", "is", "are", "was", "were", "been", "being", "am", "get", "got", "gets", "getting", "'s", "'re"]);

/** Prepositions, simple and spelled as one word: "in", "into", "toward", "aboard". */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "on",
  "from",
  "to",
  "into",
  "onto",
  "toward",
  "towards",
  "near",
  "by",
  "with",
  "for",
  "of",
  "inside",
  "outside",
  "across",
  "over",
  "under",
  "through",
  "via",
  "after",
  "before",
  "during",
  "since",
  "until",
  "against",
  "among",
  "between",
  "amid",
  "out",
  "within",
  "around",
  "behind",
  "about",
  "despite",
  "following",
  "per",
  "without",
  "off",
]);

/** Adverbs a clause may carry between its words: "also", "still", "reportedly", "not". */
export const ADVERBS: ReadonlySet<string> = new Set([
  "also",
  "still",
  "reportedly",
  "already",
  "recently",
  "now",
  "currently",
  "briefly",
  "largely",
  "not",
  "never",
  "just",
  "then",
  "eventually",
  "proactively",
  "allegedly",
  "reported",
  "finally",
  "initially",
  "later",
  "previously",
  "once",
  "officially",
  "reportedly",
  "simultaneously",
  "subsequently",
  "mostly",
  "even",
  "only",
  "so",
  "far",
  "successfully",
  "formally",
]);

/** Conjunctions that end a noun phrase: "and", "but", "because", "while". */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "or", "but", "as", "while", "when", "that", "because", "although", "if", "so", "yet"]);

/** Relative words, "whom" included: "who", "whom", "which", "that", "where", "whose". */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(["who", "whom", "which", "that", "where", "whose"]);

/** Words that open an aside about people: "most of them", "among them", "including", "all of them". */
export const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set([
  "most",
  "many",
  "some",
  "all",
  "among",
  "including",
  "comprising",
  "mostly",
  "both",
  "half",
  "several",
  "none",
  "each",
  "one",
  "two",
  "three",
  "four",
  "five",
  "mainly",
  "largely",
  "nearly",
  "almost",
  "roughly",
  "around",
  "about",
  "majority",
  "the",
  "a",
  "an",
]);

/** Words that open an aside after the people counted ("450 men, most of them Iraqis"); fewer than APPOSITIVE_OPENERS. */
export const COUNT_APPOSITION_OPENERS: ReadonlySet<string> = new Set([
  "most",
  "many",
  "some",
  "all",
  "among",
  "mostly",
  "including",
  "comprising",
  "mainly",
  "nearly",
  "almost",
  "half",
  "several",
  "both",
]);

/** Determiners of one: "a", "an", "one", "another". */
export const SINGLE_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "one", "another"]);

/** Finite present and past forms of "be": "is", "are", "was", "were". */
export const BE_FINITE: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);

/** Where a relative clause opens after a noun ("under which", "whereby"): its verbs are not the noun's. */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(["which", "whereby", "who", "whom", "whose", "where"]);

/** Words that open a clause before a source: "where", "while", "but", "after". */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["where", "when", "as", "while", "and", "but", "whereas", "after"]);

/** Personal pronouns as subjects: "he", "she", "they", "it", "we", "i". */
export const PERSONAL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "it", "we", "i"]);

/** Words that open a subordinate clause: "that", "which", "whether", "because". */
export const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(["that", "which", "who", "whom", "whose", "if", "whether", "because"]);

/** Relative pronouns and "where", without "that": "which", "whose", "who", "whom", "where". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["which", "whose", "who", "whom", "where"]);

/** Prepositions of a goal or a source: "to", "into", "from", "across". */
export const GOAL_PREPOSITIONS: ReadonlySet<string> = new Set(["to", "into", "from", "toward", "towards", "onto", "across"]);

/** Subordinators before a non-finite verb: "broke out before being recaptured", "after escaping". */
export const SUBORDINATE_PREPOSITIONS: ReadonlySet<string> = new Set(["before", "after", "without", "upon", "on", "despite", "since", "while", "when", "for"]);

/** Prepositions that head a phrase attached to a noun: "from", "of", "in", "aboard". */
export const PP_HEADS: ReadonlySet<string> = new Set(["from", "of", "in", "at", "with", "near", "inside", "aboard", "on"]);

/** Articles: "a", "an", "the". */
export const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);

/** Prepositions of place and direction before a name: "in", "to", "from", "via", "across". */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "to",
  "from",
  "near",
  "at",
  "into",
  "outside",
  "around",
  "toward",
  "towards",
  "via",
  "across",
  "inside",
]);

/** Words after a country that make it the doer: "Iraq has", "Iraq will". */
export const STATE_AUX: ReadonlySet<string> = new Set([
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "can",
  "should",
  "must",
  "also",
  "later",
  "then",
  "agreed",
  "offered",
  "received",
  "accepted",
  "rejected",
  "refused",
  "urged",
  "demanded",
  "requested",
  "asked",
  "says",
  "said",
  "announced",
]);

/** Words that, capitalised at a sentence start, are not names: "In", "From", "Northern". */
export const SENTENCE_INITIAL_NON_NAMES: ReadonlySet<string> = new Set([
  "in",
  "from",
  "to",
  "at",
  "near",
  "outside",
  "inside",
  "across",
  "into",
  "around",
  "throughout",
  "within",
  "both",
  "while",
  "when",
  "after",
  "before",
  "since",
  "with",
  "by",
  "under",
  "over",
  "between",
  "toward",
  "towards",
  "via",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "rural",
  "greater",
  "downtown",
]);

/** Words that never end a sentence, so a line ending in one continues on the next: "the", "of", "and". */
export const HARD_WRAP_WORDS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "of",
  "and",
  "or",
  "to",
  "in",
  "on",
  "at",
  "for",
  "with",
  "from",
  "by",
  "as",
  "that",
  "which",
  "who",
  "whose",
  "but",
  "its",
  "their",
  "his",
  "her",
  "into",
  "than",
  "was",
  "were",
  "is",
  "are",
  "had",
  "has",
  "have",
  "been",
  "be",
  "after",
  "before",
  "said",
  "some",
  "about",
]);

/** Common English words whose share of a text tells English from other languages. */
export const ENGLISH_MARKER_WORDS: ReadonlySet<string> = new Set([
  "the",
  "of",
  "and",
  "were",
  "was",
  "said",
  "with",
  "from",
  "that",
  "this",
  "have",
  "has",
  "had",
  "which",
  "would",
  "after",
  "their",
  "they",
  "been",
  "who",
  "its",
  "it",
  "he",
  "she",
  "by",
]);

/** Finite verbs and auxiliaries that, right after a name, make it a subject: "X is", "X has", "X said". */
export const FINITE_VERBS_AFTER_NAME: ReadonlySet<string> = new Set([
  "is",
  "was",
  "were",
  "are",
  "has",
  "had",
  "have",
  "will",
  "would",
  "said",
  "says",
  "told",
  "announced",
  "claimed",
]);

/** Words that open an aside holding a list of counted people ("comprising 194 men, 156 women and 358 children"). */
export const LIST_ASIDE_OPENERS: ReadonlySet<string> = new Set(["comprising", "including", "among", "mostly", "mainly", "namely", "consisting"]);

/** Pronouns of one person: "him and 12 other people" counts him too. */
export const ONE_PERSON_PRONOUNS: ReadonlySet<string> = new Set(["him", "her", "he", "she", "me", "i"]);

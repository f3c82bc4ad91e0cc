// Words that attribute a statement to a source. Data only.

/** Verbs of saying, in the forms that follow their subject: "X said", "X has reported". */
export const SPEECH_VERBS = [
  "said", "says", "say", "told", "tells", "announced", "announces", "reported", "reports", "confirmed", "confirms", "stated",
  "noted", "notes", "added", "adds", "warned", "warns", "estimates", "estimated", "claimed", "claims", "claim", "explained", "explains",
  "revealed", "reveals", "informed", "recounted", "emphasized", "emphasised", "stressed", "insisted", "acknowledged", "admitted",
  "denied", "wrote", "writes", "tweeted", "posted", "declared", "indicated", "indicates", "argued", "argues", "alleged", "alleges",
  "accused", "accuses", "described", "describes", "disclosed", "cautioned", "asserted", "affirmed", "continued", "responded",
  "replied", "commented", "observed", "pointed out", "went on to say", "quoted", "cited", "documented", "recorded", "counted",
  "estimate", "report", "announce", "confirm", "note", "warn", "tell", "insist", "deny", "admit", "allege",
];

/** Auxiliaries and adverbs allowed between a source and its verb: "X has also said", "X later told". */
export const SPEECH_BRIDGES = ["has", "have", "had", "also", "later", "then", "previously", "earlier", "further", "again", "separately", "publicly", "officially", "recently", "would", "will", "was", "were", "is", "are", "reportedly", "on", "in", "a", "an", "the", "statement", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "last", "week", "month", "night", "this", "morning", "evening", "afternoon"];

/** Phrases before a source: "according to X", "a report by X". */
export const SOURCE_INTRODUCERS = ["according to", "a report by", "a statement by", "a statement from", "data from", "figures from", "reports by", "reports from", "as reported by", "as cited by", "cited by", "quoted by", "in a statement", "in a report", "in an interview with"];

/** Pronouns that stand for an earlier source. */
export const SOURCE_PRONOUNS: Record<string, "person" | "group"> = { he: "person", she: "person", they: "group", it: "group" };

/** Cues that also describe acts ("declared a caliphate"): they attribute only before "that", a colon or a quotation. */
export const CLAUSE_ONLY_CUES = ["declared", "continued", "recorded", "counted", "posted", "observed", "cited", "quoted", "documented", "indicated", "indicates", "states", "noted"];

// Words of time: prepositions, times of day and phrases that place an event relative to the report or to another event.

/** Prepositions that put an event in time relative to another: "during", "after", "ahead (of)". */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(["during", "since", "after", "before", "following", "until", "amid", "ahead"]);

/** Words that open a time phrase after a place ("stormed the jail this afternoon", "... last week"): the place ends there. */
export const TIME_OPENERS: ReadonlySet<string> = new Set([
  "this",
  "that",
  "last",
  "next",
  "early",
  "late",
  "yesterday",
  "today",
  "tonight",
  "overnight",
  "earlier",
  "later",
]);

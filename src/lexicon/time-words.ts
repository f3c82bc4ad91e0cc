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

/** Parts of the day: "night", "morning", "dawn", "overnight". */
export const TIME_OF_DAY: ReadonlySet<string> = new Set(["night", "morning", "evening", "afternoon", "dawn", "midnight", "overnight"]);

/** Prepositions that make an event the time of another: "during the attack", "after the escape". */
export const BACKDROP_PREPOSITIONS: ReadonlySet<string> = new Set(["during", "in", "amid", "after", "following", "since", "before"]);

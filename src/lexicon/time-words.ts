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

/** Month names and their abbreviations, lower case → month number (1-12); MONTH_NAMES in numbers.ts has the full names only. */
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Weekday names and their abbreviations, lower case; WEEKDAY_NAMES in numbers.ts has the full names only. */
export const WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
];

/** Phrases that put an event on the day of the report: "overnight", "today", "this morning". */
export const SAME_DAY_CUE: RegExp = /\b(?:overnight|today|tonight|this morning|this afternoon|this evening|earlier today)\b/i;

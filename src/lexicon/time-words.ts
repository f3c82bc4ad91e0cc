// Words of time: prepositions, times of day and phrases that place an event relative to the report or to another event.

/** Prepositions that put an event in time relative to another: "during", "after", "ahead (of)". */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(["during", "since", "after", "before", "following", "until", "amid", "ahead"]);

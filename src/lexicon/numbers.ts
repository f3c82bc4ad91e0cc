// Number words, magnitudes and the words around numbers that make them not
// a head count. Data only: `annotate/counts.ts` builds its patterns from these.

/** Cardinal words below one hundred. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Multipliers inside a number ("two hundred", "1.5 million"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
};
/** Abbreviated multipliers glued to digits or after them ("2m", "1.5bn", "3k"). */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1_000, m: 1_000_000, mn: 1_000_000, mln: 1_000_000, bn: 1_000_000_000,
};
/** Counted nouns that are numbers themselves ("a dozen" 12, "half a dozen" 6). */
export const GROUP_WORDS: Readonly<Record<string, number>> = { dozen: 12 };

/**
 * Vague magnitudes: plural number words read as an order of magnitude,
 * qualifier `vague` (dozens 12, scores 20, hundreds 100, thousands 1000,
 * tens of thousands 10000). Longest phrases first.
 */
export const VAGUE_MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ["hundreds of thousands", 100_000],
  ["tens of thousands", 10_000],
  ["several hundred thousand", 100_000],
  ["several tens of thousands", 10_000],
  ["several thousand", 1_000],
  ["several hundred", 100],
  ["several dozen", 12],
  ["a few thousand", 1_000],
  ["a couple of thousand", 1_000],
  ["a couple of hundred", 100],
  ["a couple of dozen", 12],
  ["a few hundred", 100],
  ["a few dozen", 12],
  ["many thousands", 1_000],
  ["many hundreds", 100],
  ["many dozens", 12],
  ["millions", 1_000_000],
  ["thousands", 1_000],
  ["hundreds", 100],
  ["dozens", 12],
  ["scores", 20],
];

/** Words for an unstated number: a mention with value null, qualifier `vague`. */
export const VAGUE_QUANTITY_WORDS: readonly string[] = [
  "a number of", "a handful of", "a few", "numerous", "countless", "multiple", "several", "many", "some",
];
/** After a vague word, these nouns mean time or manner, not people ("some time", "many years"). */
export const VAGUE_WORD_NON_PEOPLE: ReadonlySet<string> = new Set([
  "time", "times", "point", "points", "way", "ways", "extent", "degree", "years", "months", "weeks", "days",
  "hours", "minutes", "decades", "other", "others'", "sort", "kind", "respects", "cases", "reports",
  "analysts", "observers", "experts", "say", "believe", "argue", "fear", "hope", "more", "less", "such",
]);

/** Units of time: a number before them is a duration or an age, not a count. */
export const DURATION_UNITS: readonly string[] = [
  "seconds?", "minutes?", "hours?", "days?", "nights?", "weeks?", "fortnights?", "months?", "years?", "decades?",
  "centuries", "century", "generations?", "terms?", "rounds?",
];
/** Measures: a number before them is a distance, weight, area... not people. */
export const MEASURE_UNITS: readonly string[] = [
  "km", "kms", "kilometers?", "kilometres?", "miles?", "meters?", "metres?", "cm", "mm", "feet", "foot", "ft",
  "inch(?:es)?", "yards?", "kg", "kilograms?", "grams?", "tons?", "tonnes?", "pounds?", "lbs?", "acres?",
  "hectares?", "square", "sq", "degrees?", "liters?", "litres?", "gallons?", "barrels?", "bpd", "mw", "gw",
  "kw", "mph", "kph", "km/h", "calibre", "caliber", "mm\\b",
];
/** Money and rates after a number. */
export const CURRENCY_AFTER: readonly string[] = [
  "dollars?", "euros?", "pounds sterling", "dinars?", "liras?", "lira", "riyals?", "dirhams?", "rials?", "rubles?",
  "roubles?", "yuan", "usd", "eur", "gbp", "iqd", "syp", "percent", "per cent", "pc", "percentage points?",
];
/** Money before a number ("$5 million", "US$ 2bn"). */
export const CURRENCY_BEFORE = /(?:[$€£¥₺]|US\$|USD|EUR|GBP|IQD|SYP|Rs\.?)\s*$/;

/**
 * Labels a number names rather than counts ("Brigade 93", "Resolution 2254",
 * "Article 5", "No. 1", "Phase 2"). Matched case-insensitively right before the number.
 */
export const NUMBER_LABELS: readonly string[] = [
  "no\\.?", "nos\\.?", "number", "#", "article", "resolution", "brigade", "division", "battalion", "regiment",
  "unit", "route", "highway", "road", "street", "st\\.?", "chapter", "section", "paragraph", "page", "p\\.",
  "vol\\.?", "flight", "room", "cell", "block", "building", "gate", "sector", "wing", "level", "phase", "stage",
  "round", "season", "episode", "channel", "zone", "line", "lot", "apartment", "apt\\.?", "suite", "ste\\.?",
  "floor", "tower", "camp", "checkpoint", "hangar", "ward", "annex", "district", "precinct", "squad", "corps",
  "fleet", "platoon", "decree", "clause", "exit", "km", "kilometer", "kilometre", "mile", "junction", "top",
  "aged", "age", "ages", "age of", "aged between", "ages of", "the age of", "ages between",
];

/** Words before a four-digit number that make it a year ("in 2014", "since 2011"). */
export const YEAR_CONTEXT_BEFORE: readonly string[] = [
  "in", "since", "by", "until", "till", "of", "from", "to", "during", "before", "after", "early", "late",
  "mid", "mid-", "year", "the year", "circa", "c\\.", "around", "spring", "summer", "autumn", "fall", "winter",
  "through", "between", "and", "or", "back in", "as of", "as early as", "as late as",
];

export const MONTH_NAMES: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];
export const WEEKDAY_NAMES: readonly string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/** Words after "one" that make it not a head count ("one of", "one another"). */
export const ONE_NOT_COUNT_AFTER: ReadonlySet<string> = new Set([
  "of", "another", "by", "day", "time", "point", "side", "hand", "way", "thing", "more", "less", "or", "and",
  "such", "after", "to", "in", "on", "at", "with", "that", "who", "which", "is", "was", "has", "had", "would",
  "could", "can", "will", "may", "might", "must", "should", "another's", "must", "else", "knows", "says",
  "said", "option", "reason", "year", "month", "week", "morning", "evening", "night", "afternoon", "too",
]);
/** Words before "one" that make it not a head count ("no one", "the one"). */
export const ONE_NOT_COUNT_BEFORE: ReadonlySet<string> = new Set([
  "no", "the", "this", "that", "any", "every", "each", "which", "other", "another", "someone", "anyone",
  "everyone", "last", "first", "next", "same", "right", "wrong", "new", "old", "big", "little",
]);

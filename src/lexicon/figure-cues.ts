// Evidence words that say how a figure relates to what it measures (a running total, a stock held now, a plan or ceiling, a first batch) and words that shrink an account. Regexes over the evidence text; they differ from the modality cues (lexicon/modality.ts), which are matched word by word before a trigger.

import { MONTHS, WEEKDAYS } from "./time-words.js";

const MONTH = `(?:${Object.keys(MONTHS).join("|")})\\.?`;
const WEEKDAY = `(?:${WEEKDAYS.join("|")})\\.?`;
/** A day or month as reports write it: "October 27", "27 October 2024", "Sunday", "May 2023". */
const DAY = `(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+\\d{4})?|${WEEKDAY}|\\d{4})`;
/** A count of days, weeks, months or years in words or digits ("13 days", "two weeks"); hours are a day's batch, not a span. */
const SPAN =
  "(?:about |around |nearly |some |just |less than |more than |over )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few) (?:days|weeks|months|years)";

/** Phrases that make a figure a running total. */
export const FIGURE_CUMULATIVE_CUES: RegExp[] = [
  /\bso far\b/i,
  /\bto date\b/i,
  /\bin total\b/i,
  /\ba total of\b/i,
  /\baltogether\b/i,
  /\bcumulative(ly)?\b/i,
  /\boverall\b/i,
  /\bsince (the )?(start|beginning|launch|outset)\b/i,
  /\bsince\b/i,
  /\bup to now\b/i,
  /\bthus far\b/i,
  /\b(has|have) (now |so far |already |thus far )?(received|taken in|taken|accepted|transferred|moved|repatriated|released|brought|welcomed|handed over)\b/i,
  /\b(has|have) been (brought|transferred|moved|relocated|repatriated|returned|handed over|sent|flown|released)\b/i,
  /\b(has|have|had) been (re-?arrested|arrested|recaptured|caught|brought back)\b/i,
  /\b(has|have) (now |so far |already |thus far )?(left|returned|crossed|deported|expelled|gone back|come home|freed)\b/i,
  /\bbrings? the (total|number|tally|count)\b/i,
  /\bbringing the (total|number|tally|count)\b/i,
  // a figure reached by a date: "had left by October 27", "released by Sunday afternoon"
  new RegExp(`\\bby (?:the end of |late |early |mid-?)?${DAY}\\b`, "i"),
  // a figure over a span between two dates: "between 15 September 2023 and 31 October 2024"
  new RegExp(`\\bbetween ${DAY} and ${DAY}\\b`, "i"),
  // a figure over a span of days, weeks or months: "during the past 13 days", "in about two weeks"
  new RegExp(`\\b(?:in|during|over|within|across) (?:the )?(?:past |last |previous |first )?${SPAN}\\b`, "i"),
  /\b(?:in|during|over) (?:recent|the past few|the last few|the past several) (?:days|weeks|months)\b/i,
  // a figure over several operations: "through 48 previous swaps", "as part of 50 exchanges"
  /\b(?:through|in|over|across|as part of) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of) (?:previous |earlier |prior |separate |successive )?(?:swaps|exchanges|rounds|operations|flights|convoys|batches|trips|transfers|deportation flights)\b/i,
];

/**
 * What follows a figure that makes it a rate rather than a total ("50 people
 * per week", "1,500 a day"): matched on the text right after the figure.
 */
export const FIGURE_RATE_AFTER: RegExp = /^(?:[\s,]+[\p{L}'’-]+){0,3}?\s+(?:per|a|an|each|every)\s+(?:day|night|week|month|year)\b/iu;

/**
 * A date the figure's own sentence gives ("on 3 May", "in 2027", "last
 * week"), once the start of a span ("since February 2022") is taken out: a
 * running figure stated without one holds as of its report.
 */
export const FIGURE_OWN_DATE: RegExp = new RegExp(
  `\\b(?:${MONTH}|${WEEKDAY}|(?:19|20)\\d\\d|yesterday|today|tonight|last (?:week|month|year)|this (?:week|month|year)|as of)(?![\\p{L}])`,
  "iu",
);
/** The start of a span: "since February 2022", "since the war began in 2022". */
export const SPAN_START: RegExp = /\bsince\b[^,.;:]*/giu;

/**
 * Phrases that make a running total one of a short period (days, weeks, a
 * month) rather than of the whole operation: "in the past 13 days", "have
 * left in April", "so far this month".
 */
export const FIGURE_WINDOW_CUES: RegExp[] = [
  /\b(?:in|during|over|within) (?:the )?(?:past |last |previous |first )?(?:about |around |nearly |some |just |less than |more than |over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few) (?:days|weeks)\b/i,
  /\b(?:in|during|over) (?:recent|the past few|the last few) (?:days|weeks)\b/i,
  new RegExp(`\\b(?:in|during) ${MONTH}(?!\\s*\\d{1,2}\\b)`, "i"),
  /\b(?:so far |thus far )?this (?:week|month)\b/i,
  /\bso far in (?:19|20)\d\d\b/i,
];

/** Phrases that make a running total the whole operation's, whatever period the sentence also names. */
export const FIGURE_WHOLE_CUES: RegExp[] = [
  /\bsince (?:the )?(?:start|beginning|launch|outset)\b/i,
  /\bsince (?:\w+ )?(?:19|20)\d\d\b/i,
  /\bsince\s*(?:[.,;]|$)/i,
  /\bin total\b/i,
  /\baltogether\b/i,
];

/** What comes just before a figure that makes it a batch added to a total ("another 80", "a further 200"). */
export const FIGURE_BATCH_BEFORE: RegExp = /\b(?:another|a further|an additional|further)\s+(?:about |around |some |nearly |more than |over |at least )?$/i;
/** What comes just after a figure that makes it a batch added to a total ("100 more had been recaptured"). */
export const FIGURE_BATCH_AFTER: RegExp = /^\s+(?:more|others|additional)\b/i;

/** What comes just before a figure that makes it a rate ("an average of 23,000 have returned each month"). */
export const FIGURE_RATE_BEFORE: RegExp = /\b(?:an average of|on average|averaging|average of)\s+(?:about |around |some |nearly |more than |over )?$/i;

/** A month a "since" span starts from ("since the expiry of a Mar. 31 deadline", "since 1 April 2031"): the month's name and, when given, its year. */
export const SINCE_MONTH: RegExp = new RegExp(`\\bsince\\b[^.;:]*?\\b(${MONTH})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+((?:19|20)\\d\\d))?`, "i");

/** Phrases that make a figure a stock held at a date. */
export const FIGURE_STOCK_CUES: RegExp[] = [
  /\b(still|currently|now) (held|holding|detained|housed|kept|in|remain|remaining|being held)\b/i,
  /\bare (now|currently|still) in\b/i,
  /\bremain(s|ing)?\b/i,
  /\b(hold|holds|holding|houses|housing) (approximately |about |around |some |nearly |more than |over |up to )?[\d,.]+/i,
  /\bheld in\b/i,
  /\bbehind bars\b/i,
];

/** Phrases that make a figure a plan or ceiling. */
export const FIGURE_PLANNED_CUES: RegExp[] = [
  /\bup to\b/i,
  /\bplan(s|ned|ning)?\b/i,
  /\b(would|will|could|may|might) (eventually |ultimately |soon )?(be |involve |see |take |receive |accept )/i,
  /\btarget(s|ed)?\b/i,
  /\baim(s|ed)? to\b/i,
  /\bexpected to\b/i,
  /\bintend(s|ed)? to\b/i,
  /\beventually\b/i,
];

/** The first batch of an operation: also the operation's running total at that date. */
export const FIRST_BATCH_CUES: RegExp[] = [
  /\b(began|begun|begins|started|starts|kicked off|opened) (on \w+ )?with\b/i,
  /\bfirst (batch|group|wave|convoy|flight|round|tranche)\b/i,
  /\binitial (batch|group|wave|convoy|flight|round|tranche)\b/i,
];

/** Words that shrink an account: "briefly escaped", "were recaptured", "a handful". */
export const MINIMISING_CUES: RegExp[] = [
  /\bbriefly\b/i,
  /\brecaptured\b/i,
  /\bre-?arrested\b/i,
  /\bcaught again\b/i,
  /\bfoiled\b/i,
  /\bthwarted\b/i,
  /\battempted\b/i,
  /\ba (few|handful)\b/i,
  /\bsmall number\b/i,
  /\bno one (escaped|was)\b/i,
];

/** The end of an operation: its figure is the operation's final total. */
export const FIGURE_COMPLETION_CUES: RegExp[] = [
  /\b(completed|concluded|wrapped up|finished|ended|came to an end)\b/i,
  /\b(completion|conclusion|end) of the (operation|transfer|programme|program|process|campaign|drive|exchange|airlift)\b/i,
  /\bin all\b.*\b(operation|transfer|programme|program|process|campaign)\b/i,
];

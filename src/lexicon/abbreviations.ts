// Abbreviations that end in a period without ending the sentence.
// Data only: the sentence splitter and the tokenizer read these sets.
// Keys are lower case, without the final period ("maj" for "Maj.").

/** Titles and ranks: always followed by a name, never end a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "hon", "fr", "sr", "st", "sgt", "cpl", "pvt", "pfc",
  "gen", "lt", "col", "maj", "capt", "cpt", "adm", "cmdr", "cdr", "brig", "cmdt", "insp", "supt", "det",
  "gov", "sen", "rep", "pres", "amb", "atty", "sec", "lieut", "comdr", "mt", "ft", "sheikh",
]);

/** Words that precede a number ("No. 4", "Jan. 20"): never end a sentence before a digit. */
export const BEFORE_NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "no", "nos", "nr", "vol", "art", "fig", "p", "pp", "ch", "sec", "para",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/**
 * Abbreviations that may end a sentence ("... Acme Inc. The firm ..."):
 * they end it only when the next word is a usual sentence opener.
 */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "inc", "ltd", "co", "corp", "bros", "plc", "llc", "jr", "esq", "etc", "vs", "v", "approx", "est",
  "dept", "univ", "assn", "ave", "blvd", "rd", "hwy", "al", "cf", "ca", "govt", "intl", "natl",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "a.m", "p.m", "e.g", "i.e", "u.s", "u.n", "u.k", "e.u",
]);

/**
 * Capitalised words that usually open a sentence. After an abbreviation
 * that may end a sentence ("U.S.", "Inc."), one of these starts a new one.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
  "his", "her", "their", "its", "our", "my", "there", "in", "on", "at", "but", "and", "or", "so",
  "when", "while", "after", "before", "as", "if", "however", "meanwhile", "earlier", "later", "since",
  "according", "officials", "some", "many", "most", "no", "one", "two", "three", "last", "on",
  "during", "under", "among", "about", "despite", "although", "though", "yet", "also", "both",
  "each", "all", "such", "what", "who", "which", "where", "why", "how", "now", "then", "still",
  "further", "furthermore", "moreover", "additionally", "separately", "elsewhere", "following",
]);

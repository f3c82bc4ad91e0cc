// Sentence splitting over the cleaned text, with offsets.
//
// One linear pass. Lines are grouped into paragraphs; a line that ends
// without final punctuation ends its sentence (scraped headlines, captions,
// bylines), unless it is plainly cut mid-sentence (hard wrap: it ends in a
// comma or a function word, or the next line starts in lower case).
// Inside a paragraph a sentence ends at . ! ? … followed by space, unless the
// period belongs to an abbreviation ("Maj. Gen.", "U.S.", "Jan. 5"), an
// initial ("J. R."), or a number ("1.5"). Closing quotes and brackets after
// the final mark belong to the sentence.

import type { Context } from "../context.js";
import type { Annotations, Annotator, Sentence } from "./types.js";
import { BEFORE_NUMBER_ABBREVIATIONS, OTHER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { HARD_WRAP_WORDS } from "../lexicon/function-words.js";

const CALENDAR_WORD =
  /^[^\p{L}\p{N}]*(?:\d+(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|[\d:/.-]+)[^\p{L}\p{N}]*$/iu;
/** How far to look for the word around a period (keeps the scan linear on garbage input). */
const MAX_WORD = 64;
/**
 * Longest sentence: a longer run of text is cut at a space (after a comma or
 * semicolon when there is one) into sentences of at most this length. Real
 * sentences stay far below it (the longest in the project's articles is under
 * 400 characters); without it, a megabyte written as one sentence would cost
 * extraction, which compares the words of a sentence with one another, hours.
 */
export const MAX_SENTENCE_CHARS = 2_000;
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»", "}"]);
const TERMINALS = new Set([".", "!", "?", "…"]);
/** Characters that may end a complete line (so the line is not cut mid-sentence). */
const LINE_FINAL = /[.!?…:;"”’')\]»]$/;

function isSpace(ch: string | undefined): boolean {
  return (
    ch === " " ||
    ch === "\t" ||
    ch === "\n" ||
    ch === "\r" ||
    ch === "\u00a0" ||
    ch === "\f" ||
    ch === "\v" ||
    ch === "\u2028" ||
    ch === "\u2029" ||
    ch === "\u202f" ||
    ch === "\u2009" ||
    ch === "\u200b"
  );
}
function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}
// ASCII is answered from the code; other characters by case mapping.
function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80 && ch.length === 1) return c >= 0x61 && c <= 0x7a;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80 && ch.length === 1) return c >= 0x41 && c <= 0x5a;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80 && ch.length === 1) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return isDigit(ch) || ch.toLowerCase() !== ch.toUpperCase();
}

interface Line {
  start: number; // first non-space character
  end: number; // after the last non-space character
  blank: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let j = text.indexOf("\n", i);
    if (j < 0) j = n;
    let s = i;
    let e = j;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    lines.push({ start: s, end: e, blank: s === e });
    i = j + 1;
  }
  return lines;
}

/** The first line reads as a title: short, no final period, starts like a title. */
export function looksLikeTitle(line: string): boolean {
  if (line.length < 3 || line.length > 250) return false;
  if (/[.,;:]$/.test(line)) return false;
  const first = line[0];
  if (!isUpper(first) && !isDigit(first) && first !== "“" && first !== '"' && first !== "‘" && first !== "'") return false;
  const words = line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 2 || words.length > 30) return false;
  // A date line or a dateline stamp is not a title: it needs two words that are not calendar words.
  if (words.filter((w) => !CALENDAR_WORD.test(w)).length < 2) return false;
  // A title does not carry several sentences.
  if (/[.!?]["”’]?\s+\p{Lu}/u.test(line)) return false;
  return true;
}

/** Emoji and bullets some pages put before a title ("📰 Title"). */
function stripLeadingSymbols(line: string): string {
  return line.replace(/^[^\p{L}\p{N}“"‘']+/u, "");
}

/** A short line of page furniture before the headline: a few words or a date, no sentence. */
function isFurniture(line: string): boolean {
  if (/[.!?]$/.test(line)) return false;
  const words = line.split(/\s+/);
  return words.length <= 3 || words.every((w) => CALENDAR_WORD.test(w) || !/[\p{L}\p{N}]/u.test(w));
}

function lastWord(text: string, start: number, end: number): string {
  let i = end;
  while (i > start && !isSpace(text[i - 1])) i--;
  return text.slice(i, end);
}

/** Whether a line is plainly cut mid-sentence and continues on the next line. */
function continuesOnNextLine(text: string, line: Line, next: Line | undefined): boolean {
  if (!next || next.blank) return false;
  const body = text.slice(line.start, line.end);
  if (LINE_FINAL.test(body)) return false;
  // Short lines are headings, bylines, captions and page furniture, not wrapped prose.
  if (body.length < 40) return false;
  const nextFirst = text[next.start];
  if (body.endsWith(",") || body.endsWith("–") || body.endsWith("—") || body.endsWith("-"))
    return isLetterOrDigit(nextFirst) || nextFirst === "“" || nextFirst === '"';
  const word = lastWord(text, line.start, line.end).toLowerCase();
  if (HARD_WRAP_WORDS.has(word) && isLetterOrDigit(nextFirst)) return true;
  return isLower(nextFirst);
}

/** The word right after position i (skipping spaces and opening quotes). */
function nextWord(text: string, i: number, end: number): string {
  let k = i;
  while (k < end && (isSpace(text[k]) || text[k] === "“" || text[k] === '"' || text[k] === "‘" || text[k] === "(")) k++;
  let m = k;
  while (m < end && isLetterOrDigit(text[m])) m++;
  return text.slice(k, m);
}

/** After an abbreviation that may end a sentence: does a new one start here? */
function opensSentence(word: string): boolean {
  return word.length > 0 && isUpper(word[0]) && SENTENCE_OPENERS.has(word.toLowerCase());
}

/**
 * Whether the period at `dot` ends a sentence, judged by the word it closes
 * and what follows. `after` is the position after any closing quotes.
 */
function periodEnds(text: string, segStart: number, dot: number, after: number, end: number): boolean {
  // The word the period closes, e.g. "U.S", "Maj", "J", "1".
  let w = dot;
  const floor = Math.max(segStart, dot - MAX_WORD);
  while (w > floor && !isSpace(text[w - 1]) && text[w - 1] !== "(" && text[w - 1] !== "“" && text[w - 1] !== '"') w--;
  const word = text.slice(w, dot);
  const bare = word.replace(/^[^\p{L}\p{N}]+/u, "");
  const lower = bare.toLowerCase();
  const next = nextWord(text, after, end);
  const nextIsDigit = isDigit(next[0]);
  if (bare.length === 0) return true;
  // A list marker at the start of a segment: "1. The ...".
  if (w === segStart && /^\d{1,3}$/.test(bare)) return false;
  if (TITLE_ABBREVIATIONS.has(lower) && after === dot + 1) return false;
  if (BEFORE_NUMBER_ABBREVIATIONS.has(lower) && nextIsDigit) return false;
  // Initials: "J. R. Smith".
  if (bare.length === 1 && isUpper(bare)) return opensSentence(next);
  // Acronyms with inner periods: "U.S", "a.m", "e.g".
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return opensSentence(next) || next === "";
  if (OTHER_ABBREVIATIONS.has(lower)) return opensSentence(next) || next === "";
  return true;
}

export function splitSentences(text: string): Sentence[] {
  const lines = splitLines(text);
  const out: Sentence[] = [];
  let paragraph = -1;
  let lookingForHeadline = true;
  let leadingLines = 0;

  const emit = (s: number, e: number, isHeadline: boolean) => {
    while (e - s > MAX_SENTENCE_CHARS) {
      const cut = cutPoint(text, s, s + MAX_SENTENCE_CHARS);
      emitOne(s, cut, isHeadline);
      s = cut;
    }
    emitOne(s, e, isHeadline);
  };
  const emitOne = (s: number, e: number, isHeadline: boolean) => {
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (s >= e) return;
    let hasContent = false;
    for (let k = s; k < e; k++) {
      if (isLetterOrDigit(text[k])) {
        hasContent = true;
        break;
      }
    }
    if (!hasContent) return;
    out.push({ index: out.length, start: s, end: e, text: text.slice(s, e), isHeadline, paragraph });
  };

  let li = 0;
  while (li < lines.length) {
    const line = lines[li];
    if (line.blank) {
      li++;
      continue;
    }
    paragraph++;
    // The headline: the first line, read as a title, followed by a line break.
    // Page furniture before it (a word or two, a date line) does not count as the first line.
    if (lookingForHeadline) {
      const body = text.slice(line.start, line.end);
      if (li < lines.length - 1 && !continuesOnNextLine(text, line, lines[li + 1]) && looksLikeTitle(stripLeadingSymbols(body))) {
        lookingForHeadline = false;
        emit(line.start, line.end, true);
        li++;
        continue;
      }
      if (++leadingLines >= 4 || !isFurniture(body)) lookingForHeadline = false;
    }
    // Group hard-wrapped lines into one block.
    let last = li;
    while (continuesOnNextLine(text, lines[last], lines[last + 1])) last++;
    splitBlock(text, line.start, lines[last].end, emit);
    li = last + 1;
  }
  return out;
}

/**
 * Where to cut an overlong sentence, at most at `limit`: after the last comma
 * or semicolon followed by a space in its second half, else at its last space
 * there, else at the limit itself (never inside a surrogate pair).
 */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  let space = -1;
  for (let k = limit; k > floor; k--) {
    if (!isSpace(text[k])) continue;
    if (text[k - 1] === "," || text[k - 1] === ";") return k;
    if (space < 0) space = k;
  }
  if (space > 0) return space;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

function splitBlock(text: string, start: number, end: number, emit: (s: number, e: number, h: boolean) => void): void {
  let segStart = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // TERMINALS, by code: . ! ? …
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026) {
      i++;
      continue;
    }
    const ch = text[i];
    // A run of final marks: "...", "?!", "!".
    let j = i + 1;
    while (j < end && TERMINALS.has(text[j])) j++;
    const run = j - i;
    // Decimal numbers and dotted numbers: "1.5", "2.000".
    if (ch === "." && run === 1 && isDigit(text[i - 1]) && isDigit(text[j])) {
      i = j;
      continue;
    }
    // Closing quotes and brackets belong to the sentence.
    let k = j;
    while (k < end && CLOSERS.has(text[k])) k++;
    if (k < end && !isSpace(text[k])) {
      // Not followed by space: "U.S.-led", "example.com", "3.5"; or a glitch "prisons.The".
      if (ch === "." && run === 1 && k === j && glitchBoundary(text, segStart, i, end)) {
        emit(segStart, j, false);
        segStart = j;
      }
      i = k;
      continue;
    }
    if (ch === "." && run === 1 && !periodEnds(text, segStart, i, k, end)) {
      i = k;
      continue;
    }
    // A sentence does not end before a lower-case continuation ("approx. five", "... and").
    let m = k;
    while (m < end && isSpace(text[m])) m++;
    if (m < end && isLower(text[m])) {
      i = k;
      continue;
    }
    // A closing quote set off by a space still belongs here: `bars. ” Next`.
    if (m < end && (text[m] === "”" || text[m] === "’") && (m + 1 >= end || isSpace(text[m + 1]))) k = m + 1;
    emit(segStart, k, false);
    segStart = k;
    i = k;
  }
  emit(segStart, end, false);
}

/** "word.Word" with no space: two sentences glued by scraping (not a domain or acronym). */
function glitchBoundary(text: string, segStart: number, dot: number, end: number): boolean {
  if (!isLower(text[dot - 1]) || !isLower(text[dot - 2])) return false;
  if (!isUpper(text[dot + 1]) || !isLower(text[dot + 2])) return false;
  let w = dot;
  const floor = Math.max(segStart, dot - MAX_WORD);
  while (w > floor && !isSpace(text[w - 1])) w--;
  const before = text.slice(w, dot);
  if (/[./@:]/.test(before)) return false;
  let e = dot + 1;
  const ceiling = Math.min(end, dot + MAX_WORD);
  while (e < ceiling && !isSpace(text[e])) e++;
  const after = text.slice(dot + 1, e);
  if (/[./@]/.test(after.replace(/[.,;:!?”"’)]+$/, ""))) return false;
  return true;
}

export class SentenceSplitter implements Annotator {
  readonly name = "annotate/sentences";
  annotate(doc: Annotations, ctx: Context): void {
    doc.sentences = splitSentences(doc.text);
    ctx.debug(this.name, () => `${doc.sentences.length} sentences, ${doc.sentences.filter((s) => s.isHeadline).length} headline`);
  }
}

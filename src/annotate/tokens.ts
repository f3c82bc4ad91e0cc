// Tokens of each sentence: words (with lemmas), numbers, punctuation.
//
// Numbers keep their separators and decimals ("1,500", "5.7", "9:53").
// Hyphenated words are one token ("al-Hol", "Iran-backed", "U.S.-led",
// "25-year-old"); dotted acronyms and known abbreviations keep their period
// ("U.S.", "Gen.", "Jan."); a possessive "'s" is its own token.
// Offsets are into the document text, like every other span.

import type { Context } from "../context.js";
import type { Annotations, Annotator, Sentence, Token } from "./types.js";
import { lemmatize, lemmatizeProper } from "./lemma.js";
import { BEFORE_NUMBER_ABBREVIATIONS, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "../lexicon/abbreviations.js";

// One alternation, tried left to right at each position; every branch is
// possessive-free but linear (no nested unbounded repetition on the same characters).
// The groups are numbered, not named (a named group costs an object per match):
// 1 acronym, 2 number, 3 its suffix, 4 word, 5 punctuation.
const TOKEN = new RegExp(
  [
    // Dotted acronym, possibly hyphenated on: "U.S.", "a.m.", "U.S.-led".
    String.raw`((?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*)`,
    // Number, possibly glued to letters or a hyphenated word: "1,500", "5.7", "13th", "25-year-old", "1990s".
    String.raw`(\d+(?:[.,:]\d+)*)((?:\p{L}+|-\p{L}[\p{L}\p{M}\p{N}]*)(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*)?`,
    // Word with inner apostrophes and hyphens: "al-Hol", "Qa’im", "ez-Zor", "COVID-19".
    String.raw`([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)*)*)`,
    // Ellipsis or any other single character that is not space.
    String.raw`(\.\.\.|\S)`,
  ].join("|"),
  "gu",
);

function isUpperLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80 && ch.length === 1) return c >= 0x41 && c <= 0x5a;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function makeToken(text: string, start: number, end: number, kind: Token["kind"]): Token {
  const t = text.slice(start, end);
  const lower = t.toLowerCase();
  return {
    start,
    end,
    text: t,
    lower,
    lemma: kind === "word" ? lemmatize(t) : lower,
    kind,
    capitalized: isUpperLetter(t[0]),
  };
}

const CLITIC = /(?:['’][sS]|n['’]t)$/;
const LETTER = /\p{L}/u;
const ACRONYM_LIKE = /^[\p{Lu}\d.&-]+$/u;

const ABBREVIATION_WITH_PERIOD = (lower: string) => TITLE_ABBREVIATIONS.has(lower) || BEFORE_NUMBER_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower);

/** Tokens of `text.slice(start, end)`, with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const s = start + m.index;
    let e = s + m[0].length;
    if (m[1] !== undefined) {
      out.push(makeToken(text, s, e, "word"));
    } else if (m[2] !== undefined) {
      out.push(makeToken(text, s, e, m[3] !== undefined ? "word" : "number"));
    } else if (m[4] !== undefined) {
      const w = m[4];
      // Possessive and negation clitics are their own tokens: "Iraq's" → "Iraq" "'s".
      const clitic = w.includes("'") || w.includes("’") ? CLITIC.exec(w) : null;
      if (clitic && clitic.index > 0) {
        const cs = s + clitic.index;
        out.push(makeToken(text, s, cs, "word"));
        const c = makeToken(text, cs, e, "word");
        c.lemma = /t$/i.test(c.text) ? "not" : "'s";
        out.push(c);
        continue;
      }
      // Keep the period of a known abbreviation or an initial: "Gen.", "Jan.", "J.".
      if (text[e] === "." && e < end && (ABBREVIATION_WITH_PERIOD(w.toLowerCase()) || (w.length === 1 && isUpperLetter(w)))) {
        // Not when the period ends the sentence.
        if (e + 1 < end) {
          e += 1;
          TOKEN.lastIndex += 1;
        }
      }
      out.push(makeToken(text, s, e, "word"));
    } else {
      out.push(makeToken(text, s, e, "punct"));
    }
  }
  return out;
}

/**
 * Tokens of one sentence. In ordinary prose a capitalised word after the
 * first is a name and keeps its form ("Reuters", "Williams"); in a headline
 * or a title-case line every word is lemmatized.
 */
export function tokenizeSentence(text: string, sentence: Sentence): Token[] {
  const tokens = tokenize(text, sentence.start, sentence.end);
  let words = 0;
  let capitalized = 0;
  for (const t of tokens) {
    if (t.kind !== "word" || !LETTER.test(t.text[0])) continue;
    words++;
    if (t.capitalized) capitalized++;
  }
  const titleCase = sentence.isHeadline || (words >= 3 && capitalized / words >= 0.7);
  if (titleCase) return tokens;
  let first = true;
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    if (!first && t.capitalized && !ACRONYM_LIKE.test(t.text)) t.lemma = lemmatizeProper(t.text);
    first = false;
  }
  return tokens;
}

export class Tokenizer implements Annotator {
  readonly name = "annotate/tokens";
  annotate(doc: Annotations, ctx: Context): void {
    doc.tokens = doc.sentences.map((s) => tokenizeSentence(doc.text, s));
    ctx.debug(this.name, () => `${doc.tokens.reduce((n, t) => n + t.length, 0)} tokens`);
  }
}

// Normalisation of Arabic for matching only: the stored text and every offset
// stay the original. Words are found in the original text (with their
// offsets) and each carries its normalised form, so a match over normalised
// words maps back to the original characters exactly.
//
// Folded: vowel marks and tatweel dropped; alef with hamza or madda and alef
// wasla → alef; ta marbuta → ha; alef maqsura → ya; hamza on waw or ya → waw, ya;
// Persian ya and kaf → Arabic; Arabic-Indic and Persian digits → ASCII.

import { normalizeArabic } from "../../lexicon/ar/letters.js";

export { normalizeArabic };

/** One word (or number, or punctuation mark) of an Arabic text, with its offsets into the original. */
export interface ArabicWord {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** normalizeArabic(text). */
  norm: string;
  kind: "word" | "number" | "punct";
  /** Cached by wordKeys and wordBareForms. */
  keys?: string[];
  bare?: string[];
  /** Cached by the phrase index: the keys a phrase's second word may have to match this word. */
  seconds?: string[];
}

// A number with its separators ("1,500", "130.720", "١٬٢٥٠"), a word (letters and marks, tatweel inside), or one other non-space character.
const WORD = /([0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*)|([\p{L}\p{M}\u0640]+)|(\S)/gu;

/** The words of text[from, to), with offsets into text. */
export function arabicWords(text: string, from = 0, to = text.length): ArabicWord[] {
  const out: ArabicWord[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const start = from + m.index;
    const t = m[0];
    out.push({ start, end: start + t.length, text: t, norm: normalizeArabic(t), kind: m[1] ? "number" : m[2] ? "word" : "punct" });
  }
  return out;
}

const PRONOUN_SUFFIXES = ["هما", "هم", "هن", "ها", "ه", "كم", "نا"];

/**
 * The forms a normalised word may stand for once its clitics are taken off,
 * the word itself first: a conjunction (و ف), a preposition (ب ل ك), both
 * ("وب", "فل"), "لل" for ل + ال, and a future س before a present-tense prefix.
 */
export function cliticForms(norm: string, future = true): string[] {
  const out = [norm];
  const add = (w: string) => {
    if (w.length >= 2 && !out.includes(w)) out.push(w);
  };
  const afterConj = norm.length > 3 && (norm[0] === "و" || norm[0] === "ف") ? [norm, norm.slice(1)] : [norm];
  for (const w of afterConj) {
    add(w);
    if (w.length > 3 && (w[0] === "ب" || w[0] === "ل" || w[0] === "ك")) add(w.slice(1));
    if (w.length > 4 && w.startsWith("لل")) add(`ال${w.slice(2)}`);
    if (future && w.length > 3 && w[0] === "س" && "يتن".includes(w[1]!)) add(w.slice(1));
  }
  return out;
}

/** The word without the article ال, when it has one and more than two letters remain. */
export function withoutArticle(norm: string): string {
  return norm.length > 4 && norm.startsWith("ال") ? norm.slice(2) : norm;
}

/** The word without a final pronoun suffix, when a word of three letters or more remains; the word itself when none. */
export function withoutPronoun(norm: string): string[] {
  const out: string[] = [];
  for (const s of PRONOUN_SUFFIXES) if (norm.length - s.length >= 3 && norm.endsWith(s)) out.push(norm.slice(0, -s.length));
  return out;
}

/** Words' bare forms, kept across documents (news vocabulary repeats); cleared when it grows past MEMO_LIMIT. */
const MEMO = new Map<string, string[]>();
const MEMO_LIMIT = 100_000;

/** Every bare form a word may stand for: clitics, article and a pronoun suffix taken off in turn. */
export function bareForms(norm: string, future = true): string[] {
  if (!future) return computeBareForms(norm, false);
  let out = MEMO.get(norm);
  if (!out) {
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    out = computeBareForms(norm, true);
    MEMO.set(norm, out);
  }
  return out;
}

function computeBareForms(norm: string, future: boolean): string[] {
  const out: string[] = [];
  for (const c of cliticForms(norm, future)) {
    for (const a of [c, withoutArticle(c)]) {
      if (!out.includes(a)) out.push(a);
      for (const p of withoutPronoun(a)) if (!out.includes(p)) out.push(p);
    }
  }
  return out;
}

/** Whether the bare form `form` of the word is reached only by taking off a future سـ ("سيفرج" → "يفرج"). */
export function isFutureForm(norm: string, form: string): boolean {
  return !bareForms(norm, false).includes(form) && bareForms(norm, true).includes(form);
}

/** The clitic-free forms of a word without the article (what a phrase word is compared with), computed once per word. */
export function wordKeys(w: ArabicWord): string[] {
  if (w.keys) return w.keys;
  const out: string[] = [];
  if (w.kind !== "word") out.push(w.norm);
  else
    for (const c of cliticForms(w.norm)) {
      const k = withoutArticle(c);
      if (!out.includes(k)) out.push(k);
    }
  w.keys = out;
  return out;
}

/** bareForms of a word, computed once per word. */
export function wordBareForms(w: ArabicWord): string[] {
  if (!w.bare) w.bare = w.kind === "word" ? bareForms(w.norm) : [w.norm];
  return w.bare;
}

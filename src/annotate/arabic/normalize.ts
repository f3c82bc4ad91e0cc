// Normalisation of Arabic for matching only: the stored text and every offset
// stay the original. Words are found in the original text (with their
// offsets) and each carries its normalised form, so a match over normalised
// words maps back to the original characters exactly.
//
// Folded: vowel marks and tatweel dropped; alef with hamza or madda and alef
// wasla → alef; ta marbuta → ha; alef maqsura → ya; hamza on waw or ya → waw, ya;
// Persian ya and kaf → Arabic; Arabic-Indic and Persian digits → ASCII.

const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

const FOLD: Readonly<Record<string, string>> = {
  "\u0622": "\u0627", // آ
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0671": "\u0627", // ٱ
  "\u0629": "\u0647", // ة → ه
  "\u0649": "\u064a", // ى → ي
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064a", // ئ → ي
  "\u06cc": "\u064a", // ی → ي
  "\u06a9": "\u0643", // ک → ك
};

const DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;
const FOLDABLE = /[\u0622\u0623\u0625\u0671\u0629\u0649\u0624\u0626\u06cc\u06a9]/g;

/** The matching form of an Arabic word or phrase (ASCII letters lower-cased). */
export function normalizeArabic(s: string): string {
  return s
    .replace(MARKS, "")
    .replace(FOLDABLE, (c) => FOLD[c] ?? c)
    .replace(DIGIT, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .toLowerCase();
}

/** One word (or number, or punctuation mark) of an Arabic text, with its offsets into the original. */
export interface ArabicWord {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** normalizeArabic(text). */
  norm: string;
  kind: "word" | "number" | "punct";
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

/** Every bare form a word may stand for: clitics, article and a pronoun suffix taken off in turn. */
export function bareForms(norm: string, future = true): string[] {
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

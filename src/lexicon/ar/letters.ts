// The letter folding of Arabic matching (alef and hamza forms, ta marbuta,
// alef maqsura, Persian letters, vowel marks and tatweel, Arabic-Indic and
// Persian digits): a table, with the one function that applies it, shared by
// cleaning (page chrome) and annotation (every word).

/** Letters folded to one form for matching. */
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

// One pass: vowel marks and tatweel (dropped), the letters folded above, Arabic-Indic and Persian digits.
const FOLDED = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0622\u0623\u0625\u0671\u0629\u0649\u0624\u0626\u06cc\u06a9\u0660-\u0669\u06f0-\u06f9]/g;

function fold(c: string): string {
  const f = FOLD[c];
  if (f) return f;
  const code = c.charCodeAt(0);
  if ((code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9)) return String((code & 0xf) % 10);
  return "";
}

/** The matching form of an Arabic word or phrase (ASCII letters lower-cased). */
export function normalizeArabic(s: string): string {
  return s.replace(FOLDED, fold).toLowerCase();
}

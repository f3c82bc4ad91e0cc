// The language of a document, as an ISO 639-1 code ("en", "ar"), or null when
// the text is too short or in a language without a two-letter code. The
// detector is franc-min (trigram profiles of 82 languages); this file samples
// the text, maps franc's ISO 639-3 codes to ISO 639-1, and keeps English a
// text whose words are plainly English (on a short news text full of names,
// the trigrams alone can lean to another language written in Latin letters).

import { francAll } from "franc-min";
import { ENGLISH_MARKER_WORDS } from "../lexicon/function-words.js";

/** Fewer letters than this and the language is not guessed. */
const MIN_LETTERS = 40;
/** Characters read: franc reads at most 2,048, from the start; the sample skips the headline and byline. */
const SAMPLE_CHARS = 2_000;
/** Only the start of a long text is looked at for words. */
const SCAN_CHARS = 100_000;
/** Longer runs of letters are not words ("yyyy…", base64, a URL slug) and would tell the detector nothing true. */
const MAX_WORD = 30;

/** franc-min's languages that have an ISO 639-1 code. */
const ISO_639_1: Readonly<Record<string, string>> = {
  amh: "am",
  arb: "ar",
  azj: "az",
  bel: "be",
  ben: "bn",
  bos: "bs",
  bul: "bg",
  ces: "cs",
  ckb: "ku",
  cmn: "zh",
  deu: "de",
  ell: "el",
  eng: "en",
  fra: "fr",
  fuv: "ff",
  guj: "gu",
  hau: "ha",
  hin: "hi",
  hrv: "hr",
  hun: "hu",
  ibo: "ig",
  ind: "id",
  ita: "it",
  jav: "jv",
  jpn: "ja",
  kan: "kn",
  kaz: "kk",
  kin: "rw",
  kor: "ko",
  lin: "ln",
  mal: "ml",
  mar: "mr",
  mya: "my",
  nld: "nl",
  npi: "ne",
  nya: "ny",
  pan: "pa",
  pbu: "ps",
  pes: "fa",
  plt: "mg",
  pol: "pl",
  por: "pt",
  qug: "qu",
  ron: "ro",
  run: "rn",
  rus: "ru",
  sin: "si",
  som: "so",
  spa: "es",
  srp: "sr",
  sun: "su",
  swe: "sv",
  swh: "sw",
  tam: "ta",
  tel: "te",
  tgl: "tl",
  tha: "th",
  tur: "tr",
  ukr: "uk",
  urd: "ur",
  uzn: "uz",
  vie: "vi",
  yor: "yo",
  zlm: "ms",
  zul: "zu",
  zyb: "za",
};

/**
 * Words common in any English text and rare in the other languages franc
 * knows. In English news they are a fifth of the words or more (never under
 * an eighth in the project's articles); in French, Spanish, German, Dutch or
 * Turkish text a twentieth or less.
 */
const MIN_ENGLISH_SHARE = 0.1;

function englishShare(words: string[]): number {
  let n = 0;
  for (const w of words) if (ENGLISH_MARKER_WORDS.has(w.toLowerCase())) n++;
  return words.length ? n / words.length : 0;
}

/**
 * The words that say most about the language: words only (no numbers,
 * punctuation or overlong runs of letters), from past the first lines
 * (headline, byline) when the text is long enough.
 */
function sampleWords(text: string): string[] {
  const words = (text.slice(0, SCAN_CHARS).match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => w.length <= MAX_WORD);
  let chars = 0;
  for (const w of words) chars += w.length + 1;
  if (chars <= SAMPLE_CHARS) return words;
  // A tenth of the way in, or earlier when the words from there on would fall short of a full sample.
  let lastStart = words.length;
  for (let tail = 0; lastStart > 0 && tail < SAMPLE_CHARS; ) tail += words[--lastStart]!.length + 1;
  const from = Math.min(Math.floor(words.length / 10), lastStart);
  const out: string[] = [];
  let used = 0;
  for (let i = from; i < words.length && used < SAMPLE_CHARS; i++) {
    out.push(words[i]!);
    used += words[i]!.length + 1;
  }
  return out;
}

export function detectLanguage(text: string): string | null {
  const words = sampleWords(text);
  const s = words.join(" ");
  const letters = s.length - Math.max(0, words.length - 1);
  if (letters < MIN_LETTERS) return null;
  const [top] = francAll(s, { minLength: MIN_LETTERS });
  if (!top || top[0] === "und") return null;
  if (top[0] !== "eng" && englishShare(words) >= MIN_ENGLISH_SHARE) return "en";
  return ISO_639_1[top[0]] ?? null;
}

/** The languages extraction reads (English, and Arabic through its own locale); a document in another known language is stored without events. Unknown (null) is read as English. */
export function extractsLanguage(lang: string | null | undefined): boolean {
  return lang === null || lang === undefined || lang === "en" || lang === "ar";
}

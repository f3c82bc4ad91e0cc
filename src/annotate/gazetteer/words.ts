// A light word scanner over the cleaned text, used by the entity annotators to
// match names: words (with inner apostrophes), dotted abbreviations ("U.S."),
// a split-off possessive ("'s") and single punctuation marks. Offsets are into
// the text it was given.

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Folded form for lookups: no accents, no apostrophes, lower case. */
  key: string;
  kind: "word" | "possessive" | "punct";
  /** First letter is upper case. */
  cap: boolean;
  /** Every letter is upper case (and there are at least two). */
  allCaps: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

const ASCII = /^[\x00-\x7f]*$/;

export function fold(s: string): string {
  if (ASCII.test(s)) return s.replace(/['`.]/g, "").toLowerCase();
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/['’‘ʼ`´.]/g, "")
    .toLowerCase();
}

function word(text: string, start: number, end: number, kind: Word["kind"]): Word {
  const t = text.slice(start, end);
  const first = t[0];
  const upper = t.toUpperCase();
  const lower = t.toLowerCase();
  const cap = first !== first.toLowerCase() && first === first.toUpperCase();
  return {
    start,
    end,
    text: t,
    key: kind === "possessive" ? "'s" : fold(t),
    kind,
    cap,
    allCaps: cap && t === upper && t !== lower && t.replace(/[.\d'’-]/g, "").length >= 2,
  };
}

/** Splits `text` into words; `offset` is added to every position. */
export function scanWords(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = m[0];
    const isWord = /[\p{L}\p{M}\p{N}]/u.test(t);
    if (!isWord) {
      out.push(word(text, m.index, m.index + t.length, "punct"));
      continue;
    }
    const poss = /^(.{2,})['’ʼ]s$/su.exec(t);
    if (poss) {
      out.push(word(text, m.index, m.index + poss[1].length, "word"));
      out.push(word(text, m.index + poss[1].length, m.index + t.length, "possessive"));
    } else {
      out.push(word(text, m.index, m.index + t.length, "word"));
    }
  }
  // A hyphen inside a compound ("al-Hol", "U.S.-led") is a joint, not a token.
  const kept = out.filter((w, i) => !(w.kind === "punct" && /^[-‐‑]$/.test(w.text) && out[i - 1]?.end === w.start && out[i + 1]?.start === w.end && out[i - 1].kind !== "punct" && out[i + 1].kind !== "punct"));
  if (offset) for (const w of kept) (w.start += offset), (w.end += offset);
  return kept;
}

let lastText: string | null = null;
let lastWords: Word[] = [];

/** scanWords over a whole document, remembered for the next annotator over the same text. Treat the result as read-only. */
export function documentWords(text: string): readonly Word[] {
  if (text !== lastText) {
    lastWords = scanWords(text);
    lastText = text;
  }
  return lastWords;
}

/** Whether the text between two words keeps them in one name: a space or a hyphen. */
export function joins(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === "" || /^(?:[ \t\u00a0]{1,2}|[ \t\u00a0]?[-‐‑–][ \t\u00a0]?)$/.test(gap);
}

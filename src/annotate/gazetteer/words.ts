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
const POSSESSIVE = /^(.{2,})['’ʼ]s$/su;

export function fold(s: string): string {
  // Plain ASCII without apostrophes or periods, the common case, only needs lower-casing.
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x27 || c === 0x60 || c === 0x2e) {
      plain = false;
      break;
    }
  }
  if (plain) return s.toLowerCase();
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
  const c = t.charCodeAt(0);
  const cap = c < 0x80 ? c >= 0x41 && c <= 0x5a : first !== first.toLowerCase() && first === first.toUpperCase();
  return {
    start,
    end,
    text: t,
    key: kind === "possessive" ? "'s" : fold(t),
    kind,
    cap,
    allCaps: cap && t === t.toUpperCase() && t !== t.toLowerCase() && t.replace(/[.\d'’-]/g, "").length >= 2,
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
    // Only a word of four or more units ending in "s" can hold a possessive.
    const poss = t.length >= 4 && t.charCodeAt(t.length - 1) === 0x73 ? POSSESSIVE.exec(t) : null;
    if (poss) {
      out.push(word(text, m.index, m.index + poss[1].length, "word"));
      out.push(word(text, m.index + poss[1].length, m.index + t.length, "possessive"));
    } else {
      out.push(word(text, m.index, m.index + t.length, "word"));
    }
  }
  // A hyphen inside a compound ("al-Hol", "U.S.-led") is a joint, not a token.
  const kept = out.filter(
    (w, i) =>
      !(
        w.kind === "punct" &&
        /^[-‐‑]$/.test(w.text) &&
        out[i - 1]?.end === w.start &&
        out[i + 1]?.start === w.end &&
        out[i - 1].kind !== "punct" &&
        out[i + 1].kind !== "punct"
      ),
  );
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
  // Read character by character: this runs for every pair of words a name lookup tries.
  const from = a.end;
  const len = b.start - from;
  if (len <= 0) return true;
  if (len > 3) return false;
  const c0 = text.charCodeAt(from);
  if (len === 1) return isGapSpace(c0) || isGapDash(c0);
  const c1 = text.charCodeAt(from + 1);
  if (len === 2) return isGapSpace(c0) ? isGapSpace(c1) || isGapDash(c1) : isGapDash(c0) && isGapSpace(c1);
  return isGapSpace(c0) && isGapDash(c1) && isGapSpace(text.charCodeAt(from + 2));
}

/** A space, tab or no-break space. */
function isGapSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}
/** A hyphen, non-breaking hyphen or en dash. */
function isGapDash(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013;
}

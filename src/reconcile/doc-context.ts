// What a whole report is about, as a weighted bag of its distinctive words
// (TF-IDF over the store's documents), so that two records can be tied by
// the stories their reports tell even when the records themselves leave out
// the date, the place or the figure that would tie them.
//
// Reports of one story name the same prison, the same officials, the same
// towns; reports of other stories share only the words every report of the
// kind uses, which the inverse document frequency weighs down. Measured on
// the real-article development split (145 reports of 11 stories, pages cut
// at about 2,000 characters): cosine ≥ 0.10 holds for 77% of the pairs of
// reports of one story and for 62 of ~9,500 pairs of reports of different
// stories (none of them ≥ 0.17), and those few are mostly kept apart by the
// vetoes (type, countries, dates) that still apply.

import { STOPWORDS } from "../lexicon/synonyms.js";
import { words } from "./util.js";

/** Cosine of two reports' word weights at which they count as telling one story. */
export const CONTEXT_ANCHOR = 0.1;
/**
 * Cosine under which two reports tell other stories: 0.4% of the pairs of
 * reports of one story, 53% of the pairs of reports of different stories on
 * the same split. A veto only where no named place ties the records.
 */
export const CONTEXT_APART = 0.03;
/**
 * Fewer documents than this give no reliable document frequencies (with two
 * reports every shared word looks distinctive): no context ties then.
 */
export const CONTEXT_MIN_DOCS = 12;

/** A document's unit-length vector of word weights. */
export type ContextVector = ReadonlyMap<string, number>;

/**
 * The script of each vector's words. Reports in two languages share almost
 * no words, so the distance of their vectors says nothing about their
 * stories: it parts no records (an Arabic and an English report of one
 * prison opening), and ties none.
 */
const SCRIPT = new WeakMap<ContextVector, string>();
const ARABIC_LETTER = /[\u0600-\u06ff]/;

/** The script most of the words are written in: "arabic" or "latin". */
function scriptOf(ws: Iterable<string>): string {
  let arabic = 0;
  let other = 0;
  for (const w of ws) {
    if (ARABIC_LETTER.test(w)) arabic++;
    else other++;
  }
  return arabic > other ? "arabic" : "latin";
}

/** Whether both vectors are of reports in one script. */
export function sameScript(a: ContextVector, b: ContextVector): boolean {
  return SCRIPT.get(a) === SCRIPT.get(b);
}

function terms(text: string): string[] {
  return words(text).filter((w) => w.length > 2 && !STOPWORDS.has(w) && !/\d/.test(w));
}

/** The context vector of each document (by id); empty when the store holds too few documents. */
export function contextVectors(docs: { id: string; cleanText: string }[]): Map<string, ContextVector> {
  const out = new Map<string, ContextVector>();
  if (docs.length < CONTEXT_MIN_DOCS) return out;
  const counts = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const w of terms(d.cleanText)) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  docs.forEach((d, i) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of counts[i]) {
      // a word in every document says nothing
      const x = (1 + Math.log(c)) * Math.log(n / df.get(w)!);
      if (x <= 0) continue;
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [w, x] of v) v.set(w, x / norm);
    SCRIPT.set(v, scriptOf(counts[i]!.keys()));
    out.set(d.id, v);
  });
  return out;
}

const memo = new WeakMap<ContextVector, WeakMap<ContextVector, number>>();

/** Whether the two reports are known to tell other stories (both vectors present and far apart). */
export function contextsApart(a: ContextVector | null, b: ContextVector | null): number | null {
  if (!a || !b || a === b || !sameScript(a, b)) return null;
  const sim = contextSimilarity(a, b);
  return sim < CONTEXT_APART ? sim : null;
}

/** Cosine of two context vectors (0 when either is absent). */
export function contextSimilarity(a: ContextVector | null, b: ContextVector | null): number {
  if (!a || !b || a === b) return a && a === b ? 1 : 0;
  const [x, y] = a.size <= b.size ? [a, b] : [b, a];
  const known = memo.get(x)?.get(y);
  if (known !== undefined) return known;
  let s = 0;
  for (const [w, v] of x) {
    const u = y.get(w);
    if (u) s += v * u;
  }
  const inner = memo.get(x) ?? new WeakMap<ContextVector, number>();
  inner.set(y, s);
  memo.set(x, inner);
  return s;
}

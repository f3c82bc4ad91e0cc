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

/**
 * A vector's weights by word number (ascending), for cosines by one merge of
 * two arrays: a store compares far more pairs of reports than it holds, and
 * a lookup per word of the smaller map cost most of the work.
 */
interface Packed {
  ids: Int32Array;
  weights: Float64Array;
  /** Where each word (in the order of `ids`) stands in the map's own order. */
  rank: Int32Array;
}

/** Word numbers, shared by every vector of the process (a word keeps its number). */
const wordIds = new Map<string, number>();
const packed = new WeakMap<ContextVector, Packed>();

/** The vectors contextVectors() makes: a map that carries its packed form. */
class WordWeights extends Map<string, number> {
  packed: Packed | null = null;
}

function pack(v: ContextVector): Packed {
  if (v instanceof WordWeights) return (v.packed ??= packOf(v));
  const known = packed.get(v);
  if (known) return known;
  const out = packOf(v);
  packed.set(v, out);
  return out;
}

function packOf(v: ContextVector): Packed {
  const entries: { id: number; x: number; rank: number }[] = [];
  for (const [w, x] of v) {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(w, id);
    }
    entries.push({ id, x, rank: entries.length });
  }
  entries.sort((a, b) => a.id - b.id);
  return {
    ids: Int32Array.from(entries, (e) => e.id),
    weights: Float64Array.from(entries, (e) => e.x),
    rank: Int32Array.from(entries, (e) => e.rank),
  };
}

/** The products of one cosine by the smaller vector's own order of words (grown as needed). */
let products = new Float64Array(256);

function terms(text: string): string[] {
  return words(text).filter((w) => w.length > 2 && !STOPWORDS.has(w) && !/\d/.test(w));
}

/**
 * The document frequencies word weights are taken from: how many documents
 * there were and how many of them hold each word. A full run counts its own
 * documents; an incremental state (incremental.ts) keeps the table it counted
 * until the documents have changed by more than a tolerance, so that a new
 * report moves no other report's weights in between.
 */
export interface ContextWeights {
  docs: number;
  df: ReadonlyMap<string, number>;
}

function termCounts(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const w of terms(text)) tf.set(w, (tf.get(w) ?? 0) + 1);
  return tf;
}

/** The document frequencies of a set of documents. */
export function contextWeights(docs: readonly { cleanText: string }[]): ContextWeights {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of termCounts(d.cleanText).keys()) df.set(w, (df.get(w) ?? 0) + 1);
  return { docs: docs.length, df };
}

/**
 * The context vector of each document (by id), its words weighed by the
 * document frequencies given (by default those of the documents themselves;
 * a word the table lacks counts as held by one document); empty when the
 * table counts too few documents.
 */
export function contextVectors(docs: { id: string; cleanText: string }[], weights?: ContextWeights): Map<string, ContextVector> {
  const out = new Map<string, ContextVector>();
  if ((weights?.docs ?? docs.length) < CONTEXT_MIN_DOCS) return out;
  const counts = docs.map((d) => termCounts(d.cleanText));
  let df = weights?.df;
  if (!df) {
    const own = new Map<string, number>();
    for (const tf of counts) for (const w of tf.keys()) own.set(w, (own.get(w) ?? 0) + 1);
    df = own;
  }
  const n = weights?.docs ?? docs.length;
  docs.forEach((d, i) => {
    const v = new WordWeights();
    let norm = 0;
    for (const [w, c] of counts[i]) {
      // a word in every document says nothing
      const x = (1 + Math.log(c)) * Math.log(n / (df.get(w) ?? 1));
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

/** Whether the two reports are known to tell other stories (both vectors present and far apart). */
export function contextsApart(a: ContextVector | null, b: ContextVector | null): number | null {
  if (!a || !b || a === b || !sameScript(a, b)) return null;
  const sim = contextSimilarity(a, b);
  return sim < CONTEXT_APART ? sim : null;
}

/** Cosine of two context vectors (0 when either is absent). */
export function contextSimilarity(a: ContextVector | null, b: ContextVector | null): number {
  if (!a || !b || a === b) return a && a === b ? 1 : 0;
  return a.size <= b.size ? dot(pack(a), pack(b)) : dot(pack(b), pack(a));
}

/**
 * The cosine of x (the smaller) and y: the shared words found by one merge of
 * the two ascending word lists, their products added up in x's own order of
 * words (so the sum, rounding included, is the one a lookup per word of x gives).
 */
function dot(x: Packed, y: Packed): number {
  const len = x.ids.length;
  if (products.length < len) products = new Float64Array(Math.max(len, 2 * products.length));
  const out = products;
  const n = y.ids.length;
  let j = 0;
  for (let i = 0; i < len; i++) {
    const id = x.ids[i];
    while (j < n && y.ids[j] < id) j++;
    out[x.rank[i]] = j < n && y.ids[j] === id ? x.weights[i] * y.weights[j] : 0;
  }
  let s = 0;
  for (let r = 0; r < len; r++) s += out[r];
  return s;
}

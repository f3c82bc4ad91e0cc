// Near-duplicate documents: syndicated copies (the same text, perhaps with
// another header or footer) and machine-spun rewrites (synonyms swapped).
//
// Each document gets two MinHash signatures:
//   - raw: 5-word shingles over the lowercase words as written;
//   - normalised: 2-word shingles after dropping stopwords and folding
//     synonyms (synonyms.ts), so "prisoners were moved" and "inmates were
//     relocated" shingle alike.
// Candidate pairs come from LSH banding over the signatures; a pair is
// confirmed on its estimated Jaccard similarity.
//
// Thresholds were chosen on test/fixtures/reconcile-copies/ (two unrelated
// stories, each as original, syndicated copy, spun rewrite and independent
// report; test/reconcile-copies.test.ts prints the measured values):
//   syndicated copies (own header/footer, a paragraph dropped): raw 0.70-0.72
//   spun rewrites: raw 0.03, normalised 0.58-0.69
//   independent reports of the same events: raw 0.00, normalised 0.01-0.03
// SYNDICATED_THRESHOLD 0.45 sits well under the copies and far over the
// rest. On real pages (eval/real, development split: pages cut at ~2,000
// characters) independent reports of one story share far more of their
// vocabulary than the fixtures' do: normalised 0.20-0.27 between outlets
// that each wrote their own report of one event, while the rewrites read
// as such (a wire story and its rewrite, headline words swapped) measure
// 0.36-0.63. SPUN_THRESHOLD 0.3 sits between the two.

import type { CopyGroup } from "../types.js";
import { STOPWORDS, SYNONYMS } from "../lexicon/synonyms.js";
import { shortHash, words } from "./util.js";

export const SYNDICATED_THRESHOLD = 0.45;
export const SPUN_THRESHOLD = 0.3;
/**
 * Share of the shorter text's 5-word runs found in the longer one at which a
 * pair is a syndicated copy although their Jaccard similarity is low: pages
 * of one wire story cut at different lengths (a page that stops after 2,000
 * characters holds a third of the full text's runs, all of them shared).
 */
export const CONTAINMENT_THRESHOLD = 0.6;
/** Documents with fewer words than this are too short to call copies. */
export const MIN_WORDS = 40;

const PERMUTATIONS = 128;
const BANDS = 64; // 2 rows per band: a pair at similarity 0.2 is a candidate with p ≈ 0.93

export interface CopyDoc {
  id: string;
  published: string | null;
  cleanText: string;
}

function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // final avalanche (murmur3 fmix32)
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export function shingles(tokens: string[], k: number): Set<string> {
  const out = new Set<string>();
  if (tokens.length < k) {
    if (tokens.length) out.add(tokens.join(" "));
    return out;
  }
  for (let i = 0; i + k <= tokens.length; i++) out.add(tokens.slice(i, i + k).join(" "));
  return out;
}

/** Lowercase words with stopwords dropped and synonyms folded. */
export function normalisedTokens(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map((w) => SYNONYMS.get(w) ?? w);
}

export function minhash(set: Set<string>): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const sh of set) {
    const h1 = fnv1a(sh, 0);
    const h2 = fnv1a(sh, 0x9e3779b9) | 1;
    for (let i = 0; i < PERMUTATIONS; i++) {
      const v = (h1 + Math.imul(i, h2)) >>> 0;
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

export interface Similarity {
  a: string;
  b: string;
  raw: number;
  normalised: number;
  /** Share of the smaller document's raw shingles found in the other. */
  containment: number;
}

function containment(a: Set<number>, b: Set<number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let n = 0;
  for (const x of small) if (big.has(x)) n++;
  return n / small.size;
}

export interface Sig {
  doc: CopyDoc;
  /** Hashes of the raw 5-word shingles (for containment of candidate pairs). */
  rawSet: Set<number>;
  raw: Uint32Array;
  norm: Uint32Array;
  ok: boolean;
}

/** A document's two signatures; `ok` when it is long enough to be called a copy. */
export function signature(doc: CopyDoc): Sig {
  const w = words(doc.cleanText);
  const raw = shingles(w, 5);
  return {
    doc,
    rawSet: new Set([...raw].map((x) => fnv1a(x, 0))),
    raw: minhash(raw),
    norm: minhash(shingles(normalisedTokens(doc.cleanText), 2)),
    ok: w.length >= MIN_WORDS,
  };
}

function signatures(docs: CopyDoc[]): Sig[] {
  return docs.map(signature);
}

/** The LSH bands a signature falls in: two documents are a candidate pair when they share one (as in candidatePairs). */
export function bandKeys(s: Sig): string[] {
  if (!s.ok) return [];
  const rows = PERMUTATIONS / BANDS;
  const out: string[] = [];
  for (const which of ["raw", "norm"] as const)
    for (let b = 0; b < BANDS; b++) out.push(`${which}${b}:${Array.from(s[which].subarray(b * rows, b * rows + rows)).join(",")}`);
  return out;
}

/** Whether a candidate pair is confirmed as copies (findCopies' thresholds). */
export function copiesEachOther(a: Sig, b: Sig): boolean {
  return (
    estimateJaccard(a.raw, b.raw) >= SYNDICATED_THRESHOLD ||
    containment(a.rawSet, b.rawSet) >= CONTAINMENT_THRESHOLD ||
    estimateJaccard(a.norm, b.norm) >= SPUN_THRESHOLD
  );
}

/** Candidate pairs by LSH banding over both signatures. */
function candidatePairs(sigs: Sig[]): [number, number][] {
  const rows = PERMUTATIONS / BANDS;
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  for (const which of ["raw", "norm"] as const) {
    for (let b = 0; b < BANDS; b++) {
      const buckets = new Map<string, number[]>();
      sigs.forEach((s, i) => {
        if (!s.ok) return;
        const key = Array.from(s[which].subarray(b * rows, b * rows + rows)).join(",");
        const list = buckets.get(key);
        if (list) list.push(i);
        else buckets.set(key, [i]);
      });
      for (const list of buckets.values()) {
        for (let x = 0; x < list.length; x++)
          for (let y = x + 1; y < list.length; y++) {
            const k = `${list[x]},${list[y]}`;
            if (!seen.has(k)) {
              seen.add(k);
              pairs.push([list[x], list[y]]);
            }
          }
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** Estimated similarities of two documents (whether or not LSH would pair them). */
export function pairSimilarity(a: CopyDoc, b: CopyDoc): Similarity {
  const [x, y] = signatures([a, b]);
  return { a: a.id, b: b.id, raw: estimateJaccard(x.raw, y.raw), normalised: estimateJaccard(x.norm, y.norm), containment: containment(x.rawSet, y.rawSet) };
}

/** Estimated similarities of every candidate pair (for tuning and explain). */
export function similarities(docs: CopyDoc[]): Similarity[] {
  const sigs = signatures(docs);
  return candidatePairs(sigs).map(([i, j]) => ({
    a: sigs[i].doc.id,
    b: sigs[j].doc.id,
    raw: estimateJaccard(sigs[i].raw, sigs[j].raw),
    normalised: estimateJaccard(sigs[i].norm, sigs[j].norm),
    containment: containment(sigs[i].rawSet, sigs[j].rawSet),
  }));
}

function byAge(a: CopyDoc, b: CopyDoc): number {
  const pa = a.published ?? "9999";
  const pb = b.published ?? "9999";
  return pa < pb ? -1 : pa > pb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Groups near-duplicate documents; the first doc of a group is the earliest. */
export function findCopies(docs: CopyDoc[]): CopyGroup[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const d of docs) parent.set(d.id, d.id);
  const edges: { a: string; b: string; kind: "syndicated" | "spun"; sim: number }[] = [];
  for (const s of similarities(docs)) {
    if (s.raw >= SYNDICATED_THRESHOLD || s.containment >= CONTAINMENT_THRESHOLD)
      edges.push({ a: s.a, b: s.b, kind: "syndicated", sim: Math.max(s.raw, s.containment) });
    else if (s.normalised >= SPUN_THRESHOLD) edges.push({ a: s.a, b: s.b, kind: "spun", sim: s.normalised });
  }
  for (const e of edges) {
    const ra = find(e.a);
    const rb = find(e.b);
    if (ra === rb) continue;
    // The smaller id becomes the root (ids are strings: no Math.min).
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  }
  const members = new Map<string, CopyDoc[]>();
  for (const d of docs) {
    const r = find(d.id);
    const list = members.get(r);
    if (list) list.push(d);
    else members.set(r, [d]);
  }
  // each group's edges, found by the root of either end (not by scanning every edge for every group)
  const edgesOf = new Map<string, typeof edges>();
  for (const e of edges) {
    const r = find(e.a);
    const list = edgesOf.get(r);
    if (list) list.push(e);
    else edgesOf.set(r, [e]);
  }
  const groups: CopyGroup[] = [];
  for (const [root, list] of members) {
    if (list.length < 2) continue;
    list.sort(byAge);
    const inner = edgesOf.get(root) ?? [];
    const kind = inner.every((e) => e.kind === "syndicated") ? "syndicated" : "spun";
    const similarity = inner.reduce((lo, e) => Math.min(lo, e.sim), Infinity);
    groups.push({ id: `cg_${shortHash(list.map((d) => d.id).join("|"))}`, docs: list.map((d) => d.id), kind, similarity });
  }
  return groups.sort((a, b) => (a.docs[0] < b.docs[0] ? -1 : 1));
}

/** doc id → the group's first doc (the original), for docs in a copy group. */
export function originalOf(groups: CopyGroup[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const g of groups) for (const d of g.docs) m.set(d, g.docs[0]);
  return m;
}

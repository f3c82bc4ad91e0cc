// Phrases of Arabic words (place names, actor names, triggers, cues) found in
// a run of words. Each word of a phrase matches a text word when they agree
// once the text word's clitics (و ف ب ل ك, لل) and both words' article ال
// are taken off; the first word may also carry a pronoun suffix when the
// phrase allows it (triggers: "ترحيلهم"). The longest phrase at a word wins.

import { type ArabicWord, cliticForms, normalizeArabic, withoutArticle, withoutPronoun, wordBareForms, wordKeys } from "./normalize.js";

export interface PhraseHit<T> {
  /** Word range [first, last] inclusive. */
  first: number;
  last: number;
  value: T;
  /** The bare form the first word matched by. */
  form: string;
}

interface Entry<T> {
  keys: string[];
  value: T;
  /** Whether the phrase's first word carries the article ال. */
  article: boolean;
}

const key = (w: string) => withoutArticle(w);

/**
 * The phrases of one first word, by their second word: a first word such as
 * "قرية" or "عبد" opens hundreds of gazetteer names, and a text word is
 * compared only with those whose second word it can be followed by.
 */
interface Bucket<T> {
  single: Entry<T>[];
  bySecond: Map<string, Entry<T>[]>;
}

/** The keys a phrase's second word may have for the text word w to match it (as wordMatches reads it). */
function secondKeys(w: ArabicWord): string[] {
  if (w.seconds) return w.seconds;
  let out: string[];
  if (w.kind !== "word") out = [w.norm];
  else {
    out = [...wordKeys(w)];
    for (const p of withoutPronoun(w.norm)) {
      const k = key(p);
      if (!out.includes(k)) out.push(k);
    }
  }
  w.seconds = out;
  return out;
}

export class ArabicPhraseIndex<T> {
  private readonly byFirst = new Map<string, Bucket<T>>();
  private longest = 1;

  /**
   * `pronouns`: whether the first word may carry a pronoun suffix in the text.
   * `article`: whether the first word must agree on the article ("سورية" is
   * the country, "السورية" the adjective).
   */
  constructor(
    private readonly pronouns = false,
    private readonly article = false,
  ) {}

  add(phrase: string, value: T): void {
    const words = normalizeArabic(phrase).split(/\s+/).filter(Boolean);
    const keys = words.map(key);
    if (!keys.length) return;
    const article = keys[0] !== words[0];
    let bucket = this.byFirst.get(keys[0]!);
    if (!bucket) {
      bucket = { single: [], bySecond: new Map() };
      this.byFirst.set(keys[0]!, bucket);
    }
    const list = keys.length === 1 ? bucket.single : (bucket.bySecond.get(keys[1]!) ?? []);
    if (!list.some((e) => e.value === value && e.keys.join(" ") === keys.join(" "))) list.push({ keys, value, article });
    if (keys.length > 1) bucket.bySecond.set(keys[1]!, list);
    this.longest = Math.max(this.longest, keys.length);
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** The longest of `list`'s phrases that match at word i, or `best` when none is longer. */
  private longestIn(list: readonly Entry<T>[], words: readonly ArabicWord[], i: number, form: string, best: PhraseHit<T> | null): PhraseHit<T> | null {
    for (const e of list) {
      if (this.article && !cliticForms(words[i]!.norm).includes(`${e.article ? "ال" : ""}${form}`)) continue;
      const last = i + e.keys.length - 1;
      if (last >= words.length || (best && last <= best.last)) continue;
      let ok = true;
      for (let k = 1; k < e.keys.length && ok; k++) ok = wordMatches(words[i + k]!, e.keys[k]!);
      if (ok) best = { first: i, last, value: e.value, form };
    }
    return best;
  }

  /** The longest phrase starting at word i, or null. */
  matchAt(words: readonly ArabicWord[], i: number): PhraseHit<T> | null {
    let best: PhraseHit<T> | null = null;
    for (const form of this.pronouns ? wordBareForms(words[i]!) : wordKeys(words[i]!)) {
      const bucket = this.byFirst.get(form);
      if (!bucket) continue;
      best = this.longestIn(bucket.single, words, i, form, best);
      if (!bucket.bySecond.size || i + 1 >= words.length) continue;
      for (const k of secondKeys(words[i + 1]!)) {
        const list = bucket.bySecond.get(k);
        if (list) best = this.longestIn(list, words, i, form, best);
      }
    }
    return best;
  }

  /** Every longest, non-overlapping phrase in the words, left to right. */
  findAll(words: readonly ArabicWord[]): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      const hit = this.matchAt(words, i);
      if (hit) {
        out.push(hit);
        i = hit.last;
      }
    }
    return out;
  }
}

function wordMatches(w: ArabicWord, k: string): boolean {
  if (w.kind !== "word") return w.norm === k;
  if (wordKeys(w).includes(k)) return true;
  for (const p of withoutPronoun(w.norm)) if (key(p) === k) return true;
  return false;
}

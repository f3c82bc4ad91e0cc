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

export class ArabicPhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
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
    const list = this.byFirst.get(keys[0]!) ?? [];
    if (!list.some((e) => e.value === value && e.keys.join(" ") === keys.join(" "))) list.push({ keys, value, article });
    this.byFirst.set(keys[0]!, list);
    this.longest = Math.max(this.longest, keys.length);
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** The longest phrase starting at word i, or null. */
  matchAt(words: readonly ArabicWord[], i: number): PhraseHit<T> | null {
    let best: PhraseHit<T> | null = null;
    let articles: string[] | null = null;
    for (const form of this.pronouns ? wordBareForms(words[i]!) : wordKeys(words[i]!)) {
      const list = this.byFirst.get(form);
      if (!list) continue;
      for (const e of list) {
        if (this.article) {
          articles ??= cliticForms(words[i]!.norm);
          if (!articles.includes(`${e.article ? "ال" : ""}${form}`)) continue;
        }
        const last = i + e.keys.length - 1;
        if (last >= words.length) continue;
        let ok = true;
        for (let k = 1; k < e.keys.length && ok; k++) ok = wordMatches(words[i + k]!, e.keys[k]!);
        if (ok && (!best || last > best.last)) best = { first: i, last, value: e.value, form };
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

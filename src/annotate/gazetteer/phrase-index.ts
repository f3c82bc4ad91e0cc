// An index of names for linear scanning: first word key → phrases, each with
// its word keys and case rule. Matching at a word returns the longest phrase
// whose words follow in the text joined only by spaces or hyphens.

import { fold, joins, scanWords, type Word } from "./words.js";
import { PLACE_NAME_PARTICLES } from "../../lexicon/name-particles.js";

type CaseRule = "any" | "cap" | "exact";

/** Plain names (letters, spaces, hyphens, inner apostrophes) need no full scan. */
const SIMPLE = /^[\p{L}\p{M}'’ -]+$/u;

function simpleWords(alias: string): Array<Pick<Word, "key" | "cap" | "allCaps">> {
  const out: Array<Pick<Word, "key" | "cap" | "allCaps">> = [];
  for (const t of alias.split(/[ -]+/)) {
    if (!t) continue;
    const first = t[0];
    const cap = first !== first.toLowerCase() && first === first.toUpperCase();
    out.push({ key: fold(t), cap, allCaps: cap && t.length >= 2 && t === t.toUpperCase() && t !== t.toLowerCase() });
  }
  return out;
}

interface Phrase<T> {
  keys: string[];
  rules: CaseRule[];
  values: T[];
}

export interface PhraseMatch<T> {
  /** Index of the first and one past the last word matched. */
  from: number;
  to: number;
  start: number;
  end: number;
  values: T[];
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  private readonly byKey = new Map<string, Phrase<T>>();
  /** byFirst split for lookup: per first word, the one-word phrases, and the longer ones by their second word; each in byFirst's order. */
  private lookup = new Map<string, Lookup<T>>();
  private sorted = true;
  size = 0;

  /** Adds `alias` for `value`. Case rules come from how the alias is written. */
  add(alias: string, value: T): void {
    const words = SIMPLE.test(alias) && !/['’]s\b/.test(alias) ? simpleWords(alias) : scanWords(alias).filter((w) => w.kind !== "punct");
    if (!words.length) return;
    const keys = words.map((w) => w.key);
    // A particle matches in any case, except a capitalised one that opens the
    // name ("Al Jazeera" the channel; "al-Jazeera" may be the region).
    const rules: CaseRule[] = words.map((w, k) =>
      PLACE_NAME_PARTICLES.has(w.key) && !(k === 0 && w.cap && words.length > 1) ? "any" : w.allCaps ? "exact" : w.cap ? "cap" : "any",
    );
    const id = keys.join(" ") + "|" + rules.join(",");
    let p = this.byKey.get(id);
    if (!p) {
      p = { keys, rules, values: [] };
      this.byKey.set(id, p);
      const list = this.byFirst.get(keys[0]) ?? [];
      list.push(p);
      this.byFirst.set(keys[0], list);
      this.sorted = false;
    }
    if (!p.values.includes(value)) {
      p.values.push(value);
      this.size++;
    }
  }

  /** The longest phrase starting at word `i`, or null. */
  matchAt(text: string, words: Word[], i: number): PhraseMatch<T> | null {
    const w = words[i];
    if (w.kind !== "word") return null;
    if (!this.sorted) this.prepare();
    const entry = this.lookup.get(w.key);
    if (!entry) return null;
    // Only phrases whose second word is the next word's can be longer than one word.
    const longer = entry.longer && i + 1 < words.length ? entry.longer.get(words[i + 1].key) : undefined;
    let best = longer ? longest(text, words, i, longer, null) : null;
    if (!best) best = longest(text, words, i, entry.singles, null);
    // The same keys may carry several case rules: merge values of equal-length matches.
    if (best) {
      const len = best.to - best.from;
      for (const p of len > 1 ? longer! : entry.singles) {
        if (p.keys.length !== len || p.values === best.values) continue;
        let ok = true;
        for (let k = 0; k < len && ok; k++) {
          const t = words[i + k];
          if (t.key !== p.keys[k] || !caseOk(p.rules[k], t) || (k > 0 && !joins(text, words[i + k - 1], t))) ok = false;
        }
        if (ok) best.values = [...best.values, ...p.values.filter((v) => !best!.values.includes(v))];
      }
    }
    return best;
  }

  /** Sorts each list longest first (stable: equal lengths keep the order they were added in) and splits it for lookup. */
  private prepare(): void {
    this.lookup = new Map();
    for (const [first, l] of this.byFirst) {
      l.sort((a, b) => b.keys.length - a.keys.length);
      // Most first words start one-word names only: the list serves as it is.
      if (l[0].keys.length === 1) {
        this.lookup.set(first, { singles: l, longer: null });
        continue;
      }
      const entry: Lookup<T> = { singles: [], longer: null };
      for (const p of l) {
        if (p.keys.length === 1) {
          entry.singles.push(p);
          continue;
        }
        entry.longer ??= new Map();
        const sub = entry.longer.get(p.keys[1]);
        if (sub) sub.push(p);
        else entry.longer.set(p.keys[1], [p]);
      }
      this.lookup.set(first, entry);
    }
    this.sorted = true;
  }
}

/** The first phrase of `list` (longest first) that matches at word `i` and is longer than `best`, or `best`. */
function longest<T>(text: string, words: Word[], i: number, list: Phrase<T>[], best: PhraseMatch<T> | null): PhraseMatch<T> | null {
  for (const p of list) {
    if (best && p.keys.length <= best.to - best.from) break;
    if (i + p.keys.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < p.keys.length && ok; k++) {
      const t = words[i + k];
      if (t.kind === "punct" || t.key !== p.keys[k] || !caseOk(p.rules[k], t)) ok = false;
      else if (k > 0 && !joins(text, words[i + k - 1], t)) ok = false;
    }
    if (!ok) continue;
    // Never stop inside a word ("Iraq" in "Iraq-born" is fine, "Iraq" in "Iraqis" never matches: words are whole).
    best = { from: i, to: i + p.keys.length, start: words[i].start, end: words[i + p.keys.length - 1].end, values: p.values };
  }
  return best;
}

interface Lookup<T> {
  singles: Phrase<T>[];
  longer: Map<string, Phrase<T>[]> | null;
}

function caseOk(rule: CaseRule, w: Word): boolean {
  if (rule === "any") return true;
  if (rule === "cap") return w.cap;
  return w.allCaps;
}

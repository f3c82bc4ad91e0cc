// A small rule-based English lemmatizer for verbs and nouns, good enough
// for trigger matching: "moved" → "move", "transferred" → "transfer",
// "fled" → "flee", "detainees" → "detainee", "was" → "be".
//
// Irregular forms come from the lexicon; regular ones are undone by suffix
// rules: -ied/-ies → -y, -ed/-ing with consonant undoubling and silent-e
// restoration, and plural -s/-es.

import { DOUBLE_FINAL_BASES, E_FINAL_BASES, INVARIANT_WORDS, IRREGULAR_NOUNS, IRREGULAR_VERBS, NO_E_BASES, S_FINAL_BASES } from "../lexicon/irregular-verbs.js";

const VOWELS = "aeiou";

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}
function hasVowel(s: string): boolean {
  return /[aeiouy]/.test(s);
}
/** Number of vowel groups ("mov" 1, "escap" 2). */
function syllables(s: string): number {
  const m = s.match(/[aeiouy]+/g);
  return m ? m.length : 0;
}

/** Restores the base of a stem left by removing -ed / -ing. */
function restoreStem(stem: string): string {
  const n = stem.length;
  const last = stem[n - 1];
  const prev = stem[n - 2];
  // Undouble: "transferr" → "transfer", "stopp" → "stop"; "kill", "add" keep it.
  if (n >= 3 && last === prev && !isVowel(last)) {
    if (DOUBLE_FINAL_BASES.has(stem)) return stem;
    if (last === "s" || last === "f" || last === "z") return stem; // pass, staff, buzz
    if (last === "l") return /(?:[aeiou][^aeiou]*){2,}ll$/.test(stem) ? stem.slice(0, -1) : stem; // controlled → control, killed → kill
    return stem.slice(0, -1);
  }
  if (E_FINAL_BASES.has(stem + "e")) return stem + "e";
  if (S_FINAL_BASES.has(stem) || NO_E_BASES.has(stem)) return stem;
  if (n < 2) return stem;
  // Endings that always carry a silent e in the base.
  if (last === "v" || last === "u") return stem + "e"; // moved, continued
  if (last === "z" && prev !== "z") return stem + "e"; // seized, organized
  if (last === "c") return stem + "e"; // forced, reduced, announced
  if (last === "s" && prev !== "s") return stem + "e"; // released, caused, used, sensed
  if (last === "g" && (prev === "r" || prev === "l" || prev === "d")) return stem + "e"; // charged, bulged, judged
  if (last === "l" && "bcdfgkptz".includes(prev)) return stem + "e"; // handled, settled
  if (last === "r" && "bcdfgkpt".includes(prev)) return stem + "e"; // massacred
  if (last === "k" && isVowel(prev) && !isVowel(stem[n - 3]) && n >= 3) return stem + "e"; // invoked, struck
  if (syllables(stem) >= 2) {
    const tail2 = stem.slice(-2);
    const before = stem[n - 3];
    // repatriated, evacuated, relocated (but treated, defeated, floated)
    if (tail2 === "at" && before !== "e" && before !== "o" && before !== "a") return stem + "e";
    if (last === "g" && isVowel(prev)) return stem + "e"; // engaged, besieged, obliged
    if (stem.endsWith("uir")) return stem + "e"; // required, acquired
    if (!isVowel(before)) {
      // evacuated, executed, provided, included, exploded, invaded, captured, required, declared, examined, assumed
      if (tail2 === "ut" || tail2 === "ul" || tail2 === "ib" || tail2 === "id" || tail2 === "ud" || tail2 === "od" || tail2 === "ad") return stem + "e";
      if (tail2 === "ur" || tail2 === "ir" || tail2 === "ar" || tail2 === "in" || tail2 === "um" || tail2 === "ot") return stem + "e";
    }
    // A prefix on a one-syllable base: "renamed", "unnamed", "rezoned", "disabused".
    const prefix = /^(?:un|re|pre|dis|mis|over|under|out|co)(?=[a-z]{2,})/.exec(stem);
    if (prefix && syllables(stem.slice(prefix[0].length)) === 1) {
      const rest = restoreStem(stem.slice(prefix[0].length));
      return prefix[0] + rest;
    }
    return stem;
  }
  // One syllable, a single short vowel and a single final consonant: "mov", "vot", "fir", "hop".
  if (syllables(stem) === 1 && isVowel(prev) && !isVowel(stem[n - 3]) && !"wxy".includes(last) && !isVowel(last)) {
    return stem + "e";
  }
  return stem;
}

function lemmaVerbSuffix(w: string): string | null {
  if (w.endsWith("ied") && w.length > 4) return w.slice(0, -3) + "y"; // carried → carry
  if (w.endsWith("eed") && w.length > 4 && !w.endsWith("eeded")) return null; // need, proceed (freed, agreed are listed)
  if (w.endsWith("ed") && w.length > 3) {
    const stem = w.slice(0, -2);
    if (!hasVowel(stem)) return null;
    if (stem.endsWith("e")) return stem; // "freed"-like: agree+d handled above; "dyed"
    return restoreStem(stem);
  }
  if (w.endsWith("ing") && w.length > 4) {
    const stem = w.slice(0, -3);
    if (!/[aeiouy]/.test(stem)) return null; // bring, thing, king (but trying → try)
    if (stem.endsWith("y") || stem.endsWith("ee") || stem.endsWith("ye") || stem.endsWith("oe")) return stem; // carrying, freeing
    return restoreStem(stem);
  }
  return null;
}

function lemmaPlural(w: string): string | null {
  if (w.length <= 3) return null;
  if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("'s") || w.endsWith("’s")) return null;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y"; // countries
  if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zzes")) return w.slice(0, -2);
  if (w.endsWith("oes") && !/(?:sh|t|can)oes$/.test(w)) return w.slice(0, -2); // heroes, vetoes
  if (w.endsWith("uses") && !/(?:ause|ouse)s$/.test(w) && !/(?:^|ac|ref|ab|exc|f|am|conf|per|diff|misc|ab)uses$/.test(w)) {
    return w.slice(0, -2); // buses, campuses
  }
  if (w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return null;
}

/** Plural demonyms and group names that end like a plural: "Syrians", "Afghans", "Iraqis". */
const PROPER_PLURAL = /^(?:\p{Lu}[\p{L}-]*(?:ian|an|i|ite|ist|er|en|ard|oun|eer))s$/u;

/**
 * Lemma of a capitalised word in the middle of ordinary prose: a name, so it
 * keeps its form ("Reuters", "Williams", "Forces"), except plural demonyms
 * ("Syrians" → "syrian", "Iraqis" → "iraqi") and irregular forms.
 */
export function lemmatizeProper(word: string): string {
  const cached = properCache.get(word);
  if (cached !== undefined) return cached;
  const result = computeProper(word);
  if (properCache.size < 50_000) properCache.set(word, result);
  return result;
}

const properCache = new Map<string, string>();

function computeProper(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const irregular = IRREGULAR_NOUNS.get(lower);
  if (irregular !== undefined) return irregular;
  if (PROPER_PLURAL.test(word) && !INVARIANT_WORDS.has(lower)) return lower.slice(0, -1);
  return lower;
}

const cache = new Map<string, string>();

/** Base form of a word (lower-cased). Unknown words come back lower-cased. */
export function lemmatize(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = compute(word);
  if (cache.size < 50_000) cache.set(word, result);
  return result;
}

function compute(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  // Acronyms stay as they are: "ISIS", "SDF", "US".
  if (word.length >= 2 && /^[A-Z0-9.&-]+$/.test(word)) return w;
  if (!/^[a-z][a-z'-]*$/.test(w)) return w;
  // Hyphenated words: lemmatize the last part ("re-captured" → "re-capture").
  const dash = w.lastIndexOf("-");
  if (dash > 0 && dash < w.length - 1) {
    const head = w.slice(0, dash + 1);
    return head + lemmatize(w.slice(dash + 1));
  }
  const irregular = IRREGULAR_VERBS.get(w) ?? IRREGULAR_NOUNS.get(w);
  if (irregular !== undefined) return irregular;
  if (INVARIANT_WORDS.has(w)) return w;
  // A prefix on an irregular verb: "rebuilt" → "rebuild", "withheld" → "withhold".
  const pre = /^(?:re|un|over|under|out|mis|with|fore)(?=[a-z]{3,})/.exec(w);
  if (pre) {
    const base = IRREGULAR_VERBS.get(w.slice(pre[0].length));
    if (base !== undefined && base !== "be" && base !== "have" && base !== "do") return pre[0] + base;
  }
  const verb = lemmaVerbSuffix(w);
  if (verb !== null) return verb;
  const noun = lemmaPlural(w);
  if (noun !== null) return noun;
  if (w.endsWith("men") && w.length > 5) return w.slice(0, -3) + "man"; // gunmen, tribesmen
  return w;
}

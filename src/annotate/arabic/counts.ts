// Arabic counts: figures in ASCII, Arabic-Indic or Persian digits with their
// separators, number words, magnitudes ("830 ألفًا", "مليونين و80 ألف"),
// vague quantities ("مئات", "عشرات الآلاف") and the qualifiers before them
// ("نحو", "أكثر من", "ما يصل إلى"). Each count records the noun for people
// that follows it, when one does.

import type { Qualifier } from "../../types.js";
import { AR_MAGNITUDES, AR_NOT_PEOPLE_UNITS, AR_NUMBER_WORDS, AR_QUALIFIERS, AR_VAGUE } from "../../lexicon/ar/numbers.js";
import type { CountMention } from "../types.js";
import { type ArabicWord, wordBareForms, normalizeArabic } from "./normalize.js";
import { ArabicPhraseIndex } from "./phrase-index.js";
import { peopleNoun } from "./people.js";
import { AR_DUAL_PEOPLE_NOUNS } from "../../lexicon/ar/subjects.js";

export interface ArabicCount extends CountMention {
  /** Index (into the sentence's words) of the noun for people the figure counts, or -1. */
  noun: number;
  /** Word range [first, last] of the figure, qualifier included. */
  first: number;
  last: number;
}

const QUALIFIERS = new ArabicPhraseIndex<Qualifier>();
for (const [phrase, q] of AR_QUALIFIERS) QUALIFIERS.add(phrase, q);

const norm = (r: Readonly<Record<string, number>>) => new Map(Object.entries(r).map(([k, v]) => [normalizeArabic(k), v]));
const NUMBER_WORDS = norm(AR_NUMBER_WORDS);
const MAGNITUDES = norm(AR_MAGNITUDES);
const VAGUE = norm(Object.fromEntries(Object.entries(AR_VAGUE).filter(([k]) => !k.includes("_"))));
const UNITS = new Set(AR_NOT_PEOPLE_UNITS.map(normalizeArabic));
const THOUSANDS_NOUN = normalizeArabic("الآلاف");
const ARTICLE = /^ال\u0640*$/;
const DUALS = new Set(AR_DUAL_PEOPLE_NOUNS.filter((n) => !n.includes(" ")).map(normalizeArabic));

function lookup(map: Map<string, number>, w: ArabicWord | undefined): number | null {
  if (!w || w.kind !== "word") return null;
  for (const f of wordBareForms(w)) {
    const v = map.get(f) ?? (f.endsWith("ا") ? map.get(f.slice(0, -1)) : undefined);
    if (v !== undefined) return v;
  }
  return null;
}

/** The value of a written figure: "1,500", "130.720" (thousands), "1.5" (decimal). */
export function parseDigits(norm: string, beforeMagnitude: boolean): number {
  const s = norm.replace(/[\u066c,]/g, "").replace(/\u066b/g, ".");
  if (/^\d+\.\d{3}$/.test(s) && !beforeMagnitude) return Number(s.replace(".", ""));
  return Number(s);
}

/** A figure starting at word i (digits or number words with their magnitudes), or null. */
function figureAt(words: readonly ArabicWord[], i: number): { value: number; last: number; vague: boolean } | null {
  const w = words[i];
  if (!w) return null;
  let value: number;
  let last = i;
  if (w.kind === "number") {
    const mag = lookup(MAGNITUDES, words[i + 1]);
    value = parseDigits(w.norm, mag !== null);
    if (mag !== null) {
      value *= mag;
      last = i + 1;
    }
  } else {
    const vague = lookup(VAGUE, w);
    if (vague !== null) {
      // "مئات الآلاف", "عشرات الآلاف": hundreds or tens of thousands.
      const next = words[i + 1];
      if (vague < 1000 && next && wordBareForms(next).includes(THOUSANDS_NOUN))
        return { value: vague === 12 ? 10_000 : vague * 1000, last: i + 1, vague: true };
      return { value: vague, last: i, vague: true };
    }
    const n = lookup(NUMBER_WORDS, w);
    if (n === null) return null;
    value = n;
    const mag = n < 1000 ? lookup(MAGNITUDES, words[i + 1]) : null;
    if (mag !== null) {
      value *= mag;
      last = i + 1;
    }
  }
  // "مليونين و80 ألف", "112 ألفا و414", "مئة وعشرين", "خمسة وعشرون": figures joined by و add up
  // (a larger one and a smaller, or units before tens in words).
  const conj = words[last + 1];
  // the و apart ("و 80", "و414" read as و and 414) or glued to a number word ("وعشرين")
  const at = conj?.norm === "و" ? last + 2 : conj?.kind === "word" && conj.norm.startsWith("و") ? last + 1 : -1;
  if (at > 0) {
    const rest = figureAt(words, at);
    const inWords = w.kind === "word" && words[at]?.kind === "word";
    if (rest && !rest.vague && ((value >= 100 && rest.value < value) || (inWords && value < 10 && rest.value >= 20 && rest.value < 100))) {
      return { value: value + rest.value, last: rest.last, vague: false };
    }
  }
  return { value, last, vague: false };
}

function isYear(w: ArabicWord): boolean {
  return w.kind === "number" && /^(19|20)\d\d$/.test(w.norm);
}

/** Counts in one sentence's words; words inside `taken` (dates) are not figures. */
export function findArabicCounts(text: string, words: readonly ArabicWord[], taken: (i: number) => boolean): ArabicCount[] {
  const out: ArabicCount[] = [];
  for (let i = 0; i < words.length; i++) {
    if (taken(i)) continue;
    // "قُتل مدنيان": a dual noun for people counts two
    if (words[i]!.kind === "word" && wordBareForms(words[i]!).some((f) => DUALS.has(f))) {
      const w = words[i]!;
      out.push({
        start: w.start,
        end: w.end,
        text: w.text,
        value: 2,
        qualifier: "exact",
        numberText: w.text,
        tags: ["annotate/arabic-counts"],
        noun: i,
        first: i,
        last: i,
      });
      continue;
    }
    const q = QUALIFIERS.matchAt(words, i);
    let at = q ? q.last + 1 : i;
    // "قرابة الـ 14500": an article written apart before the figure
    if (q && words[at]?.kind === "word" && ARTICLE.test(words[at]!.text)) at++;
    if (q && q.value === "approx" && at >= words.length) continue;
    const fig = at < words.length && !taken(at) ? figureAt(words, at) : null;
    if (!fig) continue;
    const head = words[at]!;
    // "2023-04", "7/2022": a number joined to another by a dash or slash is a date or a reference, not a figure.
    const joined = (k: number, d: number) => (words[k]?.norm === "-" || words[k]?.norm === "/") && words[k + d]?.kind === "number";
    if (head.kind === "number" && (joined(at - 1, -1) || joined(fig.last + 1, 1))) {
      i = fig.last;
      continue;
    }
    // "عام 2000" is a year, "2000 سجين" a figure: a noun for people right after it says so
    if (isYear(head) && fig.last === at && nounAfter(words, at + 1) !== at + 1) {
      i = at;
      continue;
    }
    const after = words[fig.last + 1];
    if (after && (UNITS.has(after.norm) || wordBareForms(after).some((f) => UNITS.has(f)) || after.norm === "%")) {
      i = fig.last;
      continue;
    }
    const qualifier: Qualifier = fig.vague ? "vague" : (q?.value ?? "exact");
    const noun = nounAfter(words, fig.last + 1);
    const first = q ? q.first : at;
    const start = words[first]!.start;
    const end = words[fig.last]!.end;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value: fig.value,
      qualifier,
      numberText: text.slice(head.start, end),
      tags: ["annotate/arabic-counts"],
      noun,
      first,
      last: fig.last,
    });
    i = fig.last;
  }
  return out;
}

/** The noun for people right after a figure ("50 سوريًّا", "مئات من المعتقلين", "300 معتقل فقط"), or -1. */
function nounAfter(words: readonly ArabicWord[], i: number): number {
  for (let k = i; k < Math.min(words.length, i + 3); k++) {
    const w = words[k]!;
    if (w.kind !== "word") return -1;
    if (peopleNoun(w.norm)) return k;
    // "أعاد 60 منهم": the people were named before
    if (w.norm === "منهم" || w.norm === "منهن") return k;
    if (w.norm !== "من") return -1;
  }
  return -1;
}

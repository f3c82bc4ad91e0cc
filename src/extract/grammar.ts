// Shallow grammar over tokens: function-word classes, noun-phrase heads on
// either side of a trigger, and how a trigger reads (verb, noun, participle,
// passive). No tagger: closed word classes plus the person/facility lexicons.

import type { CountMention } from "../annotate/types.js";
import { COMMON_PAST_PARTICIPLES, IRREGULAR_VERBS } from "../lexicon/irregular-verbs.js";
import { RUNNING_TOTAL } from "../lexicon/triggers.js";
import { FACILITY_NOUNS, FIRST_PERSON_SINGULAR, NON_PERSON_OBJECTS, PERSON_MODIFIERS, PERSON_PRONOUNS, isPersonNoun } from "../lexicon/subjects.js";
import type { SentenceView } from "./types.js";
import {
  ADVERBS,
  APPOSITIVE_OPENERS,
  AUX,
  BE_FORMS,
  CONJUNCTIONS,
  DETERMINERS,
  LIST_ASIDE_OPENERS,
  PREPOSITIONS,
  RELATIVE_WORDS,
} from "../lexicon/function-words.js";
import { QUANTITY_HEADS } from "../lexicon/numbers.js";
import { MODAL_VERBS, NEGATORS, RAISING_WORDS } from "../lexicon/modality.js";

const CLAUSE_STOP = new Set([",", ";", ":", "(", ")", "—", "–", ".", "!", "?", '"', "“", "”"]);

export function isAdverb(lower: string): boolean {
  return ADVERBS.has(lower) || (lower.length > 4 && lower.endsWith("ly") && lower !== "only" && lower !== "family" && lower !== "italy");
}

/**
 * Irregular past participles from the lexicon ("sent", "struck", "lost", "taken"):
 * of a verb's irregular forms (its "-s" and "-ing" forms aside), the only one,
 * or the second when past and participle differ ("took" is not one, "taken" is).
 */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = (() => {
  const forms = new Map<string, string[]>();
  for (const [form, base] of IRREGULAR_VERBS) {
    if (form === base || form.endsWith("ing") || (form.endsWith("s") && form !== "cast") || form.startsWith("'")) continue;
    if (!forms.has(base)) forms.set(base, []);
    forms.get(base)!.push(form);
  }
  const out = new Set<string>();
  for (const [base, fs] of forms) if (base !== "be" && base !== "have" && base !== "do") out.add(fs.length === 1 ? fs[0] : fs[1]);
  return out;
})();

export function isPastParticipleShape(lower: string, lemma: string): boolean {
  return lower !== lemma && (lower.endsWith("ed") || lower.endsWith("en") || IRREGULAR_PARTICIPLES.has(lower) || COMMON_PAST_PARTICIPLES.has(lower));
}

/** An irregular past or participle from the lexicon: "lost", "struck", "got", "took" (not "-s"/"-ing" forms). */
export function isIrregularPast(lower: string, lemma: string): boolean {
  return (
    lower !== lemma &&
    IRREGULAR_VERBS.get(lower) === lemma &&
    !lower.endsWith("s") &&
    !lower.endsWith("ing") &&
    !["am", "are", "'re", "'m", "'ve"].includes(lower)
  );
}

/** Index of the token covering char offset `pos`, or -1. */
export function tokenAt(view: SentenceView, pos: number): number {
  const t = view.tokens;
  let lo = 0,
    hi = t.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].end <= pos) lo = mid + 1;
    else if (t[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return lo < t.length ? lo : -1;
}

/** Token index range [first, last] of a span. */
export function tokenRange(view: SentenceView, span: { start: number; end: number }): [number, number] {
  const a = tokenAt(view, span.start);
  let b = tokenAt(view, Math.max(span.start, span.end - 1));
  if (b < a) b = a;
  return [a, b];
}

export function countAtToken(view: SentenceView, i: number): CountMention | null {
  const t = view.tokens[i];
  for (const c of view.counts) if (c.start <= t.start && t.end <= c.end) return c;
  return null;
}

export interface Head {
  index: number;
  lemma: string;
  kind: "person" | "pronoun" | "first-person" | "facility" | "nonperson" | "name" | "other";
}

export function classifyHead(view: SentenceView, i: number): Head {
  const lemma = view.lemmas[i];
  const lower = view.lowers[i];
  const tok = view.tokens[i];
  let kind: Head["kind"] = "other";
  if (FIRST_PERSON_SINGULAR.has(lower)) kind = "first-person";
  else if (isPersonNoun(lemma, lower) || isPersonNoun(lower, lower)) kind = "person";
  else if (PERSON_PRONOUNS.has(lower) || lower === "we" || lower === "us") kind = "pronoun";
  else if (FACILITY_NOUNS.has(lemma)) kind = "facility";
  else if (NON_PERSON_OBJECTS.has(lemma) || NON_PERSON_OBJECTS.has(lower)) kind = "nonperson";
  // "Europeans", "Iraqis", "Yazidis": plural nationality and community nouns are people
  else if (tok.capitalized && /(?:ans|is|ese|ers|ites)$/.test(tok.text) && lower !== lemma) kind = "person";
  else if (tok.capitalized) kind = "name";
  return { index: i, lemma, kind };
}

/** Head of the noun phrase right after token `from` (object of an active verb, "of X" of a noun). */
export function headAfter(view: SentenceView, from: number, max = 8): Head | null {
  const n = view.tokens.length;
  let last = -1;
  for (let i = from; i < n && i < from + max; i++) {
    const tok = view.tokens[i];
    const lower = view.lowers[i];
    const count = countAtToken(view, i);
    if (count) {
      // skip the whole count ("close to 5,000"); an elliptical count can be the head
      while (i + 1 < n && view.tokens[i + 1].end <= count.end) i++;
      last = i;
      continue;
    }
    if (tok.kind === "punct") {
      if (lower === "'" || lower === "’" || lower === "-") continue;
      break;
    }
    if (lower === "of" && last >= 0 && (QUANTITY_HEADS.has(view.lowers[last]) || countAtToken(view, last))) continue;
    if (CONJUNCTIONS.has(lower) && (last < 0 || lower !== "and")) break;
    if (
      PREPOSITIONS.has(lower) ||
      RELATIVE_WORDS.has(lower) ||
      (AUX.has(lower) && last >= 0) ||
      (lower === "and" && last >= 0 && !view.tokens[i + 1]?.capitalized)
    )
      break;
    if (DETERMINERS.has(lower) || isAdverb(lower)) continue;
    if (AUX.has(lower)) break;
    last = i;
    // a known noun followed by a lowercase word ends the phrase: "a video showing its leader"
    const nextTok = view.tokens[i + 1];
    if (nextTok && nextTok.kind === "word" && !nextTok.capitalized && !["and", "of", "'s"].includes(view.lowers[i + 1])) {
      const k = classifyHead(view, i).kind;
      // ...unless that word is the compound's real head: "the refugee camp", "prison guards"
      const nk = classifyHead(view, i + 1).kind;
      const compound = (nk === "facility" || nk === "person") && !isAdverb(view.lowers[i + 1]) && view.lemmas[i + 1] !== view.lowers[i + 1] + "ing";
      if ((k === "person" || k === "facility" || k === "nonperson") && !compound) break;
    }
  }
  if (last < 0) return null;
  return classifyHead(view, last);
}

/** Head of the noun phrase before token `from` (subject), skipping auxiliaries and adverbs. */
export function headBefore(view: SentenceView, from: number, max = 8): Head | null {
  let i = from;
  let steps = 0;
  while (i >= 0 && steps < max) {
    const lower = view.lowers[i];
    if (AUX.has(lower) || isAdverb(lower) || lower === "to" || lower === "'s" || (RAISING_WORDS.has(lower) && view.lowers[i + 1] === "to")) {
      i--;
      steps++;
      continue;
    }
    break;
  }
  if (i < 0) return null;
  const tok = view.tokens[i];
  if (tok.kind === "punct" && !(tok.text === "'" || tok.text === "’")) {
    // "the prison, which ..." → skip back over a comma only for relative pronouns handled below
    const app = tok.text === "," || tok.text === "-" || tok.text === "–" || tok.text === "—" ? appositiveStart(view, i) : -1;
    if (app > 0) {
      // "About 300 inmates, most of them foreigners, were ...": the subject stands before the aside
      const h = headBefore(view, app - 1, 1);
      if (h && (h.kind === "person" || h.kind === "pronoun")) return h;
    }
    return null;
  }
  if (view.lowers[i] === "and" || view.lowers[i] === "but" || view.lowers[i] === "or") {
    // "I was a member ... and was transferred": coordinated verbs share the clause's first subject
    const s = clauseStart(view, i);
    for (let k = s; k < i; k++) {
      if (view.tokens[k].kind === "punct" || DETERMINERS.has(view.lowers[k]) || isAdverb(view.lowers[k]) || CONJUNCTIONS.has(view.lowers[k])) continue;
      const h = classifyHead(view, k);
      return h.kind === "first-person" || h.kind === "pronoun" ? h : null;
    }
    return null;
  }
  if (PREPOSITIONS.has(view.lowers[i]) || CONJUNCTIONS.has(view.lowers[i])) return null;
  if (RELATIVE_WORDS.has(view.lowers[i])) {
    // relative clause: the antecedent precedes the pronoun (maybe after a comma)
    let j = i - 1;
    if (j >= 0 && view.tokens[j].kind === "punct") j--;
    if (j < 0) return null;
    return classifyHead(view, j);
  }
  const count = countAtToken(view, i);
  if (count) return { index: i, lemma: view.lemmas[i], kind: "pronoun" };
  return classifyHead(view, i);
}

/**
 * The token index of the punctuation that opens an aside closed at `close`
 * ("300 inmates, most of them foreigners, were"), or -1: the aside is short,
 * opens with a quantifier, a count or a determiner and holds no verb-like word.
 */
export function appositiveStart(view: SentenceView, close: number): number {
  const mark = view.tokens[close].text;
  // an aside may hold a list ("comprising 194 men, 156 women, and 358 children"): its items are stepped over,
  // and an earlier start is taken only when a word that opens an aside ("comprising", "including") opens it;
  // otherwise the nearest start stands ("The soldiers, six privates and a corporal, were ...")
  let reach = close - 9;
  let nearest = -1;
  for (let k = close - 1; k > 0 && k >= reach; k--) {
    const tok = view.tokens[k];
    if (tok.kind !== "punct") continue;
    if (tok.text !== mark && !(mark !== "," && tok.text === ",")) return nearest;
    const first = k + 1;
    if (first >= close) return nearest;
    const opener = view.lowers[first];
    const starts = APPOSITIVE_OPENERS.has(opener) || countAtToken(view, first) !== null;
    let plain = true;
    for (let j = first; j < close; j++)
      if (AUX.has(view.lowers[j]) || BE_FORMS.has(view.lowers[j]) || RELATIVE_WORDS.has(view.lowers[j]) || view.lowers[j] === "said") plain = false;
    if (!plain) return nearest;
    if (nearest >= 0) return LIST_ASIDE_OPENERS.has(opener) ? k : nearest;
    if (mark === "," && isListItem(view, first)) {
      if (starts && opener !== "and" && opener !== "or") nearest = k;
      reach = Math.max(0, close - 24);
      continue;
    }
    return starts ? k : -1;
  }
  return nearest;
}

/** "156 women", "and 358 children": an item of a counted list. */
function isListItem(view: SentenceView, first: number): boolean {
  const at = view.lowers[first] === "and" || view.lowers[first] === "or" ? first + 1 : first;
  return at < view.tokens.length && countAtToken(view, at) !== null;
}

/** First token index of the clause containing token i. */
export function clauseStart(view: SentenceView, i: number): number {
  const c = view.clause[i];
  let j = i;
  while (j > 0 && view.clause[j - 1] === c) j--;
  return j;
}

export function clauseEnd(view: SentenceView, i: number): number {
  const c = view.clause[i];
  let j = i;
  while (j + 1 < view.tokens.length && view.clause[j + 1] === c) j++;
  return j;
}

export function isClauseStop(text: string): boolean {
  return CLAUSE_STOP.has(text);
}

/** The subject phrase in the article's words: modifiers + head, e.g. "Afghan and Pakistani militiamen". */
export function phraseEndingAt(view: SentenceView, head: number): string {
  let first = head;
  let steps = 0;
  while (first > 0 && steps < 5) {
    const k = first - 1;
    const tok = view.tokens[k];
    const lower = view.lowers[k];
    if (countAtToken(view, k)) break;
    const modifier =
      (tok.capitalized && !DETERMINERS.has(lower) && !PREPOSITIONS.has(lower)) ||
      lower.includes("-") ||
      ((lower === "and" || lower === "&") && k > 0 && view.tokens[k - 1].capitalized) ||
      PERSON_MODIFIERS.has(lower);
    if (!modifier || tok.kind !== "word") break;
    first = k;
    steps++;
  }
  if (view.lowers[first] === "and") first++;
  return view.doc.text.slice(view.tokens[first].start, view.tokens[head].end);
}

export function isPlural(lower: string, lemma: string): boolean {
  return lower !== lemma && lower.endsWith("s");
}

const TOTAL_VERBS: ReadonlySet<string> = new Set(RUNNING_TOTAL.verbs);
const TOTAL_NOUNS: ReadonlySet<string> = new Set(RUNNING_TOTAL.nouns);
const REACHING_VERBS: ReadonlySet<string> = new Set(RUNNING_TOTAL.reaching);

/**
 * "bringing the total transferred since March to roughly 1,100" / "brings to
 * more than 2,100 the number of ...": where a running total is stated in a
 * sentence: the verb, the tallying noun and the count. Null when there is none.
 */
export function runningTotalAt(view: SentenceView): { verb: number; noun: number; count: CountMention } | null {
  const n = view.tokens.length;
  for (let i = 0; i < n; i++) {
    if (!TOTAL_VERBS.has(view.lemmas[i])) continue;
    // "bringing the total ... to N"
    let noun = -1;
    for (let k = i + 1; k < Math.min(n, i + 4); k++)
      if (TOTAL_NOUNS.has(view.lemmas[k])) {
        noun = k;
        break;
      }
    if (noun >= 0) {
      for (let k = noun + 1; k < Math.min(n - 1, noun + 14); k++) {
        if (view.lowers[k] !== "to") continue;
        const count = countAtToken(view, k + 1);
        if (count) return { verb: i, noun, count };
      }
      continue;
    }
    // "brings to N the number of ..."
    if (view.lowers[i + 1] !== "to") continue;
    for (let k = i + 2; k < Math.min(n, i + 6); k++) {
      const count = countAtToken(view, k);
      if (!count) continue;
      for (let m = k + 1; m < Math.min(n, k + 6); m++) if (TOTAL_NOUNS.has(view.lemmas[m])) return { verb: i, noun: m, count };
      break;
    }
  }
  return reachedTotalAt(view);
}

/**
 * "the total number of returnees has reached 799,208", "the tally of those
 * deported rose to 1,100": a total noun, its "of" phrase, a verb of reaching
 * and the figure.
 */
function reachedTotalAt(view: SentenceView): { verb: number; noun: number; count: CountMention } | null {
  const n = view.tokens.length;
  for (let i = 0; i < n; i++) {
    if (!TOTAL_NOUNS.has(view.lemmas[i]) || view.lowers[i + 1] !== "of") continue;
    for (let k = i + 2; k < Math.min(n, i + 10); k++) {
      if (view.tokens[k].kind === "punct") break;
      if (!REACHING_VERBS.has(view.lemmas[k])) continue;
      // "shall not exceed 7,000", "could reach 10,000": a ceiling or a forecast, not a total
      if ([k - 1, k - 2].some((b) => b > i && (MODAL_VERBS.has(view.lowers[b]) || NEGATORS.has(view.lowers[b])))) break;
      // "the number of detainees to be transferred": people still to move are not a tally of moves
      if (view.lowers.slice(i + 2, k).some((w, x, ws) => w === "to" && ws[x + 1] === "be")) break;
      let j = k + 1;
      if (view.lowers[j] === "to" || view.lowers[j] === "at") j++;
      const count = countAtToken(view, j) ?? countAtToken(view, j + 1);
      if (count) return { verb: k, noun: i, count };
      break;
    }
  }
  return null;
}

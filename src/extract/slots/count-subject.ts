// Count + subject: the count that quantifies a person noun near the trigger,
// and the subject noun phrase in the article's words ("ISIS detainees").
// A count of things ("a dozen facilities", "40 countries") never counts an
// event; a bare count ("roughly 800 are currently inside ...") counts the event only
// when it stands right next to the trigger as its subject.

import type { Context } from "../../context.js";
import type { CountMention } from "../../annotate/types.js";
import { COLLECTIVE_HEADS, COUNT_MODIFIER_WORDS, PARTITIVE_PRONOUNS, isPersonNoun } from "../../lexicon/subjects.js";
import { appositiveStart, countAtToken, isAdverb, phraseEndingAt, tokenRange } from "../grammar.js";
import {
  AUX,
  COUNT_APPOSITION_OPENERS,
  DETERMINERS,
  ONE_PERSON_PRONOUNS,
  PREPOSITIONS,
  RELATIVE_WORDS,
  SINGLE_DETERMINERS,
} from "../../lexicon/function-words.js";
import type { Candidate, SentenceView, SlotFiller } from "../types.js";
import { themeOf } from "../roles.js";
import { DEAL_NOUNS } from "../../lexicon/agreement-words.js";
import { INJURY_WORDS } from "../../lexicon/event-words.js";
import { NEGATORS } from "../../lexicon/modality.js";
import { PART_OPENERS, RESTATING_WORDS } from "../../lexicon/numbers.js";

export interface PersonCount {
  count: CountMention;
  /** Token index of the person noun it counts, or -1 for a bare count. */
  head: number;
  subject: string | null;
  first: number;
  last: number;
}

const cache = new WeakMap<SentenceView, PersonCount[]>();

const ADJ_SHAPE = /^[a-z]+(?:ian|ese|ish|ic|al|ous|ive|ful|less|ed)$/;

export function personCounts(view: SentenceView): PersonCount[] {
  const hit = cache.get(view);
  if (hit) return hit;
  const out: PersonCount[] = [];
  for (const c of view.counts) {
    const [first, last] = tokenRange(view, c);
    if (first < 0) continue;
    // a year or a clock time is not a count of people
    if (c.value != null && c.value >= 1900 && c.value <= 2100 && /^\d{4}$/.test(c.numberText.trim())) continue;
    const nxt = view.tokens[last + 1];
    if (nxt && (nxt.text === "-" || /^(day|days|year|years|month|months|week|weeks|hour|hours|km|kilometers|kilometres|miles|percent|per)$/i.test(nxt.text)))
      continue;
    let head = -1;
    let bare = false;
    let modifiers = 0;
    // "seven of them", "nine of those": a bare count of people already named
    const partitive = view.lowers[last + 1] === "of" && PARTITIVE_PRONOUNS.has(view.lowers[last + 2] ?? "");
    // "12 of those Pakistanis": the people named after the demonstrative
    if (partitive && (view.lowers[last + 2] === "those" || view.lowers[last + 2] === "these")) {
      const k = last + 3;
      if (
        k < view.tokens.length &&
        view.tokens[k].kind === "word" &&
        (isPersonNoun(view.lemmas[k], view.lowers[k]) || (view.tokens[k].capitalized && /(?:ans|is|ese|ers|ites)$/.test(view.tokens[k].text)))
      ) {
        out.push({ count: c, head: k, subject: view.doc.text.slice(view.tokens[k].start, view.tokens[k].end), first, last });
        continue;
      }
    }
    for (let k = partitive ? view.tokens.length : last + 1; k < view.tokens.length && k < last + 9; k++) {
      const lower = view.lowers[k];
      const tok = view.tokens[k];
      if (tok.kind === "punct") {
        if (k === last + 1) bare = true;
        break;
      }
      // "eight more French nationals": "more" is the head only when no person noun follows
      const moreHead = k === last + 1 && (lower === "others" || lower === "more") && !(lower === "more" && personWithin(view, k + 1, 3));
      if (isPersonNoun(view.lemmas[k], lower) || isPersonNoun(lower, lower) || moreHead || nationalityPlural(view, k)) {
        head = k;
        // "militants and their families": keep the first head
        break;
      }
      if (
        k === last + 1 &&
        (AUX.has(lower) ||
          RELATIVE_WORDS.has(lower) ||
          lower === "currently" ||
          lower === "now" ||
          lower === "still" ||
          lower === "remain" ||
          lower === "remained" ||
          lower === "remains" ||
          (PREPOSITIONS.has(lower) && lower !== "of"))
      ) {
        bare = true;
        break;
      }
      if (lower === "of" || lower === "mostly" || lower === "and" || DETERMINERS.has(lower) || isAdverb(lower)) continue;
      // "45 of the some 300 inmates": the part counts the same people as the whole
      const inner = tok.kind === "number" || countAtToken(view, k) ? countAtToken(view, k) : null;
      if (
        inner &&
        inner !== c &&
        (view.lowers[k - 1] === "of" || DETERMINERS.has(view.lowers[k - 1]) || isAdverb(view.lowers[k - 1]) || view.tokens[k - 1].start < inner.start)
      ) {
        while (k + 1 < view.tokens.length && view.tokens[k + 1].end <= inner.end) k++;
        continue;
      }
      // modifiers: names ("ISIS"), hyphenated ("high-risk"), adjectives by shape or list; a plain noun ends the phrase
      // ... or the first half of a compound before a person noun ("aid workers", "prison guards")
      const compound = tok.kind === "word" && k + 1 < view.tokens.length && isPersonNoun(view.lemmas[k + 1], view.lowers[k + 1]);
      if (tok.capitalized || lower.includes("-") || COUNT_MODIFIER_WORDS.has(lower) || ADJ_SHAPE.test(lower) || compound) {
        modifiers++;
        if (modifiers > 4) break;
        continue;
      }
      break;
    }
    if (head >= 0) {
      // the subject starts after the count (and "of", and a whole it is part of), ends at the head
      let s = last + 1;
      while (s < head && (view.lowers[s] === "of" || DETERMINERS.has(view.lowers[s]) || (countAtToken(view, s) && countAtToken(view, s) !== c))) s++;
      const subject = s <= head ? phraseFrom(view, s, head) : null;
      out.push({ count: c, head, subject, first, last });
    } else if (bare || partitive || last + 1 >= view.tokens.length) {
      out.push({ count: c, head: -1, subject: null, first, last: partitive ? last + 2 : last });
    }
  }
  cache.set(view, out);
  return out;
}

/** "Iraqis", "Afghans", "Nepalese": a capitalised plural people noun. */
function nationalityPlural(view: SentenceView, k: number): boolean {
  const tok = view.tokens[k];
  return (
    tok.kind === "word" &&
    tok.capitalized &&
    /(?:ans|is|ese|ers|ites)$/.test(tok.text) &&
    view.lowers[k] !== view.lemmas[k] &&
    view.places.some((p) => p.start <= tok.start && tok.end <= p.end && p.kind === "demonym")
  );
}

function personWithin(view: SentenceView, from: number, n: number): boolean {
  for (let k = from; k < Math.min(view.tokens.length, from + n); k++) {
    if (view.tokens[k].kind !== "word") return false;
    if (isPersonNoun(view.lemmas[k], view.lowers[k]) || nationalityPlural(view, k)) return true;
  }
  return false;
}

/** "a three-day truce", "a new accord": the deal's noun phrase, from the trigger or the noun after "agreed to". */
function dealPhrase(view: SentenceView, first: number, last: number): string | null {
  let noun = -1;
  if (DEAL_NOUNS.has(view.lemmas[last])) noun = last;
  else
    for (let k = last + 1; k < Math.min(view.tokens.length, last + 7); k++) {
      if (view.tokens[k].kind === "punct" && view.tokens[k].text !== "-") break;
      if (DEAL_NOUNS.has(view.lemmas[k])) {
        noun = k;
        break;
      }
    }
  if (noun < 0) return null;
  let s = noun;
  for (let k = noun - 1; k >= 0 && noun - k <= 4; k--) {
    const tok = view.tokens[k];
    const l = view.lowers[k];
    if (tok.kind === "punct" && tok.text !== "-") break;
    if (l === "a" || l === "an" || l === "the") {
      s = k;
      break;
    }
    if (PREPOSITIONS.has(l) || AUX.has(l) || RELATIVE_WORDS.has(l) || l === "and" || l === "to") break;
    if (tok.kind === "word" && !tok.capitalized && view.lowers[k] !== view.lemmas[k] && /(?:ed|s)$/.test(l) && !l.includes("-")) break;
    s = k;
  }
  return view.doc.text.slice(view.tokens[s].start, view.tokens[noun].end);
}

function phraseFrom(view: SentenceView, s: number, head: number): string {
  // keep the phrase short: at most five words before the head
  const first = Math.max(s, head - 5);
  return view.doc.text.slice(view.tokens[first].start, view.tokens[head].end);
}

/** The person count the candidate is about, or null. */
/** "shall not exceed N", "will never exceed N": a ceiling stated in the trigger's sentence. */
function ceilingOf(c: Candidate): CountMention | null {
  const v = c.view;
  for (let k = 1; k < v.tokens.length - 1; k++) {
    if (!/^exceed(?:s|ed|ing)?$/.test(v.lowers[k]) || !NEGATORS.has(v.lowers[k - 1])) continue;
    const n = countAtToken(v, k + 1);
    if (n && n.value != null) return n;
  }
  return null;
}

/** The count's people are said to be hurt right after it ("121 others were injured", "three others wounded"). */
function countsTheHurt(view: SentenceView, pc: PersonCount): boolean {
  let k = (pc.head >= 0 ? pc.head : pc.last) + 1;
  while (k < view.tokens.length && (AUX.has(view.lowers[k]) || isAdverb(view.lowers[k]))) k++;
  return INJURY_WORDS.has(view.lowers[k] ?? "");
}

export function pickCount(c: Candidate): PersonCount | null {
  const view = c.view;
  const t = c.trigger;
  const clause = view.clause[t.first];
  let best: PersonCount | null = null;
  let bestScore = Infinity;
  for (const pc of personCounts(view)) {
    // "a guard was killed and three others injured": the wounded are not the dead
    if (c.type === "killing" && countsTheHurt(view, pc)) continue;
    const dist = pc.last < t.first ? t.first - pc.last : pc.first - t.last;
    let score: number;
    if (pc.head < 0) {
      // bare count: only as the subject right before the trigger (auxiliaries/adverbs between), or right after it
      if (pc.last < t.first) {
        let k = pc.last + 1;
        while (k < t.first && (AUX.has(view.lowers[k]) || isAdverb(view.lowers[k]) || view.lowers[k] === "currently")) k++;
        if (k !== t.first) continue;
      } else if (dist > 2) continue;
      score = dist;
    } else {
      const aside = appositionBetween(view, pc.head, t.first);
      const sameClause = view.clause[pc.first] === clause || view.clause[pc.head] === clause || aside || appositiveCount(view, pc, t.first);
      if (!sameClause || (dist > 12 && !aside)) {
        // across a comma, or far away in a long clause: another noun phrase's figure
        continue;
      }
      // the subject before an aside is as near as the aside's own last word
      score = aside ? Math.min(dist, 2) : dist;
    }
    if (score < bestScore) {
      bestScore = score;
      best = pc;
    }
  }
  // "some 900 soldiers who had fled into Lebanon ... were sent back": a passive's subject may carry a relative clause
  if (!best && t.passive) {
    let far: PersonCount | null = null;
    for (const pc of personCounts(view)) {
      if (pc.head < 0 || pc.last >= t.first || t.first - pc.last > 25 || view.clause[pc.first] !== clause) continue;
      if (RELATIVE_WORDS.has(view.lowers[pc.head + 1] ?? "") && (!far || pc.last > far.last)) far = pc;
    }
    best = far;
  }
  // "826 inmates including nine militants", "994 inmates, among them 64 suspects": the part is not the figure; the whole is
  if (best) {
    let k = best.first - 1;
    if (view.lowers[k] === "them" && view.lowers[k - 1] === "among") k--;
    if (PART_OPENERS.has(view.lowers[k]) || (view.lowers[k] === "among" && view.lowers[k + 1] === "them")) {
      const whole = personCounts(view).find((pc) => pc.head >= 0 && pc.head < k && k - ofTail(view, pc.head) <= 2);
      if (whole) best = whole;
    }
  }
  // "over 150 out of the over 600 have been re-arrested", "879 of the prison's 994 inmates escaped":
  // the people the verb is about are the part, not the whole
  if (best) {
    let k = best.first - 1;
    for (;;) {
      if (k > 0 && (DETERMINERS.has(view.lowers[k]) || isAdverb(view.lowers[k]))) k--;
      // a possessor: "the prison's"
      else if (k > 1 && (view.lowers[k] === "'s" || view.lowers[k] === "’s") && view.tokens[k - 1].kind === "word") k -= 2;
      else break;
    }
    // (a plain "of" only when the verb follows the whole: "two of the five released Iranians" keeps the five)
    const outOf = view.lowers[k - 1] === "out";
    // the trigger must be the partitive's own verb: "879 of the 994 inmates escaped", "four of the five were moved",
    // not "two of the five prisoners involved in the swap arrived"
    const ownVerb = () => {
      if (best === null || best.head < 0 || best.head >= t.first) return false;
      for (let j = best.head + 1; j < t.first; j++) if (!AUX.has(view.lowers[j]) && !isAdverb(view.lowers[j])) return false;
      return true;
    };
    if (k >= 1 && view.lowers[k] === "of" && (outOf || ownVerb())) {
      const partEnd = outOf ? k - 2 : k - 1;
      const part = partEnd >= 0 ? countAtToken(view, partEnd) : null;
      if (part && part !== best.count) {
        const [first] = tokenRange(view, part);
        best = { count: part, head: best.head, subject: best.subject, first, last: partEnd };
      }
    }
  }
  // "1,200 households, or about 5,000 individuals", "150 families comprising 612 persons": the restatement counts individuals
  if (best && best.head >= 0) {
    const k = best.head;
    let j = k + 1;
    if (view.lowers[j] === "," || view.lowers[j] === "(") j++;
    const collective = COLLECTIVE_HEADS.has(view.lemmas[k]);
    if (view.lowers[j] === "or" || (collective && RESTATING_WORDS.has(view.lowers[j]))) {
      const restated = personCounts(view).find((pc) => pc.first > j && pc.first <= j + 4 && pc.head >= 0 && !COLLECTIVE_HEADS.has(view.lemmas[pc.head]));
      if (restated) return restated;
    }
  }
  return best;
}

const QUOTE_MARKS = /^["'\u2018\u2019\u201c\u201d]$/;

/**
 * "him and 12 other people", "he was deported along with 40 other Syrians":
 * a count of "other" people joined to one person counts that person too.
 */
function oneAndOthers(view: SentenceView, pc: PersonCount): boolean {
  if (view.lowers[pc.last + 1] !== "other" || pc.head < 0) return false;
  const before = view.lowers[pc.first - 1];
  const joined = before === "and" || before === "with";
  if (!joined) return false;
  // the one person: a pronoun or a single person's noun just before "and", or the subject of "along with"
  if (before === "with") return view.lowers[pc.first - 2] === "along" || view.lowers[pc.first - 2] === "together";
  const one = view.lowers[pc.first - 2] ?? "";
  return ONE_PERSON_PRONOUNS.has(one);
}

/**
 * "About 900 people, most of them children, remain ...": the people's count
 * stands before an apposition set off by commas that says who they are.
 */
function appositionBetween(view: SentenceView, head: number, trigger: number): boolean {
  if (head >= trigger || view.lowers[head + 1] !== "," || !COUNT_APPOSITION_OPENERS.has(view.lowers[head + 2] ?? "")) return false;
  // an aside holding a list ("708 citizens, comprising 194 men, 156 women and 358 children, departed")
  // ("allowing 826 inmates, including nine militants, to flee": an infinitive's "to" may stand before the verb)
  let close = trigger - 1;
  while (close > head && (AUX.has(view.lowers[close]) || isAdverb(view.lowers[close]) || (close === trigger - 1 && view.lowers[close] === "to"))) close--;
  if (view.lowers[close] === "," && appositiveStart(view, close) === head + 1) return true;
  let k = head + 3;
  while (k < trigger && k - head < 14 && view.tokens[k].text !== ",") {
    // (quotation marks inside the aside: "including nine 'militants',")
    if (view.tokens[k].kind === "punct" && !QUOTE_MARKS.test(view.tokens[k].text)) return false;
    k++;
  }
  if (view.tokens[k]?.text !== ",") return false;
  // only adverbs and auxiliaries between the closing comma and the verb
  for (let j = k + 1; j < trigger; j++)
    if (
      !(
        AUX.has(view.lowers[j]) ||
        isAdverb(view.lowers[j]) ||
        view.lowers[j] === "still" ||
        view.lowers[j] === "now" ||
        (j === trigger - 1 && view.lowers[j] === "to")
      )
    )
      return false;
  return true;
}

/**
 * "The hostages, four nurses and a driver, were freed": the count stands in an
 * apposition set off by commas right after the subject noun, and the verb
 * follows the closing comma.
 */
function appositiveCount(view: SentenceView, pc: PersonCount, trigger: number): boolean {
  if (pc.first >= trigger || pc.first < 2 || view.lowers[pc.first - 1] !== ",") return false;
  if (!isPersonNoun(view.lemmas[pc.first - 2], view.lowers[pc.first - 2])) return false;
  let k = pc.head + 1;
  while (k < trigger && k - pc.head < 8 && view.tokens[k].text !== ",") {
    if (view.tokens[k].kind === "punct") return false;
    k++;
  }
  if (view.tokens[k]?.text !== ",") return false;
  for (let j = k + 1; j < trigger; j++) if (!(AUX.has(view.lowers[j]) || isAdverb(view.lowers[j]))) return false;
  return true;
}

/**
 * "28 guards and 5 civilians", "85 Iraqis and 65 foreigners": parts joined by
 * "and" with no total stated make one record with the sum.
 */
function partsOf(view: SentenceView, pc: PersonCount): { value: number; qualifier: CountMention["qualifier"]; end: number; firstHead: number } | null {
  const all = personCounts(view).filter((p) => p.head >= 0 && p.count.value != null);
  const i = all.indexOf(pc);
  if (i < 0 || pc.count.value == null) return null;
  let first = i;
  const tail = (p: PersonCount) => ofTail(view, p.head);
  while (first > 0 && view.lowers[tail(all[first - 1]) + 1] === "and" && tail(all[first - 1]) + 2 === all[first].first) first--;
  let last = i;
  while (last + 1 < all.length && view.lowers[tail(all[last]) + 1] === "and" && tail(all[last]) + 2 === all[last + 1].first) last++;
  const chain = all.slice(first, last + 1);
  let value = chain.reduce((s, p) => s + (p.count.value ?? 0), 0);
  // "seven students and a Cambodian man": a single person joined to the parts adds one
  let end = tail(chain[chain.length - 1]);
  const single = singleAfter(view, end);
  if (single >= 0) {
    value += 1;
    end = single;
  }
  if (first === last && single < 0) return null;
  return { value, qualifier: chain[0].count.qualifier, end: view.tokens[end].end, firstHead: chain[0].head };
}

/** "... and a Cambodian man": token index of the singular person noun after "and a(n)/one", or -1. */
function singleAfter(view: SentenceView, head: number): number {
  if (view.lowers[head + 1] !== "and" || !["a", "an", "one"].includes(view.lowers[head + 2] ?? "")) return -1;
  // "... and one of the attackers", "and one of them": a single person out of another group
  if (view.lowers[head + 2] === "one" && view.lowers[head + 3] === "of") {
    if (PARTITIVE_PRONOUNS.has(view.lowers[head + 4] ?? "")) return head + 4;
    for (let k = head + 4; k < Math.min(view.tokens.length, head + 8); k++) {
      if (view.tokens[k].kind !== "word") return -1;
      if (isPersonNoun(view.lemmas[k], view.lowers[k]) && view.lowers[k] !== view.lemmas[k]) return k;
    }
    return -1;
  }
  for (let k = head + 3; k < Math.min(view.tokens.length, head + 7); k++) {
    const tok = view.tokens[k];
    if (tok.kind !== "word") return -1;
    if (isPersonNoun(view.lemmas[k], view.lowers[k]) && view.lowers[k] === view.lemmas[k]) return k;
    if (!(tok.capitalized || COUNT_MODIFIER_WORDS.has(view.lowers[k]) || ADJ_SHAPE.test(view.lowers[k]) || view.lowers[k].includes("-"))) return -1;
  }
  return -1;
}

/**
 * The last token of a person noun's "of" complement ("members of the prison
 * guard", "workers of the aid group"), or the head itself when it has none.
 */
function ofTail(view: SentenceView, head: number): number {
  if (view.lowers[head + 1] !== "of") return head;
  let end = head;
  for (let k = head + 2; k < Math.min(view.tokens.length, head + 7); k++) {
    const tok = view.tokens[k];
    if (tok.kind !== "word" || view.lowers[k] === "and" || view.lowers[k] === "or" || AUX.has(view.lowers[k]) || RELATIVE_WORDS.has(view.lowers[k])) break;
    // a count inside starts another part
    if (countAtToken(view, k)) return head;
    end = k;
  }
  return end;
}

const NO_COUNT = new Set(["takeover", "attack"]);

export const countSubjectSlot: SlotFiller = {
  name: "slot/count-subject",
  fill(c: Candidate, _ctx: Context) {
    // the people of a deal, a takeover or an attack are counted by the release, killing... it causes
    // a count the detector fixed (a running total) is kept
    let pc = NO_COUNT.has(c.type) || c.countMention ? null : pickCount(c);
    // a deal counts the people it concerns only when they follow it ("agreed to release 887 detainees")
    if (pc && c.type === "agreement" && pc.first < c.trigger.first) pc = null;
    const ceiling = pc || c.countMention || NO_COUNT.has(c.type) ? null : ceilingOf(c);
    if (ceiling) {
      // "the number to be sent will not exceed 900": a stated ceiling is an at-most figure
      c.count = { value: ceiling.value, qualifier: "at_most" };
      c.countMention = ceiling;
      c.tags.push("slot/count-subject");
    }
    if (pc) {
      c.count = { value: pc.count.value, qualifier: pc.count.qualifier };
      const parts = partsOf(c.view, pc);
      if (parts) c.count = { value: parts.value, qualifier: parts.qualifier };
      // "arrested him and 12 other people", "deported along with 40 other refugees": the one named, and the others
      else if (pc.count.value != null && oneAndOthers(c.view, pc)) c.count = { value: pc.count.value + 1, qualifier: pc.count.qualifier };
      c.countMention = pc.count;
      if (pc.subject) {
        c.subject = pc.subject;
        c.subjectHead = c.view.lemmas[pc.head];
      }
      // the summed parts are one subject: "students and a Cambodian man"
      if (parts && pc.subject && parts.firstHead === pc.head) {
        const start = c.view.doc.text.indexOf(pc.subject, c.view.tokens[pc.last].end);
        if (start >= 0 && start < parts.end) c.subject = c.view.doc.text.slice(start, parts.end);
      }
      c.tags.push("slot/count-subject");
    }
    // a takeover or an attack happens to a place: its subject is the object ("the al-Hol camp")
    if (!c.subject && (c.type === "takeover" || c.type === "attack")) {
      const theme = themeOf(c.view, c.trigger);
      if (theme && (theme.kind === "facility" || theme.kind === "name" || theme.kind === "person")) {
        c.subject = phraseEndingAt(c.view, theme.index);
        // "the town of Manbij", "the villages of Tal Tamr and Tal Hamis"
        const v = c.view;
        if (v.lowers[theme.index + 1] === "of") {
          const named = v.places.filter((p) => p.start >= v.tokens[theme.index + 1].end && p.start - v.tokens[theme.index + 1].end <= 2);
          if (named.length) {
            let end = named[0].end;
            const second = v.places.find((p) => p.start > end && /^\s+and\s+$/.test(v.doc.text.slice(end, p.start)));
            if (second) end = second.end;
            c.subject = v.doc.text.slice(v.tokens[theme.index].start, end);
          }
        }
        const tok = v.tokens[theme.index];
        const within = v.places.find((p) => p.start <= tok.start && tok.end <= p.end);
        if (within) c.subject = within.text.replace(/^the\s+/i, "");
        c.subjectHead = theme.lemma;
        c.tags.push("slot/count-subject");
        return;
      }
    }
    // a deal's subject is the deal: "a three-day truce", "the new accord"
    if (c.type === "agreement" && !c.subject) {
      const deal = dealPhrase(c.view, c.trigger.first, c.trigger.last);
      if (deal) {
        c.subject = deal;
        c.tags.push("slot/count-subject");
      }
      return;
    }
    if (!c.subject) {
      const head = subjectHead(c);
      if (head >= 0) {
        c.subject = phraseEndingAt(c.view, head);
        c.subjectHead = c.view.lemmas[head];
        if (!pc && !c.count && SINGLE_TYPES.has(c.type) && singlePerson(c, head)) c.count = { value: 1, qualifier: "exact" };
        if (!pc) c.tags.push("slot/count-subject");
      }
    }
  },
};

/** A singular noun used as a modifier of the noun after it ("vigilante group", "local militia"). */
function nounModifier(v: SentenceView, k: number): boolean {
  const next = v.tokens[k + 1];
  if (!next || next.kind !== "word" || next.capitalized) return false;
  const l = v.lowers[k + 1];
  if (v.lowers[k] !== v.lemmas[k]) return false;
  return !(AUX.has(l) || PREPOSITIONS.has(l) || RELATIVE_WORDS.has(l) || l === "and" || l === "or" || l === "to" || isAdverb(l) || /(?:ed|ing)$/.test(l));
}

/**
 * "a vigilante was shot dead", "police detained a suspect": one person, told
 * with an indefinite article on a singular person noun that is the event's
 * theme (before a passive verb, after an active one).
 */
function singlePerson(c: Candidate, head: number): boolean {
  const v = c.view;
  const t = c.trigger;
  if (v.lowers[head] !== v.lemmas[head]) return false;
  if (t.reading !== "noun" && (t.passive || t.reading === "participle" ? head > t.first : head < t.last)) return false;
  for (let k = head - 1; k >= 0 && k >= head - 4; k--) {
    const l = v.lowers[k];
    if (SINGLE_DETERMINERS.has(l)) return true;
    const tok = v.tokens[k];
    if (tok.kind !== "word") return false;
    if (
      !(
        tok.capitalized ||
        COUNT_MODIFIER_WORDS.has(l) ||
        ADJ_SHAPE.test(l) ||
        l.includes("-") ||
        isPersonNoun(v.lemmas[k], l) ||
        /(?:al|an|ic|ish|ese)$/.test(l)
      )
    )
      return false;
  }
  return false;
}

const SINGLE_TYPES = new Set(["killing", "arrest", "transfer", "release", "escape", "repatriation", "trial"]);

/** The person noun of the theme (no count), as a token index, or -1. */
function subjectHead(c: Candidate): number {
  const v = c.view;
  const t = c.trigger;
  // a passive's subject may carry a long modifier ("a member of a local militia was ...")
  const s = Math.max(0, t.first - (t.passive ? 10 : 6));
  const e = Math.min(v.tokens.length - 1, t.last + 8);
  let best = -1;
  let bestD = Infinity;
  for (let k = s; k <= e; k++) {
    if (k >= t.first && k <= t.last) continue;
    if (v.clause[k] !== v.clause[t.first]) continue;
    if (!isPersonNoun(v.lemmas[k])) continue;
    // "a local militia group", "prison guard units": a singular noun before another noun modifies it
    if (nounModifier(v, k)) continue;
    // a passive's people stand before it; "by the gunmen" after it is the agent
    const d = Math.abs(k - t.first) + (t.passive && k > t.last ? 100 : 0);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

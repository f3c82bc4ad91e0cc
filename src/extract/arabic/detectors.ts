// Arabic event detection: a trigger of the lexicon (src/lexicon/ar/triggers.ts)
// in a sentence proposes a record of its type, unless a negation before it
// denies it ("لم يتم ترحيل", but "لم يتم الإفراج إلا عن 300" stands), it sits
// inside a name ("هيئة تحرير الشام") or an attribution cue ("نقلت عن"), or
// its type needs people and the sentence names none.

import type { ArabicAnnotations } from "../../annotate/arabic/index.js";
import { type ArabicWord, wordBareForms, isFutureForm, normalizeArabic, withoutArticle } from "../../annotate/arabic/normalize.js";
import { ArabicPhraseIndex } from "../../annotate/arabic/phrase-index.js";
import { custodyWord, peopleNoun } from "../../annotate/arabic/people.js";
import {
  AR_AGAIN_WORDS,
  AR_CUSTODY_DESTINATIONS,
  AR_ESCAPEE_NOUNS,
  AR_REFLEXIVES,
  AR_ATTEMPT_CUES,
  AR_COMPOUND_HEADS,
  AR_EXCEPTION,
  AR_FACILITY_NOUNS,
  AR_MENTION_CUES,
  AR_NEGATIONS,
  AR_TRIGGERS,
  AR_WOUNDED,
  type ArabicTrigger,
} from "../../lexicon/ar/triggers.js";
import type { ArabicCandidate } from "./types.js";

const TRIGGERS = new ArabicPhraseIndex<ArabicTrigger>(true);
for (const t of AR_TRIGGERS) for (const w of t.words) TRIGGERS.add(w, t);
const NEGATIONS = new Set(AR_NEGATIONS.map(normalizeArabic));
const EXCEPTION = new Set(AR_EXCEPTION.map(normalizeArabic));
const MENTION = new Set(AR_MENTION_CUES.map(normalizeArabic));
const FACILITY = new Set(AR_FACILITY_NOUNS.map(normalizeArabic).map(withoutArticle));
const COMPOUND = new Set(AR_COMPOUND_HEADS.map(normalizeArabic));
const ATTEMPT = new Set(AR_ATTEMPT_CUES.map(normalizeArabic));
const ESCAPEES = new Set(AR_ESCAPEE_NOUNS.map(normalizeArabic));
const CUSTODY_DESTINATIONS = new Set(AR_CUSTODY_DESTINATIONS.map(normalizeArabic).map(withoutArticle));
const REFLEXIVES = new Set(AR_REFLEXIVES.map(normalizeArabic));
const TO_WORDS = new Set(["الى", "الي"]);
/** How far after a trigger the people or the prison that make it an arrest are looked for. */
const RECAPTURE_WINDOW = 6;
const AGAIN = new Set(AR_AGAIN_WORDS.map(normalizeArabic));
/** How many words before a trigger an attempt cue reaches ("محاولة فرار", "حاولوا الفرار من السجن"). */
const ATTEMPT_WINDOW = 3;
const ARMED_KINDS = new Set(["group", "force"]);
const WOUNDED = new Set(AR_WOUNDED.map(normalizeArabic));
const AFTER = new Set(["بعد", "اثر", "عقب", "وبعد"]);
/** "أن" after a background cue opens a clause that states the event ("بعد أن سلّمه"). */
const THAT = new Set(["ان", "ما"]);

/** How far (in words) after the trigger the place of a takeover is looked for. */
const PLACE_WINDOW = 5;
/** How many words before the trigger a background cue reaches ("بعد السيطرة", "الذين كانوا محتجزين"). */
const MENTION_WINDOW = 2;

/** How far (in words) from the trigger a noun for people or a figure still belongs to it. */
const PEOPLE_WINDOW = 10;

function negated(words: readonly ArabicWord[], first: number): boolean {
  for (let k = Math.max(0, first - 3); k < first; k++) {
    if (NEGATIONS.has(words[k]!.norm)) {
      for (let j = first + 1; j < words.length; j++) if (EXCEPTION.has(words[j]!.norm)) return false;
      return true;
    }
  }
  return false;
}

export function detectArabic(doc: ArabicAnnotations, si: number): ArabicCandidate[] {
  const here = doc.arabic[si]!;
  const words = here.words;
  const out: ArabicCandidate[] = [];
  const inside = (i: number) =>
    here.actors.some((a) => i >= a.first && i <= a.last) ||
    here.attributions.some((a) => i >= a.cueFirst && i <= a.cueLast) ||
    here.places.some((p) => i >= p.first && i <= p.last);
  const spans: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.kind !== "word" || inside(i)) continue;
    const hit = TRIGGERS.matchAt(words, i);
    if (!hit) continue;
    const t = hit.value;
    i = hit.last;
    spans.push([hit.first, hit.last]);
    if (negated(words, hit.first) || attempted(words, hit.first)) continue;
    // "أعادت الشرطة القبض على ...", "إعادة اعتقال": the event done again is the one after
    if (hit.first === hit.last && AGAIN.has(hit.form) && nextTrigger(words, hit.last + 1, t.type)) continue;
    if (t.needsPeople && !hasPeople(doc, si, hit.first, hit.last)) continue;
    if (t.needsCustody && !near(words, hit.first, hit.last, (w) => custodyWord(w.norm))) continue;
    if (t.needsPlace && !placeAfter(doc, si, hit.last)) continue;
    if (t.needsArmed && !here.actors.some((a) => ARMED_KINDS.has(a.kind))) continue;
    if (t.needsCount && !here.counts.some((c) => c.noun >= 0)) continue;
    const head = words[hit.first - 1];
    if (head && wordBareForms(head).some((f) => COMPOUND.has(f))) continue;
    const future = isFutureForm(words[hit.first]!.norm, hit.form);
    // "مقتل وإصابة أكثر من 100 مدني": the dead and the wounded together are the toll of an attack
    const next = words[hit.last + 1];
    const type =
      t.type === "killing" && next && wordBareForms(next).some((f) => WOUNDED.has(f))
        ? "attack"
        : (t.type === "repatriation" || t.type === "transfer") && recaptured(words, hit.last, t.type)
          ? "arrest"
          : t.type;
    const s = doc.sentences[si]!;
    out.push({
      type,
      doc,
      sentence: si,
      sentences: [si],
      here,
      first: hit.first,
      last: hit.last,
      trigger: doc.text.slice(words[hit.first]!.start, words[hit.last]!.end),
      status: future ? "planned" : "occurred",
      count: null,
      countMention: null,
      subject: null,
      group: null,
      actor: null,
      origin: null,
      destination: null,
      location: null,
      source: null,
      date: null,
      dateMention: null,
      dateImplied: false,
      weak: s.isHeadline,
      mention: background(words, hit.first) || purpose(words[hit.first]!, hit.form),
      after: afterCue(words, hit.first),
      tags: [`detector/arabic-${type}`],
      rivals: [],
      needsCount: t.needsCount === true,
      neutral: t.neutral === true,
    });
  }
  for (const c of out) c.rivals = spans.filter(([f]) => f !== c.first);
  return out;
}

/**
 * A return or a handing over that is an arrest: escapees brought back, people
 * returned to a prison, people who hand themselves over.
 */
function recaptured(words: readonly ArabicWord[], last: number, type: string): boolean {
  const end = Math.min(words.length, last + 1 + RECAPTURE_WINDOW);
  for (let k = last + 1; k < end; k++) {
    const forms = wordBareForms(words[k]!);
    if (type === "transfer" && REFLEXIVES.has(words[k]!.norm)) return true;
    if (type !== "repatriation") continue;
    if (forms.some((f) => ESCAPEES.has(f))) return true;
    if (TO_WORDS.has(words[k]!.norm) && words[k + 1] && wordBareForms(words[k + 1]!).some((f) => CUSTODY_DESTINATIONS.has(withoutArticle(f)))) return true;
  }
  return false;
}

function attempted(words: readonly ArabicWord[], first: number): boolean {
  for (let k = Math.max(0, first - ATTEMPT_WINDOW); k < first; k++) if (wordBareForms(words[k]!).some((f) => ATTEMPT.has(f))) return true;
  return false;
}

/** Whether a trigger of another type than `type` starts within two words after i (an actor between: "أعادت الشرطة القبض"). */
function nextTrigger(words: readonly ArabicWord[], i: number, type: string): boolean {
  for (let k = i; k < Math.min(words.length, i + 3); k++) {
    const hit = words[k]!.kind === "word" ? TRIGGERS.matchAt(words, k) : null;
    if (hit && hit.value.type !== type) return true;
  }
  return false;
}

function hasPeople(doc: ArabicAnnotations, si: number, first: number, last: number): boolean {
  const here = doc.arabic[si]!;
  const near = (i: number) => i >= first - PEOPLE_WINDOW && i <= last + PEOPLE_WINDOW;
  if (here.counts.some((c) => c.noun >= 0 && near(c.noun))) return true;
  for (let k = Math.max(0, first - PEOPLE_WINDOW); k <= Math.min(here.words.length - 1, last + PEOPLE_WINDOW); k++) {
    if (k >= first && k <= last) continue;
    if (here.words[k]!.kind === "word" && peopleNoun(here.words[k]!.norm) && !here.places.some((p) => k >= p.first && k <= p.last)) return true;
  }
  return false;
}

function near(words: readonly ArabicWord[], first: number, last: number, test: (w: ArabicWord) => boolean): boolean {
  for (let k = Math.max(0, first - PEOPLE_WINDOW); k <= Math.min(words.length - 1, last + PEOPLE_WINDOW); k++) {
    if ((k < first || k > last) && words[k]!.kind === "word" && test(words[k]!)) return true;
  }
  return false;
}

function placeAfter(doc: ArabicAnnotations, si: number, last: number): boolean {
  const here = doc.arabic[si]!;
  if (here.places.some((p) => p.first > last && p.first - last <= PLACE_WINDOW)) return true;
  for (let k = last + 1; k < Math.min(here.words.length, last + 1 + PLACE_WINDOW); k++) {
    if (wordBareForms(here.words[k]!).some((f) => FACILITY.has(withoutArticle(f)))) return true;
  }
  return false;
}

/** "لاعتقال", "لترحيلهم": a verbal noun after the preposition ل tells a purpose, not an event. */
function purpose(w: ArabicWord, form: string): boolean {
  const n = w.norm[0] === "و" || w.norm[0] === "ف" ? w.norm.slice(1) : w.norm;
  return n.startsWith("ل") && !n.startsWith("لل") && n.length > form.length && (n.slice(1) === form || n.slice(1).startsWith(form));
}

/** "بعد السيطرة على سجن حماة": an event told in passing as done. */
function afterCue(words: readonly ArabicWord[], first: number): boolean {
  for (let k = Math.max(0, first - MENTION_WINDOW); k < first; k++) if (AFTER.has(words[k]!.norm)) return true;
  return false;
}

/** A background cue just before the trigger ("بعد", "الذين", "الذين كانوا"), but not one that opens a clause of its own ("بعد أن سلّمه"). */
function background(words: readonly ArabicWord[], first: number): boolean {
  for (let k = Math.max(0, first - MENTION_WINDOW); k < first; k++) {
    if (wordBareForms(words[k]!).some((f) => MENTION.has(f)) || MENTION.has(words[k]!.norm)) {
      for (let j = k + 1; j < first; j++) if (THAT.has(words[j]!.norm)) return false;
      return true;
    }
  }
  return false;
}

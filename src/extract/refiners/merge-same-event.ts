// One event, one record: within a document, candidates of the same type with
// compatible slots become one record with several evidence sentences.
// Figures must agree (equal, or a vague/rounded figure and a precise one of
// the same size); places must not contradict; stated dates must overlap.
// A countless mention joins the best-fitting record (same sentence, same
// status, same paragraph, nearest). A stock figure equal to a movement's
// figure at its destination ("1,000 taken in" ... "1,000 are now held in
// Jordanian jails") is the result of that movement and joins it. Weak mentions
// (headlines, bare nouns) that join nothing are dropped.

import type { Context } from "../../context.js";
import { LOCAL_PLACE_KINDS, MOVEMENT_TYPES, type Count, type Place } from "../../types.js";
import { placeKind } from "../slots/places.js";
import type { Candidate, Refiner } from "../types.js";
import { FACILITY_GENERIC_WORDS, FACILITY_OR_ATTACK_BACK_REFERENCES } from "../../lexicon/facility-words.js";
import { ANAPHORIC_DETERMINERS } from "../../lexicon/function-words.js";
import { ANOTHER_EVENT_CUE } from "../../lexicon/event-words.js";

const PRECISION: Record<string, number> = { exact: 4, approx: 3, at_least: 2, at_most: 2, vague: 1 };

function hasValue(c: Candidate): boolean {
  return c.count != null && c.count.value != null;
}

/** Figures that can be one claim. A vague word ("hundreds") matches a precise figure of its size only when `vagueOk` (a headline or the same sentence). */
export function countsCompatible(a: Count, b: Count, vagueOk = true): boolean {
  if (a.value == null || b.value == null) return true;
  if (a.value === b.value) return true;
  const [v, x] = a.qualifier === "vague" ? [a.value, b.value] : b.qualifier === "vague" ? [b.value, a.value] : [null, null];
  if (v != null && x != null) return vagueOk && x >= v && x < v * 10 && !(a.qualifier === "vague" && b.qualifier === "vague");
  const rounded = (q: string) => q === "approx" || q === "at_least";
  if (rounded(a.qualifier) || rounded(b.qualifier)) return Math.abs(a.value - b.value) / Math.max(a.value, b.value) <= 0.15;
  return false;
}

function countriesOf(p: Place | null): string[] {
  if (!p || p.country == null) return [];
  return ([] as string[]).concat(p.country);
}

function placesCompatible(a: Place | null, b: Place | null, sameSentence = false): boolean {
  const x = countriesOf(a);
  const y = countriesOf(b);
  if (x.length && y.length && !x.some((c) => y.includes(c))) return false;
  // two different towns or facilities are two places
  const ka = a ? placeKind(a) : null;
  const kb = b ? placeKind(b) : null;
  if (!sameSentence && a && b && ka && kb && LOCAL_PLACE_KINDS.has(ka) && LOCAL_PLACE_KINDS.has(kb)) {
    const na = a.name.toLowerCase();
    const nb = b.name.toLowerCase();
    if (!na.includes(nb) && !nb.includes(na) && !sameFacilityWords(na, nb)) return false;
  }
  return true;
}

/** "Kuje prison", "the Kuje Medium Security Correctional Centre": the words that tell facilities apart are the same. */
function sameFacilityWords(a: string, b: string): boolean {
  const words = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !FACILITY_GENERIC_WORDS.has(w));
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0 || x.length === a.split(/\s+/).length || y.length === b.split(/\s+/).length) return false;
  const [small, big] = x.length <= y.length ? [x, y] : [y, x];
  return small.every((w) => big.includes(w));
}

/** Events a report retells in several sentences, often without naming the place again. */
const RETOLD = new Set(["attack", "takeover"]);
function localPlace(c: Candidate): boolean {
  const k = c.location ? placeKind(c.location) : null;
  return !!k && LOCAL_PLACE_KINDS.has(k);
}
/** "the attackers broke into the facility": a sentence that points back at the place already named. */
function pointsBack(c: Candidate): boolean {
  const v = c.view;
  for (let k = 1; k < v.tokens.length; k++)
    if (FACILITY_OR_ATTACK_BACK_REFERENCES.has(v.lemmas[k]) && (v.lowers[k - 1] === "the" || v.lowers[k - 1] === "this")) return true;
  return false;
}
/** An attack or a takeover told again without its place, pointing back at it, is the one the story is about. */
function retold(a: Candidate, b: Candidate): boolean {
  if (!RETOLD.has(a.type)) return false;
  return (!localPlace(a) && pointsBack(a)) || (!localPlace(b) && pointsBack(b));
}

function span(d: string): [string, string] {
  const [a, b = a] = d.split("/");
  const lo = a.length === 4 ? `${a}-01-01` : a.length === 7 ? `${a}-01` : a;
  const hi = b.length === 4 ? `${b}-12-31` : b.length === 7 ? `${b}-31` : b;
  return [lo, hi];
}

function datesCompatible(a: Candidate, b: Candidate): boolean {
  if (!a.date || !b.date || a.dateImplied || b.dateImplied) return true;
  const [a0, a1] = span(a.date);
  const [b0, b1] = span(b.date);
  return a0 <= b1 && b0 <= a1;
}

function vagueOk(a: Candidate, b: Candidate): boolean {
  return a.weak || b.weak || a.sentences.some((i) => b.sentences.includes(i));
}

/** The clause before the trigger marks a new instance. */
function isAnother(c: Candidate): boolean {
  const v = c.view;
  return ANOTHER_EVENT_CUE.test(v.doc.text.slice(v.sentence.start, c.trigger.start));
}

function sameActor(x: string, y: string): boolean {
  const a = x.toLowerCase();
  const b = y.toLowerCase();
  return a.includes(b) || b.includes(a);
}

function sameName(a: Place | null, b: Place | null): boolean {
  if (!a || !b) return false;
  const na = a.name.toLowerCase();
  const nb = b.name.toLowerCase();
  return na.includes(nb) || nb.includes(na) || sameFacilityWords(na, nb);
}

/** A mention that names an event rather than reporting it anew ("during the assault", "the deal"). */
function isMention(c: Candidate): boolean {
  return c.weak || c.mention || anaphoricDeal(c);
}

/**
 * "The deal was signed in Vienna", "Under the accord, ...": a definite deal
 * noun with no figure and no date of its own points back at the deal already
 * told; where it was signed is no reason to make it another.
 */
function anaphoricDeal(c: Candidate): boolean {
  if (c.type !== "agreement" || c.trigger.reading !== "noun" || hasValue(c)) return false;
  const v = c.view;
  let k = c.trigger.first - 1;
  // "the Vienna accord", "the new deal" keep one modifier
  if (k >= 1 && !ANAPHORIC_DETERMINERS.has(v.lowers[k]) && v.tokens[k].kind === "word" && v.lowers[k] !== "'s" && v.lowers[k] !== "’s") k--;
  // "Monday's accord", "Sunday's deal": a possessive determiner is definite too (its date still has to agree)
  const possessive = k >= 1 && (v.lowers[k] === "'s" || v.lowers[k] === "’s");
  // "a March 2025 agreement" names another deal by its date; a possessive day names this one
  if (c.dateMention && !possessive) return false;
  return k >= 0 && (ANAPHORIC_DETERMINERS.has(v.lowers[k]) || possessive) && !isAnother(c);
}

export function compatible(a: Candidate, b: Candidate): boolean {
  if (a.type !== b.type) return false;
  // a repeated paragraph: the same sentence twice is the same report
  if (a.view.index !== b.view.index && a.view.sentence.text === b.view.sentence.text && a.trigger.text === b.trigger.text) return true;
  const shared = a.sentences.some((i) => b.sentences.includes(i));
  // in one sentence, a date only one trigger carries ("a March 2025 agreement") marks a different event
  if (a.view.index === b.view.index && !!a.dateMention !== !!b.dateMention) return false;
  // "a second prison was attacked", "another group": the text says it is a different one
  if (!shared && (isAnother(a) || isAnother(b))) return false;
  // two reports with different named actors ("Baghdad wants to ...", "the minister urged countries to ...") are two events
  if (!shared && !isMention(a) && !isMention(b) && a.actor && b.actor && !sameActor(a.actor, b.actor)) return false;
  // one-place events told by verbs in different sentences are the same only at the same named place
  // (an attack or a takeover retold without its place is the one the story is about)
  if (
    !shared &&
    !MOVEMENT_TYPES.has(a.type) &&
    !isMention(a) &&
    !isMention(b) &&
    !(hasValue(a) && hasValue(b)) &&
    !sameName(a.location, b.location) &&
    !retold(a, b)
  )
    return false;
  if (hasValue(a) && hasValue(b) && !countsCompatible(a.count!, b.count!, vagueOk(a, b))) return false;
  // a plan told by its own verb ("wants to bring the rest home", "urged states to repatriate them") is
  // a new claim, not another telling of a counted event that already happened
  if (!shared && !isMention(a) && !isMention(b) && planBesideFact(a, b)) return false;
  if (!placesCompatible(a.origin, b.origin, shared) || !placesCompatible(a.destination, b.destination, shared)) return false;
  // where a deal was brokered or signed says little about which deal it is
  if (a.type !== "agreement" && !placesCompatible(a.location, b.location, shared)) return false;
  if (!datesCompatible(a, b)) return false;
  // two stated figures in one sentence for different statuses are different claims
  if (hasValue(a) && hasValue(b) && a.status !== b.status && a.count!.value !== b.count!.value) return false;
  return true;
}

function planBesideFact(a: Candidate, b: Candidate): boolean {
  const plan = (p: Candidate, f: Candidate) => p.status === "planned" && !hasValue(p) && f.status === "occurred" && hasValue(f);
  return plan(a, b) || plan(b, a);
}

function fit(target: Candidate, c: Candidate): number {
  let s = 0;
  if (target.sentences.includes(c.view.index)) s += 10;
  if (target.status === c.status) s += 3;
  if (target.view.sentence.paragraph === c.view.sentence.paragraph) s += 2;
  if (hasValue(c) && hasValue(target) && c.count!.value === target.count!.value) s += 5;
  let nearest = Infinity;
  for (const i of target.sentences) nearest = Math.min(nearest, Math.abs(i - c.view.index));
  s -= nearest / 10;
  return s;
}

export function absorb(into: Candidate, c: Candidate): void {
  for (const i of c.sentences) if (!into.sentences.includes(i)) into.sentences.push(i);
  into.sentences.sort((x, y) => x - y);
  if (c.count && c.count.value != null && (!into.count || into.count.value == null || PRECISION[c.count.qualifier] > PRECISION[into.count.qualifier])) {
    into.count = c.count;
    into.countMention = c.countMention;
    if (c.subject) into.subject = c.subject;
  }
  if (!into.count && c.count) into.count = c.count;
  if (c.date && (!into.date || (into.dateImplied && !c.dateImplied))) {
    into.date = c.date;
    into.dateImplied = c.dateImplied;
    into.dateMention = c.dateMention;
  }
  into.subject ??= c.subject;
  into.subjectHead ??= c.subjectHead;
  into.group ??= c.group;
  into.actor ??= c.actor;
  into.origin ??= c.origin;
  into.destination ??= c.destination;
  into.location ??= c.location;
  into.source ??= c.source;
  into.countKind ??= c.countKind;
  if (into.weak && !c.weak) {
    into.weak = false;
    if (c.status !== "occurred" || into.status === "occurred") into.status = c.status;
  }
  into.confidence = Math.max(into.confidence, c.confidence);
  for (const t of c.tags) if (!into.tags.includes(t)) into.tags.push(t);
  if (!into.tags.includes("refiner/merge-same-event")) into.tags.push("refiner/merge-same-event");
}

function resultOfMovement(h: Candidate, m: Candidate): boolean {
  return (
    h.type === "holding" &&
    MOVEMENT_TYPES.has(m.type) &&
    hasValue(h) &&
    hasValue(m) &&
    h.count!.value === m.count!.value &&
    countriesOf(h.location).length > 0 &&
    countriesOf(h.location).some((c) => countriesOf(m.destination).includes(c))
  );
}

export const mergeSameEvent: Refiner = {
  name: "refiner/merge-same-event",
  refine(cands: Candidate[], ctx: Context): Candidate[] {
    // strong figures first, then countless mentions, then weak ones
    const rank = (c: Candidate) => (c.weak ? 2 : hasValue(c) ? 0 : 1);
    const order = cands.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i);
    const kept: Candidate[] = [];
    for (const { c } of order) {
      let best: Candidate | null = null;
      let bestFit = -Infinity;
      for (const k of kept) {
        if (!compatible(k, c)) continue;
        // a counted strong record only joins another with the same figure
        if (hasValue(c) && hasValue(k) && !countsCompatible(c.count!, k.count!, vagueOk(c, k))) continue;
        const f = fit(k, c);
        if (f > bestFit) {
          bestFit = f;
          best = k;
        }
      }
      if (!best && c.type === "holding") best = kept.find((k) => resultOfMovement(c, k)) ?? null;
      if (best) {
        ctx.debug("refiner/merge-same-event", () => `${c.type} s${c.view.index} joins s${best!.view.index}`);
        absorb(best, c);
      } else kept.push(c);
    }
    const out: Candidate[] = [];
    for (const k of kept) {
      if (k.weak) {
        ctx.debug("refiner/merge-same-event", () => `drop weak ${k.type} s${k.view.index} "${k.trigger.text}": joined nothing`);
        continue;
      }
      out.push(k);
    }
    return out.sort((a, b) => a.sentences[0] - b.sentences[0] || a.trigger.start - b.trigger.start);
  },
};

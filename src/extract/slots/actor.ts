// Actor: who carried the event out — the agent of an active verb, "by X" of a
// passive, "fell to X" of a takeover, the receiving state of "X has received",
// the court of a trial, the parties of a deal, the party urged to act ("urged
// Belgium to repatriate its nationals"). A pronoun agent in reported speech is
// the speaker ("the ministry said it had freed ..."); "its units" are
// the speaker's.

import type { Context } from "../../context.js";
import { CUSTODY_NOUNS } from "../../lexicon/subjects.js";
import { clauseStart, headAfter, headBefore, isAdverb, tokenRange, type Head } from "../grammar.js";
import { agentOf } from "../roles.js";
import { countryName } from "../../lexicon/countries.js";
import { groupRole } from "../view.js";
import type { Candidate, SentenceView, SlotFiller } from "../types.js";
import { ACTING_INSTITUTIONS, AGENT_TAILS } from "../../lexicon/force-words.js";
import { KEEPING_PARTICIPLES, URGING_OR_TELLING_VERBS } from "../../lexicon/custody-verbs.js";
import { DEAL_MAKING_PARTICIPLES } from "../../lexicon/agreement-words.js";
import { LIGHT_VERBS } from "../../lexicon/event-words.js";
import { AUX, DETERMINERS, PREPOSITIONS, RELATIVE_WORDS, SUBJECT_MODIFIER_HEADS } from "../../lexicon/function-words.js";

export function nameAt(view: SentenceView, h: Head): string | null {
  const tok = view.tokens[h.index];
  for (const a of view.actors)
    if (a.start <= tok.start && tok.end <= a.end && a.kind !== "media") {
      // "Kabul has received", "Tehran says": a capital standing for its government keeps the article's word
      const capital = a.kind === "state" && view.places.some((p) => p.kind === "city" && p.start === a.start && p.end === a.end);
      return capital ? a.text : a.canonical;
    }
  // "Syrian government forces": the actor ends at the head
  for (const a of view.actors) {
    const [, last] = tokenRange(view, a);
    if (last === h.index - 1 || last === h.index - 2) {
      const tail = view.doc.text.slice(a.end, tok.end).trim();
      if (/^[A-Za-z ]+$/.test(tail) && tail.split(" ").every((w) => AGENT_TAILS.has(w.toLowerCase()))) return `${a.canonical} ${tail}`.trim();
    }
  }
  for (const p of view.places) if (p.start <= tok.start && tok.end <= p.end && p.kind === "country") return countryName(p.country);
  return null;
}

const STOP_BEFORE = new Set([...DETERMINERS, ...PREPOSITIONS, ...AUX, ...RELATIVE_WORDS, "and", "or", "but", "said", "says", "say", "told", "that"]);

/** The agent phrase in the article's words: "Mali's defence ministry", "Government troops", "the two governments". */
function agentPhrase(view: SentenceView, head: number): string {
  let first = head;
  let lower = 0;
  for (let k = head - 1; k >= 0 && head - k <= 5; k--) {
    const tok = view.tokens[k];
    const l = view.lowers[k];
    if (tok.text === "'s" || tok.text === "’s" || l === "'" || l === "’") {
      first = k;
      continue;
    }
    if (tok.kind === "punct") break;
    if (view.dates.some((d) => d.start <= tok.start && tok.end <= d.end)) break;
    if (tok.kind === "number" && !(l === "two" || l === "three")) break;
    if (STOP_BEFORE.has(l) && !(l === "two" || l === "both")) break;
    if (!tok.capitalized) {
      if (isAdverb(l) || /ed$/.test(l)) break;
      if (++lower > 2) break;
    }
    first = k;
  }
  // "the two governments", "both sides": a number word makes the phrase
  if (first === head && (view.lowers[head - 1] === "two" || view.lowers[head - 1] === "both")) first = head - 1;
  return view.doc.text.slice(view.tokens[first].start, view.tokens[head].end);
}

/** A head inside a date mention ("the court on Monday sentenced"): the noun before it. */
function skipDate(view: SentenceView, h: Head | null): Head | null {
  if (!h) return h;
  const tok = view.tokens[h.index];
  const d = view.dates.find((x) => x.start <= tok.start && tok.end <= x.end);
  if (!d) return h;
  let k = tokenRange(view, d)[0] - 1;
  while (k >= 0 && (view.lowers[k] === "on" || view.lowers[k] === "in" || view.lowers[k] === "late" || view.lowers[k] === "early")) k--;
  return k >= 0 ? headBefore(view, k) : null;
}

/** The speaker of the sentence's attribution that comes before `pos` ("X said it had ..."), or any when none precedes. */
function speaker(view: SentenceView, pos: number): string | null {
  const before = view.attributions.filter((a) => a.start < pos);
  const a = before.length ? before[before.length - 1] : view.attributions[0];
  if (!a) return null;
  // "Tehran says it has freed ...": a capital speaking for its government keeps the article's word
  const capital = view.places.some((p) => p.kind === "city" && p.text === a.source && p.start >= a.start && p.end <= a.end);
  return capital ? a.source : (a.canonical ?? a.source);
}

/** "urged Belgium to repatriate its nationals", "called on other states to take back ...": the party urged. */
function urgedParty(view: SentenceView, c: Candidate): string | null {
  const t = c.trigger;
  const s = clauseStart(view, t.first);
  let to = -1;
  for (let k = t.first - 1; k >= s && k >= t.first - 8; k--)
    if (view.lowers[k] === "to") {
      to = k;
      break;
    }
  if (to < 0) return null;
  for (let k = to - 1; k >= s && k >= to - 7; k--) {
    if (!URGING_OR_TELLING_VERBS.has(view.lemmas[k]) || (view.lowers[k] === view.lemmas[k] && view.lowers[k] !== "urge")) continue;
    let from = k + 1;
    if (view.lowers[from] === "on" || view.lowers[from] === "upon" || view.lowers[from] === "to") from++;
    if (from >= to) return null;
    const head = headAfter(view, from, to - from);
    if (!head) return null;
    return nameAt(view, head) ?? agentPhrase(view, head.index);
  }
  return null;
}

/** The court of a trial named in the sentence ("the Central Criminal Court", "an Iraqi court"). */
function court(view: SentenceView): string | null {
  for (const a of view.actors) if (/\b(?:court|tribunal|judiciary|judge)\b/i.test(a.text)) return a.canonical;
  for (let k = 0; k < view.tokens.length; k++) {
    if (!["court", "tribunal", "judge", "judiciary"].includes(view.lemmas[k])) continue;
    // "Special Criminal Court", "Kano's high court": name words before; "a military court"
    const phrase = agentPhrase(view, k);
    return phrase;
  }
  return null;
}

/** Parties of a deal: the names before it in its clause ("the government and the rebels agreed") and "with X"/"between X and Y" after it. */
function parties(view: SentenceView, c: Candidate): string | null {
  const t = c.trigger;
  const s = clauseStart(view, t.first);
  const names: string[] = [];
  const add = (n: string) => {
    if (!names.some((x) => x.toLowerCase() === n.toLowerCase())) names.push(n);
  };
  const start = view.tokens[s].start;
  // named sides before the trigger, in the order written: actors, and countries that are no actor's part
  const before: { at: number; name: string }[] = [];
  for (const a of view.actors) if (a.kind !== "media" && a.start >= start && a.end <= t.start) before.push({ at: a.start, name: a.canonical });
  for (const p of view.places)
    if (
      p.kind === "country" &&
      p.start >= start &&
      p.end <= t.start &&
      !view.actors.some((a) => a.start <= p.start && p.end <= a.end) &&
      view.lowers[tokenRange(view, p)[1] + 1] !== "'s"
    )
      before.push({ at: p.start, name: countryName(p.country) });
  for (const b of before.sort((x, y) => x.at - y.at)) add(b.name);
  // "a ceasefire with the SDF", "an agreement between X and Y"
  const after = view.tokens[t.last + 1] ? view.tokens[t.last + 1].start : t.end;
  for (const a of view.actors) {
    if (a.kind === "media" || a.start < after) continue;
    const gap = view.doc.text.slice(t.end, a.start);
    if (gap.length > 40 || !/\b(?:with|between|and)\b/i.test(gap) || /[.;]/.test(gap)) continue;
    add(a.canonical);
  }
  // "the truce announced by Damascus", "a ceasefire declared by the army": the side that made it
  if (!names.length && DEAL_MAKING_PARTICIPLES.has(view.lowers[t.last + 1] ?? "") && view.lowers[t.last + 2] === "by") {
    const h = headAfter(view, t.last + 3, 5);
    if (h) {
      const n = nameAt(view, h) ?? (h.kind === "name" || ACTING_INSTITUTIONS.has(h.lemma) ? agentPhrase(view, h.index) : null);
      if (n) add(n);
    }
  }
  if (!names.length) {
    // "the two governments agreed"
    const h = headBefore(view, t.first - 1);
    if (h && ACTING_INSTITUTIONS.has(h.lemma)) return agentPhrase(view, h.index);
    return null;
  }
  return names.slice(0, 4).join(" and ");
}

/** The agent of an event noun: the subject of its light verb, or its possessor ("the army's assault"). */
function nounAgent(view: SentenceView, c: Candidate): Head | null {
  const t = c.trigger;
  // "Israel's bombardment", "the army's offensive"
  if (t.first >= 2 && (view.tokens[t.first - 1].text === "'s" || view.tokens[t.first - 1].text === "’s"))
    return { index: t.first - 2, lemma: view.lemmas[t.first - 2], kind: "name" };
  for (let k = t.first - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    if (view.tokens[k].kind === "punct") return null;
    if (LIGHT_VERBS.has(view.lemmas[k]) && (view.lowers[k] !== view.lemmas[k] || AUX.has(view.lowers[k - 1] ?? ""))) return headBefore(view, k - 1);
  }
  return null;
}

/** "Israel's bombardment ... have killed": an event noun as agent stands for its possessor. */
function possessorOfEvent(view: SentenceView, h: Head): Head | null {
  if ((h.kind !== "nonperson" && h.kind !== "other") || ACTING_INSTITUTIONS.has(h.lemma)) return h;
  // walk back over the noun phrase ("bombardment and ground offensive") to a possessive
  for (let k = h.index - 1, n = 0; k >= 1 && n < 6; k--, n++) {
    const tx = view.tokens[k].text;
    if (tx === "'s" || tx === "’s") return { index: k - 1, lemma: view.lemmas[k - 1], kind: "name" };
    if (view.tokens[k].kind === "punct") break;
  }
  return h;
}

/** The country named last before `pos` (this sentence or the four before). */
function lastCountry(view: SentenceView, pos: number): string | null {
  const views = view.info.views;
  for (let i = view.index; i >= 0 && i >= view.index - 4; i--) {
    const ps = views[i].places.filter((p) => p.kind === "country" && (i < view.index || p.end <= pos));
    if (ps.length) return countryName(ps[ps.length - 1].country);
  }
  return null;
}

/**
 * The subject before an active verb with no object of its own ("Government forces took control of ...").
 * Not a noun inside a prepositional phrase ("prisoners of the militia moved from ..."), which makes
 * the verb a reduced relative rather than the clause's verb.
 */
function subjectBefore(view: SentenceView, t: { first: number }): Head | null {
  const h = headBefore(view, t.first - 1);
  if (!h) return null;
  let k = h.index;
  while (k > 0 && view.tokens[k - 1].kind === "word" && !DETERMINERS.has(view.lowers[k - 1]) && !PREPOSITIONS.has(view.lowers[k - 1]) && h.index - k < 5) k--;
  while (k > 0 && DETERMINERS.has(view.lowers[k - 1])) k--;
  if (k > 0 && PREPOSITIONS.has(view.lowers[k - 1])) return null;
  return h;
}

/** Types whose active verb has an agent distinct from the people it concerns. */
const AGENTIVE_TYPES = new Set(["takeover", "attack", "killing", "arrest", "release", "transfer", "trial", "agreement", "exchange", "repatriation"]);

/** The token is the head noun of the candidate's counted subject ("500 Afghans" → "Afghans"). */
function isCountHead(view: SentenceView, c: Candidate, k: number): boolean {
  const m = c.countMention!;
  const tok = view.tokens[k];
  if (tok.start >= m.start && tok.end <= m.end) return true;
  return tok.start >= m.end && tok.start - m.end <= 40 && c.subjectHead === view.lemmas[k];
}

export const actorSlot: SlotFiller = {
  name: "slot/actor",
  fill(c: Candidate, _ctx: Context) {
    const v = c.view;
    const t = c.trigger;
    let name: string | null = null;
    if (c.type === "trial") name = court(v);
    else if (c.type === "agreement") name = parties(v, c);
    // "Russia and Ukraine exchanged ...": a swap told with both sides as its subject is carried out by both
    else if (c.type === "exchange" && t.reading === "verb" && !t.passive) {
      const both = parties(v, c);
      if (both && both.includes(" and ")) name = both;
    }
    if (!name) name = urgedParty(v, c);
    if (!name) {
      let head: Head | null = null;
      if (c.type === "takeover" && v.lemmas[t.first] === "fall") head = headAfter(v, t.last + 1);
      else if (t.reading === "noun") head = skipDate(v, nounAgent(v, c));
      else head = skipDate(v, agentOf(v, t) ?? (AGENTIVE_TYPES.has(c.type) && !t.passive && t.reading === "verb" ? subjectBefore(v, t) : null));
      if (head) head = possessorOfEvent(v, head);
      // "Armed men on motorcycles attacked", "Fighters of the Free Army (FA) freed": the subject's head stands before its modifier
      // "the authorities in northeast Syria handed": a place after a preposition is the subject's modifier, not the subject
      const placeInPP = (h: Head) => {
        const tok = v.tokens[h.index];
        const p = v.places.find((x) => x.start <= tok.start && tok.end <= x.end);
        if (!p) return false;
        const [f] = tokenRange(v, p);
        return (
          ["in", "from", "at", "of"].includes(v.lowers[f - 1] ?? "") ||
          (v.lowers[f - 1] === "the" && ["in", "from", "at", "of"].includes(v.lowers[f - 2] ?? ""))
        );
      };
      if (
        AGENTIVE_TYPES.has(c.type) &&
        t.reading === "verb" &&
        !t.passive &&
        (!head || placeInPP(head) || (head.kind !== "person" && head.kind !== "name" && !ACTING_INSTITUTIONS.has(head.lemma) && !nameAt(v, head)))
      ) {
        const pp = modifiedSubject(v, t.first);
        if (pp) {
          if (typeof pp === "string") name = pp;
          else head = pp;
        }
      }
      // "500 Afghans crossed back": the people the event is about are not its agent
      if (head && c.countMention && isCountHead(v, c, head.index)) head = null;
      // the defendant of a trial or the people moved are never its agent
      if (head && CUSTODY_NOUNS.has(head.lemma)) head = null;
      if (head && !name) {
        const lower = v.lowers[head.index];
        if (["it", "they", "he", "she", "we"].includes(lower)) name = speaker(v, v.tokens[head.index].start);
        else if (["its", "their", "our"].includes(v.lowers[head.index - 1] ?? "") && ACTING_INSTITUTIONS.has(head.lemma))
          name = speaker(v, v.tokens[head.index].start) ?? agentPhrase(v, head.index);
        // "the country has received": the country named before
        else if (head.lemma === "country" && v.lowers[head.index - 1] === "the") name = lastCountry(v, v.tokens[head.index].start);
        else if (head.kind !== "pronoun" && head.kind !== "first-person")
          name = nameAt(v, head) ?? (head.kind === "person" || head.kind === "name" || ACTING_INSTITUTIONS.has(head.lemma) ? agentPhrase(v, head.index) : null);
      }
    }
    // a stock is kept by the side that runs the place ("the jail, which the militia runs, holds ...", "run by X")
    if (!name && c.type === "holding") name = keeper(v);
    // "the security service said four men had been detained": an institution reporting its own arrests made them
    if (!name && c.type === "arrest" && t.passive && !hasBy(v, t.last)) {
      const a = v.attributions.find((x) => x.end <= t.start);
      const actor = a ? v.actors.find((x) => x.start >= a.start && x.end <= a.end && (x.kind === "state" || x.kind === "force")) : null;
      if (actor) name = actor.canonical;
    }
    if (name) {
      c.actor = name;
      c.tags.push("slot/actor");
    }
  },
};

/**
 * The subject of a verb whose noun phrase ends in a modifier: "Heavily armed
 * men on motorcycles attacked" → men; "Guerrillas of the Liberation Army
 * (LA) released" → the named group. Returns the group's name, a head, or null.
 */
function modifiedSubject(view: SentenceView, before: number): string | Head | null {
  let k = before - 1;
  // a parenthesised short name: "(ELN)"
  if (view.tokens[k]?.text === ")") {
    let j = k - 1;
    while (j >= 0 && view.tokens[j].text !== "(" && k - j < 6) j--;
    if (view.tokens[j]?.text !== "(") return null;
    k = j - 1;
  }
  // the modifier: a few words back to a preposition
  let prep = -1;
  for (let j = k; j >= 0 && k - j < 6; j--) {
    const tok = view.tokens[j];
    if (tok.kind === "punct" && tok.text !== "'s" && tok.text !== "’s") return null;
    if (SUBJECT_MODIFIER_HEADS.has(view.lowers[j])) {
      prep = j;
      break;
    }
    if (AUX.has(view.lowers[j]) || RELATIVE_WORDS.has(view.lowers[j])) return null;
  }
  if (prep <= 0) return null;
  const head = headBefore(view, prep - 1, 3);
  if (!head || (head.kind !== "person" && !ACTING_INSTITUTIONS.has(head.lemma))) return null;
  // the clause starts at the subject: nothing but its own words (or an adverbial before a comma) stands before it
  for (let j = head.index - 1; j >= 0; j--) {
    const l = view.lowers[j];
    if (view.tokens[j].kind === "punct") break;
    if (AUX.has(l) || (PREPOSITIONS.has(l) && j > 0 && view.tokens[j - 1].kind === "word" && !DETERMINERS.has(view.lowers[j - 1]))) return null;
  }
  // "of <group>": the group the people belong to acts
  if (view.lowers[prep] === "of") {
    const named = view.actors.find((a) => a.kind !== "media" && a.kind !== "person" && a.start >= view.tokens[prep].end && a.end <= view.tokens[k].end + 1);
    if (named) return named.canonical;
    // a proper name the annotator does not know: "of the Popular Defence Front"
    let from = prep + 1;
    if (view.lowers[from] === "the") from++;
    if (
      from <= k &&
      view.tokens.slice(from, k + 1).every((tok) => tok.kind === "word" && (tok.capitalized || view.lowers[view.tokens.indexOf(tok)] === "of"))
    ) {
      return view.doc.text.slice(view.tokens[from].start, view.tokens[k].end);
    }
  }
  return head;
}

function hasBy(view: SentenceView, from: number): boolean {
  for (let k = from + 1; k < view.tokens.length && view.clause[k] === view.clause[from]; k++) if (view.lowers[k] === "by") return true;
  return false;
}

/** The keeper of a place named in the sentence: a group in a holder role, or the phrase after "run/controlled/guarded by". */
function keeper(view: SentenceView): string | null {
  for (const a of view.actors)
    if (a.kind === "group" && groupRole(view, a) === "holder" && view.lowers[tokenRange(view, a)[0] - 1] !== "by") return a.canonical;
  for (let k = 1; k + 1 < view.tokens.length; k++) {
    if (view.lowers[k] !== "by" || !KEEPING_PARTICIPLES.has(view.lowers[k - 1])) continue;
    const head = headAfter(view, k + 1, 6);
    if (head) return nameAt(view, head) ?? agentPhrase(view, head.index);
  }
  return null;
}

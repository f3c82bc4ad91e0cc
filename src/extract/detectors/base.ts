// The common detector: find trigger phrases of one event type on lemmas,
// decide how each reads (verb/noun/participle, passive), check the
// conditions its lexicon entry needs, and propose a bare candidate. Slot
// fillers complete it later. A detector file configures one of these and
// may add a check of its own.

import type { Context } from "../../context.js";
import { TRIGGERS, type TriggerNeed, type TriggerPattern } from "../../lexicon/triggers.js";
import {
  COUNTRY_NOUNS,
  CUSTODY_CUES,
  CUSTODY_NOUNS,
  DEMONYM_COUNTRY,
  DEMONYM_PLURALS,
  FACILITY_NOUNS,
  HOMELAND_NOUNS,
  NATIONAL_NOUNS,
  PEOPLE_NOUNS,
  POSSESSIVES,
  REMAINS_NOUNS,
  isPersonNoun,
} from "../../lexicon/subjects.js";
import type { EventType } from "../../types.js";
import {
  classifyHead,
  clauseEnd,
  countAtToken,
  clauseStart,
  headBefore,
  isAdverb,
  isIrregularPast,
  isPastParticipleShape,
  tokenRange,
  type Head,
} from "../grammar.js";
import { personCounts } from "../slots/count-subject.js";
import { agentOf, endsInGoal, themeOf } from "../roles.js";
import type { Candidate, Detector, SentenceView, Trigger } from "../types.js";
import { INTRANSITIVE_MOTION_VERBS, MOTION_PARTICLES } from "../../lexicon/motion-verbs.js";
import { AUX, BE_FORMS, DETERMINERS, PREPOSITIONS, PRONOUN_SUBJECTS } from "../../lexicon/function-words.js";
import { KEEPING_PLACES } from "../../lexicon/facility-words.js";
import { CUSTODIAN_NOUNS, PARTY_NOUNS } from "../../lexicon/force-words.js";

interface Compiled {
  steps: (Set<string> | "gap")[];
  pattern: TriggerPattern;
}

function compile(patterns: TriggerPattern[]): Map<string, Compiled[]> {
  const byFirst = new Map<string, Compiled[]>();
  for (const pattern of patterns) {
    const steps = pattern.steps.map((s) => (s === "~" ? ("gap" as const) : new Set(s.split("|"))));
    const first = steps[0];
    if (first === "gap") continue;
    for (const w of first) {
      if (!byFirst.has(w)) byFirst.set(w, []);
      byFirst.get(w)!.push({ steps, pattern });
    }
  }
  return byFirst;
}

/** Matches the steps from token i; returns the last token index or -1. */
function matchSteps(view: SentenceView, i: number, steps: Compiled["steps"]): number {
  let t = i;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s];
    if (step === "gap") {
      const next = steps[s + 1];
      if (!next || next === "gap") return -1;
      let found = -1;
      // up to three words between; a count ("more than 9,000") stands in as one word
      for (let k = t, used = 0; k < view.tokens.length && used < 5; k++, used++) {
        if (view.tokens[k].kind === "punct") break;
        if (next.has(view.lemmas[k]) || next.has(view.lowers[k])) {
          found = k;
          break;
        }
        const count = countAtToken(view, k);
        if (count) while (k + 1 < view.tokens.length && view.tokens[k + 1].end <= count.end) k++;
      }
      if (found < 0) return -1;
      t = found + 1;
      s++;
      continue;
    }
    if (t >= view.tokens.length) return -1;
    if (!(step.has(view.lemmas[t]) || step.has(view.lowers[t]))) return -1;
    t++;
  }
  return t - 1;
}

export interface TriggerContext {
  /** The type the detector proposes. */
  type: EventType;
  view: SentenceView;
  trigger: Trigger;
  pattern: TriggerPattern;
  theme: Head | null;
  agent: Head | null;
}

export class TriggerDetector implements Detector {
  readonly name: string;
  private readonly index: Map<string, Compiled[]>;

  constructor(
    readonly type: EventType,
    private readonly accept: (t: TriggerContext) => boolean = () => true,
  ) {
    this.name = `detector/${type}`;
    this.index = compile(TRIGGERS[type]);
  }

  match(view: SentenceView, ctx: Context): Candidate[] {
    const out: Candidate[] = [];
    let coveredUntil = -1;
    for (let i = 0; i < view.tokens.length; i++) {
      if (i <= coveredUntil) continue;
      const entries = this.index.get(view.lemmas[i]) ?? this.index.get(view.lowers[i]);
      if (!entries) continue;
      // "the escapees", "the detainees": a person noun, not the event
      if (/ees$/.test(view.lowers[i]) && !/frees$/.test(view.lowers[i])) continue;
      for (const e of entries) {
        const last = matchSteps(view, i, e.steps);
        if (last < 0) continue;
        const trigger = readTrigger(view, i, last, e.pattern);
        if (e.pattern.pos === "noun" && trigger.reading !== "noun") continue;
        if (e.pattern.pos === "verb" && trigger.reading === "noun") continue;
        const tc: TriggerContext = { type: this.type, view, trigger, pattern: e.pattern, theme: themeOf(view, trigger), agent: agentOf(view, trigger) };
        const failed = (e.pattern.needs ?? []).find((n) => !needMet(n, tc));
        if (failed) {
          ctx.debug(this.name, () => `s${view.index} "${trigger.text}": needs ${failed} (theme ${tc.theme ? `${tc.theme.lemma}/${tc.theme.kind}` : "none"})`);
          continue;
        }
        if (!this.accept(tc)) {
          ctx.debug(this.name, () => `s${view.index} "${trigger.text}": declined`);
          continue;
        }
        out.push(newCandidate(this.type, view, trigger, this.name));
        coveredUntil = last;
        break;
      }
    }
    return out;
  }
}

export function newCandidate(type: EventType, view: SentenceView, trigger: Trigger, tag: string): Candidate {
  return {
    type,
    sentences: [view.index],
    trigger,
    view,
    status: "occurred",
    count: null,
    countMention: null,
    countKind: null,
    subject: null,
    subjectHead: null,
    group: null,
    actor: null,
    origin: null,
    destination: null,
    location: null,
    source: null,
    date: null,
    dateImplied: false,
    dateMention: null,
    tags: [tag],
    weak: view.sentence.isHeadline,
    mention: false,
    confidence: trigger.weight,
  };
}

export function readTrigger(view: SentenceView, first: number, last: number, pattern: TriggerPattern): Trigger {
  const lower = view.lowers[first];
  const lemma = view.lemmas[first];
  const prev = first > 0 ? view.lowers[first - 1] : "";
  const prevLemma = first > 0 ? view.lemmas[first - 1] : "";
  const next = last + 1 < view.tokens.length ? view.lowers[last + 1] : "";
  let reading: Trigger["reading"] = "verb";
  const pluralS = lower !== lemma && lower.endsWith("s") && !lower.endsWith("ss");
  const inflectedVerb = lower !== lemma && (lower.endsWith("ed") || isPastParticipleShape(lower, lemma) || isIrregularPast(lower, lemma));
  if (pattern.pos === "noun") reading = "noun";
  else if (!inflectedVerb) {
    if (DETERMINERS.has(prev) || prev === "'s" || prev === "’s" || (next === "of" && first === last)) reading = "noun";
    else if (
      lower === lemma &&
      first > 0 &&
      (isPersonNoun(prevLemma) || CUSTODY_CUES.has(prevLemma) || FACILITY_NOUNS.has(prevLemma)) &&
      prev !== "to" &&
      !view.tokens[first - 1].capitalized &&
      !pluralSubjectVerb(view, first, last)
    )
      reading = "noun";
    // "the Hamas attack", "Friday's releases": a name between a determiner and the noun
    else if (
      first > 1 &&
      view.tokens[first - 1].capitalized &&
      (DETERMINERS.has(view.lowers[first - 2]) || view.lowers[first - 2] === "'s" || view.lowers[first - 2] === "’s")
    )
      reading = "noun";
    else if (
      pluralS &&
      prev !== "to" &&
      !AUX.has(prev) &&
      first > 0 &&
      !isPersonNoun(prevLemma) &&
      !FACILITY_NOUNS.has(prevLemma) &&
      !CUSTODY_CUES.has(prevLemma) &&
      !PRONOUN_SUBJECTS.has(prev) &&
      !isAdverb(prev) &&
      view.tokens[first - 1].kind === "word" &&
      !view.tokens[first - 1].capitalized
    )
      reading = "noun";
    else if (lower.endsWith("ing") && (DETERMINERS.has(prev) || PREPOSITIONS.has(prev))) reading = "noun";
    else if (first > 0 && view.tokens[first - 1].kind === "word" && !view.tokens[first - 1].capitalized && ADJ_LIKE.test(prev)) reading = "noun";
    // "the main jail", "a new camp": a bare form after a determiner and one modifier is a noun
    // (not "the police hold": the word between names who acts)
    else if (
      lower === lemma &&
      first > 1 &&
      DETERMINERS.has(view.lowers[first - 2]) &&
      view.tokens[first - 1].kind === "word" &&
      !view.tokens[first - 1].capitalized &&
      !prev.endsWith("s") &&
      !isPersonNoun(prevLemma, prev) &&
      !AUX.has(prev) &&
      !isAdverb(prev) &&
      !PRONOUN_SUBJECTS.has(prev)
    )
      reading = "noun";
  }
  let passive = false;
  // "the escaped prisoners": a participle used as an adjective names, it does not report
  if (
    reading === "verb" &&
    inflectedVerb &&
    first === last &&
    (DETERMINERS.has(prev) || (first > 0 && countAtToken(view, first - 1) && isPersonNoun(view.lemmas[first + 1] ?? "")))
  )
    reading = "participle";
  if (reading === "verb" && isPastParticipleShape(lower, lemma)) {
    for (let k = first - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
      const l = view.lowers[k];
      if (BE_FORMS.has(l) || BE_FORMS.has(view.lemmas[k])) {
        passive = true;
        break;
      }
      if (!isAdverb(l)) break;
    }
    if (!passive) {
      // reduced relative / participle: "detainees transferred from Syria", "recently released from"
      let k = first - 1;
      while (k >= 0 && isAdverb(view.lowers[k])) k--;
      const before = k >= 0 ? view.tokens[k] : null;
      const haveBefore = k >= 0 && (view.lemmas[k] === "have" || AUX.has(view.lowers[k]));
      // "pulled most of them back across": an object inside the phrase makes it active
      // ("lost control of": a trigger ending in its own object noun is active too)
      let hasObject = last > first && !MOTION_PARTICLES.has(view.lowers[last]) && !PREPOSITIONS.has(view.lowers[last]);
      for (let j = first + 1; j < last; j++) {
        const kind = classifyHead(view, j).kind;
        if (kind === "person" || kind === "pronoun" || countAtToken(view, j)) hasObject = true;
      }
      // "3,000 fighters crossed back through": a verb of going with its particle has no passive
      const intransitive = INTRANSITIVE_MOTION_VERBS.has(lemma) && last > first && MOTION_PARTICLES.has(view.lowers[last]);
      if (
        !intransitive &&
        !haveBefore &&
        !hasObject &&
        (PREPOSITIONS.has(next) || next === "," || next === "." || next === "") &&
        before &&
        (before.kind === "punct" || isPersonNoun(view.lemmas[k]))
      ) {
        reading = "participle";
        passive = true;
      }
    }
  }
  const start = view.tokens[first].start;
  const end = view.tokens[last].end;
  return { first, last, start, end, text: view.doc.text.slice(start, end), reading, passive, weight: pattern.weight };
}

/**
 * "Factions shell the prison" (a headline's present tense): a plural noun, then
 * the bare form, then the start of a noun phrase reads as subject + verb, unlike
 * the compound "prisoner transfer".
 */
function pluralSubjectVerb(view: SentenceView, first: number, last: number): boolean {
  const prevLower = view.lowers[first - 1];
  if (!(prevLower !== view.lemmas[first - 1] && prevLower.endsWith("s"))) return false;
  const k = last + 1;
  if (k >= view.tokens.length) return false;
  const tok = view.tokens[k];
  if (DETERMINERS.has(view.lowers[k]) || countAtToken(view, k)) return true;
  if (tok.kind === "word" && tok.capitalized) return true;
  return view.places.some((p) => p.start === tok.start);
}

const ADJ_LIKE = /(?:al|ful|ous|ive|ic|ary|ed|ing|ish|ian|day|scale|wide|term|led|backed|month|year|long|time)$/;

function inClause(view: SentenceView, t: Trigger, span: { start: number; end: number }): boolean {
  const [a] = tokenRange(view, span);
  return a >= 0 && view.clause[a] === view.clause[t.first];
}

function needMet(n: TriggerNeed, tc: TriggerContext): boolean {
  const { view, trigger: t, theme } = tc;
  switch (n) {
    case "custody":
      return isCustody(tc);
    case "free":
      return !isCustody(tc);
    case "self":
      return !custodyNear(tc);
    case "own-country":
      return ownCountry(tc);
    case "national":
      return isNational(tc);
    case "frame":
      return view.info.frame === tc.type;
    case "recipient": {
      const e = Math.min(clauseEnd(view, t.last), t.last + 10);
      for (let k = t.last + 1; k <= e; k++) if (view.lowers[k] === "to" && view.lowers[k + 1] !== "be" && view.tokens[k + 1]?.kind === "word") return true;
      // "handed 45 suspects, held in prisons in the north, over to the police": past an aside on the people
      if (view.lowers[e + 1] === "," && e + 2 < view.tokens.length && isPastParticipleShape(view.lowers[e + 2], view.lemmas[e + 2])) {
        const close = clauseEnd(view, e + 2);
        if (close - e <= 10 && view.lowers[close + 1] === ",") {
          const over = close + 2;
          if ((view.lowers[over] === "over" || view.lowers[over] === "back") && view.lowers[over + 1] === "to") return true;
          if (view.lowers[over] === "to" && view.tokens[over + 1]?.kind === "word") return true;
        }
      }
      return false;
    }
    case "questioning": {
      const e = Math.min(clauseEnd(view, t.last), t.last + 12);
      for (let k = t.last + 1; k < e; k++)
        if (
          view.lowers[k] === "for" &&
          /^(?:further|more|questioning|interrogation|investigation|checks|screening|vetting|security)$/.test(view.lowers[k + 1] ?? "")
        )
          return true;
      return false;
    }
    case "person": {
      if (theme && (theme.kind === "nonperson" || theme.kind === "facility")) return false;
      if (theme && (theme.kind === "person" || theme.kind === "pronoun" || theme.kind === "first-person")) return true;
      if (
        (!theme || theme.kind === "other") &&
        personCounts(view).some((pc) => inClause(view, t, pc.count) && (pc.last < t.first ? t.first - pc.last <= 9 : pc.first - t.last <= 3))
      )
        return true;
      // a common noun that is not a person ("power dynamics shifted")
      if (theme && theme.kind === "other" && view.tokens[theme.index].kind === "word" && !countAtTokenIdx(view, theme.index)) return false;
      if (theme && theme.kind === "name") {
        const tok = view.tokens[theme.index];
        const isPlace = view.places.some((p) => p.start <= tok.start && tok.end <= p.end);
        const isPerson = view.actors.some((a) => a.kind === "person" && a.start <= tok.start && tok.end <= a.end);
        if (isPerson) return true;
        if (!isPlace && !view.places.length) return true;
      }
      return personCounts(view).some((pc) => inClause(view, t, pc.count)) || hasPersonWordNear(view, t);
    }
    case "place": {
      if (theme && theme.kind === "facility") return true;
      if (theme && (theme.kind === "person" || theme.kind === "first-person") && !endsInGoal(view, t)) return false;
      const s = clauseStart(view, t.first);
      const e = clauseEnd(view, t.last);
      for (const p of view.places) {
        const [a] = tokenRange(view, p);
        if (a < s || a > e) continue;
        if (p.kind !== "demonym") return true;
        const nxt = view.lemmas[tokenRange(view, p)[1] + 1];
        if (nxt && FACILITY_NOUNS.has(nxt)) return true;
      }
      for (let k = t.last + 1; k <= Math.min(e, t.last + 6); k++) if (FACILITY_NOUNS.has(view.lemmas[k])) return true;
      // "The town, a rebel bastion for years, has been shelled": a passive's subject may sit clauses before
      if (t.passive || view.lowers[t.first] === "under") {
        for (let k = 0; k < t.first; k++) if (FACILITY_NOUNS.has(view.lemmas[k])) return true;
        if (view.places.some((p) => p.end <= t.start && p.kind !== "demonym")) return true;
      }
      return false;
    }
    case "facility": {
      // "still live in the camp", "the camp hosts 9,000": a place where people are kept, named around the trigger
      const s = Math.max(0, clauseStart(view, t.first) - 1, t.first - 8);
      const e = Math.min(clauseEnd(view, t.last), t.last + 8);
      for (let k = s; k <= e; k++) if (KEEPING_PLACES.has(view.lemmas[k])) return true;
      return false;
    }
    case "control":
      for (let k = t.last + 1; k < Math.min(view.tokens.length, t.last + 7); k++) if (view.lemmas[k] === "control") return true;
      return false;
    case "count":
      // "Some 900 people, most of them children, still live in the camp": the counted theme, across an aside
      for (const h of [theme, headBefore(view, t.first - 1)]) {
        if (h && personCounts(view).some((pc) => pc.count.value != null && pc.first <= h.index && h.index <= Math.max(pc.last, pc.head))) return true;
      }
      return personCounts(view).some((pc) => pc.count.value != null && (inClause(view, t, pc.count) || Math.abs(tokenRange(view, pc.count)[1] - t.first) <= 3));
    case "home": {
      for (let k = t.last + 1; k < Math.min(view.tokens.length, t.last + 4); k++) {
        if (view.lowers[k] === "home") return true;
        const p = view.places.find((pl) => pl.start === view.tokens[k].start);
        if (p && p.kind === "country") return true;
      }
      return false;
    }
    case "party": {
      const start = view.tokens[t.first].start;
      for (let k = Math.max(0, t.first - 6); k < t.first; k++) if (PARTY_NOUNS.has(view.lemmas[k])) return true;
      return (
        view.actors.some((a) => a.end <= start && a.kind !== "person" && a.kind !== "media") ||
        view.places.some((p) => p.end <= start && p.kind === "country" && view.tokens[tokenRange(view, p)[1] + 1]?.kind === "word")
      );
    }
  }
}

function countAtTokenIdx(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  return view.counts.some((c) => c.start <= t.start && t.end <= c.end);
}

function hasPersonWordNear(view: SentenceView, t: Trigger): boolean {
  const s = Math.max(clauseStart(view, t.first), t.first - 5);
  const e = Math.min(clauseEnd(view, t.last), t.last + 6);
  for (let k = s; k <= e; k++) if (isPersonNoun(view.lemmas[k])) return true;
  return false;
}

/** A custody word is the theme or sits around the trigger (the document's topic aside). */
export function custodyNear(tc: TriggerContext): boolean {
  const { view, trigger: t, theme } = tc;
  if (theme && CUSTODY_NOUNS.has(theme.lemma)) return true;
  const s = Math.max(clauseStart(view, t.first), t.first - 6);
  const e = Math.min(clauseEnd(view, t.last), t.last + 8);
  for (let k = s; k <= e; k++) if (CUSTODY_CUES.has(view.lemmas[k]) && k !== t.first) return true;
  return false;
}

/** Countries the people in the sentence belong to: demonyms ("Iraqis", "Iraqi women") and "its citizens" of a named state. */
/** Nationalities carried by people in the sentence: "Afghans", "Iraqi families" (not "the Iranian border"). */
function nationalities(view: SentenceView): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < view.tokens.length; k++) {
    const tok = view.tokens[k];
    if (!tok.capitalized) continue;
    const iso = DEMONYM_COUNTRY.get(view.lowers[k]);
    if (!iso) continue;
    const plural = DEMONYM_PLURALS.has(view.lowers[k]);
    const onPeople =
      k + 1 < view.tokens.length &&
      (isPersonNoun(view.lemmas[k + 1], view.lowers[k + 1]) || (view.tokens[k + 1].capitalized && isPersonNoun(view.lemmas[k + 2] ?? "", view.lowers[k + 2])));
    if (plural || onPeople) out.add(iso);
  }
  return out;
}

/** "Iraqis ... crossed back into Iraq", "returned home", "crossed into their homeland": people going to their own country. */
export function ownCountry(tc: TriggerContext): boolean {
  const { view, trigger: t } = tc;
  const own = nationalities(view);
  // within the trigger's clause: "the return of more than 4,000 Afghan families into their country"
  const end = Math.min(view.tokens.length - 1, clauseEnd(view, t.last), t.last + 12);
  for (let k = t.last + 1; k <= end; k++) {
    if (HOMELAND_NOUNS.has(view.lowers[k])) return true;
    // "their own country", "his country of origin"
    if (
      POSSESSIVES.has(view.lowers[k]) &&
      (HOMELAND_NOUNS.has(view.lemmas[k + 1]) ||
        COUNTRY_NOUNS.has(view.lemmas[k + 1]) ||
        (view.lowers[k + 1] === "own" && COUNTRY_NOUNS.has(view.lemmas[k + 2])))
    )
      return true;
    const p = view.places.find((pl) => pl.start === view.tokens[k].start);
    if (p && p.kind === "country" && own.has(p.country)) return true;
  }
  return false;
}

/** The theme is named by nationality: "Iraqis", "Iraqi families", "its citizens". */
function isNational(tc: TriggerContext): boolean {
  const { view, theme } = tc;
  if (!theme) return false;
  if (NATIONAL_NOUNS.has(theme.lemma)) return true;
  const tok = view.tokens[theme.index];
  if (tok.capitalized && DEMONYM_PLURALS.has(view.lowers[theme.index])) return true;
  const onDemonym = (k: number) => k >= 0 && view.places.some((p) => p.kind === "demonym" && p.start <= view.tokens[k].start && view.tokens[k].end <= p.end);
  if (onDemonym(theme.index)) return true;
  return theme.kind === "person" && !tok.capitalized && onDemonym(theme.index - 1);
}

export function isCustody(tc: TriggerContext): boolean {
  const { view, trigger: t, theme } = tc;
  if (theme && CUSTODY_NOUNS.has(theme.lemma)) return true;
  // bodies handed between parties are held by one side until then
  if (theme && (REMAINS_NOUNS.has(theme.lemma) || REMAINS_NOUNS.has(view.lowers[theme.index]))) return true;
  const s = Math.max(clauseStart(view, t.first), t.first - 6);
  const e = Math.min(clauseEnd(view, t.last), t.last + 8);
  for (let k = s; k <= e; k++) if (CUSTODY_CUES.has(view.lemmas[k]) && k !== t.first) return true;
  // "handed over to Iraqi authorities": delivered to the authorities is into custody
  for (let k = t.last + 1; k <= e; k++) {
    if (view.lowers[k] !== "to") continue;
    for (let j = k + 1; j <= Math.min(clauseEnd(view, k), k + 4); j++) if (CUSTODIAN_NOUNS.has(view.lemmas[j])) return true;
  }
  if (theme && theme.kind !== "person" && theme.kind !== "pronoun") return false;
  // "people moving north": civilians are not in custody because the story is about prisons
  if (theme && theme.kind === "person" && PEOPLE_NOUNS.has(theme.lemma)) return false;
  return view.info.custodyTopic;
}

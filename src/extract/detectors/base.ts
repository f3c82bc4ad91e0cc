// The common detector: find trigger phrases of one event type on lemmas,
// decide how each reads (verb/noun/participle, passive), check the
// conditions its lexicon entry needs, and propose a bare candidate. Slot
// fillers complete it later. A detector file configures one of these and
// may add a check of its own.

import type { Context } from "../../context.js";
import { TRIGGERS, type TriggerNeed, type TriggerPattern } from "../../lexicon/triggers.js";
import { CUSTODY_CUES, CUSTODY_NOUNS, FACILITY_NOUNS, PEOPLE_NOUNS, isPersonNoun } from "../../lexicon/subjects.js";
import type { EventType } from "../../types.js";
import {
  AUX,
  BE_FORMS,
  DETERMINERS,
  PREPOSITIONS,
  classifyHead,
  clauseEnd,
  countAtToken,
  clauseStart,
  headAfter,
  headBefore,
  isAdverb,
  isPastParticipleShape,
  tokenRange,
  type Head,
} from "../grammar.js";
import { personCounts } from "../slots/count-subject.js";
import type { Candidate, Detector, SentenceView, Trigger } from "../types.js";

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
      for (let k = t; k < Math.min(t + 4, view.tokens.length); k++) {
        if (view.tokens[k].kind === "punct") break;
        if (next.has(view.lemmas[k]) || next.has(view.lowers[k])) {
          found = k;
          break;
        }
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
        const tc: TriggerContext = { view, trigger, pattern: e.pattern, theme: themeOf(view, trigger), agent: agentOf(view, trigger) };
        const failed = (e.pattern.needs ?? []).find((n) => !needMet(n, tc));
        if (failed) {
          ctx.debug(this.name, () => `s${view.index} "${trigger.text}": needs ${failed}`);
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
  const inflectedVerb = lower !== lemma && (lower.endsWith("ed") || isPastParticipleShape(lower, lemma));
  if (pattern.pos === "noun") reading = "noun";
  else if (!inflectedVerb) {
    if (DETERMINERS.has(prev) || prev === "'s" || prev === "’s" || (next === "of" && first === last)) reading = "noun";
    else if (lower === lemma && first > 0 && (isPersonNoun(prevLemma) || CUSTODY_CUES.has(prevLemma) || FACILITY_NOUNS.has(prevLemma)) && prev !== "to" && !view.tokens[first - 1].capitalized) reading = "noun";
    // "the Hamas attack", "Friday's releases": a name between a determiner and the noun
    else if (first > 1 && view.tokens[first - 1].capitalized && (DETERMINERS.has(view.lowers[first - 2]) || view.lowers[first - 2] === "'s" || view.lowers[first - 2] === "’s")) reading = "noun";
    else if (pluralS && prev !== "to" && !AUX.has(prev) && first > 0 && !isPersonNoun(prevLemma) && !FACILITY_NOUNS.has(prevLemma) && !CUSTODY_CUES.has(prevLemma) && !PRONOUN_SUBJECTS.has(prev) && !isAdverb(prev) && view.tokens[first - 1].kind === "word" && !view.tokens[first - 1].capitalized) reading = "noun";
    else if (lower.endsWith("ing") && (DETERMINERS.has(prev) || PREPOSITIONS.has(prev))) reading = "noun";
    else if (first > 0 && view.tokens[first - 1].kind === "word" && !view.tokens[first - 1].capitalized && ADJ_LIKE.test(prev)) reading = "noun";
  }
  let passive = false;
  // "the escaped prisoners": a participle used as an adjective names, it does not report
  if (reading === "verb" && inflectedVerb && first === last && (DETERMINERS.has(prev) || (first > 0 && countAtToken(view, first - 1) && isPersonNoun(view.lemmas[first + 1] ?? "")))) reading = "participle";
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
      if (!haveBefore && (PREPOSITIONS.has(next) || next === "," || next === "." || next === "") && before && (before.kind === "punct" || isPersonNoun(view.lemmas[k]))) {
        reading = "participle";
        passive = true;
      }
    }
  }
  const start = view.tokens[first].start;
  const end = view.tokens[last].end;
  return { first, last, start, end, text: view.doc.text.slice(start, end), reading, passive, weight: pattern.weight };
}

const PRONOUN_SUBJECTS = new Set(["they", "he", "she", "it", "we", "i", "you", "who", "which", "that"]);
const ADJ_LIKE = /(?:al|ful|ous|ive|ic|ary|ed|ing|ish|ian|day|scale|wide|term|led|backed|month|year|long|time)$/;

/** The people or thing the event happens to. */
export function themeOf(view: SentenceView, t: Trigger): Head | null {
  if (t.reading === "noun") {
    if (view.lowers[t.last + 1] === "of") return headAfter(view, t.last + 2);
    if (t.first > 0) {
      const h = classifyHead(view, t.first - 1);
      if (h.kind === "person") return h;
    }
    return null;
  }
  if (t.passive) return headBefore(view, t.first - 1);
  // "took control of the airport": the theme follows "of" (not after a particle: "broke out of the prison")
  if (view.lowers[t.last + 1] === "of" && !["out", "away", "off"].includes(view.lowers[t.last])) return headAfter(view, t.last + 2);
  const after = headAfter(view, t.last + 1);
  if (after && after.kind !== "other") return after;
  return headBefore(view, t.first - 1) ?? after;
}

/** Who carried it out: subject of an active verb, "by X" of a passive. */
export function agentOf(view: SentenceView, t: Trigger): Head | null {
  if (t.reading === "noun") return null;
  if (t.passive) {
    const end = clauseEnd(view, t.last);
    for (let k = t.last + 1; k <= end; k++) if (view.lowers[k] === "by") return headAfter(view, k + 1);
    return null;
  }
  const after = headAfter(view, t.last + 1);
  if (!after || after.kind === "other") return null;
  return headBefore(view, t.first - 1);
}

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
    case "person": {
      if (theme && (theme.kind === "nonperson" || theme.kind === "facility")) return false;
      if (theme && (theme.kind === "person" || theme.kind === "pronoun" || theme.kind === "first-person")) return true;
      if ((!theme || theme.kind === "other") && personCounts(view).some((pc) => inClause(view, t, pc.count) && (pc.last < t.first ? t.first - pc.last <= 9 : pc.first - t.last <= 3))) return true;
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
      if (theme && (theme.kind === "person" || theme.kind === "first-person")) return false;
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
    case "control":
      for (let k = t.last + 1; k < Math.min(view.tokens.length, t.last + 7); k++) if (view.lemmas[k] === "control") return true;
      return false;
    case "count":
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

const PARTY_NOUNS = new Set(["side", "party", "government", "rebel", "faction", "country", "state", "negotiator", "mediator", "ministry", "authority", "leader", "delegation"]);

function hasPersonWordNear(view: SentenceView, t: Trigger): boolean {
  const s = Math.max(clauseStart(view, t.first), t.first - 5);
  const e = Math.min(clauseEnd(view, t.last), t.last + 6);
  for (let k = s; k <= e; k++) if (isPersonNoun(view.lemmas[k])) return true;
  return false;
}

export function isCustody(tc: TriggerContext): boolean {
  const { view, trigger: t, theme } = tc;
  if (theme && CUSTODY_NOUNS.has(theme.lemma)) return true;
  const s = Math.max(clauseStart(view, t.first), t.first - 6);
  const e = Math.min(clauseEnd(view, t.last), t.last + 8);
  for (let k = s; k <= e; k++) if (CUSTODY_CUES.has(view.lemmas[k]) && k !== t.first) return true;
  if (theme && theme.kind !== "person" && theme.kind !== "pronoun") return false;
  // "people moving north": civilians are not in custody because the story is about prisons
  if (theme && theme.kind === "person" && PEOPLE_NOUNS.has(theme.lemma)) return false;
  return view.info.custodyTopic;
}

// Builds one SentenceView per sentence: tokens, lemmas, clause ids, and the
// mentions that fall inside the sentence, bucketed in one linear sweep.

import { lemmatize } from "../annotate/lemma.js";
import { splitSentences } from "../annotate/sentences.js";
import { tokenizeSentence } from "../annotate/tokens.js";
import type { ActorMention, Annotations, Token } from "../annotate/types.js";
import { CUSTODY_NOUNS, DEMONYM_COUNTRY, DEMONYM_PLURALS, FACILITY_NOUNS, FIGHTER_NOUNS, isPersonNoun } from "../lexicon/subjects.js";
import { FRAME_CUES, FRAME_MIN_MENTIONS } from "../lexicon/frames.js";
import type { EventType } from "../types.js";
import type { DocInfo, SentenceView } from "./types.js";
import { HOLDER_VERBS } from "../lexicon/custody-verbs.js";
import { AFFILIATION_WORDS } from "../lexicon/groups.js";
import { FINITE_VERBS_AFTER_NAME } from "../lexicon/function-words.js";

const CLAUSE_BREAK = new Set([",", ";", ":", "(", ")", "—", "–", "-", '"', "“", "”", "[", "]"]);

export function buildViews(doc: Annotations): DocInfo {
  // the annotate stage's sentences, tokens and lemmas; its own splitter and tokenizer where a caller gave none
  const sentences = doc.sentences.length ? doc.sentences : splitSentences(doc.text);
  const info: DocInfo = { published: doc.published, dominantCountry: null, dominantGroup: null, dominantNationality: null, custodyTopic: false, views: [] };
  const byStart = <T extends { start: number }>(xs: T[]) => [...xs].sort((a, b) => a.start - b.start);
  const counts = byStart(doc.counts);
  const dates = byStart(doc.dates);
  // "BEIRUT —", "ISLAMABAD (Dunya News) –": a dateline says where the report was filed, not where anything happened
  const places = byStart(doc.places.filter((p) => !isDateline(doc.text, p)));
  const actors = byStart(doc.actors);
  let ci = 0,
    di = 0,
    pi = 0,
    ai = 0;
  let custodyWords = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const tokens = doc.tokens[i]?.length ? doc.tokens[i] : tokenizeSentence(doc.text, s);
    // an acronym ("IS", "US") is a name, not the function word it spells
    const acronym = (t: Token) => !s.isHeadline && t.text.length >= 2 && t.text.length <= 6 && /^[A-Z]+$/.test(t.text);
    const lowers = tokens.map((t) => (acronym(t) ? t.text : (t.lower ?? t.text.toLowerCase())));
    // a name keeps its form as a token ("Forces"); as a trigger it is read by its base form
    const lemmas = tokens.map((t, k) => (acronym(t) ? t.text : t.lemma && t.lemma !== lowers[k] ? t.lemma : lemmatize(lowers[k])));
    const clause: number[] = [];
    let c = 0;
    for (const t of tokens) {
      if (t.kind === "punct" && CLAUSE_BREAK.has(t.text)) c++;
      clause.push(c);
    }
    const take = <T extends { start: number; end: number }>(xs: T[], idx: number): [T[], number] => {
      while (idx < xs.length && xs[idx].start < s.start) idx++;
      const got: T[] = [];
      let j = idx;
      while (j < xs.length && xs[j].start < s.end) {
        if (xs[j].end <= s.end) got.push(xs[j]);
        j++;
      }
      return [got, j];
    };
    let sc, sd, sp, sa;
    [sc, ci] = take(counts, ci);
    [sd, di] = take(dates, di);
    [sp, pi] = take(places, pi);
    [sa, ai] = take(actors, ai);
    for (const l of lemmas) if (CUSTODY_NOUNS.has(l) || l === "prison" || l === "jail" || l === "detention" || l === "custody") custodyWords++;
    info.views.push({
      doc,
      info,
      index: i,
      sentence: s,
      tokens,
      lemmas,
      lowers,
      counts: sc,
      dates: sd,
      places: sp,
      actors: sa,
      attributions: doc.attributions.filter((a) => a.sentence === i),
      clause,
    });
  }
  info.custodyTopic = custodyWords >= 3;
  info.frame = frameOf(info.views);
  // Dominant country: named places (not demonyms on people) weigh most.
  const countryScore = new Map<string, number>();
  // a place inside an attribution ("according to a report released in X") says where the speaker is, not the story
  for (const v of info.views)
    for (const p of v.places) if (!spokenPlace(v, p)) countryScore.set(p.country, (countryScore.get(p.country) ?? 0) + (p.kind === "demonym" ? 0.5 : 1));
  info.dominantCountry = best(countryScore);
  // the nationality named on people: demonyms ("Afghans", "Syrian refugees"), at least twice
  const nationalityScore = new Map<string, number>();
  for (const v of info.views) {
    for (const p of v.places) if (p.kind === "demonym") nationalityScore.set(p.country, (nationalityScore.get(p.country) ?? 0) + 1);
    // plural nationality nouns ("Afghans", "Syrians") name people, not places: counted here from the tokens
    for (let k = 0; k < v.tokens.length; k++) {
      const iso = v.tokens[k].capitalized && DEMONYM_PLURALS.has(v.lowers[k]) ? DEMONYM_COUNTRY.get(v.lowers[k]) : undefined;
      if (iso) nationalityScore.set(iso, (nationalityScore.get(iso) ?? 0) + 1);
    }
  }
  info.dominantNationality = best(nationalityScore, 2);
  // the affiliation of the people in the story: a group named on them ("IS suspects", "members of X") weighs most,
  // a group that holds them ("held by X", "X-run prisons") not at all
  const groupScore = new Map<string, number>();
  const affiliationScore = new Map<string, number>();
  const holderScore = new Map<string, number>();
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const view of info.views)
    for (const a of view.actors) {
      if (a.kind !== "group") continue;
      const role = groupRole(view, a);
      if (role === "affiliation") add(affiliationScore, a.canonical);
      if (role === "holder") add(holderScore, a.canonical);
      else if (role === "affiliation" || !groupActs(view, a)) add(groupScore, a.canonical);
    }
  info.dominantGroup = best(affiliationScore) ?? best(groupScore, 2);
  info.dominantHolder = best(holderScore) ?? null;
  return info;
}

/** The first and last tokens of the sentence that a mention covers, or null when it covers none. */
function mentionTokens(view: SentenceView, a: { start: number; end: number }): [number, number] | null {
  const toks = view.tokens;
  let f = -1,
    l = -1;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].end <= a.start) continue;
    if (toks[k].start >= a.end) break;
    if (f < 0) f = k;
    l = k;
  }
  return f < 0 ? null : [f, l];
}

/**
 * How a group is named in its sentence: on the people ("IS suspects", "members
 * of X", "links to X": affiliation), as their keeper ("held by X", "X-run
 * prisons", "X facilities", "the prisons X runs": holder), or otherwise.
 */
export function groupRole(view: SentenceView, a: ActorMention): "affiliation" | "holder" | "other" {
  const toks = view.tokens;
  const span = mentionTokens(view, a);
  if (!span) return "other";
  const [f, l] = span;
  if (view.lowers[f - 1] === "by" || (view.lowers[f - 1] === "the" && view.lowers[f - 2] === "by")) return "holder";
  let k = l + 1;
  if (toks[k]?.text === "'s" || toks[k]?.text === "’s") return "holder";
  if (toks[k]?.text === "-" || toks[k]?.text === "–") {
    if (HOLDER_VERBS.has(view.lowers[k + 1] ?? "") || HOLDER_VERBS.has(view.lemmas[k + 1] ?? "")) return "holder";
    k += 2;
  }
  for (let n = 0; n < 3 && k < toks.length; n++, k++) {
    if (toks[k].kind !== "word") break;
    // "the militia pulled its guards out": the group is a subject, the people after its verb are not named by it
    if (verbAt(view, k) && !(n === 0 && HOLDER_VERBS.has(view.lemmas[k]))) break;
    const lemma = view.lemmas[k];
    const lower = view.lowers[k];
    if (FACILITY_NOUNS.has(lemma) || lemma === "custody" || lemma === "jail" || lemma === "prison") return "holder";
    if (n === 0 && HOLDER_VERBS.has(lemma) && lower !== lemma) return "holder";
    if (
      isPersonNoun(lemma, lower) &&
      (CUSTODY_NOUNS.has(lemma) ||
        FIGHTER_NOUNS.has(lemma) ||
        lemma === "supporter" ||
        lemma === "family" ||
        lemma === "wife" ||
        lemma === "child" ||
        lemma === "woman")
    )
      return "affiliation";
    if (isPersonNoun(lemma, lower)) return "other";
  }
  // "members of X", "suspected of links to X", "fighters loyal to X"
  const prep = view.lowers[f - 1] === "the" ? f - 2 : f - 1;
  if (["of", "to", "with"].includes(view.lowers[prep] ?? "")) {
    for (let j = prep - 1; j >= 0 && j >= prep - 3; j--) {
      if (toks[j].kind !== "word") break;
      const lemma = view.lemmas[j];
      if (
        AFFILIATION_WORDS.has(view.lowers[j]) ||
        AFFILIATION_WORDS.has(lemma) ||
        (isPersonNoun(lemma, view.lowers[j]) && (CUSTODY_NOUNS.has(lemma) || FIGHTER_NOUNS.has(lemma)))
      )
        return "affiliation";
    }
  }
  return "other";
}

/**
 * The group is the subject of a clause of its own ("after the SDF lost control",
 * "the militia said", "when IS fighters withdrew" is not: there the group names
 * the people) or the side something was taken from ("seized the prison from
 * the SDF"): it acts in the story, so it is not the affiliation of people
 * the sentence merely mentions.
 */
export function groupActs(view: SentenceView, a: ActorMention): boolean {
  const toks = view.tokens;
  const span = mentionTokens(view, a);
  if (!span) return false;
  const [f, l] = span;
  // skip a parenthesised short name: "the Syrian Democratic Forces (SDF) said"
  let k = l + 1;
  if (toks[k]?.text === "(") {
    while (k < toks.length && toks[k].text !== ")" && k - l < 6) k++;
    k++;
  }
  if (verbAt(view, k)) return true;
  const prep = view.lowers[f - 1] === "the" ? f - 2 : f - 1;
  if (view.lowers[prep] === "from" && prep > 0 && !isPersonNoun(view.lemmas[prep - 1] ?? "", view.lowers[prep - 1])) return true;
  return false;
}

/** The token is a finite verb or auxiliary: "is", "said", a past tense ("lost", "withdrew", "pulled"). */
function verbAt(view: SentenceView, k: number): boolean {
  const tok = view.tokens[k];
  if (!tok || tok.kind !== "word" || tok.capitalized) return false;
  const next = view.lowers[k];
  if (FINITE_VERBS_AFTER_NAME.has(next)) return true;
  // an inflected word that is no plural noun
  return next !== view.lemmas[k] && !/s$/.test(next) && !isPersonNoun(view.lemmas[k], next) && !FACILITY_NOUNS.has(view.lemmas[k]) && !/ing$/.test(next);
}

/** Inside an attribution, or after "according to" in its clause. */
function spokenPlace(view: SentenceView, p: { start: number; end: number }): boolean {
  if (view.attributions.some((a) => p.start >= a.start && p.end <= a.end)) return true;
  let k = view.tokens.findIndex((t) => t.start >= p.start);
  if (k < 0) return false;
  const c = view.clause[k];
  for (k--; k >= 1 && view.clause[k] === c; k--) if (view.lowers[k] === "to" && view.lowers[k - 1] === "according") return true;
  return false;
}

/** The frame whose words the report uses most, at least FRAME_MIN_MENTIONS times and more than any other's. */
function frameOf(views: SentenceView[]): EventType | null {
  const score = new Map<string, number>();
  for (const v of views)
    for (let k = 0; k < v.tokens.length; k++) {
      const frame = FRAME_OF_CUE.get(v.lemmas[k]) ?? FRAME_OF_CUE.get(v.lowers[k]);
      if (frame) score.set(frame, (score.get(frame) ?? 0) + 1);
    }
  return best(score, FRAME_MIN_MENTIONS) as EventType | null;
}

const FRAME_OF_CUE: ReadonlyMap<string, EventType> = new Map(
  Object.entries(FRAME_CUES).flatMap(([type, cues]) => cues.map((c) => [c, type as EventType] as [string, EventType])),
);

function best(m: Map<string, number>, min = 1): string | null {
  let top: string | null = null;
  let score = 0;
  let second = 0;
  for (const [k, v] of m) {
    if (v > score) {
      second = score;
      score = v;
      top = k;
    } else if (v > second) second = v;
  }
  return top && score >= min && score > second ? top : null;
}

/** After a dateline's place: ", Country", an outlet in brackets, then a dash. */
const DATELINE_TAIL = /^(?:,\s*[\p{L}][\p{L} .'’-]{0,30})?\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]\s/u;

/** A place at the start of a line, in capitals or followed by an outlet, then a dash: a dateline. */
function isDateline(text: string, p: { start: number; end: number }): boolean {
  // only spaces between the line's start and the place (looked at from the place: no scan of the text)
  let i = p.start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  if (i >= 0 && text[i] !== "\n") return false;
  const tail = text.slice(p.end, p.end + 80);
  if (!DATELINE_TAIL.test(tail)) return false;
  const name = text.slice(p.start, p.end);
  return name === name.toUpperCase() || /^\s*(?:,[^(—–]*)?\(/.test(tail);
}

// The roles around a trigger: the theme (the people or thing the event
// happens to) and the agent (who did it), read from the clause. Shared by the
// detectors, which check a trigger's needs against them, and the slot
// fillers, which name the subject.

import { classifyHead, clauseEnd, countAtToken, headAfter, headBefore, isAdverb, isPastParticipleShape, type Head } from "./grammar.js";
import { AUX, BE_FORMS, GOAL_PREPOSITIONS, PP_HEADS, SUBORDINATE_PREPOSITIONS } from "../lexicon/function-words.js";
import type { SentenceView, Trigger } from "./types.js";
import { GETTING_AWAY_VERBS } from "../lexicon/custody-verbs.js";

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
  if (t.passive) return passiveSubject(view, t);
  // "crossed back into Iraq", "returned from the camp": a trigger ending in a preposition is followed by a place;
  // the people are its subject, or the object inside it ("handed 45 suspects to")
  if (t.last > t.first && endsInGoal(view, t)) {
    for (let k = t.last - 1; k > t.first; k--) {
      const h = classifyHead(view, k);
      if (h.kind === "person" || h.kind === "pronoun") return h;
      if (countAtToken(view, k)) return { index: k, lemma: view.lemmas[k], kind: "pronoun" };
    }
    return headBefore(view, t.first - 1);
  }
  // "pulled most of them back", "sent 9,000 fighters home": the object sits inside the trigger's gap
  for (let k = t.first + 1; k < t.last; k++) {
    const h = classifyHead(view, k);
    if (h.kind === "person" || h.kind === "pronoun") return h;
    if (countAtToken(view, k)) return { index: k, lemma: view.lemmas[k], kind: "pronoun" };
  }
  // "took control of the airport": the theme follows "of" (not after a particle: "broke out of the prison")
  if (view.lowers[t.last + 1] === "of" && !["out", "away", "off"].includes(view.lowers[t.last])) return headAfter(view, t.last + 2);
  const after = headAfter(view, t.last + 1);
  // "785 foreigners managed to escape a camp", "inmates fled the prison": a verb of getting away takes
  // the place as its object; the people are its subject
  if (after && after.kind === "facility" && t.first === t.last && GETTING_AWAY_VERBS.has(view.lemmas[t.first])) return passiveSubject(view, t) ?? after;
  if (after && after.kind !== "other") return after;
  // no object: the subject, stepping over what modifies it ("the pupils abducted by gunmen last week have made ...")
  return passiveSubject(view, t) ?? after;
}

/** "crossed into", "returned from", "got out of": the trigger ends where a place follows. */
export function endsInGoal(view: SentenceView, t: Trigger): boolean {
  const l = view.lowers[t.last];
  return GOAL_PREPOSITIONS.has(l) || (l === "of" && view.lowers[t.last - 1] === "out");
}

/**
 * Subject of a passive: "four men from the convoy were held" is about the men,
 * "soldiers who had fled into Iraq were sent back" about the soldiers: a
 * prepositional phrase or a relative clause between them is stepped over.
 */
function passiveSubject(view: SentenceView, t: Trigger): Head | null {
  // "broke out ... before being recaptured": a passive after a subordinator has the main clause's subject
  let b = t.first - 1;
  while (b >= 0 && (BE_FORMS.has(view.lowers[b]) || isAdverb(view.lowers[b]))) b--;
  if (b >= 0 && b < t.first - 1 && SUBORDINATE_PREPOSITIONS.has(view.lowers[b])) {
    for (let k = 0; k < b; k++) {
      const h = classifyHead(view, k);
      if (h.kind === "person" || h.kind === "pronoun" || h.kind === "first-person") return h;
    }
    return null;
  }
  const h = headBefore(view, t.first - 1);
  if (!h || h.kind === "person" || h.kind === "pronoun" || h.kind === "first-person") return h;
  const clause = view.clause[t.first];
  // a relative pronoun in the clause before the trigger: its antecedent is the subject
  for (let k = h.index - 1; k > 0 && view.clause[k] === clause; k--) {
    if (view.lowers[k] === "who" || view.lowers[k] === "whom") {
      const ante = headBefore(view, k - 1, 2) ?? classifyHead(view, k - 1);
      if (ante && (ante.kind === "person" || ante.kind === "pronoun")) return ante;
      break;
    }
  }
  // "N1 from the N2", "a man sought by Jordan on fraud charges": walk back over
  // prepositional phrases and a participle to the noun they modify
  let cur = h.index;
  for (let round = 0; round < 3; round++) {
    let k = cur - 1;
    while (k >= 0 && view.tokens[k].kind === "word" && !PP_HEADS.has(view.lowers[k]) && view.lowers[k] !== "by" && !AUX.has(view.lowers[k]) && k > cur - 5) k--;
    if (k <= 0 || view.clause[k] !== clause || !(PP_HEADS.has(view.lowers[k]) || view.lowers[k] === "by")) break;
    let j = k - 1;
    // a participle before "by"/"in": "wanted by", "held in"
    if (j > 0 && view.lowers[j] !== view.lemmas[j] && (view.lowers[j].endsWith("ed") || isPastParticipleShape(view.lowers[j], view.lemmas[j]))) j--;
    const outer = classifyHead(view, j);
    if (outer.kind === "person" || outer.kind === "pronoun") return outer;
    if (countAtToken(view, j)) return { index: j, lemma: view.lemmas[j], kind: "pronoun" };
    cur = j;
  }
  return h;
}

/** Who carried it out: subject of an active verb, "by X" of a passive. */
export function agentOf(view: SentenceView, t: Trigger): Head | null {
  if (t.reading === "noun") return null;
  if (t.passive) {
    const end = clauseEnd(view, t.last);
    for (let k = t.last + 1; k <= end; k++) {
      if (view.lowers[k] !== "by") continue;
      // "returned from territory controlled by Kyiv": the phrase belongs to another participle
      const p = k - 1;
      if (p > t.last + 1 && view.lowers[p] !== view.lemmas[p] && (view.lowers[p].endsWith("ed") || isPastParticipleShape(view.lowers[p], view.lemmas[p])))
        continue;
      return headAfter(view, k + 1);
    }
    return null;
  }
  const after = headAfter(view, t.last + 1);
  if (!after || after.kind === "other") return null;
  return headBefore(view, t.first - 1);
}

// Agreements: deals, truces, ceasefires, accords, formal offers and requests between parties.
// A deal counts only among conflict parties or about people in custody: "an
// electricity deal" between two governments is not an event of this kind.
import { CUSTODY_CUES, FIGHTER_NOUNS } from "../../lexicon/subjects.js";
import type { SentenceView } from "../types.js";
import { TriggerDetector } from "./base.js";
import { AGREEMENT_CONFLICT_WORDS, COMMERCIAL_DEAL_NOUNS } from "../../lexicon/agreement-words.js";
import { ASKING_VERBS, REQUESTED_CUSTODY_ACTIONS } from "../../lexicon/custody-verbs.js";
import { REQUESTED_PARTIES } from "../../lexicon/force-words.js";

function conflictContext(view: SentenceView): boolean {
  const near = [view, view.info.views[view.index - 1]].filter((v): v is SentenceView => !!v);
  for (const v of near) {
    if (v.lemmas.some((l) => AGREEMENT_CONFLICT_WORDS.has(l) || CUSTODY_CUES.has(l) || FIGHTER_NOUNS.has(l))) return true;
    if (v.actors.some((a) => a.kind === "group" || a.kind === "force")) return true;
  }
  return false;
}

/** "Baghdad asked Damascus to hand over ...": one party asks another, by name, to act. */
function formalRequest(v: SentenceView, last: number): boolean {
  let k = last + 1;
  while (k < v.tokens.length && k <= last + 4 && (isAdverbLike(v.lowers[k]) || v.lowers[k] === "the")) k++;
  if (k >= v.tokens.length) return false;
  const tok = v.tokens[k];
  let party = false;
  for (let j = k; j < Math.min(v.tokens.length, k + 5); j++) if (REQUESTED_PARTIES.has(v.lemmas[j])) party = true;
  if (v.actors.some((a) => a.start <= tok.start && tok.end <= a.end && (a.kind === "state" || a.kind === "group" || a.kind === "force"))) party = true;
  if (v.places.some((p) => p.start === tok.start && (p.kind === "country" || p.kind === "city"))) party = true;
  if (!party) return false;
  for (let j = k + 1; j < Math.min(v.tokens.length, k + 10); j++) if (v.lowers[j] === "to" && v.tokens[j + 1]?.kind === "word") return true;
  return false;
}
function custodyAction(v: SentenceView, last: number): boolean {
  for (let j = last + 1; j < Math.min(v.tokens.length - 1, last + 10); j++)
    if (v.lowers[j] === "to" && REQUESTED_CUSTODY_ACTIONS.has(v.lemmas[j + 1])) return true;
  return false;
}
const isAdverbLike = (w: string) => w.endsWith("ly");

export const agreementDetector = new TriggerDetector("agreement", (t) => {
  const v = t.view;
  if (v.lowers[t.trigger.first - 1] === "to" || v.lowers[t.trigger.first] === "according") return false;
  if (COMMERCIAL_DEAL_NOUNS.has(v.lemmas[t.trigger.first]) && !conflictContext(v)) return false;
  if (ASKING_VERBS.has(v.lemmas[t.trigger.first]) || ASKING_VERBS.has(v.lowers[t.trigger.first]))
    return formalRequest(v, t.trigger.last) && (conflictContext(v) || custodyAction(v, t.trigger.last));
  return true;
});

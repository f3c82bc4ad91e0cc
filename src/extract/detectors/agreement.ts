// Agreements: deals, truces, ceasefires, accords, formal offers and requests between parties.
// A deal counts only among conflict parties or about people in custody: "an
// electricity deal" between two governments is not an event of this kind.
import { CUSTODY_CUES, FIGHTER_NOUNS } from "../../lexicon/subjects.js";
import type { SentenceView } from "../types.js";
import { TriggerDetector } from "./base.js";

const COMMERCIAL_NOUNS = new Set(["deal", "agreement", "accord", "pact", "memorandum"]);
/** Words that put an agreement in a conflict or detention setting. */
const CONFLICT_WORDS = new Set([
  "ceasefire", "truce", "war", "conflict", "fighting", "hostility", "peace", "prisoner", "detainee", "hostage", "captive", "release",
  "exchange", "swap", "integration", "integrate", "withdrawal", "withdraw", "surrender", "disarmament", "disarm", "handover", "offensive",
  "siege", "attack", "clash", "security", "military", "army", "troop", "force", "militia", "rebel", "fighter", "militant", "insurgent",
  "repatriation", "repatriate", "transfer", "evacuation", "de-escalation", "armistice", "occupation", "border", "control",
  // "the two sides", "the parties": in the news, the sides to a deal are warring ones
  "side", "party", "faction", "mediator", "envoy", "negotiator", "delegation",
]);

function conflictContext(view: SentenceView): boolean {
  const near = [view, view.info.views[view.index - 1]].filter((v): v is SentenceView => !!v);
  for (const v of near) {
    if (v.lemmas.some((l) => CONFLICT_WORDS.has(l) || CUSTODY_CUES.has(l) || FIGHTER_NOUNS.has(l))) return true;
    if (v.actors.some((a) => a.kind === "group" || a.kind === "force")) return true;
  }
  return false;
}

export const agreementDetector = new TriggerDetector("agreement", (t) => {
  const v = t.view;
  if (v.lowers[t.trigger.first - 1] === "to" || v.lowers[t.trigger.first] === "according") return false;
  if (COMMERCIAL_NOUNS.has(v.lemmas[t.trigger.first]) && !conflictContext(v)) return false;
  return true;
});

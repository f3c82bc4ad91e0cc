// Arrests: people taken into custody (arrest, detain, capture, recapture, round up, pick up, take hostage). "militants detained in X" describes a state, not an arrest.
// "picked up the phone": an ambiguous phrasal verb counts only with people as its object.
import { FIGHTER_NOUNS } from "../../lexicon/subjects.js";
import { headAfter } from "../grammar.js";
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";
import { ARRESTING_AGENTS } from "../../lexicon/force-words.js";

export const arrestDetector = new TriggerDetector("arrest", (t) => {
  const v = t.view;
  if (v.lemmas[t.trigger.first] === "pick" && !t.trigger.passive) {
    const obj = headAfter(v, t.trigger.last + 1);
    if (!obj || (obj.kind !== "person" && obj.kind !== "pronoun")) return false;
  }
  // "was picked up by his brother": only the authorities or armed men pick people up into custody
  if (v.lemmas[t.trigger.first] === "pick" && t.trigger.passive && t.agent) {
    const l = t.agent.lemma;
    if (!(FIGHTER_NOUNS.has(l) || ARRESTING_AGENTS.has(l) || t.agent.kind === "name")) return false;
  }
  // "caught in the crossfire", "caught up in", "caught between": trapped, not arrested
  if (v.lemmas[t.trigger.first] === "catch" || v.lowers[t.trigger.first] === "caught") {
    const next = v.lowers[t.trigger.last + 1];
    if (next === "in" || next === "up" || next === "between" || next === "off" || next === "on") return false;
  }
  // "moved to house arrest", "under house arrest": where people are kept, not an arrest told
  const k = t.trigger.first;
  if (v.lowers[k - 1] === "house" && ["to", "into", "under", "in"].includes(v.lowers[k - 2] ?? "")) return false;
  // "troops surrendered the airbase to the Taliban": a place given up is a takeover, not people giving themselves up
  if (v.lemmas[k] === "surrender" && t.theme && (t.theme.kind === "facility" || t.theme.kind === "name")) return false;
  return !theme.isStateParticiple(t) && !theme.isThing(t) && !theme.isPlace(t);
});

// Attacks: assaults, shelling, bombardment, sieges. "strike a deal" is not one.
import { TriggerDetector } from "./base.js";
import { headAfter, headBefore } from "../grammar.js";
import { theme } from "./checks.js";
import { HARM_VERBS, NATURAL_FORCES, SURROUNDINGS } from "../../lexicon/event-words.js";

export const attackDetector = new TriggerDetector("attack", (t) => {
  const v = t.view;
  for (let k = t.trigger.last + 1; k < Math.min(v.tokens.length, t.trigger.last + 4); k++)
    if (["deal", "agreement", "balance", "chord", "note"].includes(v.lemmas[k])) return false;
  // "the bombardment has killed 14,000": the killing is the event told
  for (let k = t.trigger.last + 1; k < Math.min(v.tokens.length, t.trigger.last + 7); k++)
    if (v.lemmas[k] === "kill" && v.lowers[k] !== "killing") return false;
  // "were killed in clashes near the town": the fighting is the circumstance of the killing told
  {
    // "killed in the clashes", "died during heavy shelling": step over a determiner and adjectives to the preposition
    let p = t.trigger.first - 1;
    while (p > 0 && p >= t.trigger.first - 3 && v.tokens[p].kind === "word" && !["in", "during", "amid", "after"].includes(v.lowers[p])) p--;
    if (p >= 0 && ["in", "during", "amid"].includes(v.lowers[p]) && (t.trigger.reading === "noun" || p < t.trigger.first - 1)) {
      for (let k = Math.max(0, p - 5); k < p; k++) if (HARM_VERBS.has(v.lemmas[k])) return false;
    }
  }
  // "power was cut off", "cut off supplies": utilities and things cut are not a siege
  if (v.lemmas[t.trigger.first] === "cut" && t.theme?.kind === "nonperson") return false;
  // "surrounded by a high wall", "cut off by snow": a passive whose "by" names a thing, not a force
  if (
    t.trigger.passive &&
    t.agent &&
    (t.agent.kind === "nonperson" || t.agent.kind === "facility" || NATURAL_FORCES.has(t.agent.lemma) || SURROUNDINGS.has(t.agent.lemma))
  )
    return false;
  if (v.lemmas[t.trigger.first] === "cut") {
    for (let k = t.trigger.last + 1; k < Math.min(v.tokens.length, t.trigger.last + 10); k++) {
      if (v.tokens[k].kind === "punct") break;
      if (v.lowers[k] !== "by") continue;
      const by = headAfter(v, k + 1);
      if (by && (NATURAL_FORCES.has(by.lemma) || by.kind === "nonperson")) return false;
    }
  }
  // "an earthquake struck the town": nature is not an attacker
  const subject = headBefore(v, t.trigger.first - 1);
  if (!t.trigger.passive && subject && NATURAL_FORCES.has(subject.lemma)) return false;
  // "the hills surrounding the town": a present participle describes where, not an assault
  if (v.lemmas[t.trigger.first] === "surround" || v.lemmas[t.trigger.first] === "encircle") if (v.lowers[t.trigger.first].endsWith("ing")) return false;
  return !theme.isPerson(t) || (v.lemmas[t.trigger.first] !== "strike" && v.lowers[t.trigger.first] !== "struck");
});

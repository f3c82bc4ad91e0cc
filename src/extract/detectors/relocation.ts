// Relocations: fighters or a group moving on their own, not in custody (relocate, move, deploy, withdraw, shift, enter a country).
import { DEMONYM_PLURALS, FIGHTER_NOUNS, MIGRANT_NOUNS, PEOPLE_NOUNS } from "../../lexicon/subjects.js";
import { TriggerDetector, ownCountry } from "./base.js";
import { theme } from "./checks.js";

export const relocationDetector = new TriggerDetector("relocation", (t) => {
  const v = t.view;
  const l = v.lemmas[t.trigger.first];
  // "left the camp for Iraq" with Iraqis: going to one's own country is a repatriation
  if (l === "leave" && ownCountry(t)) return false;
  // migrants, refugees, families crossing into their own country are repatriated; fighters relocate
  if (t.theme && (MIGRANT_NOUNS.has(t.theme.lemma) || PEOPLE_NOUNS.has(t.theme.lemma) || DEMONYM_PLURALS.has(v.lowers[t.theme.index])) && ownCountry(t))
    return false;
  // "soldiers fled across the border": flight moves fighters; civilians fleeing are not this kind of event
  if (l === "flee" || v.lowers[t.trigger.first] === "fled") {
    if (!t.theme || !FIGHTER_NOUNS.has(t.theme.lemma)) return false;
  }
  return !theme.isThing(t) && !theme.isFirstPerson(t);
});

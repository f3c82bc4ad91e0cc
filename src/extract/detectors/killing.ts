// Killings: people killed, executed, massacred, or who died.
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";
import { CARRIED_OUT_OBJECTS } from "../../lexicon/event-words.js";

export const killingDetector = new TriggerDetector("killing", (t) => {
  if (t.theme && CARRIED_OUT_OBJECTS.has(t.theme.lemma)) return false;
  const v = t.view;
  // "what officials are hailing as the most extensive prisoner exchange": look past the object's modifiers
  if (v.lemmas[t.trigger.first] === "execute")
    for (let k = t.trigger.last + 1; k < Math.min(v.tokens.length, t.trigger.last + 12); k++) {
      if (v.tokens[k].kind === "punct") break;
      if (CARRIED_OUT_OBJECTS.has(v.lemmas[k])) return false;
    }
  return !theme.isThing(t);
});

// Escapes: people in custody got out (escape, break out, flee custody, flood out, get out of prison).
// "fled into Iraq", "fled the fighting": flight from danger is not an escape from custody.
import { CUSTODY_CUES, CUSTODY_NOUNS } from "../../lexicon/subjects.js";
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const escapeDetector = new TriggerDetector("escape", (t) => {
  const v = t.view;
  if (v.lemmas[t.trigger.first] === "flee" || v.lowers[t.trigger.first] === "fled") {
    // what is fled must be custody: "fled the camp", "fled from prison", "fled their captors"
    let custody = false;
    for (let k = t.trigger.last + 1; k < Math.min(v.tokens.length, t.trigger.last + 5); k++) {
      if (v.tokens[k].kind === "punct") break;
      if (CUSTODY_CUES.has(v.lemmas[k])) custody = true;
    }
    // "more than 1,000 inmates fled": people in custody fleeing is an escape
    if (!custody && !(t.theme && CUSTODY_NOUNS.has(t.theme.lemma))) return false;
  }
  return !theme.isThing(t);
});

// Trials: charges, trials, verdicts, sentences. Not "tried to", not "in charge".
import { countAtToken } from "../grammar.js";
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const trialDetector = new TriggerDetector("trial", (t) => {
  const v = t.view;
  const k = t.trigger.first;
  if (v.lemmas[k] === "try" && (v.lowers[t.trigger.last + 1] === "to" || !t.trigger.passive)) return false;
  if (v.lemmas[k] === "charge" && v.lowers[k - 1] === "in") return false;
  // "90 convicts", "the convict": a person noun, not a conviction
  if (v.lowers[k] === "convict" || v.lowers[k] === "convicts") {
    if (t.trigger.reading === "noun" || (k > 0 && (v.tokens[k - 1].kind === "number" || countAtToken(v, k - 1)))) return false;
  }
  return !theme.isThing(t);
});

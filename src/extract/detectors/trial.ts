// Trials: charges, trials, verdicts, sentences. Not "tried to", not "in charge".
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const trialDetector = new TriggerDetector("trial", (t) => {
  const v = t.view;
  const k = t.trigger.first;
  if (v.lemmas[k] === "try" && (v.lowers[t.trigger.last + 1] === "to" || !t.trigger.passive)) return false;
  if (v.lemmas[k] === "charge" && v.lowers[k - 1] === "in") return false;
  return !theme.isThing(t);
});

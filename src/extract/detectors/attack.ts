// Attacks: assaults, shelling, bombardment, sieges. "strike a deal" is not one.
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const attackDetector = new TriggerDetector("attack", (t) => {
  const v = t.view;
  for (let k = t.trigger.last + 1; k < Math.min(v.tokens.length, t.trigger.last + 4); k++) if (["deal", "agreement", "balance", "chord", "note"].includes(v.lemmas[k])) return false;
  // "the bombardment has killed 14,000": the killing is the event told
  for (let k = t.trigger.last + 1; k < Math.min(v.tokens.length, t.trigger.last + 7); k++) if (v.lemmas[k] === "kill" && v.lowers[k] !== "killing") return false;
  return !theme.isPerson(t) || v.lemmas[t.trigger.first] !== "strike";
});

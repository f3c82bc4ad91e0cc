// Attacks: assaults, shelling, bombardment, sieges. "strike a deal" is not one.
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const attackDetector = new TriggerDetector("attack", (t) => {
  const v = t.view;
  for (let k = t.trigger.last + 1; k < Math.min(v.tokens.length, t.trigger.last + 4); k++) if (["deal", "agreement", "balance", "chord", "note"].includes(v.lemmas[k])) return false;
  // "the bombardment has killed 14,000": the killing is the event told
  for (let k = t.trigger.last + 1; k < Math.min(v.tokens.length, t.trigger.last + 7); k++) if (v.lemmas[k] === "kill" && v.lowers[k] !== "killing") return false;
  // "were killed in clashes near the town": the fighting is the circumstance of the killing told
  if (t.trigger.reading === "noun" && (v.lowers[t.trigger.first - 1] === "in" || v.lowers[t.trigger.first - 1] === "during")) {
    for (let k = Math.max(0, t.trigger.first - 5); k < t.trigger.first - 1; k++) if (["kill", "die", "wound", "injure", "slay"].includes(v.lemmas[k])) return false;
  }
  // "power was cut off", "cut off supplies": utilities and things cut are not a siege
  if (v.lemmas[t.trigger.first] === "cut" && t.theme?.kind === "nonperson") return false;
  // "the hills surrounding the town": a present participle describes where, not an assault
  if (v.lemmas[t.trigger.first] === "surround" || v.lemmas[t.trigger.first] === "encircle") if (v.lowers[t.trigger.first].endsWith("ing")) return false;
  return !theme.isPerson(t) || (v.lemmas[t.trigger.first] !== "strike" && v.lowers[t.trigger.first] !== "struck");
});

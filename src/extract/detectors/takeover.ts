// Takeovers: control of a facility, camp or town changing hands (seize, capture, take control, enter, fall to, hand over control).
// Entering a country is a movement (relocation), not a takeover.
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

export const takeoverDetector = new TriggerDetector("takeover", (t) => {
  const v = t.view;
  if (v.lemmas[t.trigger.first] === "enter" && t.theme) {
    const tok = v.tokens[t.theme.index];
    if (v.places.some((p) => p.kind === "country" && p.start <= tok.start && tok.end <= p.end)) return false;
  }
  return !theme.isPerson(t);
});

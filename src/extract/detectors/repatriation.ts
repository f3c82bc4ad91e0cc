// Repatriations: people returned to their own country (repatriate, return home, take back).
// "were handed to the ICRC and flown back to Kenya": a verb chained
// by "and" to an earlier handover or release, with no subject of its own, is the
// same event's last step, not a second event.
import { FIGHTER_NOUNS } from "../../lexicon/subjects.js";
import { TriggerDetector, custodyNear } from "./base.js";
import { theme } from "./checks.js";
import { EARLIER_CUSTODY_STEPS } from "../../lexicon/custody-verbs.js";

export const repatriationDetector = new TriggerDetector("repatriation", (t) => {
  const v = t.view;
  const k = t.trigger.first;
  if (v.lowers[k - 1] === "and" || (v.lowers[k - 1] === "then" && v.lowers[k - 2] === "and")) {
    for (let j = 0; j < k - 1; j++) if (EARLIER_CUSTODY_STEPS.has(v.lemmas[j]) && v.lowers[j] !== v.lemmas[j]) return false;
  }
  // "had been returned from captivity and were treated in a hospital before being flown home": a
  // subordinate last step of the return or handover the main clause tells
  if (v.lowers[k - 1] === "being" && ["before", "after", "then"].includes(v.lowers[k - 2])) {
    for (let j = 0; j < k - 2; j++) if ((EARLIER_CUSTODY_STEPS.has(v.lemmas[j]) || v.lemmas[j] === "return") && v.lowers[j] !== v.lemmas[j]) return false;
  }
  // "fighters crossed back into their country": armed men moving on their own relocate, nobody repatriated them
  if ((v.lemmas[k] === "cross" || v.lemmas[k] === "leave") && t.theme && FIGHTER_NOUNS.has(t.theme.lemma) && !custodyNear(t)) return false;
  return !theme.isThing(t);
});

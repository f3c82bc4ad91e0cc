// Transfers: people in custody moved between facilities or jurisdictions (transfer, move, hand over, receive, take in, bring to, deport).
// "freed 23 of them and handed them to the border guards": the handing is the last step of the release told first.
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";
import { LEAVING_CUSTODY_VERBS } from "../../lexicon/custody-verbs.js";

export const transferDetector = new TriggerDetector("transfer", (t) => {
  const v = t.view;
  const k = t.trigger.first;
  // "handed them back to their own government": a return, told by the repatriation detector
  if (v.lemmas[k] === "hand") for (let j = k + 1; j <= Math.min(v.tokens.length - 1, k + 5); j++) if (v.lowers[j] === "back") return false;
  // "repatriated 22 fishermen, handing them over at the border": a participle clause continues the event told first
  const continues = v.lowers[k - 1] === "and" || (v.lowers[k - 1] === "," && v.lowers[k].endsWith("ing"));
  if (continues && t.theme?.kind === "pronoun") {
    for (let j = 0; j < k - 1; j++) if (LEAVING_CUSTODY_VERBS.has(v.lemmas[j]) && (v.clause[j] === v.clause[k] || v.lowers[k - 1] === ",")) return false;
  }
  return !theme.mentionsControl(t) && !theme.isThing(t);
});

// Holdings: a stock of people held or present somewhere (hold, house, remain in, are now in). A count is required; a past "held" only with a stock cue (currently, now, still).
import { personCounts } from "../slots/count-subject.js";
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";
import { CHARGE_NOUNS } from "../../lexicon/legal-words.js";
import { AUX, BE_FORMS } from "../../lexicon/function-words.js";
import { HELD_IN_VERBS } from "../../lexicon/custody-verbs.js";
import { isAdverb } from "../grammar.js";
import type { SentenceView } from "../types.js";

export const holdingDetector = new TriggerDetector("holding", (t) => {
  const v = t.view;
  const k = t.trigger.first;
  // "held on terrorism charges", "being held over links to": why people are held, not how many are where
  if (v.lemmas[k] === "hold" && (v.lowers[t.trigger.last + 1] === "on" || v.lowers[t.trigger.last + 1] === "over")) {
    for (let j = t.trigger.last + 2; j < Math.min(v.tokens.length, t.trigger.last + 7); j++) if (CHARGE_NOUNS.has(v.lemmas[j])) return false;
  }
  // "246 fishermen in Pakistani custody": the count of people must stand right before "in"
  if (v.lowers[k] === "in") {
    // "13,000 people were hanged in the prison": another verb between the people and "in" tells what happened there
    const counts = personCounts(v).filter((pc) => pc.last < k && k - pc.last <= 4 && !otherVerbBetween(v, Math.max(pc.head, pc.last) + 1, k));
    if (!counts.length) return false;
    for (let j = Math.max(0, k - 3); j < k; j++) if (v.tokens[j].kind === "punct") return false;
  }
  return !theme.isThing(t) && !theme.isPastWithoutStock(t);
});

/** A verb other than an auxiliary or a verb of keeping between two tokens ("were hanged in", not "are still held in"). */
function otherVerbBetween(v: SentenceView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const l = v.lowers[j];
    if (AUX.has(l) || BE_FORMS.has(l) || isAdverb(l) || HELD_IN_VERBS.has(v.lemmas[j])) continue;
    if (l !== v.lemmas[j] && /(?:ed|en)$/.test(l)) return true;
  }
  return false;
}

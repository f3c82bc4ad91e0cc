import type { DateMention } from "../../annotate/types.js";
import { tokenRange } from "../grammar.js";
import type { SentenceView } from "../types.js";

/** The date a sentence states for itself: a mention that does not premodify a noun. */
export function pickDateIn(v: SentenceView): DateMention | null {
  for (const d of v.dates) {
    const [, b] = tokenRange(v, d);
    const next = v.tokens[b + 1];
    if (next && next.kind === "word" && !/^(with|in|at|on|under|and|when|after|before|to|from|by|as|for|that|amid|during|while|since|of)$/i.test(next.text)) continue;
    return d;
  }
  return null;
}

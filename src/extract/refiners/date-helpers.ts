import type { DateMention } from "../../annotate/types.js";
import { tokenRange } from "../grammar.js";
import { premodifies } from "../slots/date.js";
import type { SentenceView } from "../types.js";

/** The date a sentence states for itself: a mention that does not premodify a noun. */
export function pickDateIn(v: SentenceView, opts: { narrative?: boolean } = {}): DateMention | null {
  for (const d of v.dates) {
    if (opts.narrative) {
      // a bare year or a date inside a relative clause is background ("which began in 2014", "by 2017")
      if (d.precision === "year") continue;
      const [a0] = tokenRange(v, d);
      let rel = false;
      for (let k = a0 - 1; k >= 0 && k >= a0 - 5; k--) if (v.lowers[k] === "which" || v.lowers[k] === "who" || v.lowers[k] === "by") rel = true;
      if (rel) continue;
    }
    const [, b] = tokenRange(v, d);
    const [a] = tokenRange(v, d);
    if (premodifies(v, a, b)) continue;
    return d;
  }
  return null;
}

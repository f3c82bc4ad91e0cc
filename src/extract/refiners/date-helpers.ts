import type { DateMention } from "../../annotate/types.js";
import { tokenRange } from "../grammar.js";
import { premodifies } from "../slots/date.js";
import type { SentenceView } from "../types.js";

/** "since 2019", "since the start of the operation on 21 January": the date opens a span, it does not time an event. */
export function sinceBefore(v: SentenceView, a: number): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 8; k--) {
    if (v.lowers[k] === "since") return true;
    if (v.tokens[k].kind === "punct" && v.tokens[k].text !== "'" && v.tokens[k].text !== "’") return false;
  }
  return false;
}

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
      if (sinceBefore(v, a0)) continue;
    }
    const [, b] = tokenRange(v, d);
    const [a] = tokenRange(v, d);
    if (premodifies(v, a, b)) continue;
    return d;
  }
  return null;
}

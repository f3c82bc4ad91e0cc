// Group: the subject's affiliation, canonical. A group named in the subject
// phrase or the trigger's clause; the document's dominant group is filled in
// later (refiners/inherit-context) for bare nouns like "detainees".

import type { Context } from "../../context.js";
import type { Candidate, SlotFiller } from "../types.js";

export const groupSlot: SlotFiller = {
  name: "slot/group",
  fill(c: Candidate, _ctx: Context) {
    const v = c.view;
    const groups = v.actors.filter((a) => a.kind === "group");
    if (!groups.length) return;
    const t = v.tokens[c.trigger.first];
    let best = null;
    let bestD = Infinity;
    for (const g of groups) {
      // a group that is the actor is not the subject's affiliation
      if (c.actor && g.canonical === c.actor) continue;
      const d = Math.abs(g.start - t.start);
      if (d < bestD) {
        bestD = d;
        best = g;
      }
    }
    if (best && bestD < 200) {
      c.group = best.canonical;
      c.tags.push("slot/group");
    }
  },
};

// Source: the attribution of the sentence ("according to X", "X said"), else
// the nearest preceding attributed sentence of the same paragraph.

import type { Context } from "../../context.js";
import type { Candidate, SlotFiller } from "../types.js";

export const sourceSlot: SlotFiller = {
  name: "slot/source",
  fill(c: Candidate, _ctx: Context) {
    const v = c.view;
    let a = v.attributions[0];
    if (!a) {
      const views = v.info.views;
      for (let k = v.index - 1; k >= 0 && k >= v.index - 3; k--) {
        if (views[k].sentence.paragraph !== v.sentence.paragraph) break;
        if (views[k].attributions.length) {
          a = views[k].attributions[0];
          break;
        }
      }
    }
    if (!a) return;
    c.source = a.canonical ?? a.source;
    c.tags.push("slot/source");
  },
};

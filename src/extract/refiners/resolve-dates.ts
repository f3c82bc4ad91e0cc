// Dates for candidates whose sentence states none: a cumulative or stock
// figure holds at the publication date (implied); an occurred event in a
// narrative continues the date of the sentence before it in the same
// paragraph ("Last month, X announced ... The operation began with ...");
// "a day later" adds one day to the date of the event it follows.

import type { Context } from "../../context.js";
import { pickDateIn } from "./date-helpers.js";
import type { Candidate, Refiner } from "../types.js";

const NEXT_DAY = /\b(?:a day later|the (?:next|following) day|the day after)\b/i;

function precedingWord(c: Candidate, start: number): string {
  const v = c.view;
  for (let k = v.tokens.length - 1; k >= 0; k--) if (v.tokens[k].end <= start) return v.lowers[k];
  return "";
}

export const resolveDates: Refiner = {
  name: "refiner/resolve-dates",
  refine(cands: Candidate[], ctx: Context): Candidate[] {
    let lastDated: Candidate | null = null;
    for (const c of cands) {
      if (c.date) {
        // "450 so far since January": a cumulative figure covers from then to publication
        const m = c.dateMention;
        if (m && c.countKind === "cumulative" && c.view.info.published && !m.value.includes("/") && precedingWord(c, m.start) === "since" && c.view.info.published >= m.value) {
          c.date = `${m.value}/${c.view.info.published}`;
          c.tags.push("refiner/resolve-dates");
        }
        if (!c.dateImplied) lastDated = c;
        continue;
      }
      const v = c.view;
      if (NEXT_DAY.test(v.sentence.text) && lastDated && lastDated.view.index < v.index && /^\d{4}-\d{2}-\d{2}$/.test(lastDated.date!)) {
        const d = new Date(`${lastDated.date}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() + 1);
        c.date = d.toISOString().slice(0, 10);
        c.dateImplied = true;
        c.tags.push("refiner/resolve-dates");
        continue;
      }
      if ((c.countKind === "cumulative" || c.countKind === "stock") && v.info.published) {
        c.date = v.info.published;
        c.dateImplied = true;
        c.tags.push("refiner/resolve-dates");
        ctx.debug("refiner/resolve-dates", () => `${c.type} s${v.index}: ${c.countKind} figure dated by publication ${c.date}`);
        continue;
      }
      if (c.status === "occurred" || c.status === "ongoing") {
        const prev = v.info.views[v.index - 1];
        if (prev && prev.sentence.paragraph === v.sentence.paragraph && !prev.sentence.isHeadline) {
          const d = pickDateIn(prev);
          if (d) {
            c.date = d.value;
            c.dateImplied = true;
            c.tags.push("refiner/resolve-dates");
            ctx.debug("refiner/resolve-dates", () => `${c.type} s${v.index}: date carried from s${prev.index} (${d.value})`);
          }
        }
      }
    }
    return cands;
  },
};

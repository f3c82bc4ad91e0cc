// Dates for candidates whose sentence states none: a cumulative or stock
// figure holds at the publication date (implied); an occurred event in a
// narrative continues the date of the sentence before it in the same
// paragraph ("Last month, X announced ... The operation began with ...");
// "a day later" adds one day to the date of the event it follows.

import type { Context } from "../../context.js";
import { pickDateIn } from "./date-helpers.js";
import type { Candidate, Refiner } from "../types.js";

const SAME_DAY = /\b(?:overnight|today|tonight|this morning|this afternoon|this evening|earlier today)\b/i;
const NEXT_DAY = /\b(?:a day later|the (?:next|following) day|the day after)\b/i;

const SAY = new Set(["say", "said", "says", "tell", "told", "report", "reported", "announce", "announced", "confirm", "confirmed", "add", "added", "state", "stated"]);

function sameClause(c: Candidate, pos: number): boolean {
  const v = c.view;
  const k = v.tokens.findIndex((t) => t.start <= pos && pos < t.end);
  return k >= 0 && v.clause[k] === v.clause[c.trigger.first];
}

/** The date next to a verb of saying in the sentence ("said on Sunday"). */
function attributionDate(c: Candidate) {
  const v = c.view;
  for (const d of v.dates) {
    const k = v.tokens.findIndex((t) => t.start <= d.start && d.start < t.end);
    for (let j = Math.max(0, k - 3); j < k; j++) if (SAY.has(v.lowers[j]) || SAY.has(v.lemmas[j])) return d;
  }
  return null;
}

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
      // a stock holds when it is reported: "said on Sunday", else the publication date; not "seized last week"
      if (c.countKind === "stock" && c.dateMention && !sameClause(c, c.dateMention.start)) {
        const said = attributionDate(c);
        c.dateMention = said;
        c.date = said?.value ?? c.view.info.published;
        c.dateImplied = said ? said.implied : true;
        c.tags.push("refiner/resolve-dates");
        continue;
      }
      if (c.date) {
        // "450 so far since January": a cumulative figure covers from then to publication
        const m = c.dateMention;
        if (m && c.countKind === "cumulative" && c.view.info.published && !m.value.includes("/") && precedingWord(c, m.start) === "since" && c.view.info.published >= m.value) {
          c.date = `${m.value}/${c.view.info.published}`;
          c.tags.push("refiner/resolve-dates");
        }
        if (c.dateMention) lastDated = c;
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
      if (SAME_DAY.test(v.sentence.text) && v.info.published) {
        c.date = v.info.published;
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
        // the story goes on: the sentence before (in one-sentence paragraphs, the one before that) sets the time
        for (let back = 1; back <= 2; back++) {
          const prev = v.info.views[v.index - back];
          if (!prev || prev.sentence.isHeadline) break;
          if (back === 2 && v.info.views[v.index - 1].sentence.paragraph === v.sentence.paragraph) break;
          const d = pickDateIn(prev, { narrative: true });
          if (d) {
            c.date = d.value;
            c.dateImplied = true;
            c.tags.push("refiner/resolve-dates");
            ctx.debug("refiner/resolve-dates", () => `${c.type} s${v.index}: date carried from s${prev.index} (${d.value})`);
            break;
          }
        }
      }
    }
    return cands;
  },
};

// Which candidates are only mentions of an event told elsewhere: a noun
// trigger with nothing of its own (no count, no date, no place), a line of
// top matter (title, kicker, byline), an event used as a time anchor
// ("during the assault"), an attributive participle ("the escaped
// prisoners"). Weak candidates merge into a real one or go.

import type { Context } from "../../context.js";
import { countAtToken } from "../grammar.js";
import { DETERMINERS } from "../../lexicon/function-words.js";
import { isPersonNoun } from "../../lexicon/subjects.js";
import type { Candidate, Refiner, SentenceView } from "../types.js";
import { CONCLUDING_VERBS } from "../../lexicon/agreement-words.js";
import { TIME_PREPOSITIONS } from "../../lexicon/time-words.js";

const FINAL_PUNCTUATION = /[.!?]["”’)]?\s*$/;

/** Lines before the first body sentence that lack final punctuation: titles, kickers, bylines. */
function topMatter(views: SentenceView[]): number {
  for (const v of views) {
    const words = v.tokens.filter((t) => t.kind === "word").length;
    if (FINAL_PUNCTUATION.test(v.sentence.text) && words >= 8) return v.index;
  }
  return 0;
}

/** "reached a deal", "a four-day truce": an indefinite noun introduces a new event. */
function isIndefinite(c: Candidate): boolean {
  const v = c.view;
  for (let k = c.trigger.first - 1; k >= 0 && k >= c.trigger.first - 3; k--) {
    const l = v.lowers[k];
    if (l === "a" || l === "an") return true;
    if (v.tokens[k].kind !== "word" || v.tokens[k].capitalized) return false;
  }
  return false;
}

function isConcluded(c: Candidate): boolean {
  if (c.type !== "agreement") return false;
  const v = c.view;
  const clause = v.clause[c.trigger.first];
  for (let k = Math.max(0, c.trigger.first - 8); k < Math.min(v.tokens.length, c.trigger.last + 16); k++)
    if (v.clause[k] === clause && CONCLUDING_VERBS.has(v.lemmas[k])) return true;
  return false;
}

function isTimeAnchor(c: Candidate): boolean {
  const v = c.view;
  for (let k = c.trigger.first - 1; k >= 0 && k >= c.trigger.first - 5; k--) {
    if (TIME_PREPOSITIONS.has(v.lowers[k])) return true;
    if (v.tokens[k].kind === "punct" && v.tokens[k].text !== "'" && v.tokens[k].text !== "’") return false;
    if (v.tokens[k].kind === "word" && /^(?:to|in|at|of|by|with|from|on)$/.test(v.lowers[k])) return false;
  }
  return false;
}

/**
 * "the escaped prisoners", "200 captured troops", "hundreds of captured soldiers":
 * a participle between a determiner, a count or a preposition and the people it
 * describes names their state, not an event of its own.
 */
function isAttributive(c: Candidate): boolean {
  const v = c.view;
  const t = c.trigger;
  if (t.first === 0) return false;
  const before = v.lowers[t.first - 1];
  const introduced = DETERMINERS.has(before) || countAtToken(v, t.first - 1) !== null;
  if (t.reading === "participle") return introduced;
  if (t.reading !== "verb" || t.first !== t.last || !v.lowers[t.first].endsWith("ed")) return false;
  const next = t.last + 1;
  const describesPeople = next < v.tokens.length && isPersonNoun(v.lemmas[next], v.lowers[next]);
  return describesPeople && (introduced || before === "of");
}

export const mentionStrength: Refiner = {
  name: "refiner/mention-strength",
  refine(cands: Candidate[], ctx: Context): Candidate[] {
    if (cands.length === 0) return cands;
    const bodyFrom = topMatter(cands[0].view.info.views);
    for (const c of cands) {
      const view = c.view;
      c.mention = c.trigger.reading !== "verb" && !isIndefinite(c) && !isConcluded(c);
      if (view.index < bodyFrom && !FINAL_PUNCTUATION.test(view.sentence.text)) c.weak = true;
      // a named agreement gains nothing from the places around it ("credited X with mediating the deal")
      const placed = c.tags.includes("slot/places") && c.type !== "agreement";
      if (c.mention && !c.count && !c.dateMention && !placed) c.weak = true;
      if (c.trigger.reading === "noun" && isTimeAnchor(c)) c.weak = true;
      if (isAttributive(c)) c.weak = true;
      ctx.debug(
        c.tags[0],
        () =>
          `s${view.index} ${c.type} "${c.trigger.text}" (${c.trigger.reading}${c.trigger.passive ? ", passive" : ""}) count=${c.count?.value ?? "-"} status=${c.status}${c.dropped ? ` [${c.dropped}]` : ""}`,
      );
    }
    return cands;
  },
};

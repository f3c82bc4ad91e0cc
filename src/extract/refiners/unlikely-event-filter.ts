// Drops candidates that do not report an event: negated or hypothetical ones
// (marked by slot/status), questions, capacities ("can hold up to 40,000"),
// generic plurals ("carry out attacks"), and reader comments. Says why in the
// debug trace.

import type { Context } from "../../context.js";
import type { Candidate, Refiner } from "../types.js";

const COMMENTS_HEADING = /^(?:\d+\s+(?:comments?|responses?|replies)|comments?|leave a (?:reply|comment)|reader comments|join the discussion)\b/i;
const CAPACITY = /\b(?:capacity|can (?:hold|house|accommodate)|able to (?:hold|house|accommodate)|designed to (?:hold|house)|built (?:to|for))\b/i;
const LINK_LINE = /^(?:related|read more|see also|also read|read also|more on this|recommended|watch|video)\s*[:|»>-]/i;
const GENERIC_TYPES = new Set(["attack", "killing", "arrest", "release", "escape", "transfer"]);

const DESCRIPTIVE_TYPES = new Set(["killing", "attack"]);

/** "The group, which killed hundreds in 2014, ...": a non-restrictive relative clause describes, it does not report. */
function inRelativeClause(c: Candidate): boolean {
  const v = c.view;
  for (let k = c.trigger.first - 1; k >= 1 && k >= c.trigger.first - 6; k--) {
    if (v.tokens[k].kind === "punct") return false;
    if ((v.lowers[k] === "which" || v.lowers[k] === "who") && v.tokens[k - 1].text === ",") return true;
  }
  return false;
}

/** "agreed to release 887", "a deal to free": the release is the content of the agreement. */
function isAgreementComplement(c: Candidate): boolean {
  const v = c.view;
  const k = c.trigger.first;
  if (k < 2 || v.lowers[k - 1] !== "to") return false;
  return ["agree", "deal", "agreement", "accord"].includes(v.lemmas[k - 2]);
}

export function reason(c: Candidate, commentsFrom: number): string | null {
  if (c.dropped) return c.dropped;
  const s = c.view.sentence;
  if (s.index >= commentsFrom) return "reader comment";
  if (LINK_LINE.test(s.text)) return "link to another article";
  if (c.type === "relocation" && !c.origin && !c.destination) return "relocation to or from nowhere named";
  // a planned attack or killing is a plot or a threat, not an event
  if ((c.type === "attack" || c.type === "killing") && c.status === "planned") return "plotted or threatened violence";
  if (c.type !== "agreement" && isAgreementComplement(c)) return "what an agreement provides for (the agreement is the event)";
  if (/\?\s*["”’]?\s*$/.test(s.text)) return "question";
  if (c.type === "holding" && CAPACITY.test(s.text)) return "capacity";
  const t = c.trigger;
  const v = c.view;
  if (DESCRIPTIVE_TYPES.has(c.type) && inRelativeClause(c)) return "description in a relative clause";
  const lower = v.lowers[t.first];
  if (GENERIC_TYPES.has(c.type) && t.reading === "noun" && lower !== v.lemmas[t.first] && lower.endsWith("s") && !c.count) {
    // a bare plural ("deadly attacks", "transfers") names a kind of event, not one
    const prev = v.lowers[t.first - 1] ?? "";
    if (!["the", "these", "those", "its", "their", "his", "her", "our"].includes(prev)) return "generic plural";
  }
  return null;
}

export const unlikelyEventFilter: Refiner = {
  name: "refiner/unlikely-event-filter",
  refine(cands: Candidate[], ctx: Context): Candidate[] {
    if (!cands.length) return cands;
    const views = cands[0].view.info.views;
    let commentsFrom = Infinity;
    for (const v of views) {
      if (COMMENTS_HEADING.test(v.sentence.text.trim()) && v.sentence.text.length < 40) {
        commentsFrom = v.index;
        break;
      }
    }
    return cands.filter((c) => {
      const why = reason(c, commentsFrom);
      if (why) ctx.debug("refiner/unlikely-event-filter", () => `drop ${c.type} s${c.view.index} "${c.trigger.text}": ${why}`);
      return !why;
    });
  },
};

// Status from modality: cues before the trigger in its clause (and, for a
// noun trigger, the verb after it: "trials will continue") make the event
// planned or ongoing. Negation and hypothesis are recorded for the
// unlikely-event filter, which drops those candidates.

import type { Context } from "../../context.js";
import {
  CONDITIONAL_OPENERS,
  CUMULATIVE_CUES,
  HYPOTHETICAL_CUES,
  INFLUENCE_VERBS,
  NEGATION_CUES,
  NON_PLAN_INFINITIVE_HEADS,
  ONGOING_CUES,
  PLANNED_CUES,
  STATE_CUES,
  STOCK_CUES,
} from "../../lexicon/modality.js";
import { clauseEnd, clauseStart, runningTotalAt } from "../grammar.js";
import type { Candidate, SentenceView, SlotFiller } from "../types.js";
import { BE_FINITE, RELATIVE_OPENERS } from "../../lexicon/function-words.js";
import { CONCLUDED_FORMS } from "../../lexicon/agreement-words.js";

type Cues = { single: Set<string>; multi: string[][] };

function compile(list: readonly string[]): Cues {
  const single = new Set<string>();
  const multi: string[][] = [];
  for (const c of list) {
    const parts = c.split(" ");
    if (parts.length === 1) single.add(c);
    else multi.push(parts);
  }
  return { single, multi };
}

const PLANNED = compile(PLANNED_CUES);
const ONGOING = compile(ONGOING_CUES);
const NEGATION = compile(NEGATION_CUES);
const HYPOTHETICAL = compile(HYPOTHETICAL_CUES);
const CUMULATIVE = compile(CUMULATIVE_CUES);
const DEMANDS = compile([
  "urged",
  "urging",
  "urges",
  "urge",
  "called on",
  "calls on",
  "calling on",
  "called for",
  "calls for",
  "demanded",
  "demanding",
  "demands",
  "appealed",
  "appealing",
  "asked",
]);
const AFTER_ONGOING = compile(["ongoing", "under way", "underway", "in progress", "continues", "continue", "continuing"]);
const STOCK = compile(STOCK_CUES);

/** Whether a cue occurs in tokens [a, b]; returns the cue text or null. */
export function findCue(view: SentenceView, cues: Cues, a: number, b: number): string | null {
  for (let k = Math.max(0, a); k <= b && k < view.tokens.length; k++) {
    const w = view.lowers[k];
    if (cues.single.has(w)) {
      if (w === "may" && view.tokens[k].text !== "may") continue; // the month
      // "a man wanted by Iraq", "wanted for murder": the participle of a warrant, not a wish
      if (w === "wanted" && /^(?:by|for|in|on|over|under)$/.test(view.lowers[k + 1] ?? "")) continue;
      return w;
    }
    for (const m of cues.multi) {
      if (m[0] !== w) continue;
      let ok = true;
      for (let j = 1; j < m.length; j++) if (view.lowers[k + j] !== m[j]) ok = false;
      if (ok) return m.join(" ");
    }
  }
  return null;
}

export interface Modality {
  negated: string | null;
  hypothetical: string | null;
  planned: string | null;
  ongoing: string | null;
}

export function modalityOf(c: Candidate): Modality {
  const v = c.view;
  const t = c.trigger;
  const cs = clauseStart(v, t.first);
  const ce = clauseEnd(v, t.last);
  // the verb group after a noun trigger: "trials will continue", "the transfer is ongoing"
  const after = t.reading === "noun" ? Math.min(ce, t.last + 6) : Math.min(ce, t.last + 3);
  const negated = findCue(v, NEGATION, Math.max(cs, t.first - 5), t.first - 1) ?? (t.reading === "noun" ? findCue(v, NEGATION, t.last + 1, after) : null);
  let hypothetical = findCue(v, HYPOTHETICAL, cs, t.first - 1);
  // "If the walls are breached, thousands could escape": a conditional opening governs the sentence
  if (!hypothetical && CONDITIONAL_OPENERS.has(v.lowers[0] ?? "")) hypothetical = v.lowers[0];
  if (!hypothetical) {
    // "hundreds could die if the siege goes on": a modal plus an if-clause anywhere after
    const modal = findCue(v, compile(["could", "might", "may", "would"]), Math.max(cs, t.first - 4), t.first - 1);
    if (modal && findCue(v, compile(["if", "unless"]), t.last + 1, v.tokens.length - 1)) hypothetical = `${modal} ... if`;
  }
  const plannedAfter = t.reading === "noun" ? Math.min(ce, t.last + 12, relativeClauseAt(v, t.last + 1, ce)) : after;
  const plannedBefore = findCue(v, PLANNED, Math.max(cs, t.first - 8), t.first - 1);
  // "signed an agreement under which ...", "announced a ceasefire that will take effect": what follows is its content
  const concluded = c.type === "agreement" && t.reading === "noun" && !plannedBefore && concludedBefore(c);
  const planned =
    plannedBefore ??
    (concluded ? null : findCue(v, PLANNED, t.last + 1, plannedAfter)) ??
    infinitivePlan(c) ??
    // a demand governs the quote it introduces: 'urging countries "to ... bring them home"'
    findCue(v, DEMANDS, 0, t.first - 1);
  // "are being moved", "continue to shell"; after a noun: "the transfer is ongoing"
  const ongoing =
    findCue(v, ONGOING, Math.max(cs, t.first - 3), t.first - 1) ??
    // "have been moving", "has been shelling": a perfect progressive is still going on
    (/ing$/.test(v.lowers[t.first]) && v.lowers[t.first - 1] === "been" ? "been -ing" : null) ??
    findCue(v, AFTER_ONGOING, t.last + 1, Math.min(ce, t.last + (t.reading === "noun" ? 14 : 4))) ??
    (v.lowers[t.first] === "under" ? "under siege" : null);
  return { negated, hypothetical, planned, ongoing };
}

/** The agreement noun is the object of a past verb of conclusion a few words before it. */
function concludedBefore(c: Candidate): boolean {
  const v = c.view;
  const cs = clauseStart(v, c.trigger.first);
  for (let k = c.trigger.first - 1; k >= Math.max(cs, c.trigger.first - 6); k--) if (CONCLUDED_FORMS.has(v.lowers[k])) return true;
  return false;
}

function relativeClauseAt(v: SentenceView, from: number, to: number): number {
  for (let k = from; k <= to && k < v.tokens.length; k++) if (RELATIVE_OPENERS.has(v.lowers[k])) return k - 1;
  return to;
}

/** "a mission to transfer", "plans to move": an infinitive after a noun of intention. */
function infinitivePlan(c: Candidate): string | null {
  const v = c.view;
  const k = c.trigger.first;
  if (k < 2 || v.lowers[k - 1] !== "to") return null;
  const before = v.lemmas[k - 2];
  // "the rebels are to free 20": be + to-infinitive is an arrangement
  if (before === "be" || BE_FINITE.has(v.lowers[k - 2])) return "be to";
  if (NON_PLAN_INFINITIVE_HEADS.has(before)) return null;
  // "pressed foreign governments to take back", "encouraged families to return": influence over someone else's act
  for (let j = k - 2; j >= Math.max(0, k - 7); j--) {
    if (v.tokens[j].kind === "punct") break;
    if (INFLUENCE_VERBS.has(v.lemmas[j]) || INFLUENCE_VERBS.has(v.lowers[j])) return `${v.lowers[j]} ... to`;
  }
  if (
    [
      "mission",
      "campaign",
      "plan",
      "decision",
      "effort",
      "bid",
      "agreement",
      "deal",
      "offer",
      "order",
      "move",
      "proposal",
      "call",
      "negotiation",
      "talk",
      "attempt",
      "push",
      "request",
    ].includes(before)
  )
    return `${before} to`;
  return null;
}

export const statusSlot: SlotFiller = {
  name: "slot/status",
  fill(c: Candidate, _ctx: Context) {
    const m = modalityOf(c);
    if (m.negated) c.dropped = `negated (${m.negated})`;
    else if (m.hypothetical) c.dropped = `hypothetical (${m.hypothetical})`;
    if (m.planned) {
      c.status = "planned";
      c.tags.push("slot/status");
    } else if (m.ongoing && !(c.type === "holding" && STATE_CUES.has(m.ongoing))) {
      c.status = "ongoing";
      c.tags.push("slot/status");
    }
  },
};

/** The kind of figure, where the detector fixed none (a running total fixes its own). */
export const countKindSlot: SlotFiller = {
  name: "slot/count-kind",
  fill(c: Candidate): void {
    c.countKind ??= countKindOf(c);
  },
};

/** How the figure relates to what it measures. */
export function countKindOf(c: Candidate): Candidate["countKind"] {
  if (!c.count) return null;
  if (c.status === "planned") return "planned";
  if (c.type === "holding") return "stock";
  const v = c.view;
  // "carried 300, bringing the total since March to 1,100": the cue belongs to the total, not the batch
  const total = runningTotalAt(v);
  const end = total && c.trigger.first < total.verb ? total.verb - 1 : v.tokens.length - 1;
  if (findCue(v, CUMULATIVE, 0, end)) return "cumulative";
  const cs = clauseStart(v, c.trigger.first);
  const ce = clauseEnd(v, c.trigger.last);
  if (findCue(v, STOCK, cs, ce)) return "stock";
  return "one_off";
}

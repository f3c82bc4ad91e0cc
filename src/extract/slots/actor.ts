// Actor: who carried the event out — the agent of an active verb, "by X" of a
// passive, "fell to X" of a takeover, the receiving state of "X has received".

import type { Context } from "../../context.js";
import { headAfter, tokenRange, type Head } from "../grammar.js";
import { agentOf } from "../detectors/base.js";
import { COUNTRY_NAMES } from "./places.js";
import type { Candidate, SentenceView, SlotFiller } from "../types.js";

const AGENT_TAILS = new Set(["forces", "force", "troops", "army", "police", "authorities", "government", "fighters", "militants", "officials", "security", "military", "units", "guards"]);

export function nameAt(view: SentenceView, h: Head): string | null {
  const tok = view.tokens[h.index];
  for (const a of view.actors) if (a.start <= tok.start && tok.end <= a.end) return a.canonical;
  // "Syrian government forces": the actor ends at the head
  for (const a of view.actors) {
    const [, last] = tokenRange(view, a);
    if (last === h.index - 1 || last === h.index - 2) {
      const tail = view.doc.text.slice(a.end, tok.end).trim();
      if (/^[A-Za-z ]+$/.test(tail) && tail.split(" ").every((w) => AGENT_TAILS.has(w.toLowerCase()))) return `${a.canonical} ${tail}`.trim();
    }
  }
  for (const p of view.places) if (p.start <= tok.start && tok.end <= p.end && p.kind === "country") return COUNTRY_NAMES[p.country] ?? p.name;
  return null;
}

export const actorSlot: SlotFiller = {
  name: "slot/actor",
  fill(c: Candidate, _ctx: Context) {
    const v = c.view;
    const t = c.trigger;
    let head: Head | null = null;
    if (c.type === "takeover" && v.lemmas[t.first] === "fall") head = headAfter(v, t.last + 1);
    else head = agentOf(v, t);
    if (!head) return;
    const name = nameAt(v, head);
    if (name) {
      c.actor = name;
      c.tags.push("slot/actor");
    }
  },
};

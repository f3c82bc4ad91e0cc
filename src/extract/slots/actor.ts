// Actor: who carried the event out — the agent of an active verb, "by X" of a
// passive, "fell to X" of a takeover, the receiving state of "X has received".

import type { Context } from "../../context.js";
import { headAfter, phraseEndingAt, tokenRange, type Head } from "../grammar.js";
import { agentOf } from "../detectors/base.js";
import { countryName } from "./places.js";
import type { Candidate, SentenceView, SlotFiller } from "../types.js";

/** Bodies that act: "the army shelled", "the court sentenced". */
const INSTITUTIONS = new Set(["army", "police", "military", "government", "authority", "ministry", "coalition", "regime", "navy", "administration", "command", "court", "judiciary", "tribunal", "council", "parliament", "cabinet", "state", "group", "movement"]);

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
  for (const p of view.places) if (p.start <= tok.start && tok.end <= p.end && p.kind === "country") return countryName(p.country);
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
    // a named actor; otherwise the agent phrase in the article's words ("Syrian troops")
    const name = nameAt(v, head) ?? (head.kind === "person" || head.kind === "name" || INSTITUTIONS.has(head.lemma) ? phraseEndingAt(v, head.index) : null);
    if (name) {
      c.actor = name;
      c.tags.push("slot/actor");
    }
  },
};

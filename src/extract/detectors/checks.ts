// Small checks the detectors share: what the trigger's theme is, and
// readings that describe a state rather than an event.

import type { TriggerContext } from "./base.js";
import { STOCK_WORDS } from "../../lexicon/modality.js";

export const theme = {
  /** The theme is a thing, not people: "released a statement", "moved equipment". */
  isThing(t: TriggerContext): boolean {
    return t.theme?.kind === "nonperson";
  },
  isPerson(t: TriggerContext): boolean {
    return t.theme?.kind === "person" || t.theme?.kind === "first-person" || (t.theme?.kind === "pronoun" && t.theme.lemma !== "it");
  },
  isFirstPerson(t: TriggerContext): boolean {
    return t.theme?.kind === "first-person";
  },
  /** A named place or facility is the theme: "captured Raqqa" is a takeover, not an arrest. */
  isPlace(t: TriggerContext): boolean {
    if (!t.theme) return false;
    if (t.theme.kind === "facility") return true;
    const tok = t.view.tokens[t.theme.index];
    return t.view.places.some((p) => p.start <= tok.start && tok.end <= p.end && p.kind !== "demonym");
  },
  /** "handed back to state control" is a takeover. */
  mentionsControl(t: TriggerContext): boolean {
    const v = t.view;
    for (let k = t.trigger.last + 1; k < Math.min(v.tokens.length, t.trigger.last + 7); k++) if (v.lemmas[k] === "control") return true;
    return false;
  },
  /** "militants detained in Syria": a participle describing where people are. */
  isStateParticiple(t: TriggerContext): boolean {
    const next = t.view.lowers[t.trigger.last + 1];
    return t.trigger.reading === "participle" && (next === "in" || next === "at" || next === "inside" || next === "by");
  },
  /** A past "held"/"housed" describes an old stock unless a stock cue makes it current. */
  isPastWithoutStock(t: TriggerContext): boolean {
    const v = t.view;
    const k = t.trigger.first;
    const lower = v.lowers[k];
    if (!(lower.endsWith("ed") || lower === "held" || lower === "kept")) return false;
    // "remained in the camp" is itself a stock verb
    if (v.lemmas[k] === "remain") return false;
    // "held 950 at the time of the riot", "as of March, the camp registered 9,000": a stock dated to a moment
    const text = v.sentence.text.toLowerCase();
    if (text.includes("at the time") || /\bas of\b/.test(text)) return false;
    for (let j = Math.max(0, k - 3); j < k; j++) if (STOCK_WORDS.has(v.lowers[j])) return false;
    return true;
  },
};

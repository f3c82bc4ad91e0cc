// Who holds a facility, from what reports say: takeover records tied to it
// and the sentences that name it. Each controller named in such a sentence
// is read by the words around it (the cue tables are in
// lexicon/controllers.ts):
//   gain      "fell to X", "handed over to X", the actor of a takeover;
//   loss      "X ... no longer able to hold", "seized from X";
//   held      "the X-run camp", "run by X", "now under X control";
//   held-before  "previously run by X": the holder before a change.
// The observations then become intervals (timeline.ts).

import { CONTROLLERS, GAINED_BY, HELD_BY, HELD_SUFFIXES, LOST_BY, PAST_HOLD_MARKERS, TAKEN_FROM, UNDER_CONTROL } from "../../lexicon/controllers.js";

export type ControlCue = "gain" | "loss" | "held" | "held-before";

export interface ControllerMention {
  controller: string;
  start: number;
  end: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
const ALIASES = CONTROLLERS.flatMap((c) => c.aliases.map((a) => ({ a, name: c.name }))).sort((x, y) => y.a.length - x.a.length);
const OWNER = new Map(ALIASES.map(({ a, name }) => [a.toLowerCase(), name]));
/** Capitalised aliases match as written; lower-case ones in any case ("government forces", "Government forces"). */
const CONTROLLER_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALIASES.map(({ a }) => escapeRe(a)).join("|")})(?![\\p{L}\\p{N}])`, "giu");

/** The controllers a sentence names, longest alias first, without overlaps. */
export function findControllers(text: string): ControllerMention[] {
  const out: ControllerMention[] = [];
  for (const m of text.matchAll(CONTROLLER_RE)) {
    const written = ALIASES.find(({ a }) => a.toLowerCase() === m[0].toLowerCase().replace(/\s+/g, " "));
    if (!written) continue;
    // an alias written with capitals must be capitalised in the text ("SDF", not "sdf")
    if (/\p{Lu}/u.test(written.a) && written.a[0] !== m[0][0] && !/^the\b/i.test(written.a)) continue;
    out.push({ controller: OWNER.get(written.a.toLowerCase())!, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The controller an actor's name stands for, or null. */
export function controllerOf(actor: string | null | undefined): string | null {
  if (!actor) return null;
  const found = findControllers(actor);
  return found.length ? found[0].controller : null;
}

const phrase = (list: string[]) => list.map(escapeRe).join("|");
const BEFORE_GAIN = new RegExp(`(?:${phrase(GAINED_BY)})\\s+(?:the\\s+)?$`, "i");
const BEFORE_HELD = new RegExp(`(?:${phrase(HELD_BY)})\\s+(?:the\\s+)?$`, "i");
const PAST = new RegExp(`(?:${phrase(PAST_HOLD_MARKERS)})\\s+(?:${phrase(HELD_BY)})\\s+(?:the\\s+)?$`, "i");
const BEFORE_FROM = new RegExp(`\\b(?:${phrase(TAKEN_FROM)})\\s+$`, "i");
const PAST_ADJECTIVE = new RegExp(`\\b(?:${phrase(PAST_HOLD_MARKERS)})\\s+(?:the\\s+)?$`, "i");
const AFTER_HELD = new RegExp(`^-(?:${phrase(HELD_SUFFIXES)})\\b`, "i");
const BEFORE_UNDER = new RegExp(`\\b(?:${phrase(UNDER_CONTROL)})\\s+(?:the\\s+)?$`, "i");
const AFTER_CONTROL = /^\s+control\b/i;
const AFTER_LOST = new RegExp(`^(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:${phrase(LOST_BY)})\\b`, "iu");

/** How a controller named at `m` in `text` relates to the facility the sentence names; null when the words say nothing. */
export function cueOf(text: string, m: ControllerMention): ControlCue | null {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 60);
  if (PAST.test(before)) return "held-before";
  if (BEFORE_GAIN.test(before)) return "gain";
  if (BEFORE_FROM.test(before)) return "loss";
  if (BEFORE_HELD.test(before)) return "held";
  if (AFTER_HELD.test(after)) return PAST_ADJECTIVE.test(before) ? "held-before" : "held";
  if (BEFORE_UNDER.test(before) && AFTER_CONTROL.test(after)) return "held";
  if (AFTER_LOST.test(after)) return "loss";
  return null;
}

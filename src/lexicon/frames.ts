// A story's frame: the kind of event a whole report is about, from words that
// name it unambiguously. In a report about a prisoner swap, "Ukraine returned
// 49 soldiers" is a leg of the swap; in a report about deportations, "60,000
// Afghans left Pakistan" is people going home. A frame holds when its words
// come at least FRAME_MIN_MENTIONS times and more often than any other frame's.

import type { EventType } from "../types.js";

export const FRAME_MIN_MENTIONS = 2;

/** Lemmas (or lower-case forms) that name a frame's event outright. */
export const FRAME_CUES: Partial<Record<EventType, readonly string[]>> = {
  exchange: ["swap", "exchange", "captivity", "pow", "pows", "prisoner-of-war", "prisoners-of-war"],
  repatriation: ["repatriate", "repatriation", "deport", "deportation", "deportee", "returnee", "expel", "expulsion", "expellee", "undocumented", "illegally"],
};

// The extract stage: detectors propose records sentence by sentence, then
// refiners merge, resolve and filter them. SCAFFOLD: replaced by the engine.

import type { Context } from "../context.js";
import type { Annotations } from "../annotate/types.js";
import type { ExtractedEvent } from "../types.js";

/** Bumped whenever extraction output may change; stored with every event. */
export const EXTRACTOR_VERSION = "0.0.0";

export function extractEvents(_doc: Annotations, _ctx: Context): ExtractedEvent[] {
  return [];
}

// Relative timestamps of the page ("3 hours ago", "Updated 20 minutes ago"):
// they cannot date the article and are not part of it.
import { lineRule } from "../state.js";

const AGO =
  /^[^\p{L}\p{N}]*(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago[^\p{L}\p{N}]*$/iu;

export const relativeTime = lineRule("clean/relative-time", (text) => AGO.test(text), 60);

// Runs annotation and extraction over a text written in a test, with the
// publication date the test gives (never today's).

import { annotate } from "../src/annotate/index.js";
import { createContext } from "../src/context.js";
import { extractEvents } from "../src/extract/index.js";
import type { ExtractedEvent } from "../src/types.js";

export function extractText(text: string, published: string | null, debug = false): ExtractedEvent[] {
  const ctx = createContext({ docId: "t", published, debug });
  return extractEvents(annotate(text, ctx), ctx);
}

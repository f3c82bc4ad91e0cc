// Runs annotation and extraction over a text written in a test, with the
// publication date the test gives (never today's).

import { annotate } from "../src/annotate/index.js";
import { createContext } from "../src/context.js";
import { extractEvents } from "../src/extract/index.js";
import { expect } from "vitest";
import type { EventType, ExtractedEvent } from "../src/types.js";

export function extractText(text: string, published: string | null, debug = false): ExtractedEvent[] {
  const ctx = createContext({ docId: "t", published, debug });
  return extractEvents(annotate(text, ctx), ctx);
}

/** The one event of a type among the events (fails the test when there is none or more than one). */
export function one(events: ExtractedEvent[], type: EventType): ExtractedEvent {
  const found = events.filter((e) => e.type === type);
  expect(
    found.map((e) => e.type),
    `one ${type} among ${events.map((e) => e.type).join(", ")}`,
  ).toEqual([type]);
  return found[0];
}

// A date before a noun ("the Tuesday night attack") belongs to that noun: it
// times the attack, and what happened during it.

import { expect, it } from "vitest";
import { textDocument } from "../src/ingest/text.js";
import { processDocument } from "../src/pipeline.js";

function eventsOf(text: string) {
  const raw = textDocument("t", "t.txt", Buffer.from(text), text, []);
  raw.meta.published = "2022-07-08";
  return processDocument(raw).events;
}

it("dates an escape told as happening during a dated attack", () => {
  const events = eventsOf("The prison service named 69 inmates who escaped from the Kuje centre during the Tuesday night attack by gunmen.");
  expect(events.find((e) => e.type === "escape")?.date).toBe("2022-07-05");
});

it("keeps a date that modifies another noun off the event", () => {
  const events = eventsOf("Police arrested 12 men in Abuja, officials said, citing a Tuesday statement of the prison service.");
  expect(events.find((e) => e.type === "arrest")?.date ?? null).not.toBe("2022-07-05");
});

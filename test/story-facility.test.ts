// Where a jailbreak happened: the prison named in its sentence, even before a
// time phrase ("stormed X jail this afternoon"), or the one prison the story
// is about when the sentence names none.

import { describe, expect, it } from "vitest";
import { textDocument } from "../src/ingest/text.js";
import { processDocument } from "../src/pipeline.js";

function eventsOf(text: string) {
  const raw = textDocument("t", "t.txt", Buffer.from(text), text, []);
  raw.meta.published = "2024-08-05";
  return processDocument(raw).events;
}

describe("the prison of a jailbreak", () => {
  it("is the one named before a time phrase", () => {
    const events = eventsOf("A crowd attacked Sherpur district jail this afternoon and set the gates on fire. Guards said the inmates fled.");
    const attack = events.find((e) => e.type === "attack");
    expect(attack?.location?.name).toBe("Sherpur district jail");
  });

  it("is the prison the story is about when the sentence names none", () => {
    const events = eventsOf(
      "Officials at Sherpur district jail counted the cells on Tuesday. The jail had held 518 inmates and prisoners awaiting trial. " +
        "On Monday night the escape of all 518 inmates was reported by the police.",
    );
    const escaped = events.find((e) => e.type === "escape");
    expect(escaped?.location?.name).toBe("Sherpur district jail");
  });
});

// A question reports nothing, also when it is quoted and the sentence goes on
// to say who asked it.

import { expect, it } from "vitest";
import { textDocument } from "../src/ingest/text.js";
import { processDocument } from "../src/pipeline.js";

function typesOf(text: string) {
  const raw = textDocument("t", "t.txt", Buffer.from(text), text, []);
  raw.meta.published = "2022-07-08";
  return processDocument(raw).events.map((e) => e.type);
}

it("reads no attack in a quoted question followed by who asked it", () => {
  expect(typesOf("“How can armed men attack a prison in the capital and leave unseen?” asked the senator on Friday.")).not.toContain("attack");
  expect(typesOf("Armed men attacked a prison in the capital on Tuesday night, the senator said on Friday.")).toContain("attack");
});

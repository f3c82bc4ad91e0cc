// A death toll counts the dead: "25 people were killed and 121 others were
// injured" is 25, not 121.

import { expect, it } from "vitest";
import { textDocument } from "../src/ingest/text.js";
import { processDocument } from "../src/pipeline.js";

function killings(text: string) {
  const raw = textDocument("t", "t.txt", Buffer.from(text), text, []);
  raw.meta.published = "2023-06-02";
  return processDocument(raw).events.filter((e) => e.type === "killing");
}

it("does not take the count of the wounded for the dead", () => {
  const [k] = killings("Border guards opened fire at the crossing on Thursday: 25 people were killed and 121 others were injured, a monitor said.");
  expect(k?.count?.value).toBe(25);
});

it("leaves a toll unstated rather than take the wounded's count", () => {
  const events = killings("Gunmen stormed the jail on Tuesday night. One guard was killed and three others wounded in the assault.");
  expect(events.map((e) => e.count?.value ?? null)).not.toContain(3);
});

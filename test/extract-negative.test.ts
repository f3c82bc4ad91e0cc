// Every line of test/negative-sentences.txt must yield no event: questions,
// negations, conditionals, capacities, generic statements, comments,
// unrelated news. Precision counts as much as recall.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotate } from "../src/annotate/index.js";
import { createContext } from "../src/context.js";
import { extractEvents } from "../src/extract/index.js";

const lines = readFileSync(join(__dirname, "negative-sentences.txt"), "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"));

describe("negative sentences", () => {
  it("has a list", () => expect(lines.length).toBeGreaterThanOrEqual(30));
  for (const line of lines) {
    it(line, () => {
      const ctx = createContext({ docId: "negative", published: "2026-01-15", debug: true });
      const events = extractEvents(annotate(line, ctx), ctx);
      if (events.length) console.log(ctx.trace.join("\n"));
      expect(events.map((e) => `${e.type}: ${e.evidence[0]?.text}`)).toEqual([]);
    });
  }
});

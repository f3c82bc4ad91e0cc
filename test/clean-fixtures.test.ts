// Replays every cleaning fixture: test/fixtures/clean-<behaviour>/ holds
// source.txt|html, meta.json and expected-clean.txt. Regenerate one with
// `node scripts/add-fixture.mjs <behaviour> --update` and review the diff.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readOne } from "../src/ingest/index.js";
import { cleanDocument } from "../src/clean/index.js";

const root = resolve(__dirname, "fixtures");
const slugs = readdirSync(root).filter((d) => d.startsWith("clean-") && existsSync(join(root, d, "meta.json")));

describe("cleaning fixtures", () => {
  it("has fixtures to replay", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(8);
  });

  for (const slug of slugs) {
    it(slug, async () => {
      const dir = join(root, slug);
      const source = readdirSync(dir).find((f) => f.startsWith("source."));
      expect(source, `${slug} has no source file`).toBeDefined();
      const outcome = await readOne(join(dir, source!), undefined, "source");
      if (!outcome.ok) throw new Error(`${slug}: ${outcome.problem}`);
      const cleaned = cleanDocument(outcome.doc);
      const expected = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"));
      const trace = cleaned.removed
        .filter((r) => r.rule !== "clean/whitespace")
        .map((r) => `  ${r.rule} [${r.start},${r.end}) ${JSON.stringify(r.text.slice(0, 70))}`)
        .join("\n");
      expect(cleaned.cleanText + "\n", `cleaned text of ${slug}; removed:\n${trace}`).toBe(readFileSync(join(dir, "expected-clean.txt"), "utf8"));
      expect(cleaned.meta.published).toBe(expected.published);
      expect(cleaned.meta.publishedRule).toBe(expected.publishedRule);
      expect(cleaned.meta.title).toBe(expected.title);
      if ("dateline" in expected) expect(cleaned.meta.dateline).toBe(expected.dateline);
      if ("outlet" in expected) expect(cleaned.meta.outlet).toBe(expected.outlet);
      if (expected.removedRules) {
        const rules = [...new Set(cleaned.removed.map((r) => r.rule))].filter((r) => r !== "clean/whitespace").sort();
        expect(rules).toEqual(expected.removedRules);
      }
      // Every removed span is the raw text at its offsets.
      for (const r of cleaned.removed) expect(cleaned.text.slice(r.start, r.end)).toBe(r.text);
    });
  }
});

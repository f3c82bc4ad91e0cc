// The example corpus reads and cleans without a problem: every article
// keeps its body, loses its page furniture, and has a publication date
// except the one written without any.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/clean/index.js";
import { listSources, readSources } from "../src/ingest/index.js";
import type { CleanedDocument } from "../src/types.js";

const corpus = resolve(__dirname, "../examples/corpus");

describe("example corpus", async () => {
  const docs: CleanedDocument[] = [];
  const problems: string[] = [];
  const skipped: string[] = [];
  for await (const o of readSources([corpus])) {
    if (o.ok) docs.push(cleanDocument(o.doc));
    else if (o.skipped) skipped.push(`${o.file}: ${o.problem}`);
    else problems.push(`${o.file}: ${o.problem}`);
  }
  const byId = new Map(docs.map((d) => [d.meta.id, d]));

  it("reads every article once, manifest entries through the manifest", async () => {
    expect(problems).toEqual([]);
    expect(skipped).toEqual([`${join(corpus, "README.md")}: skipped (unsupported file type .md)`]);
    expect(docs.length).toBeGreaterThanOrEqual(14);
    expect(docs.length).toBeLessThanOrEqual(18);
    expect(new Set(docs.map((d) => d.meta.id)).size).toBe(docs.length);
    const listed = await listSources([corpus]);
    expect(listed.some((f) => f.endsWith("manifest.jsonl"))).toBe(true);
    expect(listed.some((f) => f.endsWith("README.md"))).toBe(false);
    expect(docs.filter((d) => d.meta.format === "manifest")).toHaveLength(3);
    expect(docs.filter((d) => d.meta.format === "html").length).toBeGreaterThanOrEqual(3);
  });

  it("keeps articles between 2 and 5 KB", () => {
    for (const f of readdirSync(corpus).filter((f) => /\.(txt|html)$/.test(f))) {
      const size = statSync(join(corpus, f)).size;
      expect(size, f).toBeGreaterThanOrEqual(2000);
      expect(size, f).toBeLessThanOrEqual(5 * 1024);
    }
  });

  it("finds a publication date for all but the undated article", () => {
    const undated = docs.filter((d) => d.meta.published === null).map((d) => d.meta.id);
    expect(undated).toEqual(["17-undated-repatriation"]);
    expect(byId.get("kirkuk-herald-arrests")?.meta.publishedRule).toBe("manifest");
    expect(byId.get("damascus-review-agreement")?.meta.publishedRule).toBe("byline");
    expect(byId.get("05-newsroom-hub-spun-rewrite")?.meta.published).toBe("2026-02-13");
  });

  it("leaves no page furniture in the cleaned text", () => {
    const markers = [
      /Ad Space/,
      /\bViews\b/,
      /Stay informed/,
      /Listen to the article/,
      /^0:00$/m,
      /Comments$/m,
      /Leave A Reply/,
      /All rights reserved/,
      /©/,
      /Loading recommendations/,
      /class="/,
      /^(Top|News|logo|Home|Menu)$/m,
      /Fact Checker/,
      /'s Photo$/m,
    ];
    for (const d of docs) for (const re of markers) expect(d.cleanText, `${d.meta.id} ${re}`).not.toMatch(re);
  });

  it("keeps the headline (first, or as the title of an HTML page) and every paragraph of the body", () => {
    for (const d of docs) {
      expect(d.meta.title, d.meta.id).toBeTruthy();
      // an HTML page's headline is its title, taken out of the body; a text keeps it as its first line
      const movedToTitle = d.removed.some((r) => r.rule === "clean/headline");
      if (movedToTitle) expect(d.cleanText, d.meta.id).not.toContain(d.meta.title!);
      else expect(d.cleanText.split("\n")[0], d.meta.id).toBe(d.meta.title);
      const long = d.cleanText.split("\n").filter((l) => l.split(" ").length >= 12);
      expect(long.length, d.meta.id).toBeGreaterThanOrEqual(6);
    }
  });

  it("the syndicated copy carries the original's body word for word", () => {
    const original = byId
      .get("01-levant-wire-first-transfer")!
      .cleanText.split("\n")
      .filter((l) => l.length > 80);
    const copy = byId.get("04-gulf-digest-syndicated-copy")!.cleanText;
    for (const para of original.slice(0, -1)) expect(copy).toContain(para);
  });

  it("is described in its README", () => {
    const readme = readFileSync(join(corpus, "README.md"), "utf8");
    for (const f of readdirSync(corpus).filter((f) => /\.(txt|html)$/.test(f))) expect(readme, f).toContain(f);
  });
});

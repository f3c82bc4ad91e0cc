// Cleaning the real scraped seeds in ../shared/seeds (the suite is skipped
// when the folder is absent).
// Assertions use boilerplate markers, counts and dates only: no article text.

import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/clean/index.js";
import { readOne } from "../src/ingest/index.js";
import type { CleanedDocument } from "../src/types.js";

const seeds = resolve(__dirname, "../../shared/seeds");
const present = existsSync(seeds);

const EXPECTED: Record<string, { published: string | null; rule: string | null }> = {
  "000": { published: "2025-10-26", rule: "emoji-line" },
  "001": { published: "2025-02-06", rule: "byline" },
  "002": { published: null, rule: null },
  "003": { published: "2026-02-02", rule: "crawler-header" },
  "004": { published: null, rule: null },
};

/** Lines that are never article text. */
const BOILERPLATE = [
  /Ad Space/i,
  /\d+\s+Views\b/,
  /Breaking News/,
  /Stay informed/,
  /External Source/,
  /print-icon/,
  /Listen to the article/,
  /^0:00$/m,
  /^\d+ Comments$/m,
  /^\s*\d\.\s/m,
  /\bon$/m,
  /Leave A Reply/i,
  /All rights reserved/i,
  /©/,
  /\bLLC\b/,
  /Fact Checker/,
  /Verify the accuracy/,
  /Loading recommendations/,
  /class="/,
  /auto-internal-link/,
  /'s Photo$/m,
  /^by [A-Z]/m,
  /^Authored/m,
  /^Via /m,
  /^(News|Top|logo|Home|Company|USA)$/m,
  /file image/,
  /\d{5}$/m,
  /^[📰📅🕒👁🌐📍]/mu,
];

/** Rules allowed to remove a long line (a paragraph-sized line) in these seeds. */
const LONG_LINE_RULES = new Set(["clean/banner", "clean/reader-comments", "clean/footer", "clean/repeated-paragraph", "clean/fact-checker"]);

describe.skipIf(!present)("the five seeds", async () => {
  const files = present
    ? readdirSync(seeds)
        .filter((f) => f.endsWith(".txt"))
        .sort()
    : [];
  const docs = new Map<string, CleanedDocument>();
  for (const f of files) {
    const o = await readOne(join(seeds, f));
    if (o.ok) docs.set(f.slice(0, 3), cleanDocument(o.doc));
  }

  it("reads all five", () => {
    expect([...docs.keys()]).toEqual(["000", "001", "002", "003", "004"]);
  });

  it("removes boilerplate from every seed and keeps most of its text", () => {
    for (const [k, doc] of docs) {
      expect(doc.removed.filter((r) => r.rule !== "clean/whitespace").length, k).toBeGreaterThan(0);
      expect(doc.cleanText.length, k).toBeLessThan(doc.text.length);
      // 004, the most cluttered, keeps two thirds (its comments and footer go).
      expect(doc.cleanText.length / doc.text.length, k).toBeGreaterThan(0.6);
    }
  });

  it("finds the publication dates, or none", () => {
    for (const [k, doc] of docs) {
      expect(doc.meta.published, k).toBe(EXPECTED[k].published);
      expect(doc.meta.publishedRule, k).toBe(EXPECTED[k].rule);
    }
  });

  it("leaves no ad, widget, counter, comment or footer line", () => {
    for (const [k, doc] of docs) for (const re of BOILERPLATE) expect(doc.cleanText, `${k} ${re}`).not.toMatch(re);
  });

  it("keeps every paragraph-sized line unless it is a banner, a comment, a footer or a repeat", () => {
    const dropped: Record<string, number> = {};
    for (const [k, doc] of docs) {
      let start = 0;
      for (const line of doc.text.split("\n")) {
        const end = start + line.length;
        const words = line.split(/\s+/).filter(Boolean).length;
        if (words >= 12) {
          const covered = doc.removed
            .filter((r) => r.rule !== "clean/whitespace" && r.start < end && r.end > start)
            .map((r) => ({ chars: Math.min(end, r.end) - Math.max(start, r.start), rule: r.rule }));
          const chars = covered.reduce((n, c) => n + c.chars, 0);
          if (chars > line.length * 0.2) {
            for (const c of covered) expect(LONG_LINE_RULES.has(c.rule), `${k}: ${c.rule} removed a long line`).toBe(true);
            dropped[k] = (dropped[k] ?? 0) + 1;
          }
        }
        start = end + 1;
      }
    }
    // 000: the banner; 001: the headline printed twice; 003: the repeated paragraph; 004: six comments, the fact-check pitch and the publisher's blurb.
    expect(dropped).toEqual({ "000": 1, "001": 1, "003": 1, "004": 8 });
  });

  it("removes the six reader comments and the publisher footer of 004", () => {
    const doc = docs.get("004")!;
    const comments = doc.removed
      .filter((r) => r.rule === "clean/reader-comments")
      .map((r) => r.text)
      .join("");
    expect(comments.match(/^\s*\d\.\s/gm)).toHaveLength(6);
    expect(comments.match(/\bon\s*$/gm)).toHaveLength(3);
    const footer = doc.removed
      .filter((r) => r.rule === "clean/footer")
      .map((r) => r.text)
      .join("");
    expect(footer).toMatch(/All rights reserved/);
    expect(footer).toMatch(/\d{5}/);
    expect(doc.cleanText.trimEnd().endsWith(".")).toBe(true);
  });

  it("keeps one copy of the repeated paragraph of 003", () => {
    const doc = docs.get("003")!;
    const repeats = doc.removed.filter((r) => r.rule === "clean/repeated-paragraph");
    expect(repeats).toHaveLength(1);
    const para = repeats[0].text.trim();
    expect(doc.cleanText.split(para)).toHaveLength(2);
    const lines = doc.cleanText.split("\n").filter(Boolean);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it("keeps the headline as the title and first line", () => {
    for (const [k, doc] of docs) {
      expect(doc.meta.title, k).toBeTruthy();
      expect(doc.cleanText.split("\n")[0], k).toBe(doc.meta.title);
      expect(doc.cleanText.split(doc.meta.title!).length - 1, `${k}: headline once`).toBe(1);
    }
  });

  it("repairs the broken link in 000 into a capitalised word", () => {
    const doc = docs.get("000")!;
    const fragment = doc.removed.find((r) => r.rule === "clean/markup-fragment");
    expect(fragment?.text).toMatch(/^[a-z]+\/" class="[^"]+">$/);
    const word = fragment!.text.split("/")[0];
    const cap = word[0].toUpperCase() + word.slice(1);
    expect(doc.cleanText).toContain(`${cap} `);
  });

  it("records every removed span with its raw text", () => {
    for (const doc of docs.values()) {
      for (const r of doc.removed) expect(doc.text.slice(r.start, r.end)).toBe(r.text);
      const removedChars = doc.removed.reduce((n, r) => n + r.end - r.start, 0);
      expect(doc.cleanText.length + removedChars).toBe(doc.text.length);
    }
  });
});

import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MAX_SENTENCE_CHARS, splitSentences } from "./sentences.js";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("marks a title-like first line as the headline and keeps offsets exact", () => {
    const doc = "Kurdish Forces Hand Over Prison Near Raqqa\n\nThe handover took place on Monday. Guards left the site.\n";
    const ss = splitSentences(doc);
    expect(ss.map((s) => s.text)).toEqual(["Kurdish Forces Hand Over Prison Near Raqqa", "The handover took place on Monday.", "Guards left the site."]);
    expect(ss[0].isHeadline).toBe(true);
    expect(ss[1].isHeadline).toBe(false);
    for (const s of ss) expect(doc.slice(s.start, s.end)).toBe(s.text);
    expect(ss.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    expect(ss.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it("does not take a first line ending in a period, or a lone date, for a headline", () => {
    expect(splitSentences("Officials met on Monday.\nThey talked.")[0].isHeadline).toBe(false);
    expect(splitSentences("Tuesday, 4 June 2024\nA short note.")[0].isHeadline).toBe(false);
  });

  it("ends a sentence at a line break without final punctuation", () => {
    expect(texts("Photo caption without a stop\nThe report said more. It ended")).toEqual([
      "Photo caption without a stop",
      "The report said more.",
      "It ended",
    ]);
  });

  it("joins a line that is cut mid-sentence by a hard wrap", () => {
    const doc = "Guards at the facility said that the inmates had been moved to\nanother prison in the north overnight. Nobody was hurt.";
    expect(texts(doc)).toEqual(["Guards at the facility said that the inmates had been moved to\nanother prison in the north overnight.", "Nobody was hurt."]);
  });

  it("does not break after titles, ranks, months, initials or dotted acronyms", () => {
    const doc =
      "Maj. Gen. Lina Carter met Lt. Col. Omar Haddad on Feb. 3 in St. Louis. The U.N. envoy and J. R. Mills joined Dr. Ames of Acme Inc. in the talks. No. 4 camp stayed shut.";
    expect(texts(doc)).toEqual([
      "Maj. Gen. Lina Carter met Lt. Col. Omar Haddad on Feb. 3 in St. Louis.",
      "The U.N. envoy and J. R. Mills joined Dr. Ames of Acme Inc. in the talks.",
      "No. 4 camp stayed shut.",
    ]);
  });

  it("ends after an acronym when the next word opens a sentence", () => {
    expect(texts("The request went to the U.S. The reply came a week later.")).toEqual(["The request went to the U.S.", "The reply came a week later."]);
  });

  it("keeps closing quotes with the sentence they end", () => {
    expect(texts('“We will not stay here.” He left. She said: "It is over." Then silence.')).toEqual([
      "“We will not stay here.”",
      "He left.",
      'She said: "It is over."',
      "Then silence.",
    ]);
    expect(texts("The cells were full. ” Another guard spoke next.")).toEqual(["The cells were full. ”", "Another guard spoke next."]);
  });

  it("handles decimals, ellipses, question marks and list markers", () => {
    expect(texts("Some 1.5 million people fled... and more followed. Why? Nobody knows!")).toEqual([
      "Some 1.5 million people fled... and more followed.",
      "Why?",
      "Nobody knows!",
    ]);
    expect(texts("1. The first reader comment here.")).toEqual(["1. The first reader comment here."]);
  });

  it("splits two sentences glued without a space, but not domains", () => {
    expect(texts("The gates were closed.Guards stayed inside. See example.com for more.")).toEqual([
      "The gates were closed.",
      "Guards stayed inside.",
      "See example.com for more.",
    ]);
  });

  it("counts paragraphs across blank lines and line breaks", () => {
    const ss = splitSentences("First para one. First para two.\n\nSecond para.\nThird para.");
    expect(ss.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
  });

  it("returns nothing for empty or punctuation-only text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("  \n\n --- \n")).toEqual([]);
  });

  it("is linear on long inputs without punctuation, and cuts them into sentences of bounded length at spaces", () => {
    const long = "word ".repeat(200_000);
    const ss = splitSentences(long);
    expect(ss.length).toBe(Math.ceil(long.length / MAX_SENTENCE_CHARS));
    for (const s of ss) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(s.text).toMatch(/^word( word)*$/);
      expect(long.slice(s.start, s.end)).toBe(s.text);
    }
    expect(ss.map((s) => s.text).join(" ")).toBe(long.trimEnd());
  });

  it("cuts an overlong sentence after a comma when it can, and a run with no space at all at the limit", () => {
    const listed = Array.from({ length: 400 }, (_, i) => `the village of Name${i}`).join(", ");
    const ss = texts(`${listed}.`);
    expect(ss.length).toBeGreaterThan(1);
    for (const t of ss.slice(0, -1)) expect(t.endsWith(",")).toBe(true);
    const solid = `${"a🙂".repeat(2_000)}a`; // 6,001 UTF-16 units, no space; the limit falls inside a pair
    const parts = texts(solid);
    expect(parts.join("").length).toBe(solid.length);
    expect(parts.join("") === solid).toBe(true);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    for (const p of parts) expect(p).toMatch(/^(?:a|🙂)+$/u); // no pair cut in two
  });

  const seeds = fileURLToPath(new URL("../../../shared/seeds", import.meta.url));
  it.skipIf(!existsSync(seeds))("splits the shared seed articles into sane sentences", () => {
    for (const f of readdirSync(seeds).filter((n) => n.endsWith(".txt"))) {
      const text = readFileSync(`${seeds}/${f}`, "utf8");
      const ss = splitSentences(text);
      expect(ss.length).toBeGreaterThan(5);
      let prev = -1;
      for (const s of ss) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.start).toBeGreaterThan(prev);
        prev = s.end - 1;
        expect(s.text.length).toBeLessThan(1200);
        expect(s.text).toBe(s.text.trim());
      }
    }
  });
});

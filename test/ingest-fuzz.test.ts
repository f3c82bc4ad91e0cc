// Fuzz: a few thousand generated hostile files through reading, cleaning,
// annotation and extraction, in this process. Nothing may throw; every file
// is accounted for, read or refused with one line that names no code; every
// good article among them is read and goes through every stage. The seed
// fixes the files (change FUZZ_SEED to explore others, and keep a seed that
// finds a bug as a test).

import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";
import { readSources, type IngestOutcome } from "../src/ingest/index.js";
import { processDocument } from "../src/pipeline.js";
import { Gen, article, articleHtml, hostile } from "./fuzz-inputs.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20251207);
const HOSTILE = 2_000;
const GOOD = 100;
const MANIFESTS = 20;

const tmp = mkdtempSync(join(tmpdir(), "sourced-fuzz-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A problem line as a user would see it: one line, in words, never a JavaScript error. */
const CODE_TALK = /\n|\bat \S+ \(|TypeError|RangeError|ReferenceError|Cannot (?:read|destructure)|undefined|\[object /;

it(`reads ${HOSTILE} hostile files and ${GOOD} good ones without throwing, each accounted for (seed ${SEED})`, async () => {
  const g = new Gen(SEED);
  const dir = join(tmp, "in");
  const secret = join(tmp, "outside.txt");
  mkdirSync(join(dir, "listed"), { recursive: true });
  writeFileSync(secret, article(g, -1));

  // top-level entry → what it must come to
  const expected = new Map<string, "read" | "refused" | "skipped" | "any">();
  for (let n = 0; n < HOSTILE; n++) {
    const h = hostile(g, n);
    writeFileSync(join(dir, h.name), h.bytes);
    expected.set(join(dir, h.name), "any");
  }
  const good: string[] = [];
  for (let n = 0; n < GOOD; n++) {
    const html = g.chance(0.5);
    const name = join(dir, `g${String(n).padStart(4, "0")}.${html ? "html" : "txt"}`);
    writeFileSync(name, html ? articleHtml(g, n) : article(g, n));
    good.push(name);
    expected.set(name, "read");
  }
  for (let n = 0; n < MANIFESTS; n++) {
    const lines: string[] = [];
    for (let k = g.int(1, 8); k > 0; k--) {
      const name = `m${n}-${k}.txt`;
      writeFileSync(join(dir, "listed", name), article(g, n * 10 + k));
      lines.push(
        g.pick([
          JSON.stringify({ path: `listed/${name}`, id: `m${n}-${k}` }),
          JSON.stringify({ path: secret }),
          JSON.stringify({ path: "../../../../../../etc/passwd" }),
          JSON.stringify({ path: "/etc/passwd" }),
          JSON.stringify({ path: `listed/../listed/${name}`, published: "yesterday" }),
          JSON.stringify({ path: 7 }),
          JSON.stringify({ url: "https://example.org/x" }),
          '{"path": "unterminated',
          "[]",
          "null",
          `{"path": "${"a/".repeat(2000)}x.txt"}`,
        ]),
      );
    }
    writeFileSync(join(dir, `manifest-${n}.jsonl`), lines.join(g.pick(["\n", "\r\n", "\n\n"])));
    expected.set(join(dir, `manifest-${n}.jsonl`), "any");
  }
  // One huge line: 300 KB of sentences about events with no full stop (one "sentence", cut to size by the splitter).
  const huge = join(dir, "huge-line.txt");
  writeFileSync(huge, `Huge line\n\n${"forty men were moved to Mosul on Monday and ".repeat(7_000)}\n`);
  expected.set(huge, "read");
  for (let n = 0; n < 3; n++) {
    const fifo = join(dir, `pipe-${n}.txt`);
    await promisify(execFile)("mkfifo", [fifo]);
    expected.set(fifo, "skipped");
    symlinkSync(`loop-${n}-b.txt`, join(dir, `loop-${n}-a.txt`));
    symlinkSync(`loop-${n}-a.txt`, join(dir, `loop-${n}-b.txt`));
    expected.set(join(dir, `loop-${n}-a.txt`), "skipped");
    expected.set(join(dir, `loop-${n}-b.txt`), "skipped");
  }

  const outcomes: IngestOutcome[] = [];
  for await (const o of readSources([dir])) outcomes.push(o);

  // Every entry once (a manifest as one outcome per line, or one for itself), and nothing else.
  const seen = new Map<string, IngestOutcome[]>();
  for (const o of outcomes) {
    const key = o.file.replace(/:\d+$/, "");
    seen.set(key, [...(seen.get(key) ?? []), o]);
  }
  // Articles under listed/ that no manifest line names are read in the walk, as they should be.
  const listed = join(dir, "listed");
  for (const [key, got] of seen)
    if (key.startsWith(listed))
      expect(
        got.map((o) => o.ok),
        key,
      ).toEqual([true]);
  expect([...seen.keys()].filter((k) => !k.startsWith(listed)).sort()).toEqual([...expected.keys()].sort());
  for (const [file, want] of expected) {
    const got = seen.get(file)!;
    if (!file.endsWith(".jsonl")) expect(got, file).toHaveLength(1);
    if (want === "read") expect(got[0]!.ok, file).toBe(true);
    if (want === "skipped") expect(!got[0]!.ok && got[0]!.skipped, file).toBe(true);
  }
  for (const o of outcomes) {
    if (o.ok) continue;
    expect(o.problem, o.file).not.toMatch(CODE_TALK);
    expect(o.problem.length, o.file).toBeGreaterThan(0);
  }
  const outside = outcomes.filter((o) => !o.ok && /is outside the manifest's folder/.test(o.problem));
  expect(outside.length).toBeGreaterThan(0);

  // Every document read goes through cleaning, annotation and extraction.
  let events = 0;
  for (const o of outcomes) {
    if (!o.ok) continue;
    const out = processDocument(o.doc);
    expect(typeof out.cleaned.cleanText, o.file).toBe("string");
    events += out.events.length;
  }
  const goodRead = outcomes.filter((o) => o.ok && good.includes(o.file));
  expect(goodRead).toHaveLength(GOOD);
  for (const o of goodRead) if (o.ok) expect(o.doc.text, o.file).toMatch(/people had been moved from a camp/);
  expect(events).toBeGreaterThan(0);
});

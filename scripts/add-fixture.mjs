#!/usr/bin/env node
// Creates a cleaning fixture from a file: test/fixtures/clean-<slug>/ with
// source.txt|html, meta.json and expected-clean.txt as the cleaner produces
// them now. Read both outputs before committing: the fixture pins them.
//
//   npm run build
//   node scripts/add-fixture.mjs <slug> <file>       create from a file
//   node scripts/add-fixture.mjs <slug> --update     regenerate from the fixture's source
//   node scripts/add-fixture.mjs <slug> --show       replay it: removed spans, and whether the output still matches

import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [slugArg, fileArg] = process.argv.slice(2);
if (!slugArg || !fileArg) {
  console.error("usage: node scripts/add-fixture.mjs <slug> <file> | <slug> --update | <slug> --show");
  process.exit(2);
}
const slug = slugArg.startsWith("clean-") ? slugArg : `clean-${slugArg}`;
const dir = join(root, "test", "fixtures", slug);

let ingest, clean;
try {
  ingest = await import(join(root, "dist", "ingest", "index.js"));
  clean = await import(join(root, "dist", "clean", "index.js"));
} catch {
  console.error("add-fixture: dist/ is missing or stale: run `npm run build` first");
  process.exit(1);
}

let source;
if (fileArg === "--update" || fileArg === "--show") {
  source = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith("source.")) : undefined;
  if (!source) {
    console.error(`add-fixture: ${dir} has no source file`);
    process.exit(1);
  }
  source = join(dir, source);
} else {
  if (!existsSync(fileArg)) {
    console.error(`add-fixture: ${fileArg}: file not found`);
    process.exit(1);
  }
  const ext = /^\.html?$/i.test(extname(fileArg)) ? ".html" : ".txt";
  mkdirSync(dir, { recursive: true });
  source = join(dir, `source${ext}`);
  copyFileSync(fileArg, source);
}

const outcome = await ingest.readOne(source, undefined, "source");
if (!outcome.ok) {
  console.error(`add-fixture: ${source}: ${outcome.problem}`);
  process.exit(1);
}
const cleaned = clean.cleanDocument(outcome.doc);
if (fileArg === "--show") {
  const { readFileSync } = await import("node:fs");
  for (const r of cleaned.removed)
    if (r.rule !== "clean/whitespace") console.log(`${r.rule.padEnd(28)} [${r.start},${r.end}) ${JSON.stringify(r.text.slice(0, 90))}`);
  const m = cleaned.meta;
  console.log(`published ${m.published ?? "-"} (${m.publishedRule ?? "no rule"}); title ${JSON.stringify(m.title)}; dateline ${JSON.stringify(m.dateline)}`);
  const expectedPath = join(dir, "expected-clean.txt");
  const expected = existsSync(expectedPath) ? readFileSync(expectedPath, "utf8") : null;
  if (expected === null) console.log("no expected-clean.txt yet");
  else if (expected === cleaned.cleanText + "\n") console.log("cleaned text matches expected-clean.txt");
  else {
    const a = expected.split("\n");
    const b = (cleaned.cleanText + "\n").split("\n");
    const at = a.findIndex((line, k) => line !== b[k]);
    console.log(`cleaned text differs from expected-clean.txt at line ${at + 1}:\n  expected ${JSON.stringify(a[at])}\n  actual   ${JSON.stringify(b[at])}`);
    process.exitCode = 1;
  }
  process.exit();
}
const { published, publishedRule, title, dateline, outlet } = cleaned.meta;
const rules = [...new Set(cleaned.removed.map((r) => r.rule))].filter((r) => r !== "clean/whitespace").sort();
writeFileSync(join(dir, "meta.json"), JSON.stringify({ published, publishedRule, title, dateline, outlet, removedRules: rules }, null, 2) + "\n");
writeFileSync(join(dir, "expected-clean.txt"), cleaned.cleanText + "\n");
console.log(
  `${slug}: published ${published ?? "-"} (${publishedRule ?? "no rule"}), ${cleaned.removed.length} spans removed by ${rules.join(", ") || "nothing"}`,
);
console.log(`review ${join("test", "fixtures", slug)}/expected-clean.txt and meta.json`);

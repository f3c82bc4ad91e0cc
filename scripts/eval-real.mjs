#!/usr/bin/env node
// Scores the extractor on the real-article corpus (eval/real/): public news
// pages whose texts live in a git-ignored cache (see eval/real/README.md).
// Skips cleanly, saying so, when the cache or the scorer is absent.
//
//   node scripts/eval-real.mjs [--split dev|untouched] [--lang en|ar] [--verbose] [--pred FILE]
//
// The untouched split is scored only when asked for by name (--split untouched).

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { checkCache, materializeGold, readManifest, realDir } from "./real-corpus.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const scorer = join(root, "..", "shared", "eval", "score.mjs");

const load = (rel) => import(pathToFileURL(join(root, "dist", rel)).href);

/** Runs the pipeline over the cached texts of one split and language; returns the scorer's JSON result, or null with a reason. */
export async function scoreReal({ split = "dev", lang = "en", verbose = false, predOut = null, only = null } = {}) {
  if (!existsSync(scorer)) return { skipped: "the scorer (../shared/eval/score.mjs) is not present" };
  const manifest = readManifest().filter((m) => m.split === split && (m.lang ?? "en") === lang && (!only || m.story === only));
  if (manifest.length === 0) return { skipped: `no ${lang} articles in the ${split} split of the manifest` };
  const { ok, problems } = checkCache(manifest);
  if (ok.length === 0) return { skipped: `the cache of real articles is absent (${problems.length} texts missing; see eval/real/README.md)` };
  const [pipeline, ingest, recordMod] = await Promise.all([load("pipeline.js"), load("ingest/index.js"), load("export/record.js")]);
  const dir = mkdtempSync(join(tmpdir(), "sourced-real-"));
  try {
    const goldDir = join(dir, "gold");
    const textDir = join(dir, "texts");
    mkdirSync(goldDir);
    mkdirSync(textDir);
    const lines = [];
    const { readFileSync } = await import("node:fs");
    for (const m of ok) {
      const gold = JSON.parse(readFileSync(join(realDir, "gold", `${m.id}.json`), "utf8"));
      writeFileSync(join(goldDir, `${m.id}.json`), JSON.stringify(materializeGold(gold, m.text)));
      writeFileSync(join(textDir, `${m.id}.txt`), m.text);
    }
    // read the texts the way `sourced ingest` reads files
    for await (const outcome of ingest.readSources([textDir])) {
      if (!outcome.ok) continue;
      const { events } = pipeline.processDocument(outcome.doc);
      for (const e of events) lines.push(JSON.stringify({ ...recordMod.toRecord(e), _confidence: e.confidence }));
    }
    const pred = join(dir, "pred.jsonl");
    writeFileSync(pred, `${lines.join("\n")}\n`);
    if (predOut) writeFileSync(predOut, `${lines.join("\n")}\n`);
    if (verbose) {
      const shown = spawnSync(process.execPath, [scorer, "--gold", goldDir, "--pred", pred, "--verbose"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
      process.stdout.write(shown.stdout);
    }
    const r = spawnSync(process.execPath, [scorer, "--gold", goldDir, "--pred", pred, "--json"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    if (r.status !== 0) return { skipped: `the scorer failed: ${r.stderr.split("\n")[0]}` };
    return { result: JSON.parse(r.stdout), docs: ok.length, missing: problems.length, records: lines.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function realLine(name, out) {
  if (out.skipped) return `real ${name}: skipped (${out.skipped})`;
  const r = out.result;
  const f = r.fields;
  const acc = (k) => (f[k] ? f[k].accuracy.toFixed(2) : "-");
  return (
    `real ${name} (${out.docs} documents${out.missing ? `, ${out.missing} not cached` : ""}): loose F1 ${r.loose.f1.toFixed(3)} (P ${r.loose.precision.toFixed(3)} R ${r.loose.recall.toFixed(3)}), strict F1 ${r.strict.f1.toFixed(3)}` +
    `; fields: count ${acc("count")} status ${acc("status")} date ${acc("date")} places ${acc("places")} subject ${acc("subject")} group ${acc("group")} actor ${acc("actor")} source ${acc("source")}`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (k, d = null) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : d);
  const split = arg("--split", "dev");
  const lang = arg("--lang", "en");
  const out = await scoreReal({ split, lang, verbose: process.argv.includes("--verbose"), predOut: arg("--pred"), only: arg("--story") });
  console.log(realLine(`${lang} ${split}`, out));
}

#!/usr/bin/env node
// Learns the confidence model (src/extract/confidence-weights.ts): a logistic
// regression from each record's features (src/extract/confidence-model.ts) to
// whether it is right, on the development split of the real-article corpus
// (a record is right when the scorer aligns it to a gold event). Needs the
// corpus cache and the scorer; run `npm run build` first and again after.
//
//   node scripts/train-confidence.mjs [--l2 0.01] [--iterations 3000]

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isRight, layOut, runScorer } from "./eval-real.mjs";
import { checkCache, readManifest } from "./real-corpus.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (k, d) => (process.argv.includes(k) ? Number(process.argv[process.argv.indexOf(k) + 1]) : d);
const l2 = arg("--l2", 0.01);
const iterations = arg("--iterations", 3000);

// keep every record while learning (the model's own cut-off would hide what it must learn from)
process.env.SOURCED_CONFIDENCE_LEARNING = "1";
const load = (rel) => import(pathToFileURL(join(root, "dist", rel)).href);
const [pipeline, ingest, recordMod, model] = await Promise.all([
  load("pipeline.js"),
  load("ingest/index.js"),
  load("export/record.js"),
  load("extract/confidence-model.js"),
]);

const manifest = readManifest().filter((m) => m.split === "dev" && (m.lang ?? "en") === "en");
const { ok } = checkCache(manifest);
if (!ok.length) {
  console.log("train-confidence: the real-article cache is absent; nothing to learn from.");
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), "sourced-train-"));
const X = [];
const lines = [];
try {
  const { goldDir, textDir } = layOut(ok, dir);
  for await (const o of ingest.readSources([textDir])) {
    if (!o.ok) continue;
    const r = pipeline.processDocument(o.doc, { debug: true });
    const feats = r.trace.filter((t) => t.startsWith("[refiner/confidence] features ")).map((t) => JSON.parse(t.slice(t.indexOf("[", 2))));
    if (feats.length !== r.events.length) throw new Error(`${o.doc.meta.id}: ${feats.length} feature rows for ${r.events.length} records`);
    r.events.forEach((e, i) => {
      X.push(feats[i]);
      lines.push(JSON.stringify(recordMod.toRecord(e)));
    });
  }
  writeFileSync(join(dir, "pred.jsonl"), `${lines.join("\n")}\n`);
  const scored = runScorer(goldDir, join(dir, "pred.jsonl"));
  if (!scored.ok) throw new Error(scored.problem);
  const right = isRight(scored.json);
  const y = lines.map((l) => (right(JSON.parse(l)) ? 1 : 0));

  // logistic regression, full-batch gradient descent with an L2 penalty (not on the bias)
  const d = X[0].length;
  const w = new Array(d).fill(0);
  const rate = 0.5;
  for (let it = 0; it < iterations; it++) {
    const g = new Array(d).fill(0);
    for (let i = 0; i < X.length; i++) {
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j] * X[i][j];
      const err = 1 / (1 + Math.exp(-z)) - y[i];
      for (let j = 0; j < d; j++) g[j] += err * X[i][j];
    }
    for (let j = 0; j < d; j++) w[j] -= rate * (g[j] / X.length + (j === 0 ? 0 : l2 * w[j]));
  }
  const rounded = w.map((v) => Math.round(v * 1000) / 1000);
  const out = `// Learned by scripts/train-confidence.mjs; do not edit by hand.
export const CONFIDENCE_WEIGHTS: { features: string[]; weights: number[]; trainedOn: string } = ${JSON.stringify(
    {
      features: model.FEATURE_NAMES,
      weights: rounded,
      trainedOn: `${X.length} records of ${ok.length} development articles, ${y.filter(Boolean).length} right; l2 ${l2}`,
    },
    null,
    2,
  )};
`;
  const weightsFile = join(root, "src", "extract", "confidence-weights.ts");
  writeFileSync(weightsFile, out);
  // in the project's format, so that `npm test`'s format check holds after learning again
  const fmt = spawnSync(join(root, "node_modules", ".bin", "biome"), ["format", "--write", weightsFile], { stdio: "ignore" });
  if (fmt.status !== 0) console.log("train-confidence: could not format the weights file; run `npm run format`");
  console.log(`train-confidence: ${X.length} records (${y.filter(Boolean).length} right) from ${ok.length} articles; weights written`);
  const named = model.FEATURE_NAMES.map((n, j) => [n, rounded[j]]).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  for (const [n, v] of named.slice(0, 12)) console.log(`  ${String(v).padStart(7)}  ${n}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

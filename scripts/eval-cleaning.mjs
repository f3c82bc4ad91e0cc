#!/usr/bin/env node
// How well HTML pages are cleaned: word 4-gram F1 of our clean text against
// the hand-made article bodies of the public ScrapingHub article-extraction
// benchmark (github.com/scrapinghub/article-extraction-benchmark: html/*.html.gz
// and ground-truth.json with articleBody), scored as its evaluate.py does
// (\w+ tokens; per-page true/false positives and negatives over 4-gram
// shingles, normalised per page; precision and recall averaged over pages).
//
//   node scripts/eval-cleaning.mjs [BENCHMARK_DIR] [--worst N]
//   node scripts/eval-cleaning.mjs --real [--verbose]
//
// --real scores the Arabic texts of the real-article corpus (eval/real/cache)
// instead: the share of the lines labelled as page chrome by hand
// (eval/real/chrome-ar.json) that cleaning removes, the share of the other
// lines it keeps, and the share of the gold evidence characters it keeps
// (evidence removed is article text lost). Skips when the cache is absent.
//
// BENCHMARK_DIR (or SOURCED_HTML_BENCHMARK) is a checkout of that repository;
// without one the script says so and exits 0. Reads the built code (dist/).
// --worst N lists the N pages scored lowest.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const optionValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (args.includes("--real")) {
  await scoreRealArabic(args.includes("--verbose"));
  process.exit(0);
}
const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1] === "--worst"));
const dir = positional[0] ?? process.env.SOURCED_HTML_BENCHMARK;

if (!dir || !existsSync(join(dir, "ground-truth.json")) || !existsSync(join(dir, "html"))) {
  console.log(
    `cleaning benchmark: skipped (${dir ? `${dir} holds no ground-truth.json and html/` : "no benchmark folder given: pass a checkout of scrapinghub/article-extraction-benchmark, or set SOURCED_HTML_BENCHMARK"})`,
  );
  process.exit(0);
}
const dist = (p) => pathToFileURL(join(root, "dist", p)).href;
if (!existsSync(join(root, "dist", "clean", "index.js"))) {
  console.log("cleaning benchmark: skipped (dist/ is not built: run npx tsc -p tsconfig.json)");
  process.exit(0);
}
const { decodeBytes } = await import(dist("ingest/decode.js"));
const { htmlDocument } = await import(dist("ingest/html.js"));
const { cleanDocument } = await import(dist("clean/index.js"));

// \w as Python reads it in Unicode text: letters, digits and the underscore of any script
const TOKEN = /[\p{L}\p{N}_]+/gu;
const tokens = (s) => (s ?? "").match(TOKEN) ?? [];

function shingles(text, n = 4) {
  const t = tokens(text);
  const counts = new Map();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const key = t.slice(i, i + n).join("\u0001");
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised (tp, fp, fn) of one page, as the benchmark's evaluate.py computes them. */
function score(truth, pred) {
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(key) ?? 0;
    const p = b.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

const precision = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recall = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs) => xs.reduce((x, y) => x + y, 0) / xs.length;

function metrics(triples) {
  const p = mean(triples.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const r = mean(triples.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  return { f1: (2 * p * r) / (p + r), precision: p, recall: r };
}

const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
const files = readdirSync(join(dir, "html")).filter((f) => f.endsWith(".html.gz"));
const plain = [];
const pages = [];
let failed = 0;
for (const f of files.sort()) {
  const id = f.replace(/\.html\.gz$/, "");
  if (!truth[id]) continue;
  const raw = gunzipSync(readFileSync(join(dir, "html", f)));
  const decoded = decodeBytes(raw);
  const read = decoded.ok ? htmlDocument(id, f, raw, decoded.text, decoded.warnings) : { ok: false };
  const text = read.ok ? cleanDocument(read.doc).cleanText : "";
  if (!read.ok) failed++;
  const body = truth[id].articleBody ?? "";
  const s = score(body, text);
  plain.push(s);
  pages.push({ id, url: truth[id].url, f1: (2 * precision(s) * recall(s)) / (precision(s) + recall(s) || 1), p: precision(s), r: recall(s) });
}

const fmt = (m) => `F1 ${m.f1.toFixed(3)} (P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)})`;
console.log(`cleaning benchmark (${plain.length} pages${failed ? `, ${failed} unreadable` : ""}): ${fmt(metrics(plain))}`);
const worst = Number(optionValue("--worst") ?? 0);
if (worst > 0) {
  for (const p of pages.sort((x, y) => x.f1 - y.f1).slice(0, worst)) {
    console.log(`  ${p.f1.toFixed(3)}  P ${p.p.toFixed(3)}  R ${p.r.toFixed(3)}  ${p.id.slice(0, 12)}  ${p.url}`);
  }
}

/** Cleaning of the Arabic texts of the real-article corpus against the hand-labelled chrome lines. */
async function scoreRealArabic(verbose) {
  const labels = JSON.parse(readFileSync(join(root, "eval", "real", "chrome-ar.json"), "utf8")).lines;
  const textDir = join(root, "eval", "real", "cache", "texts");
  const manifest = readFileSync(join(root, "eval", "real", "manifest.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((m) => m.lang === "ar" && existsSync(join(textDir, `${m.id}.txt`)));
  if (manifest.length === 0) {
    console.log("cleaning of Arabic real pages: skipped (the cache of real articles is absent; see eval/real/README.md)");
    return;
  }
  if (!existsSync(join(root, "dist", "clean", "index.js"))) {
    console.log("cleaning of Arabic real pages: skipped (dist/ is not built: run npx tsc -p tsconfig.json)");
    return;
  }
  const dist = (p) => pathToFileURL(join(root, "dist", p)).href;
  const { textDocument } = await import(dist("ingest/text.js"));
  const { cleanDocument } = await import(dist("clean/index.js"));
  let chrome = 0;
  let chromeRemoved = 0;
  let article = 0;
  let articleKept = 0;
  let evidence = 0;
  let evidenceKept = 0;
  let dated = 0;
  for (const m of manifest) {
    const text = readFileSync(join(textDir, `${m.id}.txt`), "utf8");
    const cleaned = cleanDocument(textDocument(m.id, `${m.id}.txt`, Buffer.from(text), text, []));
    if (cleaned.meta.published) dated++;
    const removedAt = (start, end) => cleaned.removed.some((r) => r.start < end && start < r.end);
    const labelled = new Set(labels[m.id] ?? []);
    let offset = 0;
    const lines = text.split("\n");
    lines.forEach((line, k) => {
      const start = offset + (line.length - line.trimStart().length);
      const end = offset + line.trimEnd().length;
      offset += line.length + 1;
      if (end <= start) return;
      const removed = removedAt(start, end);
      if (labelled.has(k + 1)) {
        chrome++;
        if (removed) chromeRemoved++;
        else if (verbose) console.log(`  chrome kept     ${m.id}:${k + 1}`);
      } else {
        article++;
        if (!removed) articleKept++;
        else if (verbose) console.log(`  article removed ${m.id}:${k + 1}`);
      }
    });
    const goldFile = join(root, "eval", "real", "gold", `${m.id}.json`);
    if (!existsSync(goldFile)) continue;
    for (const ev of JSON.parse(readFileSync(goldFile, "utf8")).events ?? []) {
      for (const e of ev.evidence ?? []) {
        for (let i = e.start; i < e.end; i++) {
          evidence++;
          if (!cleaned.removed.some((r) => r.start <= i && i < r.end)) evidenceKept++;
        }
      }
    }
  }
  const pct = (a, b) => (b ? (a / b).toFixed(3) : "n/a");
  console.log(
    `cleaning of Arabic real pages (${manifest.length} texts): chrome lines removed ${pct(chromeRemoved, chrome)} (${chromeRemoved}/${chrome}), ` +
      `other lines kept ${pct(articleKept, article)} (${articleKept}/${article}), gold evidence kept ${pct(evidenceKept, evidence)}, ` +
      `dated by the text ${dated}/${manifest.length}`,
  );
}

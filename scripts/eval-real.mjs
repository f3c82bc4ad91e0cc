#!/usr/bin/env node
// Scores the extractor on the real-article corpus (eval/real/): public news
// pages whose texts live in a git-ignored cache (see eval/real/README.md).
// Skips cleanly, saying so, when the cache or the scorer is absent.
//
//   node scripts/eval-real.mjs [--split dev|untouched] [--lang en|ar] [--story S] [--verbose] [--pred FILE]
//                              [--classes] [--examples] [--calibration]
//
// The untouched split is scored only when asked for by name (--split untouched).
// --classes prints the error classes, --examples the records in each,
// --calibration how often a record is right at each confidence.

import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { checkCache, materializeGold, readManifest, realDir } from "./real-corpus.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const scorer = join(root, "..", "shared", "eval", "score.mjs");

/** `--examples`: each missed or extra record is printed (on stderr) under its class. */
const SHOW_EXAMPLES = process.argv.includes("--examples");

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
    const { goldDir, textDir } = layOut(ok, dir);
    const lines = [];
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
    const result = runScorer(goldDir, pred);
    if (!result.ok) return { skipped: `the scorer failed: ${result.problem}` };
    const classes = errorClasses(result.json, ok, lines);
    return { result: result.json, docs: ok.length, missing: problems.length, records: lines.length, classes, calibration: calibration(result.json, lines) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The scorer's JSON, written to a file: a large report piped to another
 * process can be cut short when the scorer exits.
 */
export function runScorer(goldDir, pred) {
  const out = join(dirname(pred), "score.json");
  const fd = openSync(out, "w");
  try {
    const r = spawnSync(process.execPath, [scorer, "--gold", goldDir, "--pred", pred, "--json"], { stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
    if (r.status !== 0) return { ok: false, problem: (r.stderr ?? "").split("\n")[0] };
  } finally {
    closeSync(fd);
  }
  return { ok: true, json: JSON.parse(readFileSync(out, "utf8")) };
}

// ------------------------------------------------------------ error classes

const words = (t) =>
  String(t)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/(\d),(\d)/g, "$1$2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function overlap(fragment, text) {
  const have = new Set(words(text));
  const want = [...new Set(words(fragment))];
  return want.length ? want.filter((w) => have.has(w)).length / want.length : 0;
}

/**
 * Sorts each missed gold event and each unaligned record into a class, so
 * that a round of work starts from what costs most:
 * missed: another type (a record of another type states it), merged (a
 * record of its type covers its sentence but stands for another event),
 * undetected; extra: another type, duplicate (a second record of an event
 * already found), headline (a title line), background (dated over a year
 * before publication), other.
 */
function errorClasses(r, manifest, lines) {
  const byId = new Map(manifest.map((m) => [m.id, m]));
  const preds = lines.map((l) => JSON.parse(l));
  const goldOf = new Map();
  for (const m of manifest) goldOf.set(m.id, JSON.parse(readFileSync(join(realDir, "gold", `${m.id}.json`), "utf8")));
  const text = (m, ev) => (typeof ev === "string" ? ev : m.text.slice(ev.start, ev.end));
  const classes = {};
  const add = (k) => (classes[k] = (classes[k] ?? 0) + 1);
  for (const miss of r.misses) {
    const m = byId.get(miss.doc);
    const g = goldOf
      .get(miss.doc)
      .events.find((e) => e.type === miss.type && !e.optional && text(m, e.evidence[0] ?? "").startsWith(miss.evidence.replace(/\.\.\.$/, "")));
    const frags = (g?.evidence ?? []).map((ev) => text(m, ev));
    const near = preds.filter((p) => p.doc === miss.doc && frags.some((f) => overlap(f, p.evidence.map((e) => e.text).join(" ")) >= 0.6));
    if (near.some((p) => p.type !== miss.type) && !near.some((p) => p.type === miss.type)) {
      add(`missed: read as another type`);
      if (SHOW_EXAMPLES) console.error(`astype: ${miss.doc} gold ${miss.type} read ${[...new Set(near.map((p) => p.type))].join("/")}: ${miss.evidence}`);
    } else if (near.length) add(`missed: merged into another record`);
    else {
      add(`missed: not detected`);
      if (SHOW_EXAMPLES) console.error(`undetected: ${miss.doc} ${miss.type} ${miss.count ?? "-"}: ${miss.evidence}`);
    }
  }
  for (const x of r.extras) {
    const m = byId.get(x.doc);
    const p = preds.find((q) => q.doc === x.doc && q.type === x.type && q.evidence[0]?.text.startsWith(x.evidence.replace(/\.\.\.$/, "")));
    const ev = p ? p.evidence.map((e) => e.text).join(" ") : x.evidence;
    const golds = goldOf.get(x.doc).events.filter((g) => g.evidence.some((f) => overlap(text(m, f), ev) >= 0.6));
    const published = goldOf.get(x.doc).published;
    if (golds.length && golds.every((g) => g.type !== x.type)) {
      add(`extra: another type than the gold's`);
      if (SHOW_EXAMPLES) console.error(`othertype: ${x.doc} ${x.type} read, gold ${[...new Set(golds.map((g) => g.type))].join("/")}: ${x.evidence}`);
    } else if (golds.some((g) => g.type === x.type && !g.optional)) {
      add(`extra: a second record of one event`);
      if (SHOW_EXAMPLES) console.error(`second: ${x.doc} ${x.type} ${x.count ?? "-"}: ${x.evidence}`);
    } else if (golds.length) add(`extra: an optional event's duplicate`);
    else if (p?.evidence[0] && !/[.!?]["”’)]?\s*$/.test(p.evidence[0].text.trim()) && p.evidence[0].start < 400) add(`extra: headline or top matter`);
    else if (p?.date && published && Number(p.date.slice(0, 4)) < Number(published.slice(0, 4)) - 1) add(`extra: background (dated years before)`);
    else {
      add(`extra: no gold event there`);
      if (SHOW_EXAMPLES) console.error(`nogold: ${x.doc} ${x.type} ${x.count ?? "-"}: ${x.evidence}`);
    }
  }
  return classes;
}

/** Writes the gold (evidence as text) and the texts of cached articles under `dir`, as the scorer and `sourced ingest` read them. */
export function layOut(articles, dir) {
  const goldDir = join(dir, "gold");
  const textDir = join(dir, "texts");
  mkdirSync(goldDir);
  mkdirSync(textDir);
  for (const m of articles) {
    const gold = JSON.parse(readFileSync(join(realDir, "gold", `${m.id}.json`), "utf8"));
    writeFileSync(join(goldDir, `${m.id}.json`), JSON.stringify(materializeGold(gold, m.text)));
    writeFileSync(join(textDir, `${m.id}.txt`), m.text);
  }
  return { goldDir, textDir };
}

/**
 * Lays the cached articles out under `dir` and ingests their texts into a new
 * in-memory store through the whole pipeline, each with its manifest outlet
 * (what a manifest line gives `sourced ingest`; the date is left to what the
 * text says). The caller closes the store.
 */
export async function ingestCorpus(articles, dir) {
  const [pipeline, ingest, sqlite, saver] = await Promise.all([
    load("pipeline.js"),
    load("ingest/index.js"),
    load("store/sqlite/index.js"),
    load("store/save-document.js"),
  ]);
  const byId = new Map(articles.map((m) => [m.id, m]));
  const store = sqlite.openSqliteStore(":memory:");
  const { goldDir, textDir } = layOut(articles, dir);
  for await (const outcome of ingest.readSources([textDir])) {
    if (!outcome.ok) continue;
    const m = byId.get(outcome.doc.meta.id);
    if (m) outcome.doc.meta.outlet = m.outlet ?? null;
    await saver.saveDocument(store, pipeline.cleanAndDetect(outcome.doc));
  }
  return { store, goldDir, textDir };
}

/**
 * Whether a predicted record was aligned to a gold event (loose), from the
 * scorer's result: the scorer lists the records it could not align by
 * document, type and the first 110 characters of their first evidence.
 */
export function isRight(scored) {
  const extra = new Set(scored.extras.map((x) => `${x.doc}|${x.type}|${x.evidence}`));
  const first = (t) => (t.length > 110 ? `${t.slice(0, 107)}...` : t);
  return (p) => !extra.has(`${p.doc}|${p.type}|${first(p.evidence[0]?.text ?? "")}`);
}

/**
 * Confidence against correctness: for each confidence bucket, the share of
 * records that align to a gold event (loose). A record aligned to an optional
 * gold event counts as right.
 */
function calibration(r, lines) {
  const right = isRight(r);
  const buckets = [0, 0.5, 0.6, 0.7, 0.8, 0.9].map((lo, i, a) => ({ lo, hi: a[i + 1] ?? 1.01, n: 0, right: 0 }));
  for (const l of lines) {
    const p = JSON.parse(l);
    const b = buckets.find((x) => p._confidence >= x.lo && p._confidence < x.hi);
    if (!b) continue;
    b.n++;
    if (right(p)) b.right++;
  }
  return buckets.filter((b) => b.n);
}

export function calibrationLines(out) {
  if (!out.calibration) return [];
  return out.calibration.map(
    (b) => `  confidence ${b.lo.toFixed(1)}–${Math.min(b.hi, 1).toFixed(1)}: ${String(b.n).padStart(4)} records, ${(b.right / b.n).toFixed(2)} right`,
  );
}

export function classLines(out) {
  if (!out.classes) return [];
  return Object.entries(out.classes)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`);
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
  if (process.argv.includes("--classes")) for (const l of classLines(out)) console.log(l);
  if (process.argv.includes("--calibration")) for (const l of calibrationLines(out)) console.log(l);
}

#!/usr/bin/env node
// Quality gate: extracts the dev seeds, the held-out sets kept in eval/ and
// the development split of the real-article corpus (eval/real/, when its
// cache is present) through the built pipeline, scores the records with the
// shared scorer, prints what the errors on real articles are (by class) and
// how often a record is right at each confidence, and fails when loose or
// strict F1 falls below the floors pinned in eval/floors.json.
//
//   npm run build && npm run eval            (SOURCED_EVAL_VERBOSE=0 for the summary only)
//
// The seeds, gold and scorer live outside the repository (../shared/); when
// they are absent the gate says so and passes.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const seeds = join(shared, "seeds");
const gold = join(shared, "gold", "dev");
const scorer = join(shared, "eval", "score.mjs");
const floorsPath = join(root, "eval", "floors.json");

if (!existsSync(seeds) || !existsSync(gold) || !existsSync(scorer)) {
  console.log("eval: ../shared/seeds, ../shared/gold/dev or the scorer is not present; nothing to evaluate.");
  process.exit(0);
}
if (!existsSync(join(root, "dist", "pipeline.js"))) {
  console.error("eval: dist/pipeline.js is missing; run `npm run build` first.");
  process.exit(1);
}

const load = async (rel) => {
  const p = join(root, "dist", rel);
  return existsSync(p) ? import(pathToFileURL(p).href) : null;
};
const pipeline = await load("pipeline.js");
const ingest = await load("ingest/index.js");
const recordMod = await load("export/record.js");

const files = readdirSync(seeds)
  .filter((n) => n.endsWith(".txt") || n.endsWith(".html"))
  .sort()
  .map((n) => join(seeds, n));

async function readDocs(files) {
  if (ingest && typeof ingest.readSources === "function") {
    const docs = [];
    const out = ingest.readSources(files);
    const items = out && typeof out[Symbol.asyncIterator] === "function" ? out : await out;
    for await (const item of items) {
      if (item && item.ok === false) console.error(`eval: ${item.file}: ${item.problem}`);
      else docs.push(item?.doc ? item.doc : item);
    }
    return docs;
  }
  // no ingest stage built yet: a plain text document, no publication date
  return files.map((path) => {
    const raw = readFileSync(path);
    const id = basename(path, extname(path));
    return {
      meta: { id, title: null, outlet: null, url: null, published: null, publishedRule: null, dateline: null, origin: path, format: "text", warnings: [] },
      raw,
      text: raw.toString("utf8"),
    };
  });
}

const FIELDS = ["doc", "type", "status", "date", "count", "subject", "group", "actor", "origin", "destination", "location", "source", "evidence"];
function toRecord(e) {
  if (recordMod && typeof recordMod.toRecord === "function") return recordMod.toRecord(e);
  return Object.fromEntries(FIELDS.map((k) => [k, k === "evidence" ? e.evidence.map(({ text, start, end }) => ({ text, start, end })) : (e[k] ?? null)]));
}

async function predict(paths) {
  const docs = await readDocs(paths);
  const lines = [];
  for (const raw of docs) {
    const { events } = pipeline.processDocument(raw);
    for (const e of events) lines.push(JSON.stringify(toRecord(e)));
  }
  return { docs, lines };
}

const { docs, lines } = await predict(files);
const dir = mkdtempSync(join(tmpdir(), "sourced-eval-"));
const pred = join(dir, "pred.jsonl");
writeFileSync(pred, lines.join("\n") + "\n");

// The held-out sets kept in the repository (eval/<set>/articles + gold), written
// independently of the extractor: scored on every run, gated by their own
// floors when eval/floors.json has them. `--set NAME` prints one set verbosely.
const floorsAll = existsSync(floorsPath) ? JSON.parse(readFileSync(floorsPath, "utf8")) : {};
const heldoutLines = [];
const heldoutFails = [];
const onlySet = process.argv.includes("--set") ? process.argv[process.argv.indexOf("--set") + 1] : null;
for (const name of ["heldout", "heldout-topic", "heldout-fresh"]) {
  if (onlySet && onlySet !== name) continue;
  const setDir = join(root, "eval", name);
  if (!existsSync(join(setDir, "articles")) || !existsSync(join(setDir, "gold"))) continue;
  const setFiles = readdirSync(join(setDir, "articles"))
    .sort()
    .map((n) => join(setDir, "articles", n));
  const ho = await predict(setFiles);
  const hoPred = join(dir, `${name}.jsonl`);
  writeFileSync(hoPred, ho.lines.join("\n") + "\n");
  if (onlySet) {
    const shownSet = spawnSync(process.execPath, [scorer, "--gold", join(setDir, "gold"), "--pred", hoPred, "--verbose"], { encoding: "utf8" });
    process.stdout.write(shownSet.stdout);
    rmSync(dir, { recursive: true, force: true });
    process.exit(shownSet.status ?? 1);
  }
  const r = spawnSync(process.execPath, [scorer, "--gold", join(setDir, "gold"), "--pred", hoPred, "--json"], { encoding: "utf8" });
  if (r.status !== 0) continue;
  const h = JSON.parse(r.stdout);
  const f = floorsAll[name];
  heldoutLines.push(
    `held-out eval/${name} (${h.docs} documents${f ? `, floors ${f.loose}/${f.strict}` : ""}): loose F1 ${h.loose.f1} (P ${h.loose.precision} R ${h.loose.recall}), strict F1 ${h.strict.f1}`,
  );
  if (f && h.loose.f1 < f.loose) heldoutFails.push(`${name} loose F1 ${h.loose.f1} < floor ${f.loose}`);
  if (f && h.strict.f1 < f.strict) heldoutFails.push(`${name} strict F1 ${h.strict.f1} < floor ${f.strict}`);
}

// The real-article corpus (eval/real/): scored when its cache is present, said to be skipped when not.
const real = await import("./eval-real.mjs");
const realLines = [];
for (const [lang, name] of [
  ["en", "real-dev"],
  ["ar", "real-ar-dev"],
]) {
  const out = await real.scoreReal({ split: "dev", lang });
  realLines.push(real.realLine(`${lang} dev`, out));
  if (out.skipped) continue;
  if (lang === "en") {
    realLines.push("  what the missed and extra records are (events each class costs):", ...real.classLines(out));
    realLines.push("  how often a record is right at each confidence:", ...real.calibrationLines(out));
  }
  const f = floorsAll[name];
  if (f && out.result.loose.f1 < f.loose) heldoutFails.push(`${name} loose F1 ${out.result.loose.f1} < floor ${f.loose}`);
  if (f && out.result.strict.f1 < f.strict) heldoutFails.push(`${name} strict F1 ${out.result.strict.f1} < floor ${f.strict}`);
}

// Reconciliation on the same corpus: story linking, copy groups and series points (scripts/eval-linking.mjs).
const linkingEval = await import("./eval-linking.mjs");
for (const l of linkingEval.linkingLines("en dev", await linkingEval.evalLinking({ split: "dev", lang: "en" }))) realLines.push(l);
// Facilities on the same corpus: linking records to the registry, split and merged facilities, control intervals (scripts/eval-facilities.mjs).
const facilityEval = await import("./eval-facilities.mjs");
for (const l of facilityEval.facilityLines("en dev", await facilityEval.evalFacilities({ split: "dev", lang: "en" }))) realLines.push(l);
// Arabic and English read together: linking over both, and the story pairs across the two languages.
realLines.push(...linkingEval.linkingLines("ar,en dev", await linkingEval.evalLinking({ split: "dev", lang: "ar,en" })).slice(0, 2));
// Cleaning of the Arabic pages against their hand-labelled chrome lines (scripts/eval-cleaning.mjs --real).
const cleaningAr = spawnSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), "eval-cleaning.mjs"), "--real"], { encoding: "utf8" });
if (cleaningAr.stdout.trim()) realLines.push(cleaningAr.stdout.trim());

const verbose = process.env.SOURCED_EVAL_VERBOSE !== "0";
const run = (extra) => spawnSync(process.execPath, [scorer, "--gold", gold, "--pred", pred, ...extra], { encoding: "utf8" });
// the held-out lines first, so that the scorer's own line on the dev gold is the last F1 line printed
for (const l of realLines) console.log(l);
for (const l of heldoutLines) console.log(l);
const shown = run(verbose ? ["--verbose"] : []);
process.stdout.write(`\n${shown.stdout}`);
if (shown.status !== 0) {
  process.stderr.write(shown.stderr);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
}
const json = run(["--json"]);
rmSync(dir, { recursive: true, force: true });
const result = JSON.parse(json.stdout);
const floors = { loose: floorsAll.loose ?? 0, strict: floorsAll.strict ?? 0 };
const fails = [...heldoutFails];
if (result.loose.f1 < floors.loose) fails.push(`loose F1 ${result.loose.f1} < floor ${floors.loose}`);
if (result.strict.f1 < floors.strict) fails.push(`strict F1 ${result.strict.f1} < floor ${floors.strict}`);
console.log(`\n${docs.length} documents, ${lines.length} records. Floors: loose ${floors.loose}, strict ${floors.strict}.`);
if (fails.length) {
  console.error(`eval: below the floor: ${fails.join("; ")}`);
  process.exit(1);
}
console.log("eval: at or above the floors.");

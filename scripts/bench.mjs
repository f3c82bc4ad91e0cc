#!/usr/bin/env node
// Throughput benchmark: generates synthetic noisy articles (3-5 KB each) from
// templates, in memory, then times each stage separately -- clean, annotate,
// extract, store (SQLite in a temp file) -- and prints documents per second
// (wall clock, and per core from CPU time) and the peak resident memory.
// Figures only: nothing passes or fails.
//
//   npm run build && npm run bench            10,000 documents
//   node scripts/bench.mjs --docs 2000         fewer
//
// Then, engine against engine: the built `sourced ingest` of the same
// articles (as files; --ingest-docs, default 2,000) with 1 and 2 worker
// threads into SQLite and, when SOURCED_BENCH_PG_URL names a PostgreSQL server
// where the benchmark may create databases, into PostgreSQL; and a filtered
// event page (type + country + date range, 100 rows) over --page-events
// stored events (default 200,000), p50 and p99. Without a server at hand:
//   node scripts/pg-test-cluster.mjs -- npm run bench

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argDocs = process.argv.indexOf("--docs");
const N = argDocs > 0 ? Number(process.argv[argDocs + 1]) : 10_000;
const flag = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const INGEST_DOCS = flag("--ingest-docs", 2_000);
const PAGE_EVENTS = flag("--page-events", 200_000);
const BATCH = 250;

const load = async (rel) => import(pathToFileURL(join(root, "dist", rel)).href);
let clean, annotate, extract, context;
try {
  clean = await load("clean/index.js");
  annotate = await load("annotate/index.js");
  extract = await load("extract/index.js");
  context = await load("context.js");
} catch (err) {
  console.error(`bench: cannot load dist/ (${err.message.split("\n")[0]}): run \`npm run build\` first`);
  process.exit(1);
}
let openSqliteStore = null;
try {
  ({ openSqliteStore } = await load("store/sqlite/index.js"));
} catch {
  console.error("bench: dist/store/sqlite/index.js not available: the store stage is skipped");
}

// ------------------------------------------------------------ generator

function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20260123);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const fmt = (n) => n.toLocaleString("en-US");

const PLACES = [
  "Hasakah",
  "Raqqa",
  "Deir ez-Zor",
  "Qamishli",
  "Kobani",
  "Shaddadi",
  "Mosul",
  "Kirkuk",
  "Tikrit",
  "Baghdad",
  "Erbil",
  "Anbar",
  "Sinjar",
  "Tal Afar",
  "Ramadi",
  "Fallujah",
  "Baiji",
  "Hawija",
  "Abu Kamal",
  "al-Qaim",
  "Manbij",
  "Aleppo",
  "Idlib",
  "Homs",
];
const COUNTRIES = ["Syria", "Iraq", "Turkey", "Jordan", "Lebanon"];
const GROUPS = ["Islamic State", "ISIS", "IS", "al-Qaeda", "Hurras al-Din", "the Fatemiyoun Brigade"];
const ACTORS = [
  "U.S. Central Command",
  "the Iraqi army",
  "Syrian government forces",
  "the Syrian Democratic Forces",
  "Iraqi counter-terrorism units",
  "the coalition",
  "Kurdish security forces",
  "the interior ministry",
];
const PEOPLE = [
  "Ahmad al-Jubouri",
  "Rania Saleh",
  "Omar Haddad",
  "Layla Karim",
  "Yusuf Mansour",
  "Dilan Ahmed",
  "Samir Othman",
  "Hana Aziz",
  "Karim Fadel",
  "Nadia Hussein",
];
const ROLES = [
  "a spokesman for the interior ministry",
  "a senior security official",
  "the provincial governor",
  "a military source",
  "a local council member",
  "the deputy foreign minister",
  "a judicial source",
];
const SUBJECTS = ["detainees", "prisoners", "suspected militants", "fighters", "inmates", "suspects", "IS members", "foreign fighters"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const QUALIFIERS = ["", "about ", "around ", "nearly ", "more than ", "at least ", "up to ", "some "];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const EVENT_SENTENCES = [
  () =>
    `${cap(pick(ACTORS))} transferred ${pick(QUALIFIERS)}${fmt(int(20, 3000))} ${pick(SUBJECTS)} from ${pick(PLACES)} to ${pick(COUNTRIES)} on ${pick(WEEKDAYS)}, ${pick(ROLES)} said.`,
  () =>
    `${cap(pick(QUALIFIERS))}${fmt(int(5, 1500))} ${pick(SUBJECTS)} escaped from a prison near ${pick(PLACES)} after ${pick(ACTORS)} attacked the facility, according to ${pick(ROLES)}.`,
  () => `Security forces arrested ${fmt(int(3, 400))} people suspected of links to ${pick(GROUPS)} in raids around ${pick(PLACES)} last week.`,
  () =>
    `A court in ${pick(PLACES)} sentenced ${fmt(int(2, 60))} ${pick(SUBJECTS)} to prison terms for membership of ${pick(GROUPS)}, ${pick(PEOPLE)}, a lawyer for several defendants, said.`,
  () => `${cap(pick(ACTORS))} took control of the camp near ${pick(PLACES)} on ${pick(WEEKDAYS)}, after Kurdish guards withdrew from the area.`,
  () => `Shelling hit the outskirts of ${pick(PLACES)} overnight, and ${pick(ROLES)} said ${int(2, 40)} people were killed in the attack.`,
  () =>
    `The camp still holds ${pick(QUALIFIERS)}${fmt(int(1000, 40000))} people, most of them women and children, according to figures from the administration.`,
  () => `Officials said up to ${fmt(int(1000, 9000))} ${pick(SUBJECTS)} could be moved to ${pick(COUNTRIES)} in the coming months under the plan.`,
  () =>
    `The two sides exchanged ${fmt(int(10, 300))} prisoners on ${pick(WEEKDAYS)} in a swap mediated by ${pick(["the United Arab Emirates", "Qatar", "Turkey", "the Red Cross"])}, with ${int(5, 150)} released by each side.`,
  () => `${cap(pick(ACTORS))} and ${pick(ACTORS)} signed an agreement on ${pick(WEEKDAYS)} to hand over the prisons in ${pick(PLACES)} to state control.`,
  () => `${pick(PEOPLE)}, ${pick(ROLES)}, said ${fmt(int(10, 800))} ${pick(SUBJECTS)} had been released under an amnesty since ${pick(MONTHS)}.`,
];
const FILLER = [
  () => `"The situation remains difficult, and we are working with our partners to keep the region secure," ${pick(PEOPLE)} told reporters in ${pick(PLACES)}.`,
  () => `Rights groups have asked for access to the facilities and for fair trials for those accused, saying conditions in several prisons remain poor.`,
  () =>
    `The fighting in the northeast has displaced thousands of families, aid agencies said, and many have sought shelter in schools and mosques in ${pick(PLACES)}.`,
  () =>
    `Residents of ${pick(PLACES)} described a tense night, with checkpoints on the main roads and military vehicles moving through the town until the morning.`,
  () =>
    `Diplomats following the talks said the fate of the foreign detainees would be one of the hardest issues to settle, as many governments refuse to take back their citizens.`,
  () =>
    `The ${pick(["United Nations", "European Union", "Red Cross"])} called on all sides to protect civilians and to allow humanitarian aid to reach the areas affected by the fighting.`,
  () =>
    `Local officials said electricity and water supplies had been cut in parts of ${pick(PLACES)}, and that hospitals were struggling to cope with the number of wounded.`,
];
const NOISE_TOP = [
  () => [`Listen to the article`, ``, `0:00`, `0:00`, ``],
  () => [`print-icon`, `print-icon`, ``],
  () => [`• ${pick(WEEKDAYS)}, ${int(1, 28)} ${pick(MONTHS)} 2026`, `logo`, ``],
  () => [` date 2026-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")} 200`],
  () => [`News`, ``],
];
const NOISE_MID = [`Ad Space 728×90`, `Advertisement`, `${int(3, 900)} Views`, `Share this article`, `Story continues below advertisement`];
const NOISE_END = [
  () => [`Loading recommendations...`],
  () => [`Top`],
  () => [`${int(2, 5)} Comments`, ``, `  1. ${pick(FILLER)()}`, ``, `  2. ${pick(PEOPLE)} on`, ``, `    ${pick(FILLER)()}`, ``, `Leave A Reply`],
  () => [`Related Articles`, ``, `© 2026 ${pick(["Example Media", "Regional Press", "Northern Wire"])} LLC. All rights reserved.`],
];

function cap(s) {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function article(i) {
  const lines = [...pick(NOISE_TOP)()];
  const headline = `${cap(pick(SUBJECTS))} moved from ${pick(PLACES)} as tensions rise in ${pick(COUNTRIES)}`;
  lines.push(headline, "");
  const style = int(0, 2);
  if (style === 0) lines.push(`By ${pick(PEOPLE)} | ${pick(MONTHS)} ${int(1, 28)}, 2026`, "");
  if (style === 1) lines.push(`📅 ${pick(MONTHS)} ${int(1, 28)}, 2026`, `👁️ ${int(3, 900)} Views`, "");
  const target = int(3000, 5000);
  let size = lines.join("\n").length;
  while (size < target - 200) {
    const sentences = [];
    for (let k = int(2, 4); k > 0; k--) sentences.push(rand() < 0.45 ? pick(EVENT_SENTENCES)() : pick(FILLER)());
    const para = sentences.join(" ");
    lines.push(para, "");
    if (rand() < 0.12) lines.push(pick(NOISE_MID), "");
    size += para.length + 2;
  }
  lines.push(...pick(NOISE_END)());
  const text = lines.join("\n");
  const id = `bench-${String(i).padStart(6, "0")}`;
  return {
    meta: { id, title: null, outlet: null, url: null, published: null, publishedRule: null, dateline: null, origin: `${id}.txt`, format: "text", warnings: [] },
    raw: Buffer.from(text),
    text,
  };
}

// ------------------------------------------------------------ timing

const stages = ["generate", "clean", "annotate", "extract", "store"];
const totals = Object.fromEntries(stages.map((s) => [s, { wall: 0, cpu: 0, docs: 0 }]));
let chars = 0;
let events = 0;

function timed(stage, n, fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  totals[stage].wall += performance.now() - t0;
  const c = process.cpuUsage(c0);
  totals[stage].cpu += (c.user + c.system) / 1000;
  totals[stage].docs += n;
  return out;
}
async function timedAsync(stage, n, fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await fn();
  totals[stage].wall += performance.now() - t0;
  const c = process.cpuUsage(c0);
  totals[stage].cpu += (c.user + c.system) / 1000;
  totals[stage].docs += n;
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), "sourced-bench-"));
const store = openSqliteStore ? openSqliteStore(join(tmp, "bench.db")) : null;
const extractorVersion = extract.EXTRACTOR_VERSION ?? "bench";

console.log(`sourced benchmark: ${fmt(N)} synthetic articles, batches of ${BATCH}, node ${process.version}`);
try {
  for (let start = 0; start < N; start += BATCH) {
    const n = Math.min(BATCH, N - start);
    const raws = timed("generate", n, () => Array.from({ length: n }, (_, k) => article(start + k)));
    for (const r of raws) chars += r.text.length;
    const cleaned = timed("clean", n, () => raws.map((r) => clean.cleanDocument(r)));
    const ctxs = cleaned.map((c) => context.createContext({ docId: c.meta.id, published: c.meta.published, debug: false }));
    const annotations = timed("annotate", n, () => cleaned.map((c, k) => annotate.annotate(c.cleanText, ctxs[k])));
    const extracted = timed("extract", n, () => annotations.map((a, k) => extract.extractEvents(a, ctxs[k])));
    for (const e of extracted) events += e.length;
    if (store) {
      await timedAsync("store", n, async () => {
        for (let k = 0; k < n; k++) {
          // as ingest stores it: the document and its events in one transaction
          await store.storeDocument(cleaned[k], { extractorVersion, events: extracted[k] });
        }
      });
    }
    if (process.stderr.isTTY) process.stderr.write(`\r${fmt(start + n)} / ${fmt(N)}`);
  }
} finally {
  if (process.stderr.isTTY) process.stderr.write("\r");
  await store?.close();
  rmSync(tmp, { recursive: true, force: true });
}

const rate = (docs, ms) => (ms > 0 ? fmt(Math.round(docs / (ms / 1000))) : "-");
const row = (name, t) =>
  `${name.padEnd(10)} ${rate(t.docs, t.wall).padStart(12)} ${rate(t.docs, t.cpu).padStart(14)} ${(t.wall / 1000).toFixed(2).padStart(9)}`;
console.log(`average article: ${fmt(Math.round(chars / N))} characters; ${fmt(events)} events extracted`);
console.log(`${"stage".padEnd(10)} ${"docs/s wall".padStart(12)} ${"docs/s/core".padStart(14)} ${"seconds".padStart(9)}`);
for (const s of stages.slice(1)) {
  if (s === "store" && !store) {
    console.log(`${"store".padEnd(10)} skipped (no SQLite store in dist/)`);
    continue;
  }
  console.log(row(s, totals[s]));
}
const pipeline = stages.slice(1).reduce((acc, s) => ({ docs: N, wall: acc.wall + totals[s].wall, cpu: acc.cpu + totals[s].cpu }), { docs: N, wall: 0, cpu: 0 });
console.log(row("total", pipeline));
console.log(`(generation of the test articles, not counted: ${(totals.generate.wall / 1000).toFixed(2)} s)`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// ------------------------------------------------------------ Arabic articles

{
  // The Arabic locale over the Arabic texts of the real-article corpus (development split; skipped
  // when the cache is absent): clean, detect the language, annotate and extract, as processDocument does.
  const { readManifest, checkCache } = await import("./real-corpus.mjs");
  const { ok } = checkCache(readManifest().filter((m) => m.lang === "ar" && m.split === "dev"));
  if (!ok.length) console.log("Arabic corpus texts: skipped (the Arabic texts of eval/real/cache are absent)");
  else {
    const pipeline = await load("pipeline.js");
    const { textDocument } = await load("ingest/text.js");
    const raws = ok.map((m) => textDocument(m.id, `${m.id}.txt`, Buffer.from(m.text), m.text, []));
    for (const raw of raws) pipeline.processDocument(raw); // a first pass loads the Arabic gazetteer, as a long-running process would
    const rounds = Math.max(1, Math.ceil(Math.min(N, 5000) / raws.length));
    const t = { clean: { wall: 0, cpu: 0, docs: 0 }, locale: { wall: 0, cpu: 0, docs: 0 } };
    const time = (k, fn) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const out = fn();
      t[k].wall += performance.now() - t0;
      const c = process.cpuUsage(c0);
      t[k].cpu += (c.user + c.system) / 1000;
      t[k].docs += raws.length;
      return out;
    };
    let found = 0;
    for (let r = 0; r < rounds; r++) {
      const cleaned = time("clean", () => raws.map((raw) => pipeline.cleanAndDetect(raw)));
      const out = time("locale", () => cleaned.map((c) => pipeline.extractFromCleaned(c)));
      for (const o of out) found += o.events.length;
    }
    const avg = Math.round(ok.reduce((a, m) => a + m.text.length, 0) / ok.length);
    console.log(
      `Arabic corpus texts (development split): ${ok.length} texts of ${fmt(avg)} characters on average, ${rounds} passes, ${fmt(found / rounds)} events a pass`,
    );
    console.log(row("ar clean", t.clean), " (cleaning and language detection)");
    console.log(row("ar locale", t.locale), " (Arabic annotate and extract)");
    console.log(row("ar total", { docs: t.clean.docs, wall: t.clean.wall + t.locale.wall, cpu: t.clean.cpu + t.locale.cpu }));
  }
}

// ------------------------------------------------------------ hostile page and start-up

{
  // a page of 100,000 nested <div>s around one sentence (1.2 MB): refused by its shape, not by a clock
  const { readOne } = await load("ingest/index.js");
  const { writeFileSync, mkdtempSync: mk, rmSync: rm } = await import("node:fs");
  const dir = mk(join(tmpdir(), "sourced-bench-html-"));
  const page = join(dir, "nested.html");
  writeFileSync(page, `<html><body>${"<div>".repeat(100_000)}<p>Police moved 40 detainees to Basra on Monday.</p>${"</div>".repeat(100_000)}</body></html>`);
  const t0 = performance.now();
  const out = await readOne(page);
  const ms = performance.now() - t0;
  console.log(`nested page (100,000 <div>s, 1.2 MB): ${out.ok ? "read" : `refused: ${out.problem}`} in ${ms.toFixed(0)} ms`);
  rm(dir, { recursive: true, force: true });
}
{
  // whole-process start-up of the command line: median of five runs
  const { spawnSync } = await import("node:child_process");
  const main = join(root, "dist", "cli", "main.js");
  const { mkdtempSync: mk, rmSync: rm } = await import("node:fs");
  const dir = mk(join(tmpdir(), "sourced-bench-cli-"));
  const median = (args) => {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      spawnSync(process.execPath, [main, ...args], { cwd: dir, stdio: "ignore" });
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[2].toFixed(0);
  };
  console.log(
    `start-up: sourced --help ${median(["--help"])} ms, sourced docs (no database) ${median(["--db", join(dir, "none.db"), "docs"])} ms (median of 5)`,
  );
  rm(dir, { recursive: true, force: true });
}
{
  // reconciliation of a synthetic store (scripts/bench-reconcile.mjs) at 10,000 and 100,000 records
  // (--reconcile-events N,M for other sizes), each bounded to ten minutes, with the growth exponent
  const { benchReconcile } = await import("./bench-reconcile.mjs");
  const i = process.argv.indexOf("--reconcile-events");
  const sizes = i > 0 ? process.argv[i + 1].split(",").map(Number) : [10_000, 100_000];
  for (const line of benchReconcile(sizes)) console.log(line);
  // incremental update after 100 new documents (--incremental-events N; 100,000 records by default)
  const { benchIncremental } = await import("./bench-reconcile.mjs");
  const j = process.argv.indexOf("--incremental-events");
  for (const line of benchIncremental(j > 0 ? Number(process.argv[j + 1]) : 100_000)) console.log(line);
}

// ------------------------------------------------------------ engines and workers

{
  const { spawn } = await import("node:child_process");
  const { mkdirSync, writeFileSync, mkdtempSync: mk, rmSync: rm } = await import("node:fs");
  const { openStore } = await load("store/index.js");
  const main = join(root, "dist", "cli", "main.js");
  const pgUrl = process.env.SOURCED_BENCH_PG_URL;
  const dir = mk(join(tmpdir(), "sourced-bench-engines-"));
  const pg = pgUrl ? (await import("pg")).default : null;
  let dbs = 0;
  /** A fresh location on each engine. */
  const fresh = async (engine) => {
    dbs++;
    if (engine === "sqlite") return join(dir, `bench-${dbs}.db`);
    const name = `sourced_bench_${process.pid}_${dbs}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(pgUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };
  const drop = async (location) => {
    if (!location.startsWith("postgres")) return;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${new URL(location).pathname.slice(1)}`);
    await admin.end();
  };
  const engines = pgUrl ? ["sqlite", "postgres"] : ["sqlite"];
  try {
    const folder = join(dir, "articles");
    mkdirSync(folder);
    for (let i = 0; i < INGEST_DOCS; i++) {
      const a = article(1_000_000 + i);
      writeFileSync(join(folder, `${a.meta.id}.txt`), a.text);
    }
    const ingest = (db, workers) =>
      new Promise((resolve, reject) => {
        const t0 = performance.now();
        const child = spawn(process.execPath, [main, "--db", db, "ingest", folder, "--workers", String(workers), "--json"], {
          stdio: ["ignore", "pipe", "ignore"],
        });
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.on("close", (code) => {
          if (code !== 0) return reject(new Error(`ingest into ${db.replace(/\/\/[^@/]*@/, "//***@")} exited with ${code}`));
          resolve({ seconds: (performance.now() - t0) / 1000, summary: JSON.parse(out) });
        });
      });
    console.log(
      `\ningest of ${fmt(INGEST_DOCS)} articles by the command line (${pgUrl ? "SQLite and PostgreSQL" : "SQLite only: set SOURCED_BENCH_PG_URL for PostgreSQL"})`,
    );
    console.log(`${"engine".padEnd(10)} ${"workers".padStart(8)} ${"seconds".padStart(9)} ${"docs/s".padStart(8)} ${"speed-up".padStart(9)}`);
    const times = {};
    for (const engine of engines) {
      for (const workers of [1, 2]) {
        const db = await fresh(engine);
        const { seconds, summary } = await ingest(db, workers);
        times[`${engine}/${workers}`] = seconds;
        const speedUp = workers === 2 ? `${(times[`${engine}/1`] / seconds).toFixed(2)}x` : "";
        console.log(
          `${engine.padEnd(10)} ${String(workers).padStart(8)} ${seconds.toFixed(2).padStart(9)} ${fmt(Math.round(summary.inserted / seconds)).padStart(8)} ${speedUp.padStart(9)}`,
        );
        await drop(db);
      }
    }
    if (pgUrl) {
      for (const w of [1, 2])
        console.log(`postgres / sqlite time, ${w} worker${w > 1 ? "s" : ""}: ${(times[`postgres/${w}`] / times[`sqlite/${w}`]).toFixed(2)}x`);
    }

    // A filtered event page over many stored events.
    const TYPES = ["transfer", "escape", "release", "holding", "trial", "arrest"];
    const CC = ["SY", "IQ", "TR", "JO", "LB"];
    const perDoc = 100;
    const docs = Math.ceil(PAGE_EVENTS / perDoc);
    const r = rng(7);
    const eventOf = (doc, k) => {
      const month = String(1 + Math.floor(r() * 12)).padStart(2, "0");
      const day = String(1 + Math.floor(r() * 28)).padStart(2, "0");
      const ev = `Some ${k} detainees were moved on the ${day}th.`;
      return {
        doc,
        type: TYPES[Math.floor(r() * TYPES.length)],
        status: "occurred",
        date: `${2020 + Math.floor(r() * 6)}-${month}-${day}`,
        count: { value: k, qualifier: "exact" },
        subject: "detainees",
        group: null,
        actor: null,
        origin: { name: "Hasakah", country: CC[Math.floor(r() * CC.length)] },
        destination: { name: "Baghdad", country: CC[Math.floor(r() * CC.length)] },
        location: null,
        source: null,
        evidence: [{ text: ev, start: 0, end: ev.length }],
        confidence: r(),
        tags: [],
        dateImplied: false,
        countKind: "one_off",
        geo: { origin: null, destination: null, location: null },
      };
    };
    console.log(`\nfiltered event page (type + country + date range, 100 rows) over ${fmt(docs * perDoc)} events`);
    for (const engine of engines) {
      const db = await fresh(engine);
      const store = openStore(db);
      const t0 = performance.now();
      for (let d = 0; d < docs; d++) {
        const id = `page-${d}`;
        const text = `Events of document ${d}.`;
        const doc = {
          meta: {
            id,
            title: null,
            outlet: null,
            url: null,
            published: null,
            publishedRule: null,
            dateline: null,
            origin: `${id}.txt`,
            format: "text",
            warnings: [],
          },
          raw: Buffer.from(text),
          text,
          cleanText: text,
          removed: [],
        };
        await store.storeDocument(doc, { extractorVersion: "bench", events: Array.from({ length: perDoc }, (_, k) => eventOf(id, k)) });
      }
      const loadS = (performance.now() - t0) / 1000;
      const ms = [];
      for (let i = 0; i < 200; i++) {
        const filter = {
          type: TYPES[i % TYPES.length],
          country: CC[i % CC.length],
          from: `${2020 + (i % 5)}-0${1 + (i % 6)}`,
          to: `${2021 + (i % 5)}-0${1 + (i % 6)}`,
          limit: 100,
        };
        const t = performance.now();
        await store.listEvents(filter);
        ms.push(performance.now() - t);
      }
      ms.sort((a, b) => a - b);
      console.log(
        `${engine.padEnd(10)} stored in ${loadS.toFixed(1)} s; page p50 ${ms[Math.floor(ms.length * 0.5)].toFixed(1)} ms, p99 ${ms[Math.floor(ms.length * 0.99)].toFixed(1)} ms (200 pages)`,
      );
      await store.close();
      await drop(db);
    }
  } finally {
    rm(dir, { recursive: true, force: true });
  }
}

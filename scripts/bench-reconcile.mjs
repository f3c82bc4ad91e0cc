#!/usr/bin/env node
// Reconciliation of a large synthetic store: 100,000 records of ~25,000
// stories told by one to eight reports each, over ~40,000 documents, timed
// through reconcile() (copy groups, stories, series, conflicts). Figures
// only; `npm run bench` prints the lines: wall and CPU time and peak memory
// at 10,000 and 100,000 records, each run in a process of its own and
// stopped past ten minutes, and the growth exponent of the CPU time.
//
//   node scripts/bench-reconcile.mjs [--events N] [--json]
//   node scripts/bench-reconcile.mjs --incremental N [--no-contexts] [--json]   (an update after 100 new documents at N records)

import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Synthetic records and documents: each story has a type, a route, a date, a figure and a kind of figure; reports vary them a little. */
export function syntheticStore(n, seed = 7) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const types = ["transfer", "escape", "release", "exchange", "repatriation", "arrest", "attack", "killing", "holding"];
  const countries = ["SY", "IQ", "NG", "PK", "AF", "LB", "TR", "UA", "RU", "BD", "LY", "SD", "MM", "EC", "IR", "US"];
  const groups = [null, null, "Islamic State", "Boko Haram", "Hayat Tahrir al-Sham", "Taliban"];
  const sites = ["Kuje", "Hasakah", "Torkham", "Narsingdi", "Sednaya", "Roumieh", "Insein", "Kober", "Mitiga", "Abu Salim", "Litoral", "Evin"];
  const verbs = ["moved", "freed", "escaped", "handed over", "returned", "detained", "sent back", "released"];
  const events = [];
  const docs = [];
  let d = 0;
  let id = 0;
  while (events.length < n) {
    const type = pick(types);
    const from = pick(countries);
    const to = pick(countries);
    const day = Math.floor(r() * 1500);
    const date = new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const count = Math.floor(10 + r() * 5000);
    const group = pick(groups);
    const site = r() < 0.4 ? pick(sites) : null;
    const kind = r() < 0.2 ? "cumulative" : r() < 0.1 ? "stock" : "one_off";
    const reports = 1 + Math.floor(r() * 8);
    for (let k = 0; k < reports && events.length < n; k++) {
      const doc = `d${d++}`;
      const value = r() < 0.7 ? count : Math.floor(count * (0.7 + r() * 0.6));
      const text = `${site ? `At ${site}, ` : ""}officials said ${value.toLocaleString("en-US")} ${pick(["people", "inmates", "detainees", "migrants", "prisoners"])} were ${pick(verbs)} ${pick(["on Monday", "this week", "overnight", "so far", "in total", ""])}.`;
      const place = (c) => ({ name: site && r() < 0.7 ? site : c, country: c });
      const movement = ["transfer", "escape", "release", "exchange", "repatriation"].includes(type);
      const o = movement ? place(from) : null;
      const dest = movement && r() < 0.8 ? { name: to, country: to } : null;
      const loc = movement ? null : place(from);
      const geo = (p) => (p ? { ...p, lat: null, lon: null } : null);
      events.push({
        id: String(++id),
        doc,
        docVersion: 1,
        extractorVersion: "bench",
        type,
        status: "occurred",
        date: r() < 0.25 ? null : date,
        count: r() < 0.1 ? null : { value, qualifier: r() < 0.7 ? "exact" : "approx" },
        countKind: kind,
        subject: null,
        group: r() < 0.3 ? null : group,
        actor: null,
        origin: o,
        destination: dest,
        location: loc,
        source: null,
        confidence: 0.8,
        tags: [],
        dateImplied: false,
        geo: { origin: geo(o), destination: geo(dest), location: geo(loc) },
        evidence: [{ text, start: 0, end: text.length }],
      });
      docs.push({
        id: doc,
        outlet: `outlet${d % 300}`,
        published: r() < 0.5 ? null : date,
        title: null,
        cleanText: `${text} ${pick(verbs)} ${pick(sites)} ${d}`,
      });
    }
  }
  return { docs, events };
}

/** One reconciliation of a synthetic store of n records, in this process: wall and CPU seconds, peak resident memory. */
export async function runOnce(n) {
  const { reconcile } = await import(pathToFileURL(join(root, "dist", "reconcile", "index.js")).href);
  const input = syntheticStore(n);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const rec = reconcile({ ...input, overrides: [] });
  const c = process.cpuUsage(c0);
  return {
    events: n,
    docs: input.docs.length,
    wall: (performance.now() - t0) / 1000,
    cpu: (c.user + c.system) / 1e6,
    peakMB: process.resourceUsage().maxRSS / 1024,
    stories: rec.stories.length,
    series: rec.series.length,
    conflicts: rec.conflicts.length,
  };
}

/**
 * An incremental update (src/reconcile/incremental.ts) in this process: the
 * state is built over a synthetic store of n records, then the last `added`
 * documents arrive and are reconciled; the update's wall and CPU seconds.
 */
export async function runIncremental(n, added = 100, contexts = true) {
  const { ReconcileState } = await import(pathToFileURL(join(root, "dist", "reconcile", "incremental.js")).href);
  const { docs, events } = syntheticStore(n);
  const late = new Set(docs.slice(-added).map((d) => d.id));
  const t0 = performance.now();
  const { state } = ReconcileState.build({
    docs: docs.filter((d) => !late.has(d.id)),
    events: events.filter((e) => !late.has(e.doc)),
    overrides: [],
    contexts,
  });
  const build = (performance.now() - t0) / 1000;
  const newDocs = docs.filter((d) => late.has(d.id));
  const newEvents = events.filter((e) => late.has(e.doc));
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const { stats } = state.update({ docs: newDocs, events: newEvents, overrides: [] });
  const c = process.cpuUsage(c1);
  return {
    events: n,
    added: newDocs.length,
    addedEvents: newEvents.length,
    contexts,
    build,
    wall: (performance.now() - t1) / 1000,
    cpu: (c.user + c.system) / 1e6,
    rebuilt: stats.recordsRebuilt,
    stories: stats.storiesRebuilt,
    peakMB: process.resourceUsage().maxRSS / 1024,
  };
}

/** The incremental update's line for `npm run bench`, measured in a process of its own bounded by `limitSeconds`. */
export function benchIncremental(n = 100_000, limitSeconds = 900, contexts = true) {
  const args = ["--max-old-space-size=6144", fileURLToPath(import.meta.url), "--incremental", String(n), "--json", ...(contexts ? [] : ["--no-contexts"])];
  const r = spawnSync(process.execPath, args, {
    encoding: "utf8",
    timeout: limitSeconds * 1000,
  });
  if (r.status !== 0 || !r.stdout.trim()) {
    const why = r.error?.code === "ETIMEDOUT" || r.signal ? `stopped after ${limitSeconds} s` : (r.stderr.trim().split("\n")[0] ?? "failed");
    return [`reconcile: incremental at ${fmt(n)} records: ${why}`];
  }
  const m = JSON.parse(r.stdout.trim().split("\n").pop());
  return [
    `reconcile: incremental update after ${fmt(m.added)} new documents (${fmt(m.addedEvents)} records) at ${fmt(m.events)} records (report contexts ${m.contexts ? "on" : "off"}): ${m.wall.toFixed(2)} s (${m.cpu.toFixed(2)} CPU-s), ${fmt(m.rebuilt)} records in ${fmt(m.stories)} stories re-reconciled (state built in ${m.build.toFixed(1)} s, peak ${fmt(Math.round(m.peakMB))} MB; target < 2 s at 1,000,000)`,
  ];
}

const fmt = (n) => n.toLocaleString("en-US");

/**
 * Each size in a process of its own (so that the peak memory is that
 * run's), bounded by `limitSeconds`; a run past the bound is stopped and
 * reported as such. Returns the lines to print, the last one the growth
 * exponent (CPU time ~ n^k) between the smallest and largest finished runs.
 */
export function benchReconcile(sizes = [10_000, 100_000], limitSeconds = 600) {
  const lines = [];
  const done = [];
  for (const n of sizes) {
    const r = spawnSync(process.execPath, ["--max-old-space-size=4096", fileURLToPath(import.meta.url), "--events", String(n), "--json"], {
      encoding: "utf8",
      timeout: limitSeconds * 1000,
    });
    if (r.status !== 0 || !r.stdout.trim()) {
      const why = r.error?.code === "ETIMEDOUT" || r.signal ? `stopped after ${limitSeconds} s` : (r.stderr.trim().split("\n")[0] ?? "failed");
      lines.push(`reconcile: ${fmt(n)} records: ${why}`);
      continue;
    }
    const m = JSON.parse(r.stdout.trim().split("\n").pop());
    done.push(m);
    lines.push(
      `reconcile: ${fmt(m.events)} records of ${fmt(m.docs)} documents in ${m.wall.toFixed(1)} s (${m.cpu.toFixed(1)} CPU-s), peak ${fmt(Math.round(m.peakMB))} MB (${fmt(m.stories)} stories, ${fmt(m.series)} series, ${fmt(m.conflicts)} conflicts)`,
    );
  }
  if (done.length >= 2) {
    const a = done[0];
    const b = done[done.length - 1];
    const k = Math.log(b.cpu / a.cpu) / Math.log(b.events / a.events);
    lines.push(`reconcile: growth ${fmt(a.events)} -> ${fmt(b.events)} records: CPU time ~ n^${k.toFixed(2)} (1.00 is linear)`);
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv.includes("--incremental")) {
  const n = Number(process.argv[process.argv.indexOf("--incremental") + 1]);
  const contexts = !process.argv.includes("--no-contexts");
  if (process.argv.includes("--json")) console.log(JSON.stringify(await runIncremental(n, 100, contexts)));
  else for (const l of benchIncremental(n, 900, contexts)) console.log(l);
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf("--events");
  if (process.argv.includes("--json")) console.log(JSON.stringify(await runOnce(i > 0 ? Number(process.argv[i + 1]) : 100_000)));
  else for (const l of benchReconcile(i > 0 ? [Number(process.argv[i + 1])] : [10_000, 100_000])) console.log(l);
}

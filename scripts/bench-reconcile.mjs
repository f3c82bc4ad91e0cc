#!/usr/bin/env node
// Reconciliation of a large synthetic store: 100,000 records of ~25,000
// stories told by one to eight reports each, over ~40,000 documents, timed
// through reconcile() (copy groups, stories, series, conflicts). Figures
// only; `npm run bench` prints the line.
//
//   node scripts/bench-reconcile.mjs [--events N]

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

export async function benchReconcile(n = 100_000) {
  const { reconcile } = await import(pathToFileURL(join(root, "dist", "reconcile", "index.js")).href);
  const input = syntheticStore(n);
  const t0 = performance.now();
  const rec = reconcile({ ...input, overrides: [] });
  const s = (performance.now() - t0) / 1000;
  return `reconcile: ${n.toLocaleString("en-US")} records of ${input.docs.length.toLocaleString("en-US")} documents in ${s.toFixed(1)} s (${rec.stories.length.toLocaleString("en-US")} stories, ${rec.series.length} series, ${rec.conflicts.length} conflicts)`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf("--events");
  console.log(await benchReconcile(i > 0 ? Number(process.argv[i + 1]) : 100_000));
}

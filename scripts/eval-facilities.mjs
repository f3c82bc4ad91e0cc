#!/usr/bin/env node
// Scores facilities on the real-article corpus (eval/real/): the cached texts
// are ingested into a throwaway SQLite store as `sourced ingest` stores them,
// the stored records are aligned to the gold events by the shared scorer
// (scripts/eval-real.mjs, scripts/eval-linking.mjs), and then:
//
//   linking   over aligned records: the facilities a record is tied to
//             (origin, destination, location) against the gold event's
//             `facility` name lists: precision, recall;
//   split     gold facilities (name lists that share a name, per story)
//             whose records went to two or more registry entries;
//   merged    registry entries whose records carry two or more gold facilities;
//   control   the intervals of eval/real/facility-control.json: controller
//             right, and controller and month right where the gold fixes one.
//
//   node scripts/eval-facilities.mjs [--split dev|untouched] [--lang en] [--verbose]
//
// Skips cleanly, saying so, when the cache or the scorer is absent.

import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { alignToGold } from "./eval-linking.mjs";
import { ingestCorpus, scorer } from "./eval-real.mjs";
import { checkCache, readManifest } from "./real-corpus.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const load = (rel) => import(pathToFileURL(join(root, "dist", rel)).href);
const ROLES = ["origin", "destination", "location"];
const pct = (a, b) => (b ? (a / b).toFixed(3) : "-");

/** Gold facilities of one story: name lists that share a name are one facility. */
function goldIdentities(lists, aliasKey) {
  const parent = new Map();
  const find = (k) => (parent.get(k) === k ? k : find(parent.get(k)));
  for (const l of lists) {
    const keys = l.map(aliasKey);
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) parent.set(find(k), find(keys[0]));
  }
  return (list) => `${find(aliasKey(list[0]))}`;
}

export async function evalFacilities({ split = "dev", lang = "en", verbose = false } = {}) {
  if (!existsSync(scorer)) return { skipped: "the scorer (../shared/eval/score.mjs) is not present" };
  if (!existsSync(join(root, "dist", "reconcile", "facilities", "index.js"))) return { skipped: "dist/ is missing; run `npx tsc -p tsconfig.json` first" };
  const manifest = readManifest().filter((m) => m.split === split && (m.lang ?? "en") === lang);
  if (!manifest.length) return { skipped: `no ${lang} articles in the ${split} split of the manifest` };
  const { ok, problems } = checkCache(manifest);
  if (!ok.length) return { skipped: `the cache of real articles is absent (${problems.length} texts missing; see eval/real/README.md)` };
  const [facilities, names, control] = await Promise.all([
    load("reconcile/facilities/index.js"),
    load("reconcile/facilities/names.js"),
    load("reconcile/facilities/control.js"),
  ]);
  const byId = new Map(ok.map((m) => [m.id, m]));
  const dir = mkdtempSync(join(tmpdir(), "sourced-facilities-"));
  let store = null;
  try {
    const corpus = await ingestCorpus(ok, dir);
    store = corpus.store;
    const { goldDir } = corpus;
    const events = await store.listEvents({});
    const scored = await alignToGold(events, ok, goldDir, dir);
    if (scored.problem) return { skipped: `the scorer failed: ${scored.problem}` };
    const { golds, goldOf } = scored;
    // the scorer's copy of the gold may drop fields it does not score: read `facility` from the committed gold
    const committed = new Map(ok.map((m) => [m.id, JSON.parse(readFileSync(join(root, "eval", "real", "gold", `${m.id}.json`), "utf8")).events]));
    for (const [doc, gs] of golds) for (const [i, g] of gs.entries()) g._facility = ROLES.map((r) => committed.get(doc)?.[i]?.[r]?.facility).filter(Boolean);

    const built = await facilities.buildFacilities(store);
    const linked = new Map();
    for (const f of built) for (const x of f.events) linked.set(x.eventId, [...(linked.get(x.eventId) ?? []), f]);
    const registry = new facilities.FacilityRegistry();
    const storyOfDoc = (doc) => byId.get(doc)?.story ?? "";
    const allLists = new Map();
    for (const [doc, gs] of golds)
      for (const g of gs) for (const l of g._facility) allLists.set(storyOfDoc(doc), [...(allLists.get(storyOfDoc(doc)) ?? []), l]);
    const identity = new Map([...allLists].map(([story, lists]) => [story, goldIdentities(lists, names.aliasKey)]));

    /** True when a registry entry is what a gold name list names: an alias, or the same spelling skeleton and kind. */
    const matches = (entry, list) => {
      const keys = new Set(entry.aliases.map(names.aliasKey));
      const skels = new Set(entry.aliases.map((a) => names.skeletonKey(names.headKind(a) ? a : `${a} ${entry.kind === "camp" ? "camp" : "prison"}`)));
      return list.some((n) => keys.has(names.aliasKey(n)) || skels.has(names.skeletonKey(n)) || registry.resolve(n, entry.country)?.entry.id === entry.id);
    };

    let pred = 0;
    let predRight = 0;
    let gold = 0;
    let goldFound = 0;
    const wrong = [];
    const missed = [];
    const entriesOfGold = new Map();
    const goldsOfEntry = new Map();
    for (const [eventId, g] of goldOf) {
      const e = events.find((x) => x.id === eventId);
      const story = storyOfDoc(e.doc);
      const ids = identity.get(story);
      const goldLists = new Map();
      for (const l of g._facility) goldLists.set(ids ? ids(l) : l[0], l);
      const entries = linked.get(eventId) ?? [];
      pred += entries.length;
      for (const en of entries) {
        if ([...goldLists.values()].some((l) => matches(en, l))) predRight++;
        else wrong.push(`${e.doc} ${e.type}: tied to ${en.name}; gold ${[...goldLists.values()].map((l) => l[0]).join(", ") || "none"}`);
      }
      for (const l of goldLists.values()) {
        gold++;
        if (entries.some((en) => matches(en, l))) goldFound++;
        else
          missed.push(
            `${e.doc} ${e.type}: gold ${l[0]}; tied to ${entries.map((x) => x.name).join(", ") || "nothing"} (${ROLES.map((r) => e[r]?.name ?? "-").join(" | ")}) "${e.evidence[0]?.text.slice(0, 150)}"`,
          );
      }
      if (goldLists.size === 1 && entries.length) {
        const [gid] = goldLists.keys();
        const k = `${story}|${gid}`;
        for (const en of entries) {
          entriesOfGold.set(k, new Set([...(entriesOfGold.get(k) ?? []), en.id]));
          goldsOfEntry.set(en.id, new Set([...(goldsOfEntry.get(en.id) ?? []), k]));
        }
      }
    }
    const split = [...entriesOfGold].filter(([, s]) => s.size > 1).map(([k, s]) => `${k}: ${[...s].join(", ")}`);
    const merged = [...goldsOfEntry].filter(([, s]) => s.size > 1).map(([id, s]) => `${id}: ${[...s].join(", ")}`);

    // control intervals
    const ctlPath = join(root, "eval", "real", "facility-control.json");
    const ctl = existsSync(ctlPath) ? JSON.parse(readFileSync(ctlPath, "utf8")).stories : {};
    const stories = new Set(ok.map((m) => m.story));
    let intervals = 0;
    let controllerRight = 0;
    let monthsFixed = 0;
    let monthsRight = 0;
    const ctlMissed = [];
    for (const [story, list] of Object.entries(ctl)) {
      if (!stories.has(story)) continue;
      for (const iv of list) {
        intervals++;
        const fs = built.filter((f) => matches(f, iv.facility));
        const want = new Set(iv.controller.map((c) => control.controllerOf(c) ?? c));
        const hits = fs.flatMap((f) => f.control).filter((c) => want.has(c.controller));
        if (hits.length) controllerRight++;
        else
          ctlMissed.push(
            `${story}: ${iv.facility[0]} held by ${iv.controller[0]} (system: ${fs.map((f) => `${f.name}: ${f.control.map((c) => c.controller).join(" → ") || "no control"}`).join("; ") || "no facility"})`,
          );
        for (const bound of ["from", "to"]) {
          if (!iv[bound]) continue;
          monthsFixed++;
          if (hits.some((c) => c[bound]?.slice(0, 7) === iv[bound].slice(0, 7))) monthsRight++;
          else if (hits.length)
            ctlMissed.push(`${story}: ${iv.facility[0]} ${iv.controller[0]} ${bound} ${iv[bound]} (system: ${hits.map((c) => c[bound] ?? "?").join(", ")})`);
        }
      }
    }
    return {
      docs: ok.length,
      missing: problems.length,
      aligned: goldOf.size,
      facilities: built.length,
      learned: built.filter((f) => f.origin === "learned").length,
      linking: { pred, predRight, gold, goldFound, p: pred ? predRight / pred : 0, r: gold ? goldFound / gold : 0 },
      split,
      merged,
      control: { intervals, controllerRight, monthsFixed, monthsRight },
      detail: verbose ? { wrong, missed, ctlMissed } : null,
    };
  } finally {
    await store?.close?.();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function facilityLines(name, out) {
  if (out.skipped) return [`facilities ${name}: skipped (${out.skipped})`];
  const l = out.linking;
  const c = out.control;
  const lines = [
    `facilities ${name} (${out.docs} documents${out.missing ? `, ${out.missing} not cached` : ""}, ${out.aligned} records aligned to gold, ${out.facilities} facilities, ${out.learned} learned): linking P ${pct(l.predRight, l.pred)} R ${pct(l.goldFound, l.gold)} (${l.predRight}/${l.pred} ties right, ${l.goldFound}/${l.gold} gold facilities found); ${out.split.length} split across entries, ${out.merged.length} entries merging two`,
    `control ${name}: ${c.controllerRight}/${c.intervals} intervals with the right controller (recall ${pct(c.controllerRight, c.intervals)}), ${c.monthsRight}/${c.monthsFixed} months right where the gold fixes one`,
  ];
  for (const s of out.split) lines.push(`  split: ${s}`);
  for (const m of out.merged) lines.push(`  merged: ${m}`);
  if (out.detail) {
    for (const w of out.detail.wrong) lines.push(`  wrong tie: ${w}`);
    for (const m of out.detail.missed) lines.push(`  missed: ${m}`);
    for (const m of out.detail.ctlMissed) lines.push(`  control missed: ${m}`);
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (k, d = null) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : d);
  const split = arg("--split", "dev");
  const lang = arg("--lang", "en");
  const out = await evalFacilities({ split, lang, verbose: process.argv.includes("--verbose") });
  for (const l of facilityLines(`${lang} ${split}`, out)) console.log(l);
}

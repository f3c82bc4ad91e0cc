#!/usr/bin/env node
// Scores reconciliation on the real-article corpus (eval/real/): the cached
// texts are ingested into a throwaway SQLite store the way `sourced ingest`
// stores them, reconciled, and the stored records are aligned to the gold
// events by the shared scorer (scripts/eval-real.mjs). Then:
//
//   linking  pairs of aligned records from two documents put in one story,
//            against pairs whose gold events share a `story` key
//            (precision, recall, F1; for the corpus and per story);
//   copies   pairs of documents that are syndicated or rewritten copies of
//            one another (found in the texts by long shared word runs,
//            independently of the MinHash reconcile uses), and how many of
//            them reconcile put in one copy group;
//   series   the expected points (a gold event's `series`, figure and date)
//            against the points of the series reconcile builds: precision,
//            recall, and points whose figure no report in their documents
//            gives.
//
//   node scripts/eval-linking.mjs [--split dev|untouched] [--lang en|ar|ar,en|all] [--top N] [--verbose] [--stories PREFIX] [--errors]
//
// With more than one language (--lang ar,en) it also prints the story pairs
// whose two records come from documents in different languages.
//
// Skips cleanly, saying so, when the cache or the scorer is absent.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ingestCorpus, isRight, runScorer, scorer } from "./eval-real.mjs";
import { checkCache, readManifest } from "./real-corpus.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const load = (rel) => import(pathToFileURL(join(root, "dist", rel)).href);

const words = (t) =>
  String(t)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/(\d),(\d)/g, "$1$2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Share of a gold fragment's words found in a record's evidence (how the scorer reads overlap). */
function overlap(fragments, text) {
  const have = new Set(words(text));
  let best = 0;
  for (const f of fragments) {
    const want = [...new Set(words(f))];
    if (want.length) best = Math.max(best, want.filter((w) => have.has(w)).length / want.length);
  }
  return best;
}

const prf = (tp, pred, gold) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { tp, pred, gold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x) => `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f1.toFixed(3)}`;

/**
 * The store's records scored against the gold of the given articles: the
 * gold events by document and, for each record aligned to one, that gold
 * event (by record id); `{ problem }` when the scorer fails.
 */
export async function alignToGold(events, articles, goldDir, dir) {
  const recordMod = await load("export/record.js");
  const preds = events.map((e) => ({ event: e, record: recordMod.toRecord(e) }));
  const predPath = join(dir, "pred.jsonl");
  writeFileSync(predPath, `${preds.map((p) => JSON.stringify(p.record)).join("\n")}\n`);
  const scored = runScorer(goldDir, predPath);
  if (!scored.ok) return { problem: scored.problem };
  const golds = new Map(articles.map((m) => [m.id, JSON.parse(readFileSync(join(goldDir, `${m.id}.json`), "utf8")).events]));
  return { golds, goldOf: assign(preds, golds, scored.json) };
}

/**
 * Which gold event each record the scorer aligned stands for. The scorer says
 * which records it aligned (isRight) and which gold events it missed; within
 * one document and type the aligned records are paired with the gold events
 * not missed, best evidence overlap (and same figure) first.
 */
export function assign(preds, golds, scored) {
  const right = isRight(scored);
  const missed = new Set(scored.misses.map((m) => `${m.doc}|${m.type}|${m.evidence}`));
  const first = (t) => (t.length > 110 ? `${t.slice(0, 107)}...` : t);
  const out = new Map();
  const byDoc = new Map();
  for (const p of preds) if (right(p.record)) (byDoc.get(p.record.doc) ?? byDoc.set(p.record.doc, []).get(p.record.doc)).push(p);
  for (const [doc, ps] of byDoc) {
    const gs = (golds.get(doc) ?? []).filter((g) => !missed.has(`${doc}|${g.type}|${first(g.evidence[0] ?? "")}`) || g.optional);
    const pairs = [];
    for (const p of ps)
      for (const g of gs) {
        if (g.type !== p.record.type) continue;
        const o = overlap(g.evidence, p.record.evidence.map((e) => e.text).join(" "));
        const same = g.count?.value != null && p.record.count?.value === g.count.value;
        if (o >= 0.6 || same) pairs.push({ p, g, s: o + (same ? 1 : 0) });
      }
    pairs.sort((a, b) => b.s - a.s);
    const usedG = new Set();
    for (const { p, g } of pairs) {
      if (out.has(p.event.id) || usedG.has(g)) continue;
      usedG.add(g);
      out.set(p.event.id, g);
    }
  }
  return out;
}

// ------------------------------------------------------------------ linking

function linking(aligned, storyOf, keep = () => true, pairKeep = () => true) {
  const xs = [...aligned].filter(([, a]) => keep(a));
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++) {
      const [ei, a] = xs[i];
      const [ej, b] = xs[j];
      if (a.doc === b.doc) continue; // one document's records are never one story: the extractor merged them already
      if (!pairKeep(a, b)) continue;
      const same = storyOf.get(ei) === storyOf.get(ej);
      const truth = a.gold.story != null && a.gold.story === b.gold.story;
      if (same) pred++;
      if (truth) gold++;
      if (same && truth) tp++;
    }
  return prf(tp, pred, gold);
}

// ------------------------------------------------------------------ copies

const shingleSet = (text, k) => {
  const w = words(text);
  const s = new Set();
  for (let i = 0; i + k <= w.length; i++) s.add(w.slice(i, i + k).join(" "));
  return s;
};

/** Containment of the smaller text's 8-word runs in the larger's: ≥ 0.5 is a copy (truncated pages are cut at different points). */
function copyPairs(articles) {
  const sets = articles.map((m) => ({ m, s: shingleSet(m.text, 8) }));
  const out = [];
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i].s;
      const b = sets[j].s;
      if (!a.size || !b.size) continue;
      const [small, big] = a.size <= b.size ? [a, b] : [b, a];
      let inter = 0;
      for (const x of small) if (big.has(x)) inter++;
      const c = inter / small.size;
      if (c >= 0.5) out.push({ a: sets[i].m.id, b: sets[j].m.id, containment: c });
    }
  return out;
}

// ------------------------------------------------------------------ series

function datesMeet(a, b, util) {
  if (!a || !b) return false;
  return util.datesOverlap(a, b, 3) === true;
}

function seriesScore(rec, aligned, golds, util, events) {
  // expected points: one per series, figure and date, with the documents that give it
  const expected = new Map();
  for (const [doc, gs] of golds)
    for (const g of gs) {
      if (!g.series || g.count?.value == null || !g.date) continue;
      const k = `${g.series}|${g.count.value}|${g.date}`;
      const e = expected.get(k) ?? { series: g.series, value: g.count.value, date: g.date, docs: new Set(), hit: false, story: g.story };
      e.docs.add(doc);
      expected.set(k, e);
    }
  const goldOfEvent = new Map([...aligned].map(([id, a]) => [id, a.gold]));
  const storyEvents = new Map(rec.stories.map((s) => [s.id, s.mentions.map((m) => m.eventId)]));
  const figuresIn = (docs) => new Set(docs.flatMap((d) => (golds.get(d) ?? []).map((g) => g.count?.value).filter((v) => v != null)));
  let points = 0;
  let right = 0;
  let unsupported = 0;
  const unsupportedList = [];
  const wrongList = [];
  for (const se of rec.series) {
    // the gold series this tool series stands for: the majority over its points' aligned records
    const votes = new Map();
    const keysOf = (p) => (storyEvents.get(p.storyId) ?? []).map((id) => goldOfEvent.get(id)?.series).filter(Boolean);
    for (const p of se.points) for (const k of keysOf(p)) votes.set(k, (votes.get(k) ?? 0) + 1);
    const major = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    for (const p of se.points) {
      points++;
      const own = keysOf(p);
      const keys = new Set(own.length ? own : major ? [major] : []);
      const hits = [...expected.values()].filter((e) => keys.has(e.series) && e.value === p.value && datesMeet(e.date, p.date, util));
      if (hits.length) {
        right++;
        for (const h of hits) h.hit = true;
      } else wrongList.push(`${se.label}: ${p.value} ${p.kind} as of ${p.date ?? "?"} (${p.docs.join(", ")})`);
      if (!figuresIn(p.docs).has(p.value)) {
        unsupported++;
        unsupportedList.push(`${se.label}: ${p.value} ${p.kind} as of ${p.date ?? "?"} (${p.docs.join(", ")})`);
      }
    }
  }
  const exp = [...expected.values()];
  const hit = exp.filter((e) => e.hit).length;
  const missedList = exp.filter((e) => !e.hit).map((e) => ({ e, cause: missCause(e, rec, events, storyEvents, goldOfEvent, util) }));
  return {
    points,
    right,
    unsupported,
    expected: exp,
    hit,
    unsupportedList,
    wrongList,
    missedList,
    p: points ? right / points : 0,
    r: exp.length ? hit / exp.length : 0,
  };
}

/**
 * Why an expected series point is missing, from the records of its documents
 * that state its figure: none does (extraction), they were not read as a
 * running figure (kind), they are a point of another date, or a point whose
 * story holds no record of the gold series (joined to another series or story).
 */
function missCause(e, rec, events, storyEvents, goldOfEvent, util) {
  const recs = events.filter((x) => e.docs.has(x.doc) && x.count?.value === e.value);
  if (!recs.length) return "extraction: no record of its documents states the figure";
  const ids = new Set(recs.map((x) => x.id));
  const pts = rec.series
    .flatMap((se) => [...se.points.map((p) => ({ se, p })), ...se.planned.map((p) => ({ se, p, plan: true }))])
    .filter(({ p }) => p.eventIds.some((id) => ids.has(id)));
  if (!pts.length) return `kind: read as ${[...new Set(recs.map((x) => x.countKind ?? "no kind"))].join("/")}, not a point`;
  const brief = ({ se, p, plan }) => `${plan ? "plan " : ""}${p.value} ${p.kind} as of ${p.date ?? "?"} in "${se.label}"`;
  if (pts.every(({ plan }) => plan)) return `kind: a plan (${brief(pts[0])})`;
  const dated = pts.filter(({ p }) => p.date && util.datesOverlap(e.date, p.date, 3) === true);
  if (!dated.length) return `date: ${brief(pts[0])}`;
  const keys = new Set((storyEvents.get(dated[0].p.storyId) ?? []).map((id) => goldOfEvent.get(id)?.series).filter(Boolean));
  return `series: ${brief(dated[0])}, whose story holds ${keys.size ? [...keys].join(", ") : "no record of a gold series"}`;
}

/** `--stories PREFIX`: each gold story (key starting with PREFIX) told by two or more documents, with where its records went. */
function dumpStories(aligned, storyOf, events, only, rec) {
  const byStory = new Map();
  for (const [id, a] of aligned) {
    if (!a.gold.story?.startsWith(only)) continue;
    (byStory.get(a.gold.story) ?? byStory.set(a.gold.story, []).get(a.gold.story)).push(id);
  }
  const place = (p) => (p ? `${p.name}/${p.country}` : "-");
  for (const [k, ids] of byStory) {
    if (new Set(ids.map((id) => aligned.get(id).doc)).size < 2) continue;
    console.log(`== ${k}`);
    if (process.argv.includes("--explain"))
      for (const sid of new Set(ids.map((id) => storyOf.get(id))))
        for (const l of rec.stories.find((s) => s.id === sid)?.explanation ?? []) console.log(`    ${sid}: ${l}`);
    for (const id of ids) {
      const e = events.find((x) => x.id === id);
      console.log(
        `  ${storyOf.get(id)} ${e.id} ${e.doc} ${e.type} ${e.status} ${e.date ?? "-"} ${e.count ? `${e.count.qualifier}:${e.count.value}` : "-"} ${e.countKind ?? "-"} g=${e.group ?? "-"} a=${e.actor ?? "-"} o=${place(e.origin)} d=${place(e.destination)} l=${place(e.location)} | ${e.evidence[0]?.text.slice(0, 90)}`,
      );
    }
  }
}

// ------------------------------------------------------------------ errors

/**
 * `--errors`: every pair of aligned records from two documents that linking
 * got wrong, with why. A missed link whose records differ in type, or whose
 * gold events differ in type, is an extraction error (the record read another
 * event type than the gold); the others are linking decisions, told by the
 * veto or the missing anchor of linkEvents. A false merge gives the anchor
 * that tied the pair (or "through others" when the pair itself has none).
 */
function linkErrors(aligned, storyOf, events, prepared, compat, util) {
  // the fields a veto reads that the record got wrong against its gold event
  const countryOf = (pl) =>
    pl
      ? String(pl.country ?? "")
          .split(/[,+]/)
          .filter(Boolean)
      : [];
  const wrong = (e, g) => {
    const out = new Set();
    if (e.status !== g.status && (e.status === "planned" || g.status === "planned")) out.add("status");
    if (e.date && g.date && util.datesOverlap(e.date, g.date, 1) === false) out.add("date");
    for (const r of ["origin", "destination", "location"]) {
      const a = countryOf(e[r]);
      const b = countryOf(g[r]);
      if (a.length && b.length && !a.some((c) => b.includes(c))) out.add(r);
      if (a.length && !b.length && r !== "location") out.add(r);
    }
    const gg = [g.group ?? [], g.actor ?? []].flat().join(" ").toLowerCase();
    if (e.group && !gg.includes(String(e.group).toLowerCase())) out.add("group");
    return out;
  };
  const field = (veto) =>
    veto.startsWith("dates")
      ? "date"
      : veto.startsWith("a plan")
        ? "status"
        : veto.startsWith("groups")
          ? "group"
          : (/^(origin|destination|location)/.exec(veto)?.[1] ?? null);
  const xs = [...aligned];
  const byId = new Map(events.map((e) => [e.id, e]));
  const missed = new Map();
  const merged = new Map();
  const examples = new Map();
  const byPair = new Map();
  const note = (map, k, line) => {
    map.set(k, (map.get(k) ?? 0) + 1);
    const ex = examples.get(k) ?? examples.set(k, []).get(k);
    if (ex.length < 4) ex.push(line);
  };
  const brief = (e) =>
    `${e.doc} ${e.type} ${e.date ?? "-"} ${e.count ? e.count.value : "-"} o=${e.origin?.country ?? "-"} d=${e.destination?.country ?? "-"} l=${e.location?.name ?? "-"}`;
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++) {
      const [ei, a] = xs[i];
      const [ej, b] = xs[j];
      if (a.doc === b.doc) continue;
      const same = storyOf.get(ei) === storyOf.get(ej);
      const truth = a.gold.story != null && a.gold.story === b.gold.story;
      if (same === truth) continue;
      const x = byId.get(ei);
      const y = byId.get(ej);
      const line = `${a.gold.story ?? "-"} / ${b.gold.story ?? "-"}: ${brief(x)} | ${brief(y)}`;
      if (truth) {
        let k;
        if (x.type !== y.type) k = `extraction: types differ (${[x.type, y.type].sort().join(" vs ")})`;
        else {
          const v = compat.linkEvents(prepared.get(ei), prepared.get(ej));
          const f = v.veto ? field(v.veto) : null;
          if (f && (wrong(x, a.gold).has(f) || wrong(y, b.gold).has(f))) k = `extraction: ${f} read wrong (${v.veto.replace(/\(.*$/, "").trim()})`;
          else if (v.veto) k = `veto: ${v.veto.replace(/\(.*$/, "").trim()}`;
          else if (!v.anchor) k = `no anchor${x.date && y.date ? "" : " (a side undated)"}`;
          else k = "anchored, kept apart by another member";
        }
        note(missed, k, line);
      } else {
        const v = x.type === y.type ? compat.linkEvents(prepared.get(ei), prepared.get(ej)) : { anchor: null };
        const k = `merged: ${v.anchor ? v.anchor.replace(/[:(].*$/, "").trim() : "through others"}`;
        note(merged, k, `${line}`);
        const sp = [a.gold.story ?? "-", b.gold.story ?? "-"].sort().join(" + ");
        byPair.set(sp, (byPair.get(sp) ?? 0) + 1);
      }
    }
  const lines = [];
  const dump = (title, map) => {
    lines.push(title);
    for (const [k, n] of [...map].sort((p, q) => q[1] - p[1])) {
      lines.push(`  ${n} ${k}`);
      for (const ex of examples.get(k)) lines.push(`      ${ex}`);
    }
  };
  dump("missed links (pairs of one gold story in two stories):", missed);
  dump("false merges (pairs of two gold stories in one story):", merged);
  lines.push("false merges by the gold stories they join:");
  for (const [k, n] of [...byPair].sort((p, q) => q[1] - p[1]).slice(0, 15)) lines.push(`  ${n} ${k}`);
  return lines;
}

// ------------------------------------------------------------------ main

export async function evalLinking({ split = "dev", lang = "en", top = 6, stories = null, errors = false } = {}) {
  if (!existsSync(scorer)) return { skipped: "the scorer (../shared/eval/score.mjs) is not present" };
  if (!existsSync(join(root, "dist", "reconcile", "index.js"))) return { skipped: "dist/ is missing; run `npx tsc -p tsconfig.json` first" };
  // "ar,en" (or "all") reads the languages together: Arabic and English reports of one story
  const langs = lang === "all" ? null : new Set(lang.split(","));
  const manifest = readManifest().filter((m) => m.split === split && (!langs || langs.has(m.lang ?? "en")));
  if (!manifest.length) return { skipped: `no ${lang} articles in the ${split} split of the manifest` };
  const { ok, problems } = checkCache(manifest);
  if (!ok.length) return { skipped: `the cache of real articles is absent (${problems.length} texts missing; see eval/real/README.md)` };
  const [reconcileMod, util, preparedMod, compat, copiesMod, contextMod] = await Promise.all([
    load("reconcile/index.js"),
    load("reconcile/util.js"),
    load("reconcile/prepared.js"),
    load("reconcile/compatibility.js"),
    load("reconcile/copies.js"),
    load("reconcile/doc-context.js"),
  ]);
  const byId = new Map(ok.map((m) => [m.id, m]));
  const dir = mkdtempSync(join(tmpdir(), "sourced-linking-"));
  let store = null;
  try {
    const corpus = await ingestCorpus(ok, dir);
    store = corpus.store;
    const { goldDir } = corpus;
    const t0 = performance.now();
    const rec = await reconcileMod.runReconciliation(store);
    const ms = performance.now() - t0;
    const events = await store.listEvents({});
    const scored = await alignToGold(events, ok, goldDir, dir);
    if (scored.problem) return { skipped: `the scorer failed: ${scored.problem}` };
    const { golds, goldOf } = scored;
    const aligned = new Map([...goldOf].map(([id, g]) => [id, { gold: g, doc: events.find((e) => e.id === id).doc }]));
    const storyOf = new Map(rec.stories.flatMap((s) => s.mentions.map((m) => [m.eventId, s.id])));

    const overall = linking(aligned, storyOf);
    const langOf = (doc) => byId.get(doc)?.lang ?? "en";
    const crossLanguage =
      new Set(ok.map((m) => m.lang ?? "en")).size > 1 ? linking(aligned, storyOf, undefined, (a, b) => langOf(a.doc) !== langOf(b.doc)) : null;
    const reports = new Map();
    for (const m of ok) reports.set(m.story, (reports.get(m.story) ?? 0) + 1);
    const perStory = [...reports]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, top)
      .map(([story, n]) => ({ story, reports: n, ...linking(aligned, storyOf, (a) => byId.get(a.doc)?.story === story) }));

    const pairs = copyPairs(ok);
    const groupOf = new Map(rec.copyGroups.flatMap((g) => g.docs.map((d) => [d, g.id])));
    const found = pairs.filter((p) => groupOf.get(p.a) && groupOf.get(p.a) === groupOf.get(p.b));
    const inGroups = rec.copyGroups.reduce((n, g) => n + (g.docs.length * (g.docs.length - 1)) / 2, 0);
    const copyTruth = new Set(pairs.map((p) => `${p.a}|${p.b}`));
    const falseCopies = [];
    for (const g of rec.copyGroups)
      for (let i = 0; i < g.docs.length; i++)
        for (let j = i + 1; j < g.docs.length; j++) {
          const [a, b] = [g.docs[i], g.docs[j]].sort();
          if (!copyTruth.has(`${a}|${b}`)) falseCopies.push(`${a} ~ ${b}`);
        }

    const series = seriesScore(rec, aligned, golds, util, events);
    if (stories) dumpStories(aligned, storyOf, events, stories, rec);
    let errorLines = [];
    if (errors) {
      const docs = [];
      for (const s of await store.listDocuments()) {
        const d = await store.getDocument(s.id);
        if (d) docs.push({ id: d.meta.id, outlet: d.meta.outlet, published: d.meta.published, title: d.meta.title, cleanText: d.cleanText });
      }
      const originals = copiesMod.originalOf(rec.copyGroups);
      const docMap = new Map(docs.map((d) => [d.id, d]));
      const contexts = contextMod.contextVectors(docs);
      const prepared = new Map(events.map((e) => [e.id, preparedMod.prepare(e, docMap, originals, contexts)]));
      errorLines = linkErrors(aligned, storyOf, events, prepared, compat, util);
    }
    return {
      docs: ok.length,
      missing: problems.length,
      records: events.length,
      aligned: aligned.size,
      stories: rec.stories.length,
      ms,
      overall,
      crossLanguage,
      perStory,
      copies: { pairs, found, groups: rec.copyGroups.length, inGroups, falseCopies },
      series,
      conflicts: rec.conflicts,
      errorLines,
    };
  } finally {
    await store?.close?.();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function linkingLines(name, out, { verbose = false } = {}) {
  if (out.skipped) return [`linking ${name}: skipped (${out.skipped})`];
  const s = out.series;
  const c = out.copies;
  const lines = [
    `linking ${name} (${out.docs} documents${out.missing ? `, ${out.missing} not cached` : ""}, ${out.records} records, ${out.aligned} aligned to gold, ${out.stories} stories, reconciled in ${Math.round(out.ms)} ms): story pairs ${fmt(out.overall)} (${out.overall.tp}/${out.overall.pred} predicted, ${out.overall.gold} gold)`,
    ...(out.crossLanguage
      ? [
          `  across languages: story pairs ${fmt(out.crossLanguage)} (${out.crossLanguage.tp}/${out.crossLanguage.pred} predicted, ${out.crossLanguage.gold} gold)`,
        ]
      : []),
    ...out.perStory.map((x) => `  ${x.story} (${x.reports} reports): story pairs ${fmt(x)} (${x.tp}/${x.pred} predicted, ${x.gold} gold)`),
    `copies ${name}: ${c.found.length} of ${c.pairs.length} copy pairs in the texts put in one copy group; ${c.groups} groups (${c.inGroups} pairs), ${c.falseCopies.length} pairs grouped that are not copies`,
    `series ${name}: points P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} (${s.right}/${s.points} points right, ${s.hit}/${s.expected.length} expected points found), ${s.unsupported} points whose figure no report gives`,
  ];
  const kinds = new Map();
  for (const c of out.conflicts ?? []) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  lines.push(`conflicts ${name}: ${(out.conflicts ?? []).length}${kinds.size ? ` (${[...kinds].map(([k, n]) => `${n} ${k}`).join(", ")})` : ""}`);
  if (verbose)
    for (const c of out.conflicts ?? []) {
      lines.push(`  conflict: ${c.description}`);
      for (const sd of c.sides) lines.push(`      ${sd.docs.join(", ")}: ${(sd.sentence ?? sd.claim).slice(0, 140)}`);
    }
  if (out.errorLines?.length) lines.push(...out.errorLines);
  if (verbose || out.errorLines?.length) {
    const byCause = new Map();
    for (const m of s.missedList) {
      const k = m.cause.replace(/:.*$/, "");
      (byCause.get(k) ?? byCause.set(k, []).get(k)).push(m);
    }
    lines.push("series points missing, by cause:");
    for (const [k, ms] of [...byCause].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${ms.length} ${k}`);
      for (const { e, cause } of ms) lines.push(`      ${e.series} ${e.value} as of ${e.date} (${[...e.docs].join(", ")}): ${cause.replace(/^[^:]*: /, "")}`);
    }
  }
  if (verbose) {
    for (const p of c.pairs) if (!c.found.includes(p)) lines.push(`  copy not grouped: ${p.a} ~ ${p.b} (containment ${p.containment.toFixed(2)})`);
    for (const f of c.falseCopies) lines.push(`  grouped, not a copy: ${f}`);
    for (const u of s.unsupportedList) lines.push(`  point no report gives: ${u}`);
    for (const w of s.wrongList) lines.push(`  point not expected: ${w}`);
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (k, d = null) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : d);
  const split = arg("--split", "dev");
  const lang = arg("--lang", "en");
  const out = await evalLinking({ split, lang, top: Number(arg("--top", "6")), stories: arg("--stories"), errors: process.argv.includes("--errors") });
  for (const l of linkingLines(`${lang} ${split}`, out, { verbose: process.argv.includes("--verbose") })) console.log(l);
}

// Incremental reconciliation gives what a full run gives: the example corpus
// and the copies fixtures are ingested, reconciled from their first half,
// then brought up to date a few documents at a time (with a re-extracted
// document and an analyst's merge on the way), and each step is compared
// with a full run over the same records given the same issued story ids (and,
// with the reports' contexts on, the same document frequencies, which the
// state keeps between counts).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/main.js";
import { ReconcileState } from "../src/reconcile/incremental.js";
import { reconcileWithIds, runReconciliation, updateReconciliation, type DocInfo } from "../src/reconcile/index.js";
import { openSqliteStore } from "../src/store/sqlite/index.js";
import type { ExtractedEvent, Override, Reconciliation, StoredEvent, StoryIdChanges } from "../src/types.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(join(tmpdir(), "reconcile-incremental-"));
const db = join(dir, "inc.db");
const docs: DocInfo[] = [];
let events: StoredEvent[] = [];

beforeAll(async () => {
  const quiet = [vi.spyOn(process.stdout, "write").mockImplementation(() => true), vi.spyOn(process.stderr, "write").mockImplementation(() => true)];
  try {
    await main(["node", "sourced", "--db", db, "ingest", join(root, "examples", "corpus"), join(root, "test", "fixtures", "reconcile-copies")]);
  } finally {
    for (const q of quiet) q.mockRestore();
    process.exitCode = undefined;
  }
  const store = openSqliteStore(db);
  try {
    for (const s of await store.listDocuments()) {
      const d = (await store.getDocument(s.id))!;
      docs.push({ id: d.meta.id, outlet: d.meta.outlet, published: d.meta.published, title: d.meta.title, cleanText: d.cleanText });
    }
    events = await store.listEvents({ limit: 100_000 });
  } finally {
    await store.close();
  }
  // in the order documents arrive: by publication date, undated last
  docs.sort((a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.id.localeCompare(b.id));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const comparable = (r: Reconciliation) => ({ ...r, conflicts: [...r.conflicts].sort((a, b) => (a.id < b.id ? -1 : 1)) });
const idChanges = (c: StoryIdChanges) => ({
  live: [...c.live].sort((a, b) => (a.id < b.id ? -1 : 1)),
  retired: c.retired.map((x) => ({ ...x, retiredAt: "" })).sort((a, b) => (a.id < b.id ? -1 : 1)),
});

describe("incremental reconciliation", () => {
  it.each([
    ["without the reports' contexts", false],
    ["with the reports' contexts", true],
  ])("gives a full run's stories, series, conflicts, copy groups and ids at every step (%s)", (_label, contexts) => {
    expect(docs.length).toBeGreaterThan(20);
    expect(events.length).toBeGreaterThan(40);
    const of = (ds: DocInfo[]) => {
      const ids = new Set(ds.map((d) => d.id));
      return events.filter((e) => ids.has(e.doc));
    };
    const half = Math.floor(docs.length / 2);
    let known = docs.slice(0, half);
    let overrides: Override[] = [];
    // the word weights are counted again once a quarter of the documents counted have changed: some updates keep them, some count again
    const { state, reconciliation: first } = ReconcileState.build({ docs: known, events: of(known), overrides, contexts, contextTolerance: 0.25 });
    expect(comparable(first)).toEqual(comparable(reconcileWithIds({ docs: known, events: of(known), overrides, contexts }).reconciliation));
    let rebuiltLess = 0;
    let kept = 0;
    let counted = 0;
    const weights = () => state.contextWeights() ?? undefined;
    for (let at = half; at < docs.length; at += 3) {
      const chunk = docs.slice(at, at + 3);
      const prior = state.priorIds();
      const before = weights();
      known = [...known, ...chunk];
      const inc = state.update({ docs: chunk, events: of(chunk), overrides });
      const full = reconcileWithIds({ docs: known, events: of(known), overrides, prior, contexts, weights: weights() });
      expect(comparable(inc.reconciliation)).toEqual(comparable(full.reconciliation));
      expect(idChanges(inc.ids)).toEqual(idChanges(full.ids));
      if (inc.stats.recordsRebuilt < inc.stats.records) rebuiltLess++;
      if (contexts && weights() === before) kept++;
      if (contexts && weights() !== before) {
        counted++;
        // counted again: the weights are those of every document held, as a full run counts them
        expect(comparable(inc.reconciliation)).toEqual(
          comparable(reconcileWithIds({ docs: known, events: of(known), overrides, prior, contexts }).reconciliation),
        );
      }
    }
    // the updates did not rebuild everything each time (with contexts on, those that kept the word
    // weights; one that counts them again moves every report's weights and prepares every record again)
    expect(rebuiltLess).toBeGreaterThan(0);
    if (contexts) {
      expect(kept).toBeGreaterThan(0);
      expect(counted).toBeGreaterThan(0);
    }

    // an analyst merges the two largest stories: the ids and stories follow as in a full run
    const now = state.reconciliation();
    const [a, b] = [...now.stories].sort((x, y) => y.mentions.length - x.mentions.length || (x.id < y.id ? -1 : 1));
    overrides = [{ id: "ov1", action: "merge", keys: [a.mentions[0].key!, b.mentions[0].key!], createdAt: "2026-03-01T00:00:00.000Z", note: null }];
    let prior = state.priorIds();
    let inc = state.update({ docs: [], events: [], overrides });
    let full = reconcileWithIds({ docs: known, events, overrides, prior, contexts, weights: weights() });
    expect(comparable(inc.reconciliation)).toEqual(comparable(full.reconciliation));
    expect(idChanges(inc.ids)).toEqual(idChanges(full.ids));
    expect(inc.ids.retired.map((x) => x.successor)).toEqual([a.id < b.id || a.mentions.length > b.mentions.length ? a.id : b.id]);

    // a document extracted again: its records come back under other row ids, one of them gone
    const redo = known.find((d) => events.filter((e) => e.doc === d.id).length >= 2)!;
    const mine = events.filter((e) => e.doc === redo.id);
    const again = mine.slice(1).map((e, i) => ({ ...e, id: `re${i}` }));
    events = [...events.filter((e) => e.doc !== redo.id), ...again];
    prior = state.priorIds();
    inc = state.update({ docs: [redo], events: again, overrides });
    full = reconcileWithIds({ docs: known, events, overrides, prior, contexts, weights: weights() });
    expect(comparable(inc.reconciliation)).toEqual(comparable(full.reconciliation));
    expect(idChanges(inc.ids)).toEqual(idChanges(full.ids));
  });
});

describe("updateReconciliation: the store's reconciliation kept up to date as documents arrive", () => {
  it("updates only what new documents touch, saves what a full run saves, and keeps cited story ids", async () => {
    const source = openSqliteStore(db);
    const target = openSqliteStore(":memory:");
    try {
      const copy = async (id: string) => {
        const d = (await source.getDocument(id))!;
        const evs = (await source.listEvents({ doc: id, limit: 1000 })).map(
          ({ id: _i, uid: _u, docVersion: _v, extractorVersion: _x, ...e }): ExtractedEvent => e,
        );
        await target.storeDocument(d, { extractorVersion: "copied", events: evs });
      };
      const half = Math.floor(docs.length / 2);
      for (const d of docs.slice(0, half)) await copy(d.id);
      const first = await updateReconciliation(target);
      expect(first.stats).toBeNull();
      const cited = first.reconciliation.stories.map((s) => s.id);
      for (const d of docs.slice(half, half + 3)) await copy(d.id);
      const next = await updateReconciliation(target);
      expect(next.stats!.recordsRebuilt).toBeLessThanOrEqual(next.stats!.records);
      expect(await target.loadReconciliation()).toEqual(next.reconciliation);
      // every id cited before is in use still or redirects
      for (const id of cited) {
        if (next.reconciliation.stories.some((s) => s.id === id)) continue;
        expect(await target.getStoryRedirect(id)).not.toBeNull();
      }
      // a full rebuild (`sourced reconcile --full`) gives the same
      const full = await runReconciliation(target);
      expect(comparable(full)).toEqual(comparable(next.reconciliation));
    } finally {
      await source.close();
      await target.close();
    }
  });
});

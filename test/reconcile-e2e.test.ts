// End to end over articles written for these tests (test/fixtures/reconcile-copies):
// ingest through the whole pipeline, then reconcile. Copies are grouped, and a
// figure printed by an original and its copies is one series point.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/main.js";
import { openSqliteStore } from "../src/store/sqlite/index.js";
import { runReconciliation } from "../src/reconcile/index.js";
import type { Reconciliation } from "../src/types.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "reconcile-copies");
const dir = mkdtempSync(join(tmpdir(), "reconcile-e2e-"));
const db = join(dir, "e2e.db");
let r: Reconciliation;

beforeAll(async () => {
  const quiet = [vi.spyOn(process.stdout, "write").mockImplementation(() => true), vi.spyOn(process.stderr, "write").mockImplementation(() => true)];
  try {
    expect(await main(["node", "sourced", "--db", db, "ingest", fixtures])).toBe(0);
  } finally {
    for (const q of quiet) q.mockRestore();
    process.exitCode = undefined;
  }
  const store = openSqliteStore(db);
  try {
    r = await runReconciliation(store);
  } finally {
    await store.close();
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("reconciliation over ingested articles", () => {
  it("groups each original with its syndicated and spun copies, never with the independent report", () => {
    const groups = r.copyGroups.map((g) => [...g.docs].sort());
    expect(groups).toEqual([
      ["exchange-original", "exchange-spun", "exchange-syndicated"],
      ["transfer-original", "transfer-spun", "transfer-syndicated"],
    ]);
  });

  it("a running total printed by an original and its copies is one story and one series point", () => {
    const points = r.series.flatMap((s) => s.points.filter((p) => p.value === 1100));
    expect(points).toHaveLength(1);
    const docs = points[0].docs;
    expect(docs.filter((d) => d.startsWith("transfer-")).length).toBeGreaterThanOrEqual(2);
    // one point per figure of a story: the first batch and the running total of one operation are two points of it
    for (const s of r.series) expect(new Set(s.points.map((p) => `${p.storyId}|${p.value}`)).size).toBe(s.points.length);
  });

  it("a story holds two records of one document only as two figures of its event (never one claim twice)", () => {
    const events = new Map(r.stories.flatMap((s) => s.mentions.map((m) => [m.eventId, s.id] as const)));
    expect(events.size).toBe(r.stories.reduce((n, s) => n + s.mentions.length, 0));
    const figures = r.series.flatMap((s) => s.points);
    for (const s of r.stories) {
      const docs = s.mentions.map((m) => m.doc);
      for (const d of new Set(docs.filter((d, i) => docs.indexOf(d) !== i))) {
        // each record of that document is counted in a different point of the story
        const pts = figures.filter((p) => p.storyId === s.id && p.docs.includes(d));
        expect(new Set(pts.map((p) => p.value)).size).toBe(pts.length);
      }
    }
  });
});

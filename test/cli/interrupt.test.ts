// Ctrl-C in the middle of a batch: the document in hand is finished (or never
// started), the batch stops, the exit status is 130, and every stored
// document is whole.

import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { ARTICLES, assertBuilt, sourced, sourcedAsync, tempDir, write } from "./helpers.js";

beforeAll(assertBuilt);
const t = tempDir();
afterAll(t.cleanup);

const FILES = 600;

/** Documents stored so far, read from another connection while the batch runs. */
function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // schema not created yet
  }
}

it.each(["SIGINT", "SIGTERM"] as const)("stops a batch on %s with exit 130 and no half-written document", async (signal) => {
  const dir = join(t.dir, `many-${signal}`);
  mkdirSync(dir);
  const body = Object.values(ARTICLES).join("\n");
  for (let i = 0; i < FILES; i++) write(dir, `a${String(i).padStart(4, "0")}.txt`, `${body}\nItem number ${i}.\n`);

  const db = join(t.dir, `${signal}.db`);
  const { child, done } = sourcedAsync(t.dir, ["--db", db, "ingest", dir]);
  // Signal once the batch is under way: the first document is stored.
  while (storedCount(db) === 0) await new Promise((r) => setTimeout(r, 10));
  child.kill(signal);
  const r = await done;

  expect(r.code).toBe(130);
  expect(r.stderr).toMatch(/^sourced: interrupted after \d+ document\(s\)/m);
  expect(r.stderr).not.toMatch(/\n\s+at /);

  const store = openSqliteStore(db);
  try {
    const docs = await store.listDocuments();
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.length).toBeLessThan(FILES);
    for (const d of docs) {
      const full = await store.getDocument(d.id);
      expect(full!.raw.toString("utf8")).toContain(`Item number ${Number(d.id.slice(1))}.`);
      expect(full!.cleanText.length).toBeGreaterThan(0);
    }
  } finally {
    await store.close();
  }

  // Running the batch again picks up where it stopped (without extraction, to keep it short).
  const again = await sourced(t.dir, ["--db", db, "ingest", dir, "--no-extract", "--json"]);
  expect(again.code).toBe(0);
  const s = JSON.parse(again.stdout);
  expect(s.inserted + s.unchanged).toBe(FILES);
  expect(s.unchanged).toBeGreaterThan(0);
});

// `sourced demo` (what `npm start` runs) over the bundled example corpus.

import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { assertBuilt, ROOT, sourced, tempDir } from "./helpers.js";

const CORPUS = join(ROOT, "examples", "corpus");
const t = tempDir();
beforeAll(assertBuilt);
afterAll(t.cleanup);

// Known gap while examples/corpus/ is being written: reported as skipped, not hidden.
it.skipIf(!existsSync(CORPUS))("ingests the example corpus from any folder and summarises it; a second run stores nothing new", async () => {
  const articles = readdirSync(CORPUS).filter((f) => /\.(txt|html?)$/.test(f));
  const first = await sourced(t.dir, ["--db", "demo.db", "demo"]);
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(new RegExp(`${articles.length} document\\(s\\):`));
  expect(first.stdout).toMatch(/\d+ event\(s\)/);
  // the hint names a command that runs from here (the built script: `sourced` is not on the PATH after npm ci)
  expect(first.stdout).toMatch(/Next: `node \S*main\.js events --format table`/);

  const store = openSqliteStore(join(t.dir, "demo.db"));
  const docs = await store.listDocuments();
  const events = await store.listEvents();
  await store.close();
  expect(docs.length).toBeGreaterThanOrEqual(articles.length);
  expect(first.stdout).toContain(`${events.length} event(s)`);

  const second = await sourced(t.dir, ["--db", "demo.db", "demo"]);
  expect(second.code).toBe(0);
  expect(second.stdout).toMatch(/0 inserted, \d+ unchanged, 0 new versions, 0 failed/);
  expect(second.stdout).toContain(`${events.length} event(s)`);
});

it("fails in one line when the database cannot be created", async () => {
  const r = await sourced(t.dir, ["--db", join(t.dir, "no", "such", "folder", "x.db"), "demo"]);
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(/^sourced: /);
});

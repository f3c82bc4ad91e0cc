// Two `sourced ingest` processes writing to one database at the same time
// take turns: neither fails with "database is locked", and every document is
// stored exactly once (one version, its events once).

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { assertBuilt, sourced, sourcedAsync, tempDir, write } from "./helpers.js";

beforeAll(assertBuilt);
const t = tempDir();
afterAll(t.cleanup);

const PER_FOLDER = 40;
// The two meet at a different point of the batch each time; one round with
// extraction, the others storing only (more writes a second, more chances to meet).
const ROUNDS = [true, false, false, false, false, false];

function article(folder: string, i: number): string {
  const towns = ["Mosul", "Raqqa", "Kabul", "Abuja", "Tripoli", "Khartoum"];
  const town = towns[i % towns.length];
  return `Detainees moved in ${town}\n\nAbout ${30 + i} detainees were moved from a prison in ${town} on Monday, officials said in report ${folder}-${i}.\n`;
}

it("two processes ingesting the same folders into one new database both succeed, and store each document once", { timeout: 240_000 }, async () => {
  for (const folder of ["north", "south"]) {
    mkdirSync(join(t.dir, folder));
    for (let i = 0; i < PER_FOLDER; i++) write(join(t.dir, folder), `${folder}${String(i).padStart(2, "0")}.txt`, article(folder, i));
  }
  // a single writer's result, to compare with
  const alone = await sourced(t.dir, ["--db", "alone.db", "ingest", "north", "south", "--json"]);
  expect(alone.code).toBe(0);
  const expectedEvents = JSON.parse(alone.stdout).events as number;
  expect(expectedEvents).toBeGreaterThan(0);

  for (const [round, extract] of ROUNDS.entries()) {
    const db = `shared${round}.db`;
    const flags = extract ? ["--json"] : ["--json", "--no-extract"];
    // opposite orders, so that the two meet in the middle over the same documents
    const a = sourcedAsync(t.dir, ["--db", db, "ingest", "north", "south", ...flags]);
    const b = sourcedAsync(t.dir, ["--db", db, "ingest", "south", "north", ...flags]);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    for (const r of [ra, rb]) {
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    }
    const sa = JSON.parse(ra.stdout);
    const sb = JSON.parse(rb.stdout);
    // each document was inserted by exactly one of the two; the other found it unchanged
    expect(sa.inserted + sb.inserted).toBe(2 * PER_FOLDER);
    expect(sa.inserted + sa.unchanged).toBe(2 * PER_FOLDER);
    expect(sb.inserted + sb.unchanged).toBe(2 * PER_FOLDER);
    expect(sa.newVersions + sb.newVersions).toBe(0);

    const conn = new Database(join(t.dir, db), { readonly: true });
    try {
      const docs = conn.prepare("SELECT count(*) AS n, count(DISTINCT id) AS ids, max(version) AS v FROM documents").get();
      expect(docs).toEqual({ n: 2 * PER_FOLDER, ids: 2 * PER_FOLDER, v: 1 });
      if (extract) {
        expect(conn.prepare("SELECT count(*) AS n FROM extraction_runs").get()).toEqual({ n: 2 * PER_FOLDER });
        expect(conn.prepare("SELECT count(*) AS n FROM events WHERE current = 1").get()).toEqual({ n: expectedEvents });
      } else {
        expect(conn.prepare("SELECT count(*) AS n FROM documents WHERE pending_reason IS NOT NULL").get()).toEqual({ n: 2 * PER_FOLDER });
      }
      expect(conn.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      conn.close();
    }
  }
});

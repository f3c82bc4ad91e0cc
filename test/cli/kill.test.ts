// kill -9 in the middle of a batch, again and again: the database stays
// whole, no document is left without its extraction (unless it says why),
// and running the batch once more reaches the full count.

import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { assertBuilt, sourced, sourcedAsync, tempDir, write } from "./helpers.js";

beforeAll(assertBuilt);
const t = tempDir();
afterAll(t.cleanup);

const FILES = 400;
const KILLS = 20;

/** A small seeded generator, so every run of the suite kills at the same points in the batch. */
function prng(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

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
    return 0;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function article(i: number): string {
  const towns = ["Mosul", "Raqqa", "Kabul", "Abuja", "Dhaka", "Tripoli", "Khartoum", "Quito"];
  const town = towns[i % towns.length];
  return `Detainees moved in ${town}\n\nAbout ${20 + (i % 50)} detainees were moved from a prison in ${town} on Monday, officials said in report ${i}. ${
    i % 3 === 0 ? `Police later arrested ${(i % 9) + 2} men near ${town}.` : "The transfer was the second this month."
  }\n`;
}

it(`loses nothing across ${KILLS} kill -9s mid-ingest`, { timeout: 240_000 }, async () => {
  const dir = join(t.dir, "batch");
  mkdirSync(dir);
  for (let i = 0; i < FILES; i++) write(dir, `k${String(i).padStart(4, "0")}.txt`, article(i));
  const db = join(t.dir, "kill.db");
  const rnd = prng(20261207);

  let kills = 0;
  for (let round = 0; kills < KILLS && round < KILLS * 3; round++) {
    const before = storedCount(db);
    if (before >= FILES) break;
    const { child, done } = sourcedAsync(t.dir, ["--db", db, "ingest", dir]);
    // Kill once this run has stored something, a little later each time.
    const deadline = Date.now() + 60_000;
    while (storedCount(db) === before && Date.now() < deadline && child.exitCode === null) await sleep(5);
    await sleep(Math.floor(rnd() * 40));
    if (child.exitCode === null && child.kill("SIGKILL")) kills++;
    await done;
  }
  expect(kills).toBe(KILLS);

  const conn = new Database(db, { fileMustExist: true });
  try {
    expect(conn.pragma("integrity_check", { simple: true })).toBe("ok");
  } finally {
    conn.close();
  }
  const store = openSqliteStore(db);
  try {
    // every stored document has its extraction run (a kill leaves both or neither)
    expect(await store.listPending()).toEqual([]);
  } finally {
    await store.close();
  }

  const again = await sourced(t.dir, ["--db", db, "ingest", dir, "--json"]);
  expect(again.code).toBe(0);
  const s = JSON.parse(again.stdout);
  expect(s.inserted + s.unchanged).toBe(FILES);
  expect(s.unchanged).toBeGreaterThan(0);
  const check = openSqliteStore(db);
  try {
    expect((await check.listDocuments()).length).toBe(FILES);
    expect(await check.listPending()).toEqual([]);
  } finally {
    await check.close();
  }
});

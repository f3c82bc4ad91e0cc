// `sourced ingest --workers N`: cleaning and extraction in worker threads give
// what one thread gives, stored in input order; what is stored and extracted
// is not extracted again. Runs the built command (`npm test` builds first).

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, assertBuilt, sourced, tempDir, write } from "./helpers.js";

const CORPUS = join(ROOT, "examples", "corpus");

describe("ingest --workers", () => {
  let t: ReturnType<typeof tempDir>;
  beforeAll(() => {
    assertBuilt();
    t = tempDir();
  });
  afterAll(() => t.cleanup());

  it("stores the same documents and events as one thread, in the same order", async () => {
    const one = join(t.dir, "one.db");
    const two = join(t.dir, "two.db");
    const a = await sourced(t.dir, ["--db", one, "ingest", CORPUS]);
    const b = await sourced(t.dir, ["--db", two, "ingest", CORPUS, "--workers", "2"]);
    expect(b.code).toBe(a.code);
    expect(b.stdout).toBe(a.stdout);
    expect(b.stderr).toBe(a.stderr);
    const events = async (db: string) => (await sourced(t.dir, ["--db", db, "events", "--format", "jsonl"])).stdout;
    const ea = await events(one);
    expect(ea.split("\n").length).toBeGreaterThan(50);
    expect(await events(two)).toBe(ea);
    expect((await sourced(t.dir, ["--db", two, "docs"])).stdout).toBe((await sourced(t.dir, ["--db", one, "docs"])).stdout);
    // Again: nothing new, nothing extracted.
    const again = await sourced(t.dir, ["--db", two, "ingest", CORPUS, "--workers", "2", "--json"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ inserted: 0, unchanged: 17, events: 0 });
  });

  it("reports a bad file in one line and goes on; refuses a worker count that is not a number", async () => {
    const dir = join(t.dir, "mixed");
    mkdirSync(dir);
    write(dir, "good.txt", "Officials said on Monday that forty prisoners were moved from a jail in Raqqa to a prison near Baghdad.\n");
    write(dir, "empty.txt", "");
    write(dir, "binary.txt", Buffer.from([0, 1, 2, 3, 0, 0, 0, 5, 6, 7, 0, 0]));
    const r = await sourced(t.dir, ["--db", join(t.dir, "mixed.db"), "ingest", dir, "--workers", "2"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^1 inserted, 0 unchanged, 0 new versions, 2 failed/);
    expect(r.stderr.trim().split("\n")).toHaveLength(2);
    const bad = await sourced(t.dir, ["--db", join(t.dir, "x.db"), "ingest", dir, "--workers", "two"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--workers: 'two' is not a whole number/);
  });
});

// `sourced events` and `sourced docs` by language: the events carry their
// document's language after the exchange format's fields, and `--lang` keeps one.

import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "../csv-reader.js";
import { assertBuilt, sourced, tempDir, write } from "./helpers.js";

const MOVE = `Detainees moved to Iraq

By Staff Writer | March 4, 2025

About 120 detainees were transferred from Hasakah in Syria to Baghdad on Monday, two officials said.
`;

const t = tempDir();
beforeAll(async () => {
  assertBuilt();
  const dir = join(t.dir, "articles");
  mkdirSync(dir, { recursive: true });
  write(dir, "move.txt", MOVE);
  copyFileSync(new URL("../fixtures/lang/ar-transfer.txt", import.meta.url), join(dir, "naql.txt"));
  const r = await sourced(t.dir, ["--db", "x.db", "ingest", "articles"]);
  expect(r.code).toBe(0);
}, 120_000);
afterAll(t.cleanup);

describe("languages on the command line", () => {
  it("writes each record's language after the format's fields, and --lang keeps one", async () => {
    const all = await sourced(t.dir, ["--db", "x.db", "events"]);
    const records = all.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(new Set(records.map((r) => `${r.doc}:${r.lang}`))).toEqual(new Set(["move:en", "naql:ar"]));
    for (const r of records) expect(Object.keys(r).at(-1)).toBe("lang");
    const ar = await sourced(t.dir, ["--db", "x.db", "events", "--lang", "ar", "--format", "csv"]);
    expect(ar.code).toBe(0);
    const rows = readCsv(ar.stdout);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ doc: "naql", lang: "ar" });
  }, 60_000);

  it("lists the documents of one language", async () => {
    const r = await sourced(t.dir, ["--db", "x.db", "docs", "--lang", "EN", "--format", "json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string; lang: string }[]).map((d) => [d.id, d.lang])).toEqual([["move", "en"]]);
  }, 60_000);

  it("refuses a language that is not a two-letter code in one line", async () => {
    const r = await sourced(t.dir, ["--db", "x.db", "events", "--lang", "arabic"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toEqual(["sourced: --lang: 'arabic' is not a two-letter language code (e.g. en, ar)"]);
  }, 60_000);
});

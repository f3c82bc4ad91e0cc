import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { makeDoc, makeEvent, runStoreTests } from "../store.conformance.js";
import { openSqliteStore } from "./index.js";
import { MIGRATIONS } from "./migrations.js";

runStoreTests({ name: "sqlite (memory)", newStore: () => openSqliteStore(":memory:") });

describe("sqlite file store", () => {
  const dir = mkdtempSync(join(tmpdir(), "sourced-store-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates the schema once, in WAL mode, and keeps data across opens", async () => {
    const path = join(dir, "a.db");
    const s1 = openSqliteStore(path);
    await s1.putDocument(makeDoc("d", "Some text of our own."));
    await s1.replaceEvents("d", 1, "1", [makeEvent("d")]);
    await s1.close();
    await s1.close(); // closing twice is harmless

    const raw = new Database(path);
    expect(raw.pragma("user_version", { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    raw.close();

    const s2 = openSqliteStore(path);
    expect((await s2.listDocuments()).map((d) => [d.id, d.events])).toEqual([["d", 1]]);
    expect(await s2.putDocument(makeDoc("d", "Some text of our own."))).toMatchObject({ status: "unchanged" });
    await s2.close();
  });

  it("brings an older database up to the latest schema, keeping its data", async () => {
    const path = join(dir, "old.db");
    const raw = new Database(path);
    raw.exec(MIGRATIONS[0]!.sql);
    raw.pragma(`user_version = ${MIGRATIONS[0]!.version}`);
    raw.close();
    const s = openSqliteStore(path);
    await s.putDocument(makeDoc("d", "Text."));
    await s.close();
    const check = new Database(path);
    expect(check.pragma("user_version", { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    const indexes = check.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[];
    expect(indexes.map((i) => i.name)).toContain("events_doc_current");
    check.close();
  });

  it("keeps each version's language, and reads it as null for documents stored before there was one", async () => {
    const path = join(dir, "lang.db");
    const raw = new Database(path);
    raw.exec(MIGRATIONS[0]!.sql);
    raw.exec(MIGRATIONS[1]!.sql);
    raw.pragma(`user_version = ${MIGRATIONS[1]!.version}`);
    raw.close();
    const before = openSqliteStore(path); // brings it to the latest schema
    await before.close();
    const s = openSqliteStore(path);
    await s.putDocument(makeDoc("old", "Text stored without a language."));
    await s.putDocument({ ...makeDoc("ar", "نص قصير"), lang: "ar" });
    await s.putDocument({ ...makeDoc("en", "A short text."), lang: "en" });
    expect((await s.listDocuments()).map((d) => [d.id, d.lang])).toEqual([
      ["ar", "ar"],
      ["en", "en"],
      ["old", null],
    ]);
    expect((await s.getDocument("ar"))?.lang).toBe("ar");
    expect((await s.getDocument("old"))?.lang).toBeNull();
    await s.close();
  });

  it("refuses a database from a newer program", () => {
    const path = join(dir, "future.db");
    const raw = new Database(path);
    raw.pragma("user_version = 999");
    raw.close();
    expect(() => openSqliteStore(path)).toThrow(/newer/);
  });
});

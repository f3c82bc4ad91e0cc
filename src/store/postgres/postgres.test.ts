import pg from "pg";
import { describe, expect, it } from "vitest";
import { freshDatabase, PG_MISSING, PG_URL } from "../../../test/pg.js";
import { makeDoc, makeEvent, runStoreTests } from "../store.conformance.js";
import { openPostgresStore } from "./index.js";
import { MIGRATIONS } from "./migrations.js";

if (!PG_URL) {
  describe("Store conformance: postgres", () => {
    it.skip(`skipped: no PostgreSQL (${PG_MISSING})`, () => {});
  });
} else {
  runStoreTests({ name: "postgres", newStore: async () => openPostgresStore(await freshDatabase()) });

  describe("postgres store", () => {
    it("applies its migrations once, even when several processes open one database at once", async () => {
      const url = await freshDatabase();
      const stores = [0, 1, 2, 3].map(() => openPostgresStore(url));
      await Promise.all(stores.map((s) => s.listDocuments()));
      await Promise.all(stores.map((s) => s.close()));
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const { rows } = await c.query("SELECT version FROM sourced_schema ORDER BY version");
      await c.end();
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    });

    it("keeps data across opens", async () => {
      const url = await freshDatabase();
      const s1 = openPostgresStore(url);
      await s1.putDocument(makeDoc("d", "Some text of our own."));
      await s1.replaceEvents("d", 1, "1", [makeEvent("d")]);
      await s1.close();
      await s1.close(); // closing twice is harmless
      const s2 = openPostgresStore(url);
      expect((await s2.listDocuments()).map((d) => [d.id, d.events])).toEqual([["d", 1]]);
      expect(await s2.putDocument(makeDoc("d", "Some text of our own."))).toMatchObject({ status: "unchanged" });
      await s2.close();
    });

    it("stores one document once when many connections store it at the same moment", async () => {
      const url = await freshDatabase();
      const stores = [0, 1, 2, 3].map(() => openPostgresStore(url));
      const doc = makeDoc("same", "Forty prisoners were moved on Monday.");
      const other = makeDoc("same", "Fifty prisoners were moved on Tuesday.");
      const results = await Promise.all(stores.flatMap((s) => [s.putDocument(doc), s.putDocument(doc), s.putDocument(other)]));
      const statuses = results.map((r) => r.status).sort();
      // Each write is decided against the latest committed head: versions are 1..n without gaps or twins.
      const versions = results.filter((r) => r.status !== "unchanged").map((r) => r.version);
      expect(new Set(versions).size).toBe(versions.length);
      expect(statuses.filter((x) => x === "inserted")).toHaveLength(1);
      const latest = (await stores[0]!.getDocument("same"))!.version;
      expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: latest }, (_, i) => i + 1));
      for (const s of stores) await s.close();
    });

    it("refuses a database from a newer program, and names the database without its password", async () => {
      const url = await freshDatabase();
      const s = openPostgresStore(url);
      await s.listDocuments();
      await s.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query("INSERT INTO sourced_schema (version, why) VALUES (999, 'from the future')");
      await c.end();
      const later = openPostgresStore(url);
      await expect(later.listDocuments()).rejects.toThrow(/newer than this program/);
      await later.close();
      const u = new URL(url);
      u.password = "secret";
      u.port = "1";
      const nowhere = openPostgresStore(u.toString());
      const err = await nowhere.listDocuments().catch((e: Error) => e);
      expect(String(err)).toMatch(/cannot open as a sourced database/);
      expect(String(err)).not.toContain("secret");
      await nowhere.close();
    });
  });
}

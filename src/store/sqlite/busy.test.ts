import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { isBusy, retryBusy } from "./busy.js";

describe("retryBusy", () => {
  const dir = mkdtempSync(join(tmpdir(), "sourced-busy-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("tries a write again while another connection holds the lock, and passes other errors through", () => {
    const path = join(dir, "a.db");
    const holder = new Database(path);
    holder.pragma("journal_mode = WAL");
    holder.exec("CREATE TABLE t (x INTEGER)");
    const writer = new Database(path, { timeout: 0 });
    holder.exec("BEGIN IMMEDIATE");
    let tries = 0;
    const write = () => {
      tries++;
      // the lock is let go after the third refusal
      if (tries === 3) holder.exec("COMMIT");
      writer.prepare("INSERT INTO t VALUES (1)").run();
    };
    expect(() => writer.prepare("INSERT INTO t VALUES (0)").run()).toThrow(/locked/);
    retryBusy(write);
    expect(tries).toBe(3);
    expect(writer.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 1 });

    holder.exec("BEGIN IMMEDIATE");
    let caught: unknown;
    try {
      retryBusy(() => writer.prepare("INSERT INTO t VALUES (2)").run(), 50);
    } catch (err) {
      caught = err;
    }
    expect(isBusy(caught)).toBe(true); // gives up after its time
    holder.exec("ROLLBACK");
    expect(() => retryBusy(() => writer.prepare("INSERT INTO nowhere VALUES (1)").run())).toThrow(/no such table/);
    writer.close();
    holder.close();
  });
});

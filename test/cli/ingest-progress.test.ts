// Before the progress bar's first document, ingest loads the place gazetteer
// (seconds on a slow machine); the user is told so instead of watching 0/N.

import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { runIngest } from "../../src/cli/ingest-run.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { ARTICLES, tempDir, write } from "./helpers.js";

const t = tempDir();
afterAll(t.cleanup);
afterEach(() => vi.restoreAllMocks());

function captureStderr(): string[] {
  const writes: string[] = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return true;
  });
  return writes;
}

describe("the ingest progress display", () => {
  it("says what it is loading before the first document, and only when it shows progress and extracts", { timeout: 60_000 }, async () => {
    const file = write(t.dir, "transfer.txt", ARTICLES.transfer);
    const quiet = captureStderr();
    const s0 = openSqliteStore(":memory:");
    await runIngest(s0, [file], { progress: false });
    await runIngest(s0, [join(t.dir, "transfer.txt")], { progress: true, extract: false, reextractUnchanged: false });
    await s0.close();
    expect(quiet.join("")).not.toMatch(/gazetteer/);
    vi.restoreAllMocks();

    const writes = captureStderr();
    const store = openSqliteStore(":memory:");
    const summary = await runIngest(store, [write(t.dir, "trial.txt", ARTICLES.trial)], { progress: true });
    await store.close();
    expect(summary.inserted).toBe(1);
    const notes = writes.filter((w) => w.includes("gazetteer"));
    expect(notes).toEqual(["sourced: loading the place gazetteer before the first document (a few seconds)…\n"]);
  });
});

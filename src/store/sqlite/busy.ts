// Several writers on one database file (two `sourced ingest` runs, or ingest
// while `serve` stores a document) take turns instead of failing. SQLite's
// busy timeout makes a writer wait for the lock, but only when it asks for
// the lock up front: a transaction that reads first and writes later cannot
// wait (its snapshot may be stale) and fails at once with SQLITE_BUSY. So
// every write transaction here begins IMMEDIATE, and a write that still finds
// the database busy (the timeout ran out, or the journal mode was being set
// by another process at the same moment) is tried again after a short pause.

/** How long a connection waits for another writer's lock (milliseconds). */
export const BUSY_TIMEOUT_MS = 30_000;

/** How long a write is retried in all, on top of the busy timeout's own wait. */
const RETRY_FOR_MS = 60_000;

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** True for the errors SQLite gives when another connection holds the lock. */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code === "SQLITE_LOCKED");
}

/** Runs a write, retrying it while the database is busy; other errors pass through. */
export function retryBusy<T>(write: () => T, retryForMs = RETRY_FOR_MS): T {
  const deadline = Date.now() + retryForMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return write();
    } catch (err) {
      if (!isBusy(err) || Date.now() >= deadline) throw err;
      // a growing pause with some jitter, so that two waiting writers do not retry in step
      Atomics.wait(sleeper, 0, 0, Math.min(500, 10 * 2 ** Math.min(attempt, 6)) + Math.random() * 20);
    }
  }
}

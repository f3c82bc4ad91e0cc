// The server store: PostgreSQL through `pg`. Opening is synchronous for the
// caller (as with SQLite); the pool connects and migrates on first use, and
// every method waits for that. Each document, its events and (when it was
// fetched) its fetch metadata are written in one transaction; uniqueness of
// a document's content under its id is decided by the database
// (store/postgres/documents.ts), so several processes may write one
// database at once.

import pg from "pg";
import type { Store } from "../store.js";
import * as docs from "./documents.js";
import * as events from "./events.js";
import * as live from "./live.js";
import { migrate } from "./migrations.js";
import * as review from "./review.js";
import * as rec from "./reconciliation.js";
import { postgresTransfer } from "./transfer.js";

/** True for a postgres:// or postgresql:// URL. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The URL with its password (or user) hidden, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//***@");
}

export interface PostgresOptions {
  /** Connections in the pool (default 4). */
  max?: number;
}

export function openPostgresStore(url: string, opts: PostgresOptions = {}): Store {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 4 });
  // An idle connection dropped by the server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const ready: Promise<pg.Pool> = (async () => {
    const c = await pool.connect();
    try {
      await migrate(c);
      await review.backfillKeys(c);
    } finally {
      c.release();
    }
    return pool;
  })().catch((err: unknown) => {
    throw new Error(`${redactUrl(url)}: cannot open as a sourced database (${(err as Error).message.split("\n")[0]})`);
  });
  ready.catch(() => {}); // reported by the first call that waits for it

  const withClient = async <T>(fn: (c: pg.ClientBase) => Promise<T>): Promise<T> => {
    const c = await (await ready).connect();
    try {
      return await fn(c);
    } finally {
      c.release();
    }
  };
  const tx = <T>(fn: (c: pg.ClientBase) => Promise<T>): Promise<T> =>
    withClient(async (c) => {
      await c.query("BEGIN");
      try {
        const out = await fn(c);
        await c.query("COMMIT");
        return out;
      } catch (err) {
        await c.query("ROLLBACK").catch(() => {});
        throw err;
      }
    });
  let closed = false;

  return {
    putDocument: (doc) => tx((c) => docs.putDocument(c, doc)),
    storeDocument: (doc, extraction) =>
      tx(async (c) => {
        const put = await docs.putDocument(c, doc);
        if (doc.meta.fetch) await live.recordFetch(c, put.id, put.version, doc.meta.fetch);
        if (put.status === "unchanged") return put;
        if ("pending" in extraction) await docs.markPending(c, put.id, put.version, extraction.pending);
        else await events.replaceEvents(c, put.id, put.version, extraction.extractorVersion, extraction.events);
        return put;
      }),
    peekDocument: (doc) => withClient((c) => docs.peekDocument(c, doc)),
    listPending: () => withClient((c) => docs.listPending(c)),
    getDocument: (id, version) =>
      withClient(async (c) => {
        const doc = await docs.getDocument(c, id, version);
        const fetch = doc ? await live.fetchOf(c, doc.meta.id, doc.version) : null;
        if (doc && fetch) doc.meta.fetch = fetch;
        return doc;
      }),
    listDocuments: () => withClient((c) => docs.listDocuments(c)),
    replaceEvents: (docId, docVersion, extractorVersion, list) => tx((c) => events.replaceEvents(c, docId, docVersion, extractorVersion, list)),
    listEvents: (filter) => withClient((c) => events.listEvents(c, filter)),
    getEvent: (id) => withClient((c) => events.getEvent(c, id)),
    addReviewChange: (change) => tx((c) => review.addChange(c, change)),
    listReviewChanges: (filter) => withClient((c) => review.listChanges(c, filter)),
    saveReconciliation: (r, ids) => tx((c) => rec.saveReconciliation(c, r, ids)),
    loadReconciliation: () => withClient((c) => rec.loadReconciliation(c)),
    addOverride: (o) => withClient((c) => rec.addOverride(c, o)),
    listOverrides: () => withClient((c) => rec.listOverrides(c)),
    removeOverride: (id) => withClient((c) => rec.removeOverride(c, id)),
    listIssuedStories: () => withClient((c) => rec.listIssuedStories(c)),
    listStoryRedirects: () => withClient((c) => rec.listStoryRedirects(c)),
    getStoryRedirect: (id) => withClient((c) => rec.getStoryRedirect(c, id)),
    transfer: () => postgresTransfer(withClient, () => ready),
    findFetched: (q) => withClient((c) => live.findFetched(c, q)),
    listFeeds: () => withClient((c) => live.listFeeds(c)),
    getFeed: (url) => withClient((c) => live.getFeed(c, url)),
    addFeed: (url) => withClient((c) => live.addFeed(c, url)),
    updateFeed: (url, patch) => withClient((c) => live.updateFeed(c, url, patch)),
    removeFeed: (url) => withClient((c) => live.removeFeed(c, url)),
    async close() {
      if (closed) return;
      closed = true;
      await ready.catch(() => {});
      await pool.end();
    },
  };
}

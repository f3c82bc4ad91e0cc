// The embedded store: one SQLite file (WAL, foreign keys on).

import Database from "better-sqlite3";
import type { Store } from "../store.js";
import { BUSY_TIMEOUT_MS, isBusy, retryBusy } from "./busy.js";
import { migrate } from "./migrations.js";
import { DocumentTable } from "./documents.js";
import { EventTable } from "./events.js";
import { ReconciliationTable } from "./reconciliation.js";
import { sqliteTransfer } from "./transfer.js";
import { LiveTables } from "./live.js";

export { contentHash } from "./documents.js";

/** Opens (creating and migrating as needed) a SQLite store; ":memory:" for a throwaway one. */
export function openSqliteStore(path: string): Store {
  // the timeout first: setting the journal mode and migrating may wait for another writer
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    retryBusy(() => db.pragma("journal_mode = WAL"));
    // In WAL mode NORMAL never corrupts; a power cut may lose the last commits, not half of one.
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    retryBusy(() => migrate(db));
  } catch (err) {
    db.close();
    throw err;
  }
  const docs = new DocumentTable(db);
  const events = new EventTable(db);
  retryBusy(() => events.backfillKeys());
  const rec = new ReconciliationTable(db);
  const live = new LiveTables(db);
  let closed = false;
  const storeTx = db.transaction((doc: Parameters<Store["storeDocument"]>[0], extraction: Parameters<Store["storeDocument"]>[1]) => {
    const put = docs.put(doc);
    if (doc.meta.fetch) live.recordFetch(put.id, put.version, doc.meta.fetch);
    if (put.status === "unchanged") return put;
    if ("pending" in extraction) docs.markPending(put.id, put.version, extraction.pending);
    else events.replace(put.id, put.version, extraction.extractorVersion, extraction.events);
    return put;
  });

  return {
    async putDocument(doc) {
      return retryBusy(() => docs.put(doc));
    },
    async storeDocument(doc, extraction) {
      return retryBusy(() => storeTx.immediate(doc, extraction));
    },
    async peekDocument(doc) {
      return docs.peek(doc);
    },
    async listPending() {
      return docs.listPending();
    },
    async getDocument(id, version) {
      const doc = docs.get(id, version);
      const fetch = doc ? live.fetchOf(doc.meta.id, doc.version) : null;
      if (doc && fetch) doc.meta.fetch = fetch;
      return doc;
    },
    async listDocuments() {
      return docs.list();
    },
    async replaceEvents(docId, docVersion, extractorVersion, list) {
      retryBusy(() => events.replace(docId, docVersion, extractorVersion, list));
    },
    async listEvents(filter) {
      return events.list(filter);
    },
    async getEvent(id) {
      return events.get(id);
    },
    async addReviewChange(c) {
      retryBusy(() => events.addChange(c));
    },
    async listReviewChanges(filter) {
      return events.listChanges(filter);
    },
    async saveReconciliation(r, ids) {
      retryBusy(() => rec.saveReconciliation(r, ids));
    },
    async loadReconciliation() {
      return rec.loadReconciliation();
    },
    async addOverride(o) {
      retryBusy(() => rec.addOverride(o));
    },
    async listOverrides() {
      return rec.listOverrides();
    },
    async removeOverride(id) {
      retryBusy(() => rec.removeOverride(id));
    },
    async listIssuedStories() {
      return rec.issuedStories();
    },
    async listStoryRedirects() {
      return rec.storyRedirects();
    },
    async getStoryRedirect(id) {
      return rec.storyRedirect(id);
    },
    transfer() {
      return sqliteTransfer(db);
    },
    async findFetched(q) {
      return live.findFetched(q);
    },
    async listFeeds() {
      return live.listFeeds();
    },
    async getFeed(url) {
      return live.getFeed(url);
    },
    async addFeed(url) {
      return live.addFeed(url);
    },
    async updateFeed(url, patch) {
      live.updateFeed(url, patch);
    },
    async removeFeed(url) {
      return live.removeFeed(url);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        if (db.open && !db.readonly) db.pragma("optimize");
      } catch (err) {
        // another writer holds the lock: the statistics can wait for the next close
        if (!isBusy(err)) throw err;
      }
      db.close();
    },
  };
}

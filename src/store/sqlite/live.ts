// Live ingest's tables: what the server said about each fetched document
// version (final URL, Date, ETag, Last-Modified, body hash), used to know a
// page again by URL or by content, and the feeds being watched with the
// state of their last poll.

import type Database from "better-sqlite3";
import type { FeedState, FetchInfo } from "../../types.js";
import type { FeedUpdate, FetchedPage } from "../store.js";

export interface FetchRow {
  doc: string;
  doc_version: number;
  url: string;
  final_url: string;
  http_date: string | null;
  etag: string | null;
  last_modified: string | null;
  fetched_at: string;
  sha256: string;
  feed: string | null;
}

export interface FeedRow {
  url: string;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  last_poll_at: string | null;
  items_seen: number;
  last_error: string | null;
}

export const toFetch = (r: FetchRow): FetchInfo => ({
  url: r.url,
  finalUrl: r.final_url,
  httpDate: r.http_date,
  etag: r.etag,
  lastModified: r.last_modified,
  fetchedAt: r.fetched_at,
  sha256: r.sha256,
  feed: r.feed,
});

export const toFeed = (r: FeedRow): FeedState => ({
  url: r.url,
  addedAt: r.added_at,
  etag: r.etag,
  lastModified: r.last_modified,
  lastPollAt: r.last_poll_at,
  itemsSeen: r.items_seen,
  lastError: r.last_error,
});

/** The column of each field a poll may change (fixed names: never taken from input). */
export const FEED_COLUMNS: Record<keyof FeedUpdate, string> = {
  etag: "etag",
  lastModified: "last_modified",
  lastPollAt: "last_poll_at",
  itemsSeen: "items_seen",
  lastError: "last_error",
};

/** The fields of a patch that change something, in a fixed order. */
export function feedPatchKeys(patch: FeedUpdate): (keyof FeedUpdate)[] {
  return (Object.keys(FEED_COLUMNS) as (keyof FeedUpdate)[]).filter((k) => patch[k] !== undefined);
}

export class LiveTables {
  private readonly record: Database.Statement;
  private readonly ofDoc: Database.Statement<[string, number], FetchRow>;
  private readonly byUrl: Database.Statement<[string, string], FetchRow>;
  private readonly byHash: Database.Statement<[string], FetchRow>;
  private readonly feedsAll: Database.Statement<[], FeedRow>;
  private readonly feedOne: Database.Statement<[string], FeedRow>;
  private readonly feedAdd: Database.Statement;
  private readonly feedDel: Database.Statement;
  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
    this.record = db.prepare(`
      INSERT INTO fetched_pages (doc, doc_version, url, final_url, http_date, etag, last_modified, fetched_at, sha256, feed)
      VALUES (@doc, @doc_version, @url, @final_url, @http_date, @etag, @last_modified, @fetched_at, @sha256, @feed)
      ON CONFLICT (doc, doc_version) DO UPDATE SET url = excluded.url, final_url = excluded.final_url, http_date = excluded.http_date,
        etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at, sha256 = excluded.sha256,
        feed = coalesce(excluded.feed, fetched_pages.feed)`);
    this.ofDoc = db.prepare("SELECT * FROM fetched_pages WHERE doc = ? AND doc_version = ?");
    this.byUrl = db.prepare("SELECT * FROM fetched_pages WHERE url = ? OR final_url = ? ORDER BY fetched_at DESC, doc_version DESC LIMIT 1");
    this.byHash = db.prepare("SELECT * FROM fetched_pages WHERE sha256 = ? ORDER BY fetched_at DESC, doc_version DESC LIMIT 1");
    this.feedsAll = db.prepare("SELECT * FROM feeds ORDER BY rowid");
    this.feedOne = db.prepare("SELECT * FROM feeds WHERE url = ?");
    this.feedAdd = db.prepare("INSERT INTO feeds (url, added_at) VALUES (?, ?) ON CONFLICT (url) DO NOTHING");
    this.feedDel = db.prepare("DELETE FROM feeds WHERE url = ?");
  }

  /** Keeps a fetched document version's fetch metadata (inside the caller's transaction). */
  recordFetch(doc: string, version: number, f: FetchInfo): void {
    this.record.run({
      doc,
      doc_version: version,
      url: f.url,
      final_url: f.finalUrl,
      http_date: f.httpDate,
      etag: f.etag,
      last_modified: f.lastModified,
      fetched_at: f.fetchedAt,
      sha256: f.sha256,
      feed: f.feed,
    });
  }

  fetchOf(doc: string, version: number): FetchInfo | null {
    const r = this.ofDoc.get(doc, version);
    return r ? toFetch(r) : null;
  }

  findFetched(q: { url?: string; sha256?: string }): FetchedPage | null {
    const r = (q.url !== undefined ? this.byUrl.get(q.url, q.url) : undefined) ?? (q.sha256 !== undefined ? this.byHash.get(q.sha256) : undefined);
    return r ? { id: r.doc, version: r.doc_version, fetch: toFetch(r) } : null;
  }

  listFeeds(): FeedState[] {
    return this.feedsAll.all().map(toFeed);
  }

  getFeed(url: string): FeedState | null {
    const r = this.feedOne.get(url);
    return r ? toFeed(r) : null;
  }

  addFeed(url: string): FeedState {
    this.feedAdd.run(url, new Date().toISOString());
    return this.getFeed(url)!;
  }

  updateFeed(url: string, patch: FeedUpdate): void {
    const keys = feedPatchKeys(patch);
    if (keys.length === 0) return;
    const set = keys.map((k) => `${FEED_COLUMNS[k]} = @${k}`).join(", ");
    this.db.prepare(`UPDATE feeds SET ${set} WHERE url = @url`).run({ ...Object.fromEntries(keys.map((k) => [k, patch[k]])), url });
  }

  removeFeed(url: string): boolean {
    return this.feedDel.run(url).changes > 0;
  }
}

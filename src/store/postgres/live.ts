// Live ingest's tables in PostgreSQL: what the server said about each fetched
// document version, used to know a page again by URL or by content, and the
// feeds being watched with the state of their last poll. The same rows and
// answers as store/sqlite/live.ts.

import type { ClientBase } from "pg";
import type { FeedState, FetchInfo } from "../../types.js";
import { FEED_COLUMNS, type FeedRow, type FetchRow, feedPatchKeys, toFeed, toFetch } from "../sqlite/live.js";
import type { FeedUpdate, FetchedPage } from "../store.js";

const FEED_FIELDS = "url, added_at, etag, last_modified, last_poll_at, items_seen, last_error";

/** Keeps a fetched document version's fetch metadata (inside the caller's transaction); fetched again, it is refreshed. */
export async function recordFetch(c: ClientBase, doc: string, version: number, f: FetchInfo): Promise<void> {
  await c.query(
    `INSERT INTO fetched_pages AS p (doc, doc_version, url, final_url, http_date, etag, last_modified, fetched_at, sha256, feed)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (doc, doc_version) DO UPDATE SET url = excluded.url, final_url = excluded.final_url, http_date = excluded.http_date,
       etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at, sha256 = excluded.sha256,
       feed = coalesce(excluded.feed, p.feed)`,
    [doc, version, f.url, f.finalUrl, f.httpDate, f.etag, f.lastModified, f.fetchedAt, f.sha256, f.feed],
  );
}

export async function fetchOf(c: ClientBase, doc: string, version: number): Promise<FetchInfo | null> {
  const { rows } = await c.query<FetchRow>("SELECT * FROM fetched_pages WHERE doc = $1 AND doc_version = $2", [doc, version]);
  return rows[0] ? toFetch(rows[0]) : null;
}

export async function findFetched(c: ClientBase, q: { url?: string; sha256?: string }): Promise<FetchedPage | null> {
  let row: FetchRow | undefined;
  if (q.url !== undefined) {
    const { rows } = await c.query<FetchRow>(
      "SELECT * FROM fetched_pages WHERE url = $1 OR final_url = $1 ORDER BY fetched_at DESC, doc_version DESC LIMIT 1",
      [q.url],
    );
    row = rows[0];
  }
  if (!row && q.sha256 !== undefined) {
    const { rows } = await c.query<FetchRow>("SELECT * FROM fetched_pages WHERE sha256 = $1 ORDER BY fetched_at DESC, doc_version DESC LIMIT 1", [q.sha256]);
    row = rows[0];
  }
  return row ? { id: row.doc, version: row.doc_version, fetch: toFetch(row) } : null;
}

export async function listFeeds(c: ClientBase): Promise<FeedState[]> {
  const { rows } = await c.query<FeedRow>(`SELECT ${FEED_FIELDS} FROM feeds ORDER BY seq`);
  return rows.map(toFeed);
}

export async function getFeed(c: ClientBase, url: string): Promise<FeedState | null> {
  const { rows } = await c.query<FeedRow>(`SELECT ${FEED_FIELDS} FROM feeds WHERE url = $1`, [url]);
  return rows[0] ? toFeed(rows[0]) : null;
}

/** Adds a feed (an existing one is left as it is) and returns it. */
export async function addFeed(c: ClientBase, url: string): Promise<FeedState> {
  await c.query("INSERT INTO feeds (url, added_at) VALUES ($1, $2) ON CONFLICT (url) DO NOTHING", [url, new Date().toISOString()]);
  return (await getFeed(c, url))!;
}

export async function updateFeed(c: ClientBase, url: string, patch: FeedUpdate): Promise<void> {
  const keys = feedPatchKeys(patch);
  if (keys.length === 0) return;
  const set = keys.map((k, i) => `${FEED_COLUMNS[k]} = $${i + 2}`).join(", ");
  await c.query(`UPDATE feeds SET ${set} WHERE url = $1`, [url, ...keys.map((k) => patch[k])]);
}

export async function removeFeed(c: ClientBase, url: string): Promise<boolean> {
  const r = await c.query("DELETE FROM feeds WHERE url = $1", [url]);
  return (r.rowCount ?? 0) > 0;
}

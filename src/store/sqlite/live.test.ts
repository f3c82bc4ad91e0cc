import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FetchInfo } from "../../types.js";
import { makeDoc } from "../fixtures.js";
import { openSqliteStore } from "./index.js";

const info = (url: string, sha256: string, etag: string | null = '"e1"'): FetchInfo => ({
  url,
  finalUrl: `${url}?final`,
  httpDate: "Tue, 04 Mar 2025 10:00:00 GMT",
  etag,
  lastModified: "Mon, 03 Mar 2025 09:00:00 GMT",
  fetchedAt: "2025-03-04T10:00:01.000Z",
  sha256,
  feed: "https://example.org/feed.xml",
});

describe("sqlite store: fetched pages", () => {
  it("keeps a fetched version's metadata with it, and finds the page by URL, final URL or body hash", async () => {
    const store = openSqliteStore(":memory:");
    await store.storeDocument(makeDoc("p", "A page of our own.", { fetch: info("https://example.org/p", "aaa") }), { pending: "test" });
    const got = await store.getDocument("p");
    expect(got?.meta.fetch).toEqual(info("https://example.org/p", "aaa"));
    expect(await store.findFetched({ url: "https://example.org/p" })).toMatchObject({ id: "p", version: 1 });
    expect(await store.findFetched({ url: "https://example.org/p?final" })).toMatchObject({ id: "p", version: 1 });
    expect(await store.findFetched({ sha256: "aaa" })).toMatchObject({ id: "p" });
    expect(await store.findFetched({ url: "https://example.org/other", sha256: "bbb" })).toBeNull();
    // a document read from a file has no fetch metadata
    await store.storeDocument(makeDoc("f", "A file of our own."), { pending: "test" });
    expect((await store.getDocument("f"))?.meta.fetch).toBeUndefined();
    await store.close();
  });

  it("keeps each version's own metadata, and refreshes it when the same content is fetched again", async () => {
    const store = openSqliteStore(":memory:");
    await store.storeDocument(makeDoc("p", "First text.", { fetch: info("https://example.org/p", "h1", '"v1"') }), { pending: "test" });
    await store.storeDocument(makeDoc("p", "Second text.", { fetch: info("https://example.org/p", "h2", '"v2"') }), { pending: "test" });
    expect((await store.getDocument("p", 1))?.meta.fetch?.etag).toBe('"v1"');
    expect((await store.getDocument("p", 2))?.meta.fetch?.etag).toBe('"v2"');
    const put = await store.storeDocument(makeDoc("p", "Second text.", { fetch: info("https://example.org/p", "h2", '"v2b"') }), { pending: "test" });
    expect(put.status).toBe("unchanged");
    expect((await store.getDocument("p"))?.meta.fetch?.etag).toBe('"v2b"');
    await store.close();
  });
});

describe("sqlite store: feeds", () => {
  it("adds, updates, lists and removes feeds, and keeps them across openings", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sourced-live-"));
    try {
      const path = join(dir, "s.db");
      const s1 = openSqliteStore(path);
      const added = await s1.addFeed("https://example.org/feed.xml");
      expect(added).toMatchObject({ url: "https://example.org/feed.xml", etag: null, lastPollAt: null, itemsSeen: 0, lastError: null });
      await s1.addFeed("https://example.org/feed.xml"); // again: left as it is
      await s1.addFeed("https://example.net/atom");
      await s1.updateFeed("https://example.org/feed.xml", { etag: '"f1"', lastPollAt: "2025-03-04T10:00:00Z", itemsSeen: 3, lastError: null });
      await s1.close();
      const s2 = openSqliteStore(path);
      expect((await s2.listFeeds()).map((f) => f.url)).toEqual(["https://example.org/feed.xml", "https://example.net/atom"]);
      expect(await s2.getFeed("https://example.org/feed.xml")).toMatchObject({ etag: '"f1"', itemsSeen: 3, lastPollAt: "2025-03-04T10:00:00Z" });
      await s2.updateFeed("https://example.org/feed.xml", { lastError: "HTTP 500" });
      expect((await s2.getFeed("https://example.org/feed.xml"))?.lastError).toBe("HTTP 500");
      expect(await s2.removeFeed("https://example.net/atom")).toBe(true);
      expect(await s2.removeFeed("https://example.net/atom")).toBe(false);
      expect(await s2.getFeed("https://example.net/atom")).toBeNull();
      await s2.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

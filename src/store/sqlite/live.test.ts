// What only a file store can show: fetched pages and feeds kept across
// openings. The rest of live ingest's store methods are in the conformance
// suite (store/store.conformance.ts), run on both engines.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FetchInfo } from "../../types.js";
import { makeDoc } from "../fixtures.js";
import { openSqliteStore } from "./index.js";

const info: FetchInfo = {
  url: "https://example.org/p",
  finalUrl: "https://example.org/p?final",
  httpDate: "Tue, 04 Mar 2025 10:00:00 GMT",
  etag: '"e1"',
  lastModified: "Mon, 03 Mar 2025 09:00:00 GMT",
  fetchedAt: "2025-03-04T10:00:01.000Z",
  sha256: "aaa",
  feed: "https://example.org/feed.xml",
};

describe("sqlite store: live ingest", () => {
  it("keeps fetched pages and feeds across openings", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sourced-live-"));
    try {
      const path = join(dir, "s.db");
      const s1 = openSqliteStore(path);
      await s1.storeDocument(makeDoc("p", "A page of our own.", { fetch: info }), { pending: "test" });
      await s1.addFeed("https://example.org/feed.xml");
      await s1.addFeed("https://example.net/atom");
      await s1.updateFeed("https://example.org/feed.xml", { etag: '"f1"', lastPollAt: "2025-03-04T10:00:00Z", itemsSeen: 3 });
      await s1.close();
      const s2 = openSqliteStore(path);
      expect((await s2.getDocument("p"))?.meta.fetch).toEqual(info);
      expect(await s2.findFetched({ url: "https://example.org/p?final" })).toMatchObject({ id: "p", version: 1 });
      expect((await s2.listFeeds()).map((f) => f.url)).toEqual(["https://example.org/feed.xml", "https://example.net/atom"]);
      expect(await s2.getFeed("https://example.org/feed.xml")).toMatchObject({ etag: '"f1"', itemsSeen: 3, lastPollAt: "2025-03-04T10:00:00Z" });
      await s2.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

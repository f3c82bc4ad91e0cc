// POST /api/fetch and /api/feeds against a page and feed server this test
// starts on 127.0.0.1; the same URL policy as the command line.

import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { openSqliteStore, type Store } from "../../src/store/index.js";

const TOKEN = "live-test-token";
let site: Server;
let base = "";
let dir = "";
let store: Store;
let api: RunningServer;

const ARTICLE = `<!doctype html><html><head><title>Detainees moved</title><meta property="article:published_time" content="2025-03-04"></head>
<body><article><h1>Detainees moved</h1><p>About 120 detainees were moved from a prison in Hasakah to Iraq on Monday, two officials said.</p>
<p>The transfer was the second this month, according to a security source.</p></article></body></html>`;

function rss(paths: string[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${paths.map((p) => `<item><title>${p}</title><link>${base}${p}</link></item>`).join("")}</channel></rss>`;
}

beforeAll(async () => {
  site = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/robots.txt") {
      res.writeHead(404);
      res.end();
    } else if (path === "/feed.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"f1"' });
      res.end(rss(["/a", "/b"]));
    } else if (path === "/a" || path === "/b" || path === "/page") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", etag: `"${path}"` });
      res.end(ARTICLE.replace("Detainees moved", `Detainees moved ${path}`));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => site.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), "sourced-live-api-"));
  store = openSqliteStore(join(dir, "s.db"));
  api = await startServer({ store, port: 0, token: TOKEN, webRoot: null, live: { allowHosts: ["127.0.0.1"], rate: 50 } });
});

afterAll(async () => {
  await api?.close();
  await store?.close();
  site.closeAllConnections();
  await new Promise<void>((r) => site.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

const call = (server: RunningServer, method: string, path: string, body?: unknown, token: string | null = TOKEN) =>
  fetch(new URL(path, server.url), {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { "content-type": "application/json" } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

describe("POST /api/fetch", () => {
  it("needs the token", async () => {
    expect((await call(api, "POST", "/api/fetch", { url: `${base}/page` }, null)).status).toBe(401);
  });

  it("fetches a page and stores it with its events and fetch metadata", async () => {
    const res = await call(api, "POST", "/api/fetch", { url: `${base}/page`, id: "moved-page" });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; status: string; events: number };
    expect(body).toMatchObject({ id: "moved-page", status: "inserted" });
    expect(body.events).toBeGreaterThan(0);
    const doc = await store.getDocument("moved-page");
    expect(doc?.meta.fetch).toMatchObject({ url: `${base}/page`, finalUrl: `${base}/page`, etag: '"/page"' });
    expect(doc?.meta.published).toBe("2025-03-04");
    const again = await call(api, "POST", "/api/fetch", { url: `${base}/page`, id: "moved-page" });
    expect(again.status).toBe(200);
  });

  it("refuses local and private targets with the policy's line", async () => {
    const port = new URL(base).port;
    for (const [url, reason] of [
      [`http://localhost:${port}/page`, "a loopback address"],
      ["http://169.254.169.254/latest/meta-data/", "a link-local address"],
      ["http://[::ffff:10.0.0.1]/", "a private address"],
      ["file:///etc/passwd", "only http: and https:"],
    ] as const) {
      const res = await call(api, "POST", "/api/fetch", { url });
      expect(res.status, url).toBe(422);
      const body = (await res.json()) as { error: string; message: string };
      expect(body.message).toContain(url === "file:///etc/passwd" ? url : url.replace(/\/latest.*$/, ""));
      expect(body.message).toContain(reason);
    }
  });

  it("reports a page the site does not have as an upstream error", async () => {
    const res = await call(api, "POST", "/api/fetch", { url: `${base}/missing` });
    expect(res.status).toBe(502);
    expect(((await res.json()) as { message: string }).message).toBe(`${base}/missing: HTTP 404 Not Found`);
  });
});

describe("/api/feeds", () => {
  it("adds, lists and removes feeds; refuses a private one; writes need the token", async () => {
    expect((await call(api, "POST", "/api/feeds", { url: `${base}/feed.xml` }, null)).status).toBe(401);
    expect((await call(api, "POST", "/api/feeds", { url: `${base}/feed.xml` })).status).toBe(201);
    expect((await call(api, "POST", "/api/feeds", { url: `${base}/feed.xml` })).status).toBe(200);
    const refused = await call(api, "POST", "/api/feeds", { url: "http://10.1.2.3/rss" });
    expect(refused.status).toBe(422);
    const listed = (await (await call(api, "GET", "/api/feeds", undefined, null)).json()) as { feeds: { url: string; lastPollAt: string | null }[] };
    expect(listed.feeds).toEqual([expect.objectContaining({ url: `${base}/feed.xml`, lastPollAt: null, itemsSeen: 0, lastError: null })]);
    expect((await call(api, "DELETE", `/api/feeds?url=${encodeURIComponent(`${base}/feed.xml`)}`)).status).toBe(200);
    expect((await call(api, "DELETE", `/api/feeds?url=${encodeURIComponent(`${base}/feed.xml`)}`)).status).toBe(404);
  });

  it("polls the watched feeds in the background when started with a watch interval", async () => {
    const watchDir = mkdtempSync(join(tmpdir(), "sourced-live-watch-"));
    const watchStore = openSqliteStore(join(watchDir, "w.db"));
    await watchStore.addFeed(`${base}/feed.xml`);
    const watching = await startServer({
      store: watchStore,
      port: 0,
      token: TOKEN,
      webRoot: null,
      live: { allowHosts: ["127.0.0.1"], rate: 50, watchEveryMs: 60_000 },
    });
    try {
      let feed: { lastPollAt: string | null; itemsSeen: number; lastError: string | null } | undefined;
      for (let i = 0; i < 200 && !feed?.lastPollAt; i++) {
        await new Promise((r) => setTimeout(r, 100));
        feed = ((await (await call(watching, "GET", "/api/feeds", undefined, null)).json()) as { feeds: (typeof feed)[] }).feeds[0];
      }
      expect(feed).toMatchObject({ itemsSeen: 2, lastError: null });
      expect((await watchStore.listDocuments()).length).toBe(2);
      expect((await watchStore.getFeed(`${base}/feed.xml`))?.etag).toBe('"f1"');
    } finally {
      await watching.close();
      await watchStore.close();
      rmSync(watchDir, { recursive: true, force: true });
    }
  });
});

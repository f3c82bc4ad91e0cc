// `sourced fetch` and `sourced watch` against a server this test starts on
// 127.0.0.1, serving pages and feeds written for it.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/index.js";
import { ARTICLES, assertBuilt, sourced, sourcedAsync, tempDir, write } from "./helpers.js";

let server: Server;
let port = 0;
let base = "";
/** Requests by path, and the conditional headers the feed was asked with. */
const hits = new Map<string, number>();
const conditional: string[] = [];
let feedVersion = 1;
let flakyFailures = 0;

function page(title: string, body: string, published: string): string {
  return `<!doctype html><html><head><title>${title} | Test Wire</title>
<meta property="article:published_time" content="${published}T08:00:00Z">
<meta property="og:site_name" content="Test Wire"></head>
<body><nav>Home | World | About</nav><article><h1>${title}</h1>${body
    .trim()
    .split(/\n+/)
    .slice(1)
    .map((p) => `<p>${p}</p>`)
    .join("\n")}</article><footer>Copyright Test Wire</footer></body></html>`;
}

const PAGES: Record<string, string> = {
  "/news/transfer": page("Prisoners moved across the border", ARTICLES.transfer, "2025-03-04"),
  "/news/trial": page("Court hands down sentences", ARTICLES.trial, "2025-03-05"),
  "/news/camp": page("Camp numbers fall", ARTICLES.camp, "2025-03-06"),
  "/private/memo": page("Internal memo", ARTICLES.camp, "2025-03-07"),
};

function rss(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>${base}/</link><description>Test feed</description>
${items.map((p) => `<item><title>${p}</title><link>${base}${p}</link><guid>${base}${p}</guid><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>`).join("\n")}
</channel></rss>`;
}

function handler(req: IncomingMessage, res: ServerResponse) {
  const path = (req.url ?? "/").split("?")[0]!;
  hits.set(path, (hits.get(path) ?? 0) + 1);
  const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): true => {
    res.writeHead(status, { "content-type": type, ...headers });
    res.end(body);
    return true;
  };
  if (path === "/robots.txt") return send(200, "text/plain", "User-agent: *\nDisallow: /private/\n");
  if (path === "/feed.xml") {
    const etag = `"feed-v${feedVersion}"`;
    conditional.push(String(req.headers["if-none-match"] ?? ""));
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag });
      return res.end();
    }
    const items = feedVersion === 1 ? ["/news/transfer", "/news/trial"] : ["/news/camp", "/news/transfer", "/news/trial"];
    return send(200, "application/rss+xml", rss(items), { etag, "last-modified": "Tue, 04 Mar 2025 10:00:00 GMT" });
  }
  if (path === "/atom.xml") {
    return send(
      200,
      "application/atom+xml",
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:test</id><updated>2025-03-06T00:00:00Z</updated>
<entry><title>Camp numbers fall</title><id>urn:camp</id><link rel="alternate" href="${base}/news/camp"/><updated>2025-03-06T00:00:00Z</updated></entry>
<entry><title>Same story elsewhere</title><id>urn:copy</id><link href="${base}/copy/camp"/><updated>2025-03-06T00:00:00Z</updated></entry>
</feed>`,
    );
  }
  if (path === "/feed.json") {
    return send(
      200,
      "application/feed+json",
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "JSON wire",
        items: [{ id: "j1", url: `${base}/news/trial`, title: "Court hands down sentences", date_published: "2025-03-05T09:00:00Z" }],
      }),
    );
  }
  if (path === "/broken.xml")
    return send(200, "application/rss+xml", `<rss version="2.0"><channel><title>Broken</title><item><title>x</titl></item></channel></rss>`);
  if (path === "/robots-feed.xml") return send(200, "application/rss+xml", rss(["/private/memo"]));
  if (path === "/copy/camp") return send(200, "text/html; charset=utf-8", PAGES["/news/camp"]!);
  if (path === "/flaky") {
    if (flakyFailures-- > 0) return send(500, "text/plain", "try later");
    return send(200, "text/html; charset=utf-8", PAGES["/news/trial"]!);
  }
  if (path === "/slow") {
    setTimeout(() => {
      if (!res.destroyed) send(200, "text/plain", "late");
    }, 5000);
    return;
  }
  if (path === "/big") return send(200, "text/html", `<html><body>${"<p>padding text</p>".repeat(5000)}</body></html>`);
  if (path === "/to-private") {
    res.writeHead(302, { location: "http://10.0.0.1/admin" });
    return res.end();
  }
  if (path === "/moved") {
    res.writeHead(301, { location: "/news/camp" });
    return res.end();
  }
  const html = PAGES[path];
  if (html && req.headers["if-none-match"] === `"${path}"`) {
    res.writeHead(304, { etag: `"${path}"` });
    return res.end();
  }
  if (html) return send(200, "text/html; charset=utf-8", html, { etag: `"${path}"`, "last-modified": "Tue, 04 Mar 2025 09:30:00 GMT" });
  send(404, "text/plain", "not found");
}

beforeAll(async () => {
  assertBuilt();
  server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

const ALLOW = ["--allow-host", "127.0.0.1", "--rate", "50"];

async function docs(dir: string) {
  const store = openSqliteStore(join(dir, "sourced.db"));
  try {
    const list = await store.listDocuments();
    return await Promise.all(list.map(async (d) => (await store.getDocument(d.id))!));
  } finally {
    await store.close();
  }
}

describe("sourced watch", () => {
  it("ingests a feed's articles once; a second poll is a 304 and fetches nothing; a changed feed brings only its new item", async () => {
    const { dir, cleanup } = tempDir();
    try {
      feedVersion = 1;
      const first = await sourced(dir, ["watch", "--once", ...ALLOW, `${base}/feed.xml`]);
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^poll \S+Z: 1 feed, 2 new items stored, \d+ events?, 0 already stored; reconciled: \d+ stor(y|ies)\n$/);
      const stored = await docs(dir);
      expect(stored.map((d) => d.meta.fetch?.url).sort()).toEqual([`${base}/news/transfer`, `${base}/news/trial`]);
      const transfer = stored.find((d) => d.meta.fetch?.url.endsWith("/news/transfer"))!;
      expect(transfer.meta.published).toBe("2025-03-04");
      expect(transfer.meta.publishedRule).toBe("html-meta");
      expect(transfer.meta.fetch).toMatchObject({ etag: '"/news/transfer"', lastModified: "Tue, 04 Mar 2025 09:30:00 GMT", feed: `${base}/feed.xml` });
      expect(transfer.meta.fetch?.httpDate).toMatch(/GMT$/);
      expect(transfer.cleanText).toContain("Around 120 detainees");
      expect(transfer.cleanText).not.toContain("Home | World");

      const pagesBefore = hits.get("/news/transfer");
      const second = await sourced(dir, ["watch", "--once", ...ALLOW, `${base}/feed.xml`]);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/1 feed \(1 not modified\), 0 new items stored, 0 events, 0 already stored; nothing new to reconcile/);
      expect(conditional.at(-1)).toBe('"feed-v1"');
      expect(hits.get("/news/transfer")).toBe(pagesBefore);

      feedVersion = 2;
      const third = await sourced(dir, ["watch", "--once", ...ALLOW, `${base}/feed.xml`]);
      expect(third.code).toBe(0);
      expect(third.stdout).toMatch(/1 new item stored, \d+ events?, 2 already stored; reconciled/);
      expect(hits.get("/news/transfer")).toBe(pagesBefore);
      expect((await docs(dir)).length).toBe(3);
    } finally {
      cleanup();
    }
  });

  it("refuses the same feed without --allow-host, naming the URL and the reason", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const before = hits.get("/feed.xml") ?? 0;
      const r = await sourced(dir, ["watch", "--once", `${base}/feed.xml`]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `sourced: ${base}/feed.xml: refused: 127.0.0.1 is a loopback address, in 127.0.0.0/8 (pass --allow-host 127.0.0.1 to reach it on purpose)\n`,
      );
      expect(r.stdout).toMatch(/1 feed \(1 failed\), 0 new items stored/);
      expect(hits.get("/feed.xml") ?? 0).toBe(before);
    } finally {
      cleanup();
    }
  });

  it("refuses a name that resolves to 127.0.0.1 when only the address is allowed", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = await sourced(dir, ["watch", "--once", ...ALLOW, `http://localhost:${port}/feed.xml`]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(`^sourced: http://localhost:${port}/feed.xml: refused: localhost resolves to (127\\.0\\.0\\.1|::1), a loopback address`),
      );
    } finally {
      cleanup();
    }
  });

  it("reports a malformed feed on one line and goes on with the others (Atom and JSON Feed among them)", async () => {
    const { dir, cleanup } = tempDir();
    try {
      write(dir, "feeds.txt", `# test feeds\n${base}/broken.xml\n\n${base}/atom.xml\n${base}/feed.json\n`);
      const r = await sourced(dir, ["watch", "--once", ...ALLOW, "--feeds", "feeds.txt"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`sourced: ${base}/broken.xml: not a readable feed (malformed: Invalid feed format)\n`);
      // the Atom feed's second entry is the same page under another URL: stored once
      expect(r.stdout).toMatch(/3 feeds \(1 failed\), 2 new items stored, \d+ events?, 1 already stored/);
      const urls = (await docs(dir)).map((d) => d.meta.fetch?.url).sort();
      expect(urls).toEqual([`${base}/news/camp`, `${base}/news/trial`]);
      // the feeds are remembered: a bare `watch` polls them again
      const again = await sourced(dir, ["watch", "--once", ...ALLOW]);
      expect(again.stdout).toMatch(/3 feeds \(1 failed\), 0 new items stored/);
    } finally {
      cleanup();
    }
  });

  it("respects robots.txt unless told not to", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = await sourced(dir, ["watch", "--once", ...ALLOW, `${base}/robots-feed.xml`]);
      expect(r.stderr).toBe(`sourced: ${base}/private/memo: disallowed by robots.txt (pass --ignore-robots to fetch anyway)\n`);
      expect(hits.get("/private/memo") ?? 0).toBe(0);
      const ignoring = await sourced(dir, ["watch", "--once", "--ignore-robots", ...ALLOW, `${base}/robots-feed.xml`]);
      expect(ignoring.stderr).toBe("");
      expect(ignoring.stdout).toMatch(/1 new item stored/);
    } finally {
      cleanup();
    }
  });

  it("without --once, polls every --every with one line a poll, until stopped", async () => {
    const { dir, cleanup } = tempDir();
    try {
      feedVersion = 1;
      const { child, done } = sourcedAsync(dir, ["watch", "--every", "1s", ...ALLOW, `${base}/feed.xml`]);
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      for (let i = 0; i < 600 && (out.match(/^poll /gm) ?? []).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      child.kill("SIGINT");
      const r = await done;
      const polls = r.stdout.split("\n").filter((l) => l.startsWith("poll "));
      expect(polls.length).toBeGreaterThanOrEqual(2);
      expect(polls[0]).toMatch(/2 new items stored/);
      expect(polls[1]).toMatch(/1 not modified\), 0 new items stored/);
      expect(r.code).toBe(130);
      expect(r.stderr).toMatch(/^sourced: (stopped between polls|interrupted); every stored document is complete\n$/);
    } finally {
      cleanup();
    }
  });

  it("tells what is wrong with its options on one line", async () => {
    const { dir, cleanup } = tempDir();
    try {
      expect((await sourced(dir, ["watch", "--once", "--every", "soon", `${base}/feed.xml`])).stderr).toBe(
        "sourced: --every: 'soon' is not a duration (e.g. 30s, 15m, 1h)\n",
      );
      expect((await sourced(dir, ["watch", "--once", "feed.xml"])).stderr).toBe("sourced: feed.xml: not a feed URL (http:// or https://)\n");
      expect((await sourced(dir, ["watch", "--once"])).stderr).toBe("sourced: no feeds to watch: name feed URLs or --feeds FILE\n");
    } finally {
      cleanup();
    }
  });
});

describe("sourced fetch", () => {
  it("ingests a page like a file, keeping the final URL and the server's headers", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = await sourced(dir, ["fetch", ...ALLOW, `${base}/moved`]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^1 inserted, 0 unchanged, 0 new versions, 0 failed, 0 skipped, \d+ events?\n$/);
      const [doc] = await docs(dir);
      expect(doc!.meta.fetch).toMatchObject({ url: `${base}/moved`, finalUrl: `${base}/news/camp`, etag: '"/news/camp"' });
      expect(doc!.meta.url).toBe(`${base}/news/camp`);
      expect(doc!.meta.outlet).toBe("Test Wire");
      expect(doc!.meta.published).toBe("2025-03-06");
      // fetched again, it is asked for with its ETag: a 304 stores nothing
      const again = await sourced(dir, ["fetch", ...ALLOW, `${base}/moved`]);
      expect(again.stderr).toBe(`sourced: ${base}/moved: not modified since it was last fetched (HTTP 304)\n`);
      expect(again.stdout).toMatch(/^0 inserted, 0 unchanged, 0 new versions, 0 failed, 1 skipped/);
      expect(again.code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it("retries a 500 and stores the page when the server recovers", async () => {
    const { dir, cleanup } = tempDir();
    try {
      flakyFailures = 1;
      const before = hits.get("/flaky") ?? 0;
      const r = await sourced(dir, ["fetch", ...ALLOW, `${base}/flaky`]);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/^1 inserted/);
      expect((hits.get("/flaky") ?? 0) - before).toBe(2);
    } finally {
      cleanup();
    }
  });

  it("gives up on a slow server, a page too large and a redirect to a private address, one line each, and goes on", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = await sourced(dir, [
        "fetch",
        ...ALLOW,
        "--timeout",
        "1s",
        "--retries",
        "0",
        "--max-bytes",
        "20KB",
        `${base}/slow`,
        `${base}/big`,
        `${base}/to-private`,
        `${base}/news/trial`,
        "ftp://example.org/file",
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr.split("\n").filter(Boolean)).toEqual([
        `sourced: ${base}/slow: timed out after 1s`,
        `sourced: ${base}/big: too large (more than 20.0 KB, the limit)`,
        `sourced: ${base}/to-private: redirected to http://10.0.0.1/admin: refused: 10.0.0.1 is a private address, in 10.0.0.0/8 (pass --allow-host 10.0.0.1 to reach it on purpose)`,
        "sourced: ftp://example.org/file: refused: only http: and https: URLs are fetched, not ftp:",
      ]);
      expect(r.stdout).toMatch(/^1 inserted, 0 unchanged, 0 new versions, 4 failed/);
    } finally {
      cleanup();
    }
  });

  it("fetches the manifest lines that give only a url, with the line's metadata", async () => {
    const { dir, cleanup } = tempDir();
    try {
      write(
        dir,
        "links.jsonl",
        `${JSON.stringify({ url: `${base}/news/trial`, id: "trial-page", outlet: "Court Reporter" })}\n${JSON.stringify({ url: `${base}/missing` })}\n`,
      );
      const r = await sourced(dir, ["fetch", ...ALLOW, "links.jsonl"]);
      expect(r.stderr).toBe(`sourced: links.jsonl:2: ${base}/missing: HTTP 404 Not Found\n`);
      const [doc] = await docs(dir);
      expect(doc!.meta.id).toBe("trial-page");
      expect(doc!.meta.outlet).toBe("Court Reporter");
      expect(doc!.meta.fetch?.url).toBe(`${base}/news/trial`);
      // `ingest` reads the same manifest the same way, under the same policy
      const ingest = await sourced(dir, ["--db", "other.db", "ingest", "links.jsonl"]);
      expect(ingest.stderr).toMatch(
        new RegExp(`^sourced: links.jsonl:1: ${base.replace(/[.:/]/g, "\\$&")}/news/trial: refused: 127\\.0\\.0\\.1 is a loopback address`),
      );
      const allowed = await sourced(dir, ["--db", "other.db", "ingest", "--allow-host", "127.0.0.1", "links.jsonl"]);
      expect(allowed.stdout).toMatch(/^1 inserted/);
    } finally {
      cleanup();
    }
  });
});

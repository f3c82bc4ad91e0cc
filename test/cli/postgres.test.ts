// The command line on PostgreSQL: the same answers as on SQLite, two ingest
// processes loading one database at once, `fetch` and `watch` against a
// server this test starts on 127.0.0.1, and `copy` between the engines.
// Runs the built command (`npm test` builds first).

import { cpSync, mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import type { DumpBatch } from "../../src/store/transfer.js";
import { freshDatabase, PG_MISSING, PG_URL } from "../pg.js";
import { ARTICLES, ROOT, assertBuilt, sourced, sourcedAsync, tempDir, write } from "./helpers.js";

const CORPUS = join(ROOT, "examples", "corpus");

/** Short reports written for this test, each with its own numbers and places. */
function report(i: number): string {
  const places = ["Hasakah", "Raqqa", "Deir ez-Zor", "Qamishli", "Kobani"];
  const from = places[i % places.length]!;
  return `Detainees moved, report ${i}

By Staff Writer | March ${1 + (i % 27)}, 2025

Officials said on Monday that ${20 + i} prisoners were moved from a jail in ${from} to a prison near Baghdad. Report number ${i} said the convoy left at dawn.
`;
}

async function count(url: string, sql: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query<{ n: string }>(sql)).rows[0]!.n);
  } finally {
    await c.end();
  }
}

/** A news page written for this test: a title and the article's paragraphs. */
function page(title: string, article: string): string {
  const paragraphs = article.trim().split(/\n+/).slice(1);
  return `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="2025-03-04T08:00:00Z"></head>
<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`;
}

/** A feed listing two pages, and a third page outside it; every answer has an ETag and a conditional request gets a 304. */
function liveServer(): Server {
  const bodies: Record<string, [string, string]> = {
    "/news/transfer": ["text/html; charset=utf-8", page("Prisoners moved across the border", ARTICLES.transfer)],
    "/news/trial": ["text/html; charset=utf-8", page("Court hands down sentences", ARTICLES.trial)],
    "/news/camp": ["text/html; charset=utf-8", page("Camp numbers fall", ARTICLES.camp)],
  };
  return createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const { port } = req.socket.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    if (path === "/feed.xml")
      bodies[path] = [
        "application/rss+xml",
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title><link>${base}/</link><description>Test feed</description>
${["/news/transfer", "/news/trial"].map((p) => `<item><title>${p}</title><link>${base}${p}</link><guid>${base}${p}</guid></item>`).join("\n")}
</channel></rss>`,
      ];
    const found = bodies[path];
    if (path === "/robots.txt" || !found) {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("not found");
    }
    const etag = `"${path}"`;
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag });
      return res.end();
    }
    res.writeHead(200, { "content-type": found[0], etag, "last-modified": "Tue, 04 Mar 2025 09:30:00 GMT" });
    res.end(found[1]);
  });
}

async function dumpOf(path: string): Promise<DumpBatch[]> {
  const s = openSqliteStore(path);
  const out: DumpBatch[] = [];
  for await (const b of s.transfer().read()) out.push(b);
  await s.close();
  return out;
}

if (!PG_URL) {
  describe("command line on PostgreSQL", () => {
    it.skip(`skipped: no PostgreSQL (${PG_MISSING})`, () => {});
  });
} else {
  describe("command line on PostgreSQL", () => {
    let t: ReturnType<typeof tempDir>;
    beforeAll(() => {
      assertBuilt();
      t = tempDir();
    });
    afterAll(() => t.cleanup());

    it("answers as SQLite does for the same ingest (events, documents, series)", async () => {
      const url = await freshDatabase("cli");
      const lite = join(t.dir, "same.db");
      for (const db of [lite, url]) {
        const r = await sourced(t.dir, ["--db", db, "ingest", CORPUS]);
        expect(r.stdout).toMatch(/^17 inserted, 0 unchanged/);
      }
      for (const args of [["events", "--format", "jsonl"], ["docs"], ["series", "--type", "transfer"], ["events", "--q", "prison", "--country", "IQ"]]) {
        const a = await sourced(t.dir, ["--db", lite, ...args]);
        const b = await sourced(t.dir, [...args], { SOURCED_DB: url });
        expect(a.code).toBe(0);
        expect(b.stderr).toBe(a.stderr);
        expect(b.stdout).toBe(a.stdout);
        expect(a.stdout.length).toBeGreaterThan(100);
      }
    });

    it("two ingest processes of overlapping inputs store every document once and lose none", async () => {
      const url = await freshDatabase("race");
      const [dirA, dirB] = [join(t.dir, "race-a"), join(t.dir, "race-b")];
      mkdirSync(dirA);
      mkdirSync(dirB);
      // 60 reports: A has 0-39, B has 20-59; 20-39 are in both.
      for (let i = 0; i < 60; i++) {
        if (i < 40) write(dirA, `report-${i}.txt`, report(i));
        if (i >= 20) write(dirB, `report-${i}.txt`, report(i));
      }
      const a = sourcedAsync(t.dir, ["--db", url, "ingest", dirA, "--workers", "2", "--json"]);
      const b = sourcedAsync(t.dir, ["--db", url, "ingest", dirB, "--json"]);
      const [ra, rb] = await Promise.all([a.done, b.done]);
      expect(ra.code, ra.stderr).toBe(0);
      expect(rb.code, rb.stderr).toBe(0);
      const sa = JSON.parse(ra.stdout) as { inserted: number; unchanged: number; newVersions: number };
      const sb = JSON.parse(rb.stdout) as { inserted: number; unchanged: number; newVersions: number };
      // Every document is inserted by exactly one of the two; the other finds it unchanged.
      expect(sa.inserted + sb.inserted).toBe(60);
      expect(sa.unchanged + sb.unchanged).toBe(20);
      expect(sa.newVersions + sb.newVersions).toBe(0);
      expect(await count(url, "SELECT count(*) AS n FROM documents")).toBe(60);
      expect(await count(url, "SELECT count(DISTINCT id) AS n FROM documents")).toBe(60);
      expect(await count(url, "SELECT count(*) AS n FROM document_heads WHERE version = 1")).toBe(60);
      expect(await count(url, "SELECT count(*) AS n FROM extraction_runs")).toBe(60);
      // The same events as one process loading everything into SQLite.
      const lite = join(t.dir, "race.db");
      const all = join(t.dir, "race-all");
      cpSync(dirA, all, { recursive: true });
      cpSync(dirB, all, { recursive: true });
      await sourced(t.dir, ["--db", lite, "ingest", all]);
      const one = (await sourced(t.dir, ["--db", lite, "events", "--format", "jsonl"])).stdout.trim().split("\n");
      expect(one.length).toBeGreaterThanOrEqual(60);
      expect(await count(url, "SELECT count(*) AS n FROM events WHERE current")).toBe(one.length);
    });

    it("copies SQLite to PostgreSQL and back without changing anything", async () => {
      const first = join(t.dir, "first.db");
      const back = join(t.dir, "back.db");
      const url = await freshDatabase("copy");
      await sourced(t.dir, ["--db", first, "ingest", CORPUS]);
      // History: a second version of one document, and an analyst's merge.
      const changed = join(t.dir, "changed");
      mkdirSync(changed);
      write(changed, "01-levant-wire-first-transfer.txt", `${report(3)}\nA correction was added later.\n`);
      await sourced(t.dir, ["--db", first, "ingest", changed]);
      const stories = (await sourced(t.dir, ["--db", first, "stories", "--format", "json"])).stdout;
      const ids = (JSON.parse(stories) as { id: string }[]).map((s) => s.id);
      const merged = await sourced(t.dir, ["--db", first, "merge", ids[0]!, ids[1]!, "--note", "one convoy"]);
      expect(merged.code, merged.stderr).toBe(0);

      const there = await sourced(t.dir, ["copy", "--from", first, "--to", url]);
      expect(there.code, there.stderr).toBe(0);
      expect(there.stdout).toMatch(
        /^copied 18 document versions, 18 extraction runs, \d+ events, 1 overrides, [1-9]\d* story ids, [1-9]\d* story redirects, 1 review changes, 0 fetched pages, 0 feeds\n$/,
      );
      // both ids of the merged stories still lead to the merged story in the copy (the retired one by its redirect)
      const lookups = await Promise.all([ids[0]!, ids[1]!].map((id) => sourced(t.dir, ["--db", url, "stories", id, "--format", "json"])));
      expect(lookups.map((l) => l.code)).toEqual([0, 0]);
      expect(lookups.map((l) => (JSON.parse(l.stdout) as { id: string }[])[0]!.id).filter((x, i, a) => a.indexOf(x) === i)).toHaveLength(1);
      const again = await sourced(t.dir, ["copy", "--from", first, "--to", url]);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/not empty/);
      const home = await sourced(t.dir, ["copy", "--from", url, "--to", back]);
      expect(home.code, home.stderr).toBe(0);
      expect(home.stdout).toBe(there.stdout);

      const jsonl = async (db: string) => (await sourced(t.dir, ["--db", db, "events", "--format", "jsonl"])).stdout;
      const original = await jsonl(first);
      expect(original.split("\n").length).toBeGreaterThan(50);
      expect(await jsonl(url)).toBe(original);
      expect(await jsonl(back)).toBe(original);
      // Every row, history included, is what it was.
      expect(await dumpOf(back)).toEqual(await dumpOf(first));
      // The PostgreSQL copy writes new rows after the copied ones.
      const more = join(t.dir, "more");
      mkdirSync(more);
      write(more, "extra.txt", report(99));
      expect((await sourced(t.dir, ["--db", url, "ingest", more])).stdout).toMatch(/^1 inserted/);
    }, 240_000); // about a dozen runs of the command line: over a minute on a busy two-core machine

    it("fetches pages and watches feeds as on SQLite, and copies them to SQLite and back", async () => {
      const server = liveServer();
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const allow = ["--allow-host", "127.0.0.1", "--rate", "50"];
      try {
        const url = await freshDatabase("live");
        const lite = join(t.dir, "live.db");
        const steps = [
          ["watch", "--once", ...allow, `${base}/feed.xml`],
          ["watch", "--once", ...allow], // the remembered feed, asked for with its ETag
          ["fetch", ...allow, `${base}/news/camp`],
          ["fetch", ...allow, `${base}/news/camp`], // asked for with its ETag: a 304
          ["fetch", ...allow, `${base}/news/trial`], // listed in the feed: stored already
          ["docs"],
          ["events", "--format", "jsonl"],
        ];
        const runs: Record<string, string[]> = { [lite]: [], [url]: [] };
        for (const db of [lite, url]) {
          for (const args of steps) {
            const r = await sourced(t.dir, ["--db", db, ...args]);
            expect(r.code, r.stderr).toBe(0);
            runs[db]!.push(`${r.stdout.replace(/^poll \S+Z/gm, "poll")}${r.stderr}`);
          }
        }
        const onPg = runs[url]!;
        expect(onPg[0]).toMatch(/^poll: 1 feed, 2 new items stored, \d+ events?, 0 already stored/);
        expect(onPg[1]).toMatch(/1 feed \(1 not modified\), 0 new items stored/);
        expect(onPg[2]).toMatch(/^1 inserted/);
        expect(onPg[3]).toContain("not modified since it was last fetched (HTTP 304)");
        expect(onPg[4]).toContain("not modified since it was last fetched (HTTP 304)");
        expect(onPg).toEqual(runs[lite]);

        // The copy knows the pages and the feed: nothing new to fetch, on either engine.
        const back = join(t.dir, "live-back.db");
        const copied = await sourced(t.dir, ["copy", "--from", url, "--to", back]);
        expect(copied.code, copied.stderr).toBe(0);
        expect(copied.stdout).toMatch(/, 3 fetched pages, 1 feeds\n$/);
        const again = await freshDatabase("live2");
        expect((await sourced(t.dir, ["copy", "--from", back, "--to", again])).stdout).toBe(copied.stdout);
        for (const db of [back, again]) {
          expect((await sourced(t.dir, ["--db", db, "watch", "--once", ...allow])).stdout).toMatch(/1 feed \(1 not modified\), 0 new items stored/);
          expect((await sourced(t.dir, ["--db", db, "fetch", ...allow, `${base}/news/camp`])).stderr).toContain("(HTTP 304)");
        }
        expect(await count(again, "SELECT count(*) AS n FROM fetched_pages WHERE feed IS NOT NULL")).toBe(2);
      } finally {
        server.closeAllConnections();
        await new Promise<void>((r) => server.close(() => r()));
      }
    }, 240_000); // about 20 runs of the command line against a server and a database: over a minute on a busy two-core machine

    it("says in one line when the server cannot be reached", async () => {
      const r = await sourced(t.dir, ["--db", "postgres://nobody:secret@127.0.0.1:1/none", "docs"]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/cannot open as a sourced database/);
      expect(r.stderr).not.toContain("secret");
    });
  });
}

// The page's feeds panel in a real Chromium: hidden without feeds; with
// them, each feed's state as text (a feed's error is untrusted text).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../src/server/index.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { buildPage, hasChromium, launch, watch } from "./harness.js";

const HOSTILE = `<img src=x onerror=alert(1)> HTTP 500`;

let browser: Browser;
let webRoot: string;
let dir: string;

describe.skipIf(!hasChromium)("the feeds panel", () => {
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), "sourced-web-"));
    dir = mkdtempSync(join(tmpdir(), "sourced-feeds-page-"));
    await buildPage(webRoot);
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(webRoot, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it("is hidden without feeds and lists each feed's state, as text, with them", async () => {
    const store = openSqliteStore(join(dir, "f.db"));
    const server = await startServer({ store, port: 0, webRoot, live: { watchEveryMs: null } });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const w = await watch(page, server.url);
      await page.goto(server.url);
      await page.waitForSelector("body.ready", { timeout: 20_000 });
      expect(await page.locator("#feeds-panel").isHidden()).toBe(true);

      await store.addFeed("https://news.example.org/rss.xml");
      await store.updateFeed("https://news.example.org/rss.xml", { lastPollAt: "2025-03-04T10:15:00Z", itemsSeen: 7, lastError: HOSTILE });
      await store.addFeed("https://wire.example.net/atom.xml");
      await page.reload();
      await page.waitForSelector("body.ready", { timeout: 20_000 });
      expect(await page.locator("#feeds-panel").isVisible()).toBe(true);
      const rows = await page.locator("#feeds tbody tr").allTextContents();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toContain("https://news.example.org/rss.xml");
      expect(rows[0]).toContain("7");
      expect(rows[0]).toContain(HOSTILE);
      expect(rows[1]).toContain("not yet polled");
      expect(await page.locator("#feeds img").count()).toBe(0);
      expect(await page.locator("#feeds-note").textContent()).toContain("not polled by this server");
      expect(w.dialogs).toEqual([]);
      expect(w.pageErrors).toEqual([]);
    } finally {
      await page.close();
      await server.close();
      await store.close();
    }
  });
});

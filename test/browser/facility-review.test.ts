// The facility panel's merge, in a real Chromium against a real server and a
// SQLite store of two reports written for this test that name one prison by
// two names: with a token, the analyst merges one into the other, and the
// panel shows one facility with both reports' events.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import type { Store } from "../../src/store/store.js";
import { runCli } from "../reconcile-helpers.js";
import { buildPage, hasChromium, launch, watch } from "./harness.js";

const TOKEN = "facility-panel-token";
let dir: string;
let store: Store;
let server: RunningServer;
let browser: Browser;
let page: Page;

describe.skipIf(!hasChromium)("facility review on the page", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sourced-web-facility-"));
    const webRoot = join(dir, "web");
    await buildPage(webRoot);
    const a = join(dir, "karama.txt");
    const b = join(dir, "khanzir.txt");
    writeFileSync(a, "Published: 2025-06-02\n\nGuards moved 40 inmates from Karama prison to Damascus on Thursday, officials said.\n");
    writeFileSync(b, "Published: 2025-06-04\n\nGuards moved 25 inmates from Tal Khanzir prison to Damascus on Sunday, officials said.\n");
    const db = join(dir, "f.db");
    expect((await runCli(db, "ingest", a, b)).code).toBe(0);
    store = openSqliteStore(db);
    server = await startServer({ store, port: 0, tokens: [{ name: "desk-ana", token: TOKEN }], webRoot });
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("merges one facility into another from the facility panel once a token is given", async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const w = await watch(page, server.url);
    await page.goto(server.url);
    await page.waitForSelector("body.ready", { timeout: 20_000 });
    await page.evaluate((t) => sessionStorage.setItem("sourced.reviewToken", t), TOKEN);
    await page.locator("#tab-facilities").click();
    const host = page.locator("#facilities");
    await expect.poll(() => host.locator("button.facility-item").count()).toBe(2);
    await host.locator("button.facility-item", { hasText: "Karama prison" }).click();
    const panel = host.locator(".facility-detail");
    await expect.poll(() => panel.locator("h3").textContent()).toContain("Karama prison");
    await panel.locator("details.facility-review summary").click();
    await panel.locator("form.facility-merge select").selectOption({ label: (await panel.locator("form.facility-merge option").first().textContent())! });
    await panel.locator("form.facility-merge button").click();
    await expect.poll(() => host.locator("button.facility-item").count()).toBe(1);
    await expect.poll(() => panel.locator("ol.facility-events li").count()).toBe(2);
    expect(await panel.locator("details.facility-review summary").textContent()).toMatch(/^Merged from fac-/);
    expect((await store.listReviewChanges()).map((c) => [c.targetKind, c.action, c.author])).toEqual([["facility", "merge", "desk-ana"]]);
    expect(w.pageErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });
});

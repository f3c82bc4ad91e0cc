// Review on the page, in a real Chromium against a real server and SQLite
// store: a token is given, a count is corrected, the history shows who did
// it, and a suppressed record leaves the list.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { EVENT_SPECS, seededStore, type TestStore } from "../server/corpus.js";
import { buildPage, hasChromium, launch, watch, type Watch } from "./harness.js";

const TOKEN = "review-browser-token";
let db: TestStore;
let server: RunningServer;
let browser: Browser;
let webRoot: string;
let page: Page;
let w: Watch;

describe.skipIf(!hasChromium)("review on the page", () => {
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), "sourced-web-review-"));
    await buildPage(webRoot);
    db = await seededStore();
    server = await startServer({ store: db.store, port: 0, tokens: [{ name: "desk-ana", token: TOKEN }], webRoot });
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.cleanup();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  afterEach(async () => {
    const seen = w;
    await page?.close();
    expect(seen?.pageErrors ?? [], "page errors").toEqual([]);
    expect(seen?.foreignRequests ?? [], "requests off the server").toEqual([]);
    expect(seen?.dialogs ?? [], "dialogs").toEqual([]);
  });

  it("corrects a count from the record card once a token is given, and shows the history", async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    w = await watch(page, server.url);
    await page.goto(server.url);
    await page.waitForSelector("body.ready", { timeout: 20_000 });
    await page.locator("#events button.row", { hasText: "Hasakah (SY) → Baghdad (IQ)" }).click();
    const record = page.locator("#record");
    await expect.poll(() => record.textContent()).toContain("Hasakah (SY)");
    // without a token: no edit forms
    expect(await record.locator("form.review-form").count()).toBe(0);
    await record.locator("summary", { hasText: "Correct this record" }).click();
    await record.locator("input.token-input").fill(TOKEN);
    await record.locator("form.token-form button").click();
    await expect.poll(() => record.locator("form.review-form.correct").count()).toBe(1);

    await record.locator("form.correct select").selectOption("count");
    await record.locator("form.correct input").fill("450");
    await record.locator("form.correct button").click();
    await expect.poll(() => record.locator(".review-facts .corrected").textContent()).toContain("count: 450");
    expect(await record.locator(".review-facts .corrected").textContent()).toContain("extracted: ≈150");
    const row = page.locator("#events button.row", { hasText: "Hasakah (SY) → Baghdad (IQ)" });
    await expect.poll(() => row.locator(".row-count").textContent()).toBe("450");

    await record.locator("details.review-history summary").click();
    await expect.poll(() => record.locator(".history-list li").first().textContent()).toMatch(/desk-ana · corrected count: ≈150 → 450/);

    // a note on the story shows in the card
    await record.locator("form.note input").fill("the ministry confirms the convoy");
    await record.locator("form.note button", { hasText: "Note on story" }).click();
    await expect.poll(() => record.locator(".review-facts .note").allTextContents()).toContain("Story note by desk-ana: the ministry confirms the convoy");

    // a tag on the story shows in the card, and comes off again
    await record.locator("form.tag input").fill("convoy");
    await record.locator("form.tag button", { hasText: "Tag story" }).click();
    await expect.poll(() => record.locator(".review-facts .tags").allTextContents()).toContain("Story tags: convoy");
    await record.locator("form.tag button", { hasText: "convoy ×" }).click();
    await expect.poll(() => record.locator(".review-facts .tags").count()).toBe(0);

    // a wrong value is refused with the server's message, nothing changes
    await record.locator("form.correct select").selectOption("date");
    await record.locator("form.correct input").fill("last week");
    await record.locator("form.correct button").click();
    await expect.poll(() => page.locator(".toast").last().textContent()).toMatch(/^Not saved: value: YYYY/);

    // suppressing takes the record out of the list
    const rows = await page.locator("#events button.row").count();
    expect(rows).toBe(EVENT_SPECS.length);
    await record.locator("button", { hasText: "Suppress event" }).click();
    await expect.poll(() => page.locator("#events button.row").count()).toBe(rows - 1);
    const history = (await db.store.listReviewChanges()).map((c) => [c.action, c.author]);
    expect(history).toEqual([
      ["correct", "desk-ana"],
      ["note", "desk-ana"],
      ["tag", "desk-ana"],
      ["untag", "desk-ana"],
      ["suppress", "desk-ana"],
    ]);
  });
});

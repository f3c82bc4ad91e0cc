// The analyst page in a real Chromium against a real server and SQLite store.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { EVENT_SPECS, seededStore, type TestStore } from "../server/corpus.js";
import { buildPage, hasChromium, launch, watch, type Watch } from "./harness.js";

const TOKEN = "browser-test-token";
const XSS_TEXT =
  "Local officials said <script>alert(1)</script> that 30 detainees were moved to Baghdad on Monday. " +
  'A caption read <img src=x onerror=alert(1)> and <a href="javascript:alert(1)">click</a> before the report ended.';

let db: TestStore;
let server: RunningServer;
let browser: Browser;
let webRoot: string;
let page: Page;
let w: Watch;

describe.skipIf(!hasChromium)("the page", () => {
  beforeAll(async () => {
    // Build the page into a temp dir so the test sees the current sources.
    webRoot = mkdtempSync(join(tmpdir(), "sourced-web-"));
    await buildPage(webRoot);
    db = await seededStore();
    server = await startServer({ store: db.store, port: 0, token: TOKEN, webRoot });
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.cleanup();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  const open = async (query = "", viewport = { width: 1280, height: 800 }) => {
    page = await browser.newPage({ viewport });
    w = await watch(page, server.url);
    await page.goto(new URL(query, server.url).href);
    await page.waitForSelector("body.ready", { timeout: 20_000 });
    return page;
  };

  afterEach(async () => {
    const seen = w;
    await page?.close();
    expect(seen?.consoleErrors ?? [], "console errors").toEqual([]);
    expect(seen?.pageErrors ?? [], "page errors").toEqual([]);
    expect(seen?.foreignRequests ?? [], "requests off the server").toEqual([]);
    expect(seen?.dialogs ?? [], "dialogs").toEqual([]);
  });

  it("loads with the corpus and draws the timeline, the map, the list and the series", async () => {
    const p = await open();
    expect(await p.locator("#timeline svg .ev circle").count()).toBe(EVENT_SPECS.length);
    expect(await p.locator("#timeline svg .lane-label").allTextContents()).toEqual(["Transfer", "Escape", "Arrest", "Attack", "Holding"]);
    expect(await p.locator("#map svg path.country").count()).toBeGreaterThan(5);
    expect(await p.locator("#map svg path.country.active").count()).toBeGreaterThanOrEqual(2);
    expect(await p.locator("#map svg path.arc").count()).toBe(2);
    expect(await p.locator("#map svg circle.point").count()).toBeGreaterThanOrEqual(5);
    expect(await p.locator("#events button.row").count()).toBe(EVENT_SPECS.length);
    // Counts carry their qualifiers.
    const counts = await p.locator("#events .row-count").allTextContents();
    expect(counts).toEqual(expect.arrayContaining(["≈150", "≤7,000", "≥80", "450"]));
    // A series with its ceiling dashed and the conflicting points ringed.
    expect(await p.locator("#series .series-card").count()).toBe(1);
    // one-figure series (the stock, the escape, the recapture) are listed apart, each with its figure
    const singles = await p.locator("#series .series-singles li").allTextContents();
    expect(singles).toHaveLength(3);
    for (const figure of ["≈2,500", "≥80", "12"]) expect(singles.some((t) => t.includes(figure))).toBe(true);
    expect(await p.locator("#series line.ceiling").count()).toBe(1);
    expect(await p.locator("#series circle.conflict-ring").count()).toBe(2);
    expect(await p.locator("#conflicts .badge.conflict").count()).toBe(1);
    // The CSP the server sends is the one the page runs under.
    const csp = (await p.request.get(server.url)).headers()["content-security-policy"];
    expect(csp).toContain("script-src 'self'");
  });

  it("opens an event's document in the reader with its sentence highlighted, and back", async () => {
    const p = await open();
    const row = p.locator("#events button.row", { hasText: "Hasakah (SY) → Baghdad (IQ)" });
    await row.click();
    const sel = p.locator("#reader mark.ev.sel");
    await expect.poll(() => sel.count()).toBeGreaterThan(0);
    expect((await sel.allTextContents()).join("")).toContain("A convoy carrying roughly 150 Islamic State suspects");
    expect(await p.locator("#record").textContent()).toContain("Hasakah (SY)");
    expect(p.url()).toMatch(/[?&]doc=wire-transfer/);
    expect(p.url()).toMatch(/[?&]event=\d+/);
    // Clicking the other highlight shows its record.
    await p.locator("#reader mark.ev", { hasText: "Up to 7,000" }).click();
    await expect.poll(async () => p.locator("#record").textContent()).toContain("≤7,000");
    await expect.poll(async () => (await p.locator("#reader mark.ev.sel").allTextContents()).join("")).toContain("Up to 7,000");
    // The record's button brings its sentence into view and focus.
    await p.locator("#record button", { hasText: "Show sentence" }).click();
    const focused = await p.evaluate(() => document.activeElement?.textContent ?? "");
    expect(focused).toContain("Up to 7,000");
  });

  it("keeps filters in the URL and narrows the list, the map and the timeline", async () => {
    const p = await open();
    await p.selectOption("#f-type", "escape");
    await expect.poll(() => p.url()).toMatch(/[?&]type=escape/);
    await expect.poll(() => p.locator("#events button.row").count()).toBe(1);
    expect(await p.locator("#timeline svg .ev").count()).toBe(1);
    await p.fill("#f-q", "artillery");
    await p.selectOption("#f-type", "");
    await expect.poll(() => p.url()).toMatch(/[?&]q=artillery/);
    expect(p.url()).not.toMatch(/type=/);
    await expect.poll(async () => (await p.locator("#events .chip").allTextContents()).join(",")).toMatch(/^attack$/i);
    // A shared URL restores the view.
    const shared = await open("?country=IQ&from=2026-02-01&to=2026-02-28");
    expect(await shared.inputValue("#f-country")).toBe("IQ");
    expect(await shared.inputValue("#f-from")).toBe("2026-02-01");
    await expect.poll(() => shared.locator("#events button.row").count()).toBe(2);
  });

  it("sets a date range by dragging across the timeline", async () => {
    const p = await open();
    const box = (await p.locator("#timeline svg rect.brush-area").boundingBox())!;
    await p.mouse.move(box.x + box.width * 0.7, box.y + 5);
    await p.mouse.down();
    await p.mouse.move(box.x + box.width * 0.99, box.y + 5, { steps: 5 });
    await p.mouse.up();
    await expect.poll(() => p.url()).toMatch(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    const n = await p.locator("#events button.row").count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(EVENT_SPECS.length);
  });

  it("is reachable by keyboard", async () => {
    const p = await open();
    await p.focus("#f-q");
    await p.keyboard.press("Tab");
    expect(await p.evaluate(() => document.activeElement?.id)).toBe("f-type");
    await p.locator("#events button.row").first().focus();
    await p.keyboard.press("Enter");
    await expect.poll(() => p.locator("#reader mark.ev.sel").count()).toBeGreaterThan(0);
    const mark = p.locator("#reader mark.ev").first();
    expect(await mark.getAttribute("tabindex")).toBe("0");
  });

  it("renders hostile text inert: an article posted through the API", async () => {
    const res = await fetch(new URL("/api/ingest", server.url), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        id: "hostile-api",
        text: XSS_TEXT,
        title: "<img src=x onerror=alert(1)>",
        outlet: "<script>alert(1)</script>",
        published: "2026-01-05",
      }),
    });
    expect(res.status).toBe(201);
    const stored = await db.store.getDocument("hostile-api");
    const p = await open("?doc=hostile-api");
    // Whatever cleaning kept is shown exactly, as text.
    expect(await p.locator("#reader .doc-text").textContent()).toBe(stored!.cleanText);
    expect(await p.locator("#reader h3").textContent()).toBe("<img src=x onerror=alert(1)>");
    expect(await p.locator("main img, main script, #reader a").count()).toBe(0);
    await p.waitForTimeout(300);
  });

  it("renders hostile text inert and literal: payloads in the stored text and in a record", async () => {
    // Stored as is (no cleaning), so the payloads certainly reach the page.
    const put = await db.store.putDocument({
      meta: {
        id: "hostile",
        title: "<img src=x onerror=alert(1)>",
        outlet: "<script>alert(1)</script>",
        url: "javascript:alert(1)",
        published: "2026-01-05",
        publishedRule: "manifest",
        dateline: null,
        origin: "test:hostile",
        format: "text",
        warnings: [],
      },
      raw: Buffer.from(XSS_TEXT),
      text: XSS_TEXT,
      cleanText: XSS_TEXT,
      removed: [{ start: 0, end: 0, rule: "<b>rule</b>", text: "<img src=y onerror=alert(2)>" }],
    });
    const start = 0;
    const end = XSS_TEXT.indexOf("Monday.") + "Monday.".length;
    await db.store.replaceEvents("hostile", put.version, "test-1", [
      {
        doc: "hostile",
        type: "transfer",
        status: "occurred",
        date: "2026-01-05",
        count: { value: 30, qualifier: "exact" },
        subject: "<img src=x onerror=alert(1)>",
        group: null,
        actor: "<script>alert(1)</script>",
        origin: null,
        destination: { name: "Baghdad", country: "IQ" },
        location: null,
        source: "<b>officials</b>",
        evidence: [{ text: XSS_TEXT.slice(start, end), start, end }],
        confidence: 0.5,
        tags: ["test/fixture"],
        dateImplied: false,
        countKind: "one_off",
        geo: { origin: null, destination: { name: "Baghdad", country: "IQ", lat: 33.34, lon: 44.4 }, location: null },
      },
    ]);
    const p = await open();
    await p.locator("#events button.row", { hasText: "<img src=x onerror=alert(1)>" }).click();
    await expect.poll(() => p.locator("#reader mark.ev.sel").count()).toBeGreaterThan(0);
    const shown = await p.locator("#reader .doc-text").textContent();
    expect(shown).toBe(XSS_TEXT);
    expect(shown).toContain("<script>alert(1)</script>");
    expect(shown).toContain("<img src=x onerror=alert(1)>");
    expect(await p.locator("#reader mark.ev.sel").textContent()).toContain("<script>alert(1)</script>");
    expect(await p.locator("#reader h3").textContent()).toBe("<img src=x onerror=alert(1)>");
    expect(await p.locator("#record").textContent()).toContain("<script>alert(1)</script>");
    expect(await p.locator("#reader .removed").textContent()).toContain("<img src=y onerror=alert(2)>");
    // No element was made from any of it.
    expect(await p.locator("main img, main script, #reader a, #record a, #events a, #reader b").count()).toBe(0);
    expect(await p.evaluate(() => document.querySelectorAll("[onerror]").length)).toBe(0);
    await p.waitForTimeout(300);
  });

  it("shows an empty database plainly, without errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sourced-empty-"));
    const { openSqliteStore } = await import("../../src/store/sqlite/index.js");
    const store = openSqliteStore(join(dir, "empty.db"));
    const empty = await startServer({ store, port: 0, webRoot });
    try {
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      w = await watch(page, empty.url);
      await page.goto(empty.url);
      await page.waitForSelector("body.ready", { timeout: 20_000 });
      expect(await page.locator("#events").textContent()).toContain("No events");
      expect(await page.locator("#timeline").textContent()).toContain("No events");
      expect(await page.locator("#map svg").count()).toBe(1);
    } finally {
      // the page's keep-alive connections would hold the server's close open
      await page.close();
      await empty.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fits a phone screen without sideways scrolling", async () => {
    const p = await open("", { width: 390, height: 844 });
    expect(await p.locator("#timeline svg").count()).toBe(1);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
});

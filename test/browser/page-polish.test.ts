// The page as a first-time reader meets it: honest series axes, one card per
// conflict, a timeline that fills its axis and shows undated events, a reader
// that opens on a dated document, a record card that reads, a phone layout
// without nested scrolling, and everything reachable from the keyboard.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runReconciliation } from "../../src/reconcile/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import type { ExtractedEvent } from "../../src/types.js";
import { cleanedDoc, seededStore, sentenceAround, type TestStore } from "../server/corpus.js";
import { buildPage, hasChromium, launch, watch, type Watch } from "./harness.js";

// An undated notebook with more records than any dated article: the reader
// must not open on it, and its events must still show on the timeline.
const NOTES = {
  id: "undated-notes",
  title: "Field notes without a date",
  outlet: "Example Notes",
  published: "",
  text:
    "Guards counted 40 detainees in the eastern wing. " +
    "A bus took 25 prisoners to the airport. " +
    "Police detained 6 men at the checkpoint. " +
    "Another 9 inmates were moved to the clinic. " +
    "Officers held 14 suspects overnight.",
};
const NOTE_EVENTS: [ExtractedEvent["type"], string, number][] = [
  ["holding", "Guards counted", 40],
  ["transfer", "A bus took", 25],
  ["arrest", "Police detained", 6],
  ["transfer", "Another 9", 9],
  ["arrest", "Officers held", 14],
];

function noteEvent([type, phrase, n]: (typeof NOTE_EVENTS)[number]): ExtractedEvent {
  return {
    doc: NOTES.id,
    type,
    status: "occurred",
    date: null,
    count: { value: n, qualifier: "exact" },
    subject: "detainees",
    group: null,
    actor: null,
    origin: null,
    destination: null,
    location: null,
    source: null,
    evidence: [sentenceAround(NOTES.text, phrase)],
    confidence: 0.7,
    tags: ["test/fixture"],
    dateImplied: false,
    countKind: type === "holding" ? "stock" : "one_off",
    geo: { origin: null, destination: null, location: null },
  };
}

let db: TestStore;
let server: RunningServer;
let browser: Browser;
let webRoot: string;
let page: Page;
let w: Watch;

describe.skipIf(!hasChromium)("the page, polished", () => {
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), "sourced-web-"));
    await buildPage(webRoot);
    db = await seededStore({ reconcile: false });
    const doc = cleanedDoc({ ...NOTES });
    doc.meta.published = null;
    const put = await db.store.putDocument(doc);
    await db.store.replaceEvents(NOTES.id, put.version, "test-1", NOTE_EVENTS.map(noteEvent));
    await runReconciliation(db.store);
    server = await startServer({ store: db.store, port: 0, webRoot });
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
  });

  it("draws the series' planned ceiling at its value on a round axis, with no label overlapping another", async () => {
    const p = await open("?view=series");
    const chart = p.locator("#series svg.series-chart").first();
    await expect.poll(() => chart.count()).toBe(1);
    const ticks = await chart.locator("text.tick-label:not(.x-tick)").allTextContents();
    expect(ticks).toEqual(["0", "2,000", "4,000", "6,000", "8,000"]);
    expect(await chart.locator("text.ceiling-label").evaluate((t) => t.firstChild?.textContent)).toBe("planned ≤7,000");
    const geo = await chart.evaluate((svg) => {
      const y = (t: string) => {
        const el = [...svg.querySelectorAll("text.tick-label")].find((n) => n.textContent === t) as SVGTextElement;
        return Number(el.getAttribute("y")) - 4;
      };
      const line = svg.querySelector("line.ceiling")!;
      const boxes = [...svg.querySelectorAll("text")].map((t) => {
        const b = (t as SVGTextElement).getBBox();
        return { text: t.textContent, x: b.x, y: b.y, w: b.width, h: b.height };
      });
      const vb = (svg as SVGSVGElement).viewBox.baseVal;
      return { ceiling: Number(line.getAttribute("y1")), y6: y("6,000"), y8: y("8,000"), boxes, vb: { w: vb.width, h: vb.height } };
    });
    // 7,000 is halfway between the 6,000 and 8,000 grid lines.
    expect(Math.abs(geo.ceiling - (geo.y6 + geo.y8) / 2)).toBeLessThan(1);
    for (const [i, a] of geo.boxes.entries()) {
      expect(a.x, `${a.text} inside`).toBeGreaterThanOrEqual(0);
      expect(a.x + a.w, `${a.text} inside`).toBeLessThanOrEqual(geo.vb.w + 0.5);
      expect(a.y).toBeGreaterThanOrEqual(0);
      for (const b of geo.boxes.slice(i + 1)) {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `"${a.text}" overlaps "${b.text}"`).toBe(true);
      }
    }
  });

  it("shows a conflict as one card with every claim, its figure, source and sentence; Series and Conflicts follow the type", async () => {
    const p = await open();
    // Above the fold: the tabs are on the first screen.
    const tab = p.locator("#tab-conflicts");
    expect((await tab.boundingBox())!.y).toBeLessThan(800);
    await tab.click();
    const cards = p.locator("#conflicts .conflict-card");
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.locator(".claim-figure").allTextContents()).toEqual(["450", "300"]);
    const text = await cards.textContent();
    expect(text).toContain("The number of suspects moved from northeast Syria to Iraqi prisons has now reached 450, the ministry said on Sunday.");
    expect(text).toContain("So far 300 suspects have been moved from Syria to Iraq");
    expect(text).toContain("the ministry");
    expect(text).toContain("Example Radio");
    expect(await p.locator("#conflicts-count").textContent()).toBe("1");
    // The tab counts what the API lists: every series, one-figure series of single incidents included.
    const series = (await (await p.request.get(new URL("/api/series", server.url).href)).json()).series as { type: string }[];
    expect(await p.locator("#series-count").textContent()).toBe(String(series.length));
    // Narrowed to escapes: only the escapes' series, no transfer conflict.
    await p.locator("#legend button", { hasText: "Escape" }).click();
    await expect.poll(() => p.locator("#conflicts-count").textContent()).toBe("0");
    expect(await p.locator("#series-count").textContent()).toBe(String(series.filter((x) => x.type === "escape").length));
    expect(await p.locator("#conflicts .conflict-card").count()).toBe(0);
  });

  it("fits the axis to the chosen dates and shows undated events in a lane of their own", async () => {
    const p = await open("?type=transfer&from=2026-02-01&to=2026-02-04");
    const xs = await p.locator("#timeline g.ev:not(.undated) circle").evaluateAll((cs) => cs.map((c) => Number(c.getAttribute("cx"))));
    const plot = await p.locator("#timeline rect.brush-area").evaluate((r) => Number(r.getAttribute("width")));
    // 1 and 3 February, on an axis of the four chosen days: half the plot apart.
    expect(xs).toHaveLength(2);
    expect(Math.abs(xs[0] - xs[1]) / plot).toBeGreaterThan(0.4);
    expect(await p.locator("#timeline-note").textContent()).toMatch(/2 earlier · 2 undated/);
    const undated = p.locator("#timeline g.ev.undated");
    expect(await undated.count()).toBe(2);
    expect(await p.locator("#timeline text.lane-label", { hasText: "Undated" }).count()).toBe(1);
    await undated.first().click();
    await expect.poll(() => p.url()).toMatch(/[?&]doc=undated-notes/);
    // "All dates" widens the axis again.
    await p.locator("#timeline-all").click();
    await expect.poll(() => p.url()).not.toMatch(/from=/);
  });

  it("opens the reader on the dated document with most events, and labels the record card apart from its values", async () => {
    const p = await open();
    await expect.poll(() => p.locator("#reader h3").textContent()).toBe("Inmates flee after shelling");
    expect(await p.inputValue("#doc-select")).toBe("daily-escape");
    await p.locator("#events button.row", { hasText: "Hasakah (SY) → Baghdad (IQ)" }).click();
    await expect.poll(() => p.locator("#record dt").count()).toBeGreaterThan(5);
    const pairs = await p.locator("#record .kv").evaluateAll((kvs) =>
      kvs.map((kv) => {
        const dt = kv.querySelector("dt")!.getBoundingClientRect();
        const dd = kv.querySelector("dd")!.getBoundingClientRect();
        return { label: kv.querySelector("dt")!.textContent, gap: dd.left - dt.right, sameRow: Math.abs(dd.top - dt.top) < 8 };
      }),
    );
    for (const pr of pairs) expect(pr.gap, `${pr.label} runs into its value`).toBeGreaterThanOrEqual(4);
    // biome-ignore lint/performance/useDomNodeTextContent: what the reader sees (and copies) is the point
    const shown = await p.locator("#record dl").innerText();
    expect(shown).not.toMatch(/DESTINATION\S/i);
    expect(shown).toMatch(/destination\s+Baghdad \(IQ\)/i);
  });

  it("lets the page scroll on a phone instead of the events list", async () => {
    const p = await open("", { width: 390, height: 844 });
    const list = await p.locator("#events").evaluate((el) => ({ inner: el.scrollHeight - el.clientHeight, overflow: getComputedStyle(el).overflowY }));
    expect(list.inner).toBeLessThanOrEqual(1);
    expect(["visible", "clip"]).toContain(list.overflow);
    expect(await p.locator("#events button.row").count()).toBe(13);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });

  it("works from the keyboard: skip links, type chips, the timeline and the map", async () => {
    const p = await open("?doc=wire-transfer");
    const active = () =>
      p.evaluate(() => ({
        tag: document.activeElement?.tagName,
        text: document.activeElement?.textContent ?? "",
        id: document.activeElement?.getAttribute("data-id"),
        cls: document.activeElement?.getAttribute("class"),
      }));
    // The first Tab lands on the skip links; the map is three away.
    await p.keyboard.press("Tab");
    expect((await active()).text).toBe("Skip to events");
    await p.keyboard.press("Tab");
    await p.keyboard.press("Tab");
    expect((await active()).text).toBe("Skip to map");
    await p.keyboard.press("Enter");
    const first = await active();
    expect(first.cls).toContain("point");
    expect(await p.evaluate(() => !!document.activeElement?.closest("#map"))).toBe(true);
    await p.keyboard.press("ArrowRight");
    const second = await p.evaluate(() => document.activeElement?.getAttribute("data-key"));
    expect(second).toBeTruthy();
    expect(await p.evaluate(() => document.activeElement?.closest("#map") !== null)).toBe(true);
    await p.keyboard.press("Enter");
    await expect.poll(() => p.url()).toMatch(/[?&]country=(SY|IQ)/);

    // A type chip keeps the focus after Enter.
    const chip = p.locator("#legend button", { hasText: "Escape" });
    await chip.focus();
    await p.keyboard.press("Enter");
    await expect.poll(() => chip.getAttribute("aria-pressed")).toBe("true");
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe("Escape");
    await p.keyboard.press("Enter");
    await expect.poll(() => chip.getAttribute("aria-pressed")).toBe("false");

    // The timeline: one stop, arrows walk the events, Enter opens one and keeps the place.
    await p.goto(new URL("/", server.url).href);
    await p.waitForSelector("body.ready");
    await p.locator(".skip-links a", { hasText: "Skip to timeline" }).focus();
    await p.keyboard.press("Enter");
    const a = await active();
    expect(a.cls).toMatch(/\bev\b/);
    await p.keyboard.press("ArrowRight");
    const b = await active();
    expect(b.id).not.toBe(a.id);
    await p.keyboard.press("Enter");
    await expect.poll(() => p.url()).toMatch(new RegExp(`[?&]event=${b.id}(&|$)`));
    expect((await active()).id).toBe(b.id);
    expect(await p.locator("#timeline g.ev[tabindex='0']").count()).toBe(1);
  });
});

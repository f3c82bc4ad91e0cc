// The reader in a real Chromium: an Arabic report reads right to left in an
// Arabic font, its highlights cover exactly the evidence offsets, and an
// English report beside it still reads left to right.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { textDocument } from "../../src/ingest/text.js";
import { cleanAndDetect } from "../../src/pipeline.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { saveDocument } from "../../src/store/save-document.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import type { Store } from "../../src/store/store.js";
import { buildPage, hasChromium, launch, watch, type Watch } from "./harness.js";

const ARABIC = readFileSync(new URL("../fixtures/lang/ar-transfer.txt", import.meta.url), "utf8");
const ENGLISH = `Detainees moved to Iraq

About 120 detainees were transferred from Hasakah in Syria to Baghdad on Monday, two officials said. The transfer was the second this month.
`;

let dir: string;
let store: Store;
let server: RunningServer;
let browser: Browser;
let webRoot: string;
let page: Page;
let w: Watch;

interface Shown {
  dir: string | null;
  direction: string;
  font: string;
  marks: { text: string; events: string }[];
  /** Distances of the first line's first characters from the text box's right and left edges. */
  fromRight: number;
  fromLeft: number;
}

/** What the reader shows for the open document. */
const shown = (p: Page): Promise<Shown> =>
  p.evaluate(() => {
    const body = document.querySelector<HTMLElement>("#reader .doc-text")!;
    const style = getComputedStyle(body);
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.textContent?.trim()) node = walker.nextNode();
    const range = document.createRange();
    const start = node!.textContent!.search(/\S/);
    range.setStart(node!, start);
    range.setEnd(node!, start + 3);
    const word = range.getBoundingClientRect();
    const box = body.getBoundingClientRect();
    return {
      dir: body.getAttribute("dir"),
      direction: style.direction,
      font: style.fontFamily,
      marks: [...body.querySelectorAll<HTMLElement>("mark.ev")].map((m) => ({ text: m.textContent ?? "", events: m.dataset.events ?? "" })),
      fromRight: box.right - word.right,
      fromLeft: word.left - box.left,
    };
  });

describe.skipIf(!hasChromium)("the reader and the direction of the text", () => {
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), "sourced-web-rtl-"));
    await buildPage(webRoot);
    dir = mkdtempSync(join(tmpdir(), "sourced-rtl-"));
    store = openSqliteStore(join(dir, "t.db"));
    for (const [id, text] of [
      ["ar-move", ARABIC],
      ["en-move", ENGLISH],
    ] as const) {
      const raw = textDocument(id, `${id}.txt`, Buffer.from(text), text, []);
      await saveDocument(store, cleanAndDetect({ ...raw, meta: { ...raw.meta, published: "2025-03-04", publishedRule: "manifest" } }));
    }
    server = await startServer({ store, port: 0, webRoot });
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  afterEach(async () => {
    const seen = w;
    await page?.close();
    expect(seen?.consoleErrors ?? [], "console errors").toEqual([]);
    expect(seen?.pageErrors ?? [], "page errors").toEqual([]);
    expect(seen?.foreignRequests ?? [], "requests off the server").toEqual([]);
  });

  const open = async (doc: string) => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    w = await watch(page, server.url);
    await page.goto(new URL(`?doc=${doc}`, server.url).href);
    await page.waitForSelector("body.ready", { timeout: 20_000 });
    await page.waitForSelector("#reader .doc-text");
    return page;
  };

  it("shows an Arabic report right to left, in an Arabic font, with its highlights on the evidence offsets", async () => {
    const p = await open("ar-move");
    const s = await shown(p);
    expect(s.dir).toBe("rtl");
    expect(s.direction).toBe("rtl");
    expect(s.font).toContain("Noto Naskh Arabic");
    // the face is the one bundled with the page, loaded from its own server (no request leaves it: see afterEach)
    const loaded = await p.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.replace(/["']/g, "") === "Noto Naskh Arabic" && f.status === "loaded").map((f) => f.weight);
    });
    expect(loaded).toContain("400");
    // the first words sit against the right edge of the text, not the left
    expect(s.fromRight).toBeLessThan(8);
    expect(s.fromLeft).toBeGreaterThan(200);
    // every highlight is exactly the characters the evidence offsets name
    const { document: doc, events } = (await (await fetch(new URL("/api/documents/ar-move", server.url))).json()) as {
      document: { cleanText: string; lang: string };
      events: { id: string; evidence: { start: number; end: number; text: string }[] }[];
    };
    expect(doc.lang).toBe("ar");
    expect(events.length).toBeGreaterThan(0);
    const marked = s.marks.map((m) => m.text).join("");
    for (const e of events)
      for (const ev of e.evidence) {
        expect(doc.cleanText.slice(ev.start, ev.end)).toBe(ev.text);
        expect(marked).toContain(ev.text);
      }
    // and nothing else is marked
    const evidenceChars = new Set<number>();
    for (const e of events) for (const ev of e.evidence) for (let i = ev.start; i < ev.end; i++) evidenceChars.add(i);
    expect(marked.length).toBe(evidenceChars.size);
  });

  it("keeps an English report left to right", async () => {
    const p = await open("en-move");
    const s = await shown(p);
    expect(s.dir).toBe("auto");
    expect(s.direction).toBe("ltr");
    expect(s.fromLeft).toBeLessThan(8);
    expect(s.marks.length).toBeGreaterThan(0);
  });
});

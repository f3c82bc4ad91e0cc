// The language of the document an event was read from: on every event the API
// returns, in its CSV, and as a filter of events and documents.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textDocument } from "../../src/ingest/text.js";
import { cleanAndDetect } from "../../src/pipeline.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { saveDocument } from "../../src/store/save-document.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import type { Store } from "../../src/store/store.js";
import { readCsv } from "../csv-reader.js";

const ARABIC = readFileSync(new URL("../fixtures/lang/ar-transfer.txt", import.meta.url), "utf8");
const ENGLISH = `Detainees moved to Iraq

About 120 detainees were transferred from Hasakah in Syria to Baghdad on Monday, two officials said. The transfer was the second this month.
`;

let dir: string;
let store: Store;
let server: RunningServer;
// biome-ignore lint/suspicious/noExplicitAny: a JSON body of the API, read by the assertions
type Body = Record<string, any>;
const json = async (path: string): Promise<Body> => {
  const res = await fetch(new URL(path, server.url));
  expect(res.status, path).toBe(200);
  return (await res.json()) as Body;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sourced-lang-"));
  store = openSqliteStore(join(dir, "t.db"));
  for (const [id, text] of [
    ["ar-move", ARABIC],
    ["en-move", ENGLISH],
  ] as const) {
    const raw = textDocument(id, `${id}.txt`, Buffer.from(text), text, []);
    const saved = await saveDocument(store, cleanAndDetect({ ...raw, meta: { ...raw.meta, published: "2025-03-04", publishedRule: "manifest" } }));
    expect(saved.events, id).toBeGreaterThan(0);
  }
  server = await startServer({ store, port: 0, webRoot: null });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("an event's language", () => {
  it("is on every event, the document's", async () => {
    const { events } = await json("/api/events");
    const byDoc = new Map(events.map((e: Body) => [e.doc, e.lang]));
    expect(Object.fromEntries(byDoc)).toEqual({ "ar-move": "ar", "en-move": "en" });
    const one = await json(`/api/events/${events[0].id}`);
    expect(one.event.lang).toBe(events[0].lang);
  });

  it("filters events and documents, in either case", async () => {
    const ar = await json("/api/events?lang=AR");
    expect(ar.events.length).toBeGreaterThan(0);
    expect(new Set(ar.events.map((e: Body) => e.doc))).toEqual(new Set(["ar-move"]));
    expect((await json("/api/events?lang=fr")).events).toEqual([]);
    const docs = await json("/api/documents?lang=en");
    expect(docs.documents.map((d: Body) => [d.id, d.lang])).toEqual([["en-move", "en"]]);
    expect((await json("/api/documents/ar-move")).document.lang).toBe("ar");
  });

  it("refuses a language that is not a two-letter code", async () => {
    const res = await fetch(new URL("/api/events?lang=arabic", server.url));
    expect(res.status).toBe(400);
    expect(((await res.json()) as Body).message).toMatch(/lang/);
  });

  it("is the last column of the events' CSV", async () => {
    const res = await fetch(new URL("/api/events?format=csv&lang=ar", server.url));
    const rows = readCsv((await res.text()).replace(/^\uFEFF/, ""));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ doc: "ar-move", lang: "ar" });
  });
});

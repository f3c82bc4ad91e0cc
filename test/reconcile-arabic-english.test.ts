// An Arabic and an English report of one event become one story: the Arabic
// place names are compared by the gazetteer's own names of the places, the
// groups by their canonical names, and the figures as figures. Reports
// written for this test (a made-up deportation and a made-up release).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textDocument } from "../src/ingest/text.js";
import { cleanAndDetect } from "../src/pipeline.js";
import { runReconciliation } from "../src/reconcile/index.js";
import { saveDocument } from "../src/store/save-document.js";
import { openSqliteStore } from "../src/store/sqlite/index.js";
import type { Store } from "../src/store/store.js";
import { linkEvents } from "../src/reconcile/compatibility.js";
import { prepare } from "../src/reconcile/prepared.js";
import type { Reconciliation, StoredEvent } from "../src/types.js";
import { ev, place } from "./reconcile-helpers.js";

const ARABIC_DEPORTATION = [
  "تركيا ترحّل 240 لاجئًا سوريًا عبر معبر باب الهوى",
  "",
  "رحّلت السلطات التركية، يوم الثلاثاء، نحو 240 لاجئًا سوريًا إلى الأراضي السورية عبر معبر باب الهوى الحدودي، بحسب إدارة المعبر.",
  "",
  "وقالت إدارة المعبر إن بين المرحّلين نساءً وأطفالًا.",
].join("\n");

const ENGLISH_DEPORTATION = [
  "Turkey deports Syrians through Bab al-Hawa",
  "",
  "Turkish authorities deported about 240 Syrian refugees to Syria through the Bab al-Hawa crossing on Tuesday, the crossing's administration said.",
  "",
  "Women and children were among those sent back, it added.",
].join("\n");

const ARABIC_RELEASE = [
  "الإفراج عن معتقلين في حماة",
  "",
  "أفرجت السلطات في مدينة حماة، يوم الأحد، عن 35 معتقلًا بعد وساطة محلية، وفق ما أفادت مصادر في المدينة.",
].join("\n");

let dir: string;
let store: Store;
let rec: Reconciliation;
let events: StoredEvent[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sourced-ar-en-"));
  store = openSqliteStore(join(dir, "t.db"));
  for (const [id, text, published] of [
    ["ar-deport", ARABIC_DEPORTATION, "2025-06-12"],
    ["en-deport", ENGLISH_DEPORTATION, "2025-06-11"],
    ["ar-release", ARABIC_RELEASE, "2025-06-10"],
  ] as const) {
    const raw = textDocument(id, `${id}.txt`, Buffer.from(text), text, []);
    await saveDocument(store, cleanAndDetect({ ...raw, meta: { ...raw.meta, published, publishedRule: "manifest" } }));
  }
  rec = await runReconciliation(store);
  events = await store.listEvents();
}, 60_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const storyOf = (id: string) => rec.stories.find((s) => s.mentions.some((m) => m.eventId === id));

describe("Arabic and English reports of one event", () => {
  it("read the deportation in both languages, with the Arabic place names as written", () => {
    const ar = events.find((e) => e.doc === "ar-deport" && e.type === "repatriation");
    const en = events.find((e) => e.doc === "en-deport" && e.type === "repatriation");
    expect(ar?.lang).toBe("ar");
    expect(en?.lang).toBe("en");
    expect(ar?.count?.value).toBe(240);
    expect(en?.count?.value).toBe(240);
    expect(ar?.destination?.name).toMatch(/باب الهوى/);
    expect(ar?.geo.destination?.canonical).toBe("Bab al-Hawa crossing");
  });

  it("are one story, which names both outlets' records", () => {
    const ar = events.find((e) => e.doc === "ar-deport" && e.type === "repatriation")!;
    const en = events.find((e) => e.doc === "en-deport" && e.type === "repatriation")!;
    const story = storyOf(ar.id);
    expect(story).toBeDefined();
    expect(story!.mentions.map((m) => m.doc).sort()).toEqual(["ar-deport", "en-deport"]);
    expect(storyOf(en.id)?.id).toBe(story!.id);
  });

  it("keep another event of the Arabic reports apart", () => {
    const release = events.find((e) => e.doc === "ar-release")!;
    const deport = events.find((e) => e.doc === "ar-deport" && e.type === "repatriation")!;
    expect(storyOf(release.id)?.id).not.toBe(storyOf(deport.id)?.id);
  });
});

describe("a place written in Arabic", () => {
  const takeover = (doc: string, name: string, canonical: string | null, date: string) => {
    const e = ev({ doc, type: "takeover", text: `${name} taken`, date, location: place(name, "SY", 33.7, 36.38) });
    if (canonical) e.geo.location!.canonical = canonical;
    return prepare(e, new Map(), new Map());
  };
  const english = takeover("en", "Sednaya prison", null, "2024-12-08");

  it("is the same place as its English name when the gazetteer says so, with nothing else to tie the records", () => {
    const verdict = linkEvents(takeover("ar", "سجن صيدنايا", "Sednaya prison", "2024-12"), english);
    expect(verdict.veto).toBeNull();
    expect(verdict.anchor).toMatch(/same place/);
  });

  it("ties nothing without the gazetteer's name, and nothing when it names another place", () => {
    expect(linkEvents(takeover("ar", "سجن صيدنايا", null, "2024-12"), english).anchor).toBeNull();
    expect(linkEvents(takeover("ar", "سجن عدرا", "Adra prison", "2024-12"), english).anchor).toBeNull();
  });
});

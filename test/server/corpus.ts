// A small corpus written for these tests (invented wording), stored through
// the real SQLite store: documents via putDocument, events via replaceEvents,
// with evidence offsets computed from the text itself.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runReconciliation } from "../../src/reconcile/index.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import type { Store } from "../../src/store/store.js";
import type { CleanedDocument, EventType, ExtractedEvent, PlaceDetail, Status } from "../../src/types.js";

export const ARTICLES: { id: string; title: string; outlet: string; published: string; text: string }[] = [
  {
    id: "wire-transfer",
    title: "Detainee convoy crosses into Iraq",
    outlet: "Example Wire",
    published: "2026-01-22",
    text:
      "A convoy carrying roughly 150 Islamic State suspects left a jail in Hasakah on Wednesday and reached Baghdad the same night, the coalition said. " +
      "Officials described the move as the first stage of a larger plan. " +
      "Up to 7,000 detainees could eventually be handed to Iraqi custody, a spokesman added. " +
      "Camp guards in al-Hol reported calm.",
  },
  {
    id: "daily-escape",
    title: "Inmates flee after shelling",
    outlet: "Example Daily",
    published: "2026-01-20",
    text:
      "Artillery struck the perimeter of a prison near Raqqa on Monday, local monitors said. " +
      "In the confusion more than 80 inmates broke out, and security forces later recaptured 12 of them. " +
      "The facility still holds about 2,500 people, according to its administrators.",
  },
  {
    id: "weekly-total",
    title: "Transfers pass 450",
    outlet: "Example Weekly",
    published: "2026-02-02",
    text:
      "The number of suspects moved from northeast Syria to Iraqi prisons has now reached 450, the ministry said on Sunday. " +
      "Erbil officials said they had not been consulted.",
  },
  {
    id: "radio-update",
    title: "Security source gives lower transfer tally",
    outlet: "Example Radio",
    published: "2026-02-04",
    text:
      "So far 300 suspects have been moved from Syria to Iraq, a security source told the station on Tuesday. " +
      "The source did not say when the next group would leave.",
  },
];

const P = (name: string, country: string, lat: number, lon: number): PlaceDetail => ({ name, country, lat, lon });
export const PLACES = {
  hasakah: P("Hasakah", "SY", 36.5, 40.75),
  baghdad: P("Baghdad", "IQ", 33.34, 44.4),
  raqqa: P("Raqqa", "SY", 35.95, 39.01),
  syria: P("Syria", "SY", 35.0, 38.5),
  iraq: P("Iraq", "IQ", 33.0, 44.0),
};

interface Spec {
  doc: string;
  type: EventType;
  status?: Status;
  date: string | null;
  count?: [number, "exact" | "approx" | "at_least" | "at_most" | "vague"];
  subject?: string;
  group?: string;
  actor?: string;
  source?: string;
  origin?: PlaceDetail;
  destination?: PlaceDetail;
  location?: PlaceDetail;
  /** A phrase of the sentence that states it; the whole sentence becomes the evidence. */
  phrase: string;
  confidence?: number;
  countKind?: "one_off" | "cumulative" | "stock" | "planned";
}

export const EVENT_SPECS: Spec[] = [
  {
    doc: "wire-transfer",
    type: "transfer",
    date: "2026-01-21",
    count: [150, "approx"],
    subject: "Islamic State suspects",
    group: "Islamic State",
    actor: "coalition",
    source: "the coalition",
    origin: PLACES.hasakah,
    destination: PLACES.baghdad,
    phrase: "A convoy carrying",
    confidence: 0.9,
  },
  {
    doc: "wire-transfer",
    type: "transfer",
    status: "planned",
    date: "2026-01",
    count: [7000, "at_most"],
    subject: "detainees",
    group: "Islamic State",
    origin: PLACES.syria,
    destination: PLACES.iraq,
    source: "a spokesman",
    phrase: "Up to 7,000",
    confidence: 0.6,
  },
  { doc: "daily-escape", type: "attack", date: "2026-01-19", location: PLACES.raqqa, source: "local monitors", phrase: "Artillery struck", confidence: 0.8 },
  {
    doc: "daily-escape",
    type: "escape",
    date: "2026-01-19",
    count: [80, "at_least"],
    subject: "inmates",
    origin: PLACES.raqqa,
    phrase: "more than 80 inmates",
    confidence: 0.85,
  },
  {
    doc: "daily-escape",
    type: "arrest",
    date: "2026-01-19",
    count: [12, "exact"],
    subject: "inmates",
    actor: "security forces",
    location: PLACES.raqqa,
    phrase: "recaptured 12",
    confidence: 0.7,
  },
  {
    doc: "daily-escape",
    type: "holding",
    date: "2026-01-20",
    count: [2500, "approx"],
    subject: "people",
    location: PLACES.raqqa,
    source: "its administrators",
    phrase: "still holds about 2,500",
    confidence: 0.75,
  },
  {
    doc: "weekly-total",
    type: "transfer",
    date: "2026-02-01",
    count: [450, "exact"],
    subject: "suspects",
    group: "Islamic State",
    origin: PLACES.syria,
    destination: PLACES.iraq,
    source: "the ministry",
    phrase: "has now reached 450",
    confidence: 0.9,
    countKind: "cumulative",
  },
  {
    doc: "radio-update",
    type: "transfer",
    date: "2026-02-03",
    count: [300, "exact"],
    subject: "suspects",
    group: "Islamic State",
    origin: PLACES.syria,
    destination: PLACES.iraq,
    source: "a security source",
    phrase: "So far 300",
    confidence: 0.8,
    countKind: "cumulative",
  },
];

/** The whole sentence around a phrase, with its offsets. */
export function sentenceAround(text: string, phrase: string): { text: string; start: number; end: number } {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`phrase not in text: ${phrase}`);
  let start = text.lastIndexOf(". ", at);
  start = start < 0 ? 0 : start + 2;
  let end = text.indexOf(". ", at);
  end = end < 0 ? text.length : end + 1;
  return { text: text.slice(start, end), start, end };
}

export function buildEvent(s: Spec): ExtractedEvent {
  const article = ARTICLES.find((a) => a.id === s.doc)!;
  const strip = (p?: PlaceDetail) => (p ? { name: p.name, country: p.country } : null);
  return {
    doc: s.doc,
    type: s.type,
    status: s.status ?? "occurred",
    date: s.date,
    count: s.count ? { value: s.count[0], qualifier: s.count[1] } : null,
    subject: s.subject ?? null,
    group: s.group ?? null,
    actor: s.actor ?? null,
    origin: strip(s.origin),
    destination: strip(s.destination),
    location: strip(s.location),
    source: s.source ?? null,
    evidence: [sentenceAround(article.text, s.phrase)],
    confidence: s.confidence ?? 0.8,
    tags: ["test/fixture"],
    dateImplied: false,
    countKind: s.countKind ?? (s.type === "holding" ? "stock" : s.status === "planned" ? "planned" : "one_off"),
    geo: { origin: s.origin ?? null, destination: s.destination ?? null, location: s.location ?? null },
  };
}

export function cleanedDoc(a: (typeof ARTICLES)[number]): CleanedDocument {
  return {
    meta: {
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      url: null,
      published: a.published,
      publishedRule: "manifest",
      dateline: null,
      origin: `test:${a.id}`,
      format: "text",
      warnings: [],
    },
    raw: Buffer.from(a.text),
    text: a.text,
    cleanText: a.text,
    removed: [],
  };
}

export interface TestStore {
  store: Store;
  dir: string;
  cleanup(): Promise<void>;
}

/** A fresh SQLite file in a temp dir (or the store `open` gives) with the corpus stored and reconciled. */
export async function seededStore(opts: { reconcile?: boolean; open?: () => Store | Promise<Store> } = {}): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), "sourced-server-"));
  const store = opts.open ? await opts.open() : openSqliteStore(join(dir, "test.db"));
  for (const a of ARTICLES) {
    const put = await store.putDocument(cleanedDoc(a));
    const events = EVENT_SPECS.filter((s) => s.doc === a.id).map(buildEvent);
    await store.replaceEvents(a.id, put.version, "test-1", events);
  }
  if (opts.reconcile !== false) await runReconciliation(store);
  return {
    store,
    dir,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

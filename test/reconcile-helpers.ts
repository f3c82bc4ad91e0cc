// Builders for reconciliation tests: StoredEvent records and documents
// written for these tests (not taken from any article).

import { vi } from "vitest";
import { main } from "../src/cli/main.js";
import type { StoredEvent, Place, PlaceDetail } from "../src/types.js";
import type { DocInfo } from "../src/reconcile/index.js";
import { eventKey, eventUid } from "../src/store/event-key.js";

let n = 0;

export function place(name: string, country: string | string[], lat: number | null = null, lon: number | null = null): PlaceDetail {
  return { name, country, lat, lon };
}

type EvInit = Partial<Omit<StoredEvent, "evidence">> & { doc: string; type: StoredEvent["type"]; text: string | string[] };

export function ev(init: EvInit): StoredEvent {
  const texts = Array.isArray(init.text) ? init.text : [init.text];
  let pos = 0;
  const evidence = texts.map((t) => {
    const e = { text: t, start: pos, end: pos + t.length };
    pos += t.length + 1;
    return e;
  });
  const strip = (p: PlaceDetail | Place | null | undefined): Place | null => (p ? { name: p.name, country: p.country } : null);
  const detail = (p: PlaceDetail | Place | null | undefined): PlaceDetail | null =>
    p ? { name: p.name, country: p.country, lat: (p as PlaceDetail).lat ?? null, lon: (p as PlaceDetail).lon ?? null } : null;
  const { text: _t, ...rest } = init;
  return {
    uid: init.uid ?? eventUid(eventKey({ doc: init.doc, type: init.type, evidence })),
    id: init.id ?? `ev${++n}`,
    status: "occurred",
    date: null,
    count: null,
    subject: null,
    group: null,
    actor: null,
    source: null,
    confidence: 0.8,
    tags: ["test"],
    dateImplied: false,
    countKind: null,
    docVersion: 1,
    extractorVersion: "test",
    ...rest,
    origin: strip(init.origin),
    destination: strip(init.destination),
    location: strip(init.location),
    geo: { origin: detail(init.origin), destination: detail(init.destination), location: detail(init.location) },
    evidence,
  };
}

export function doc(id: string, outlet: string | null, published: string | null, cleanText = ""): DocInfo {
  return { id, outlet, published, title: null, cleanText };
}

/** Runs `sourced --db DB ...args` in-process, capturing what it writes. */
export async function runCli(db: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => {
    stdout += String(c);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => {
    stderr += String(c);
    return true;
  });
  try {
    return { code: await main(["node", "sourced", "--db", db, ...args]), stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

// One way to store a document with its events, for every way in (CLI ingest,
// the HTTP API): peek, extract, then write the document and its events in one
// transaction, so that a kill leaves both or neither. A document stored
// without events says why (`--no-extract`, a failed extraction, a language
// the extractor does not read); `sourced extract --pending` picks those up.

import { EXTRACTOR_VERSION, extractFromCleaned } from "../pipeline.js";
import type { CleanedDocument, ExtractedEvent } from "../types.js";
import type { PutResult, Store } from "./store.js";

/** Extracts a cleaned document's events; in-process by default, a worker thread in the server. */
export type ExtractFn = (doc: CleanedDocument) => Promise<ExtractedEvent[]>;

export const extractInProcess: ExtractFn = async (doc) => extractFromCleaned(doc).events;

export interface SaveOptions {
  /** Run extraction (default true); false stores the document as pending. */
  extract?: boolean;
  /** Why extraction is skipped for this document (a language with no extractor): stored as pending. */
  skip?: string | null;
  /** Re-extract a document whose content is already stored and extracted. */
  reextractUnchanged?: boolean;
  extractor?: ExtractFn;
}

export interface SaveOutcome {
  put: PutResult;
  /** Events stored by this call; null when none were extracted. */
  events: number | null;
  /** Why the document was stored without events, when it was. */
  pending: string | null;
  /** An extraction failure (the document is stored, pending). */
  problem: string | null;
}

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split("\n")[0]!;

/** Lets a signal handler run between the CPU-heavy steps of a batch. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function saveDocument(store: Store, doc: CleanedDocument, opts: SaveOptions = {}): Promise<SaveOutcome> {
  const extract = opts.extractor ?? extractInProcess;
  const peek = await store.peekDocument(doc);
  const wanted = (opts.extract ?? true) && !opts.skip;

  if (peek.status === "unchanged") {
    const put: PutResult = { status: "unchanged", id: peek.id, version: peek.version };
    if (!wanted || (peek.extracted && !opts.reextractUnchanged)) return { put, events: null, pending: null, problem: null };
    // Offsets must point into the stored text: extract what was stored.
    const stored = (await store.getDocument(peek.id, peek.version)) ?? doc;
    try {
      const events = await extract(stored);
      await breathe();
      await store.replaceEvents(peek.id, peek.version, EXTRACTOR_VERSION, events);
      return { put, events: events.length, pending: null, problem: null };
    } catch (err) {
      return { put, events: null, pending: null, problem: `extraction failed (${firstLine(err)})` };
    }
  }

  if (!wanted) {
    const pending = opts.skip ?? "stored without extraction (--no-extract)";
    return { put: await store.storeDocument(doc, { pending }), events: null, pending, problem: null };
  }
  let events: ExtractedEvent[];
  try {
    events = await extract(doc);
  } catch (err) {
    const problem = `extraction failed (${firstLine(err)})`;
    return { put: await store.storeDocument(doc, { pending: problem }), events: null, pending: problem, problem };
  }
  await breathe();
  const put = await store.storeDocument(doc, { extractorVersion: EXTRACTOR_VERSION, events });
  return { put, events: put.status === "unchanged" ? null : events.length, pending: null, problem: null };
}

// Moving a whole store between engines (`sourced copy`): every row of every
// table in an engine-neutral shape, history included (all document versions,
// every extraction run, events of older runs, their ids, the times things
// were stored), so that a copy answers every query as the original does.

import type { ReviewChange } from "../types.js";

/** One stored document version, as stored. */
export interface DumpDocument {
  id: string;
  version: number;
  contentHash: string;
  raw: Buffer;
  text: string;
  cleanText: string;
  /** JSON as stored (removed spans, warnings), copied verbatim. */
  removedJson: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  publishedRule: string | null;
  dateline: string | null;
  origin: string;
  format: string;
  warningsJson: string;
  ingestedAt: string;
  lang: string | null;
  pendingReason: string | null;
}

export interface DumpRun {
  runId: number;
  doc: string;
  docVersion: number;
  extractorVersion: string;
  ranAt: string;
}

export interface DumpEvent {
  id: number;
  doc: string;
  docVersion: number;
  extractorVersion: string;
  seq: number;
  current: boolean;
  /** The whole record as stored; filter columns, places and the text index are derived from it. */
  recordJson: string;
  /** Its evidence key, the record as extracted when analysts corrected it, and whether they suppressed it. */
  reviewKey: string | null;
  originalJson: string | null;
  suppressed: boolean;
}

export interface DumpOverride {
  seq: number;
  id: string;
  action: string;
  keysJson: string;
  createdAt: string;
  note: string | null;
}

/** A story id in use, with the evidence keys of its records and when it was issued. */
export interface DumpStoryId {
  id: string;
  keysJson: string;
  issuedAt: string;
}

/** A retired story id and where it leads. */
export interface DumpStoryRedirect {
  id: string;
  successor: string | null;
  reason: string;
  retiredAt: string;
}

/** What the server said when one document version was fetched (live ingest). */
export interface DumpFetched {
  doc: string;
  docVersion: number;
  url: string;
  finalUrl: string;
  httpDate: string | null;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: string;
  sha256: string;
  feed: string | null;
}

/** A watched feed and its last poll, in the order feeds were added. */
export interface DumpFeed {
  url: string;
  addedAt: string;
  etag: string | null;
  lastModified: string | null;
  lastPollAt: string | null;
  itemsSeen: number;
  lastError: string | null;
}

/**
 * Rows of one or more tables; batches come in an order that satisfies the
 * foreign keys (documents, then their fetch metadata, runs and events), and
 * within a batch tables are written in the order of the fields here.
 */
export interface DumpBatch {
  documents?: DumpDocument[];
  fetched?: DumpFetched[];
  runs?: DumpRun[];
  events?: DumpEvent[];
  reconciliation?: { json: string; savedAt: string };
  overrides?: DumpOverride[];
  /** The story ids issued, and the retired ones with their redirects. */
  storyIds?: DumpStoryId[];
  storyRedirects?: DumpStoryRedirect[];
  /** The review history, oldest first. */
  reviewChanges?: ReviewChange[];
  feeds?: DumpFeed[];
}

/** What a write copied. */
export interface TransferCounts {
  documents: number;
  fetched: number;
  runs: number;
  events: number;
  overrides: number;
  storyIds: number;
  storyRedirects: number;
  reviewChanges: number;
  feeds: number;
}

export interface StoreTransfer {
  /** Every row, in batches. */
  read(): AsyncIterable<DumpBatch>;
  /** True when the store holds no document, override, story id, review change, reconciliation or feed. */
  isEmpty(): Promise<boolean>;
  /** Writes the rows into this (empty) store in one transaction, keeping ids (and the order feeds were added in). */
  write(batches: AsyncIterable<DumpBatch>): Promise<TransferCounts>;
}

/** Batch size when reading documents (they carry their raw bytes). */
export const DOCUMENT_BATCH = 200;
/** Batch size when reading events and fetch metadata. */
export const EVENT_BATCH = 5000;

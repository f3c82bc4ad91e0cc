// The Store contract. SQLite (store/sqlite/) is the embedded default;
// PostgreSQL (store/postgres/) serves larger deployments. Both pass the same
// conformance suite (store/store.conformance.ts).
//
// Methods are async so that both backends fit one contract.

import type { StoreTransfer } from "./transfer.js";
import type {
  CleanedDocument,
  DocumentSummary,
  EventType,
  ExtractedEvent,
  FeedState,
  FetchInfo,
  Status,
  StoredDocument,
  IssuedStory,
  Override,
  Reconciliation,
  ReviewChange,
  StoredEvent,
  StoryIdChanges,
  StoryRedirect,
} from "../types.js";

export type PutResult =
  /** a new document id */
  | { status: "inserted"; id: string; version: number }
  /** identical content already stored: nothing written */
  | { status: "unchanged"; id: string; version: number }
  /** same id, different content: a new version */
  | { status: "new-version"; id: string; version: number };

/** What a document is stored with: its events from one extractor version, or why it has none yet. */
export type Extraction =
  | { extractorVersion: string; events: ExtractedEvent[] }
  /** stored on purpose without events: `--no-extract`, a failed extraction, a language with no extractor */
  | { pending: string };

/** What `putDocument` would do with a document, and whether its stored version has been extracted. */
export type PeekResult = PutResult & { extracted: boolean };

/** A document whose latest version has no extraction run, and why. */
export interface PendingDocument {
  id: string;
  version: number;
  reason: string;
}

export interface EventFilter {
  doc?: string;
  type?: EventType;
  status?: Status;
  /** Inclusive bounds on the event date (YYYY-MM-DD prefixes compare as text). */
  from?: string;
  to?: string;
  /** ISO country of origin, destination or location. */
  country?: string;
  /** Substring of a place name. */
  place?: string;
  group?: string;
  source?: string;
  minConfidence?: number;
  /** ISO 639-1 language of the document the event was read from ("en", "ar"). */
  lang?: string;
  /** Full-text query over evidence, subject, actor, source (FTS5 in SQLite). */
  q?: string;
  limit?: number;
  /** Opaque cursor returned by a previous page. */
  after?: string;
  /** Events an analyst suppressed: left out (the default), included, or the only ones listed. */
  suppressed?: "exclude" | "include" | "only";
}

/** Which review changes to list; all of them, oldest first, without one. */
export interface ReviewFilter {
  targetKind?: ReviewChange["targetKind"];
  /** An event key, story id or override id. */
  target?: string;
  /** The changes to the events of one document. */
  doc?: string;
}

/** A stored document version that was fetched, found by its URL or its body's hash. */
export interface FetchedPage {
  id: string;
  version: number;
  fetch: FetchInfo;
}

/** What a poll changes in a feed's state. */
export type FeedUpdate = Partial<Pick<FeedState, "etag" | "lastModified" | "lastPollAt" | "itemsSeen" | "lastError">>;

export interface Store {
  /** Stores a cleaned document; one transaction. Identical content is a no-op. */
  putDocument(doc: CleanedDocument): Promise<PutResult>;
  /**
   * Stores a cleaned document and its extraction in ONE transaction, so that
   * a kill leaves both or neither. Identical content writes nothing (its
   * stored events stay as they are).
   */
  storeDocument(doc: CleanedDocument, extraction: Extraction): Promise<PutResult>;
  /** What `putDocument` would do, without writing. */
  peekDocument(doc: CleanedDocument): Promise<PeekResult>;
  /** Latest document versions without an extraction run, with the reason recorded when they were stored. */
  listPending(): Promise<PendingDocument[]>;
  /** Latest version unless a version is given. */
  getDocument(id: string, version?: number): Promise<StoredDocument | null>;
  /** With each document's count of current events, suppressed ones left out. */
  listDocuments(): Promise<DocumentSummary[]>;

  /**
   * Replaces the events of one document version made by one extractor
   * version; one transaction.
   */
  replaceEvents(docId: string, docVersion: number, extractorVersion: string, events: ExtractedEvent[]): Promise<void>;
  /**
   * Events of the latest document versions and the latest extractor
   * version, as analysts corrected them; suppressed ones left out unless asked for.
   */
  listEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  /** By row id, or by event id (`ev_...`: the current record with that uid), suppressed ones included (its `review` says so). */
  getEvent(id: string): Promise<StoredEvent | null>;

  /**
   * Appends a change to the review history (never updated or deleted). An
   * event change is applied, in the same transaction, to every stored
   * record with its key; later extractions of the document get it too.
   */
  addReviewChange(c: ReviewChange): Promise<void>;
  /** The review history, oldest first. */
  listReviewChanges(filter?: ReviewFilter): Promise<ReviewChange[]>;

  /** Saves a reconciliation and, in the same transaction, what it changed in the issued story ids. */
  saveReconciliation(r: Reconciliation, ids?: StoryIdChanges): Promise<void>;
  /** null until reconciliation has run. */
  loadReconciliation(): Promise<Reconciliation | null>;
  addOverride(o: Override): Promise<void>;
  listOverrides(): Promise<Override[]>;
  removeOverride(id: string): Promise<void>;
  /** The story ids in use, each with the evidence keys of its records. */
  listIssuedStories(): Promise<IssuedStory[]>;
  /** The retired story ids, in the order they were retired. */
  listStoryRedirects(): Promise<StoryRedirect[]>;
  /** Where a retired story id leads; null when the id was never retired (in use or unknown). */
  getStoryRedirect(id: string): Promise<StoryRedirect | null>;

  /** Whole-store reading and writing, history included, for moving data between engines. */
  transfer(): StoreTransfer;
  // Live ingest. A document whose meta carries `fetch` has it stored with the
  // version, in storeDocument's transaction, and getDocument returns it.
  /** The latest fetched version asked for or answered at url, else one whose body has this sha256; null when none. */
  findFetched(q: { url?: string; sha256?: string }): Promise<FetchedPage | null>;
  listFeeds(): Promise<FeedState[]>;
  getFeed(url: string): Promise<FeedState | null>;
  /** Adds a feed to watch (an existing one is left as it is) and returns it. */
  addFeed(url: string): Promise<FeedState>;
  updateFeed(url: string, patch: FeedUpdate): Promise<void>;
  /** False when there was no such feed. */
  removeFeed(url: string): Promise<boolean>;

  close(): Promise<void>;
}

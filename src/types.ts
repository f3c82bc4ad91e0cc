// The shared vocabulary of the pipeline. Every stage reads and writes these
// shapes; the exported event record is exactly the one of the exchange format
// (see ARCHITECTURE.md and the `export/` stage, which validates it with zod).

// ------------------------------------------------------------------ events

export const EVENT_TYPES = [
  "transfer",
  "escape",
  "release",
  "exchange",
  "repatriation",
  "relocation",
  "arrest",
  "trial",
  "takeover",
  "attack",
  "killing",
  "agreement",
  "holding",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Types that move people from an origin to a destination. */
export const MOVEMENT_TYPES: ReadonlySet<EventType> = new Set(["transfer", "escape", "release", "exchange", "repatriation", "relocation"]);

/** Place kinds below the province (a facility, a town, a district): places that pin an event down. */
export const LOCAL_PLACE_KINDS: ReadonlySet<string> = new Set(["facility", "city", "admin2"]);

export const STATUSES = ["occurred", "ongoing", "planned"] as const;
export type Status = (typeof STATUSES)[number];

export const QUALIFIERS = ["exact", "approx", "at_least", "at_most", "vague"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Count {
  /** null for vague words without a magnitude ("numerous", "many", "some"). */
  value: number | null;
  qualifier: Qualifier;
}

export interface Place {
  /** The most specific place named, in a canonical spelling. */
  name: string;
  /** ISO 3166-1 alpha-2; a list for a two-sided swap. */
  country: string | string[] | null;
}

export interface Evidence {
  /** The whole sentence of the cleaned text. */
  text: string;
  /** Offsets into the document's cleaned text (UTF-16 code units). */
  start: number;
  end: number;
}

/** The exported record: exactly the fields of the exchange format. */
export interface EventRecord {
  doc: string;
  type: EventType;
  status: Status;
  /** YYYY-MM-DD, YYYY-MM, YYYY, or an interval a/b of those; null when unresolved. */
  date: string | null;
  count: Count | null;
  subject: string | null;
  group: string | null;
  actor: string | null;
  origin: Place | null;
  destination: Place | null;
  location: Place | null;
  source: string | null;
  evidence: Evidence[];
}

/** How a figure relates to the quantity it measures (used by reconciliation). */
export const COUNT_KINDS = ["one_off", "cumulative", "stock", "planned"] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

/** Geographic detail the store keeps beside a Place (not exported in jsonl). */
export interface PlaceDetail extends Place {
  lat: number | null;
  lon: number | null;
  admin1?: string | null;
  /**
   * The gazetteer's own (English) name of the place when `name` is written
   * otherwise ("الحسكة" is "Hasakah"): what reconcile compares, so that an
   * Arabic and an English report of one place meet. Absent when `name` is it.
   */
  canonical?: string | null;
}

/**
 * What extraction produces: the record plus provenance. Stored as is; the
 * exporter strips it down to EventRecord.
 */
export interface ExtractedEvent extends EventRecord {
  /** 0..1: how sure the rules that built the record are. */
  confidence: number;
  /** Provenance tags of the plug-ins that built it, e.g. "detector/transfer". */
  tags: string[];
  /** True when the date was implied from the reference (publication) date. */
  dateImplied: boolean;
  countKind: CountKind | null;
  /** Coordinates for origin/destination/location, where known. */
  geo: {
    origin: PlaceDetail | null;
    destination: PlaceDetail | null;
    location: PlaceDetail | null;
  };
}

// ------------------------------------------------------------------ documents

export type SourceFormat = "text" | "html" | "manifest";

/** Which rule found the publication date. */
export type PublishedRule = "manifest" | "feed" | "html-meta" | "json-ld" | "crawler-header" | "byline" | "emoji-line" | "dateline" | null;

/** What the server said when a document was fetched over HTTP (`sourced fetch`, `sourced watch`). */
export interface FetchInfo {
  /** The URL asked for. */
  url: string;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  /** The response's Date, ETag and Last-Modified headers, as sent. */
  httpDate: string | null;
  etag: string | null;
  lastModified: string | null;
  /** When it was fetched (ISO 8601). */
  fetchedAt: string;
  /** sha256 of the body as received (after decompression): the same page under another URL has the same hash. */
  sha256: string;
  /** The feed the page was listed in, when it came from one. */
  feed: string | null;
}

export interface DocumentMeta {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** YYYY-MM-DD, or null when nothing gives it. Never today's date. */
  published: string | null;
  publishedRule: PublishedRule;
  /** The dateline place ("DEIR EZ-ZOR, Syria (North Press) –"), as written. */
  dateline: string | null;
  /** Where the document came from (a path, or the manifest's url). */
  origin: string;
  format: SourceFormat;
  /** Notes from ingest: e.g. "decoded as windows-1252". */
  warnings: string[];
  /** Set when the document was fetched over HTTP. */
  fetch?: FetchInfo;
}

/** A news feed being watched, and how its last poll went. */
export interface FeedState {
  url: string;
  addedAt: string;
  /** Validators of the last full answer, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  /** When it was last polled (ISO 8601), null before the first poll. */
  lastPollAt: string | null;
  /** Items listed in the feed that were new and stored, over every poll. */
  itemsSeen: number;
  /** The last poll's problem, null when it went well. */
  lastError: string | null;
}

/** A span of the pre-cleaning text that cleaning removed, and why. */
export interface RemovedSpan {
  start: number;
  end: number;
  rule: string;
  text: string;
}

/** Output of ingest: raw bytes decoded, plus what the source told us. */
export interface RawDocument {
  meta: DocumentMeta;
  raw: Buffer;
  /** The text before cleaning (for HTML: the readable text Readability found). */
  text: string;
}

/** Output of cleaning: the frozen text every later offset points into. */
export interface CleanedDocument {
  meta: DocumentMeta;
  raw: Buffer;
  /** The pre-cleaning text. */
  text: string;
  cleanText: string;
  removed: RemovedSpan[];
  /** The clean text's language, ISO 639-1 ("en", "ar"); null when not known. Set before storing (src/annotate/language.ts). */
  lang?: string | null;
}

export interface StoredDocument extends CleanedDocument {
  lang: string | null;
  version: number;
  contentHash: string;
  ingestedAt: string;
}

export interface DocumentSummary {
  id: string;
  version: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  publishedRule: PublishedRule;
  format: SourceFormat;
  /** ISO 639-1, or null when not known. */
  lang: string | null;
  chars: number;
  events: number;
}

// ------------------------------------------------------------------ stored events and reconciliation
//
// What the store keeps beside documents, and what reconciliation makes of the
// per-document records: stories (one real-world event with all its mentions),
// series (figures of one running quantity), conflicts (claims that cannot all
// be true), copy groups of documents, and the analysts' overrides. They live
// here, below both, because the store persists them and reconcile builds them.

/** A stored extracted event with its store id. */
export interface StoredEvent extends ExtractedEvent {
  /** The row id: changes when the document is extracted again; the paging cursor. */
  id: string;
  /**
   * The event id from the record's evidence (document, type, first evidence
   * sentence; store/event-key.ts): the same after re-extraction and in every engine.
   */
  uid: string;
  docVersion: number;
  extractorVersion: string;
  /**
   * ISO 639-1 language of the document version the event was read from ("en",
   * "ar"); the stores always set it (null when the language is not known). Not a
   * field of the exchange format: exports add it after the format's fields.
   */
  lang?: string | null;
  /** The evidence key review changes name the record by (see EventReview.key). */
  reviewKey?: string;
  /** What analysts changed on the record (absent when nothing was). */
  review?: EventReview;
}

// ------------------------------------------------------------------ review

/** Fields of an event an analyst may correct. */
export const CORRECTABLE_FIELDS = [
  "type",
  "status",
  "date",
  "count",
  "countKind",
  "subject",
  "group",
  "actor",
  "source",
  "origin",
  "destination",
  "location",
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const REVIEW_ACTIONS = ["correct", "suppress", "restore", "note", "tag", "untag", "reviewed", "unreviewed", "merge", "split", "undo"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/**
 * One entry of the append-only review history. Event changes name the
 * record by its evidence key (document, type, evidence sentence), so that
 * they apply again to the records of a new extraction of the document.
 */
export interface ReviewChange {
  /** chg_ + a short hash. */
  id: string;
  targetKind: "event" | "story" | "override" | "facility";
  /** An event's review key, a story id, an override id, or a facility id (a facility merge names the survivor, a split the facility split). */
  target: string;
  action: ReviewAction;
  /** The corrected field (correct only). */
  field: CorrectableField | null;
  /** The value before the change (the record's, the story's or the override's). */
  before: unknown;
  /** The value after: the new field value, the note, the tag, the override. */
  after: unknown;
  /** Who: the analyst's name or the API token's name. */
  author: string;
  /** ISO timestamp. */
  at: string;
  /** undo only: the change it takes back. */
  undoes: string | null;
  /** Story changes: the evidence key of one of its records, which finds the story again when its id changes. */
  anchor: string | null;
}

/** The review state of one event: the record as extracted is kept beside it. */
export interface EventReview {
  /** Evidence key: document, type and sentence, with `~n` for the n-th record of one sentence and type. */
  key: string;
  suppressed: boolean;
  /** The fields corrected, each with its value as extracted. */
  original: Partial<Record<CorrectableField, unknown>>;
  notes: { text: string; author: string; at: string }[];
  tags: string[];
  /** Ids of the changes in effect, oldest first. */
  changes: string[];
}

export interface CopyGroup {
  id: string;
  /** Document ids; the first is the earliest/original. */
  docs: string[];
  kind: "syndicated" | "spun";
  similarity: number;
}

export interface Mention {
  eventId: string;
  /** The record's stable event id (StoredEvent.uid). */
  eventUid?: string;
  /** Stable key of the record (doc + type + evidence sentence); what overrides name. */
  key?: string;
  doc: string;
  outlet: string | null;
  source: string | null;
  /** Date of the mention, or the story's when the mention had none. */
  date: string | null;
  dateFromCluster: boolean;
}

export interface Story {
  id: string;
  type: EventType;
  status: Status;
  date: string | null;
  count: { value: number | null; qualifier: string } | null;
  countKind: CountKind | null;
  subject: string | null;
  group: string | null;
  actor: string | null;
  origin: PlaceDetail | null;
  destination: PlaceDetail | null;
  location: PlaceDetail | null;
  mentions: Mention[];
  outlets: string[];
  sources: string[];
  /** Values that other mentions gave for a field, beside the consensus. */
  dissent: { field: string; value: unknown; eventId: string; doc: string }[];
  /** Why the mentions were put together: one line per merge decision. */
  explanation: string[];
}

export interface SeriesPoint {
  storyId: string;
  /** The records that give the figure (one claim of the story). */
  eventIds?: string[];
  date: string | null;
  value: number;
  qualifier: string;
  kind: CountKind;
  docs: string[];
  sources: string[];
  /** "first-batch": a one-off that opened the operation, so its running total at that date; "completion": the total it ended with. */
  role?: "first-batch" | "completion";
  /** Set when no record gives the date: the running figure holds as of the latest date its report states ("report"). */
  dateFrom?: "report";
}

export interface Series {
  id: string;
  /** What is measured, e.g. "Islamic State detainees moved from SY to IQ". */
  label: string;
  type: EventType;
  group: string | null;
  originCountry: string | null;
  destinationCountry: string | null;
  locationCountry: string | null;
  points: SeriesPoint[];
  /** The planned ceiling ("up to 7,000"), kept apart from the points. */
  planned: SeriesPoint[];
  /** Set when the points are totals of short periods ("in the past 13 days", "since 1 April"), each of its own period. */
  window?: true;
}

export interface ConflictSide {
  storyId: string;
  eventIds: string[];
  docs: string[];
  outlets: string[];
  sources: string[];
  claim: string;
  /** The sentence that states this side's figure (its first record's first evidence). */
  sentence?: string | null;
}

export interface Conflict {
  id: string;
  kind: "decreasing-cumulative" | "figure-disagreement" | "account-disagreement";
  description: string;
  seriesId: string | null;
  sides: ConflictSide[];
}

/** A story id the store has issued and that is in use, with the evidence keys of its records. */
export interface IssuedStory {
  id: string;
  keys: string[];
}

/**
 * A story id no longer in use, kept so that a cited id still leads somewhere:
 * "merged" into the successor, "split" (the successor is the larger part,
 * which kept another id), or "gone" (its records left; the successor, when
 * there is one, is the story holding most of its documents' records of its type).
 */
export interface StoryRedirect {
  id: string;
  successor: string | null;
  reason: "merged" | "split" | "gone";
  retiredAt: string;
}

/** What one reconciliation changed in the issued story ids. */
export interface StoryIdChanges {
  /** Ids in use after it whose keys are new or changed (a retired id among them is in use again). */
  live: IssuedStory[];
  /** Ids issued before and in use no more. */
  retired: StoryRedirect[];
}

/** An analyst's decision that survives re-extraction. */
export interface Override {
  id: string;
  action: "merge" | "split";
  /** For merge: two story ids' evidence keys; for split: the mention to detach. */
  keys: string[];
  createdAt: string;
  note: string | null;
}

export interface Reconciliation {
  copyGroups: CopyGroup[];
  stories: Story[];
  series: Series[];
  conflicts: Conflict[];
}

// ------------------------------------------------------------------ facilities
//
// Prisons and camps as entities with a state over time (reconcile/facilities/
// builds them from the stored events; export, server and cli show them).

export const FACILITY_KINDS = ["prison", "camp", "detention_centre", "military_base", "court"] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** One stated fact about a facility, with the record or sentence that states it. */
export interface FacilitySource {
  doc: string;
  /** The record that states it; null for a statement found in a sentence with no record. */
  eventId: string | null;
  outlet: string | null;
  source: string | null;
  evidence: Evidence;
}

/** Who held a facility from when to when. */
export interface ControlInterval {
  controller: string;
  /** Dates as the reports fix them (YYYY-MM-DD, YYYY-MM, YYYY); null when open or unknown. */
  from: string | null;
  to: string | null;
  /** True when a bound comes from the report's publication date, not from a date the report states. */
  inferred: boolean;
  sources: FacilitySource[];
}

/** Reports that disagree about who held a facility at the same time. */
export interface ControlConflict {
  date: string | null;
  sides: { controller: string; sources: FacilitySource[] }[];
}

/** How many a facility holds as of a date: what each report states, and the low/best/high they give together (export/figures.ts). */
export interface FacilityPopulationPoint {
  date: string | null;
  inferred: boolean;
  claims: { value: number | null; qualifier: string; source: FacilitySource }[];
  low: number | null;
  best: number | null;
  high: number | null;
}

export interface FacilityEvent {
  eventId: string;
  doc: string;
  type: EventType;
  /** How the event touches the facility. */
  role: "origin" | "destination" | "location";
  date: string | null;
  count: Count | null;
  evidence: Evidence;
}

/** A facility of the registry: what it is and where, before anything the reports say happened there. */
export interface FacilityEntry {
  id: string;
  name: string;
  aliases: string[];
  kind: FacilityKind;
  country: string | null;
  admin1: string | null;
  town: string | null;
  lat: number | null;
  lon: number | null;
  precision: "site" | "town" | null;
  /** "curated": a row of the place table (its source noted); "learned": named by reports the table lacks. */
  origin: "curated" | "learned";
  source: string | null;
}

export interface Facility extends FacilityEntry {
  control: ControlInterval[];
  controlConflicts: ControlConflict[];
  population: FacilityPopulationPoint[];
  events: FacilityEvent[];
  /** Why names and records were tied to this facility: one line per rule applied. */
  explanation: string[];
  /** Analysts' merges and splits in effect: the ids merged into it, the facility it was split from, the changes. */
  review?: FacilityReview;
}

export interface FacilityReview {
  mergedFrom: string[];
  splitFrom: string | null;
  changes: string[];
}

/** What a facility merge or split records (a review change's `after`): the facilities as they were, so that it applies before their reports are read. */
export interface FacilityMergeChange {
  into: FacilityEntry;
  from: FacilityEntry;
}

export interface FacilitySplitChange {
  /** The facility split, as it was. */
  from: FacilityEntry;
  /** The new facility: its id, name and the aliases taken from the old one. */
  id: string;
  name: string;
  aliases: string[];
}

/** What kind of place a name stands for (the gazetteer's and the grammar's kinds). */
export type PlaceKind = "country" | "region" | "admin1" | "admin2" | "city" | "facility" | "demonym";

/** What kind of actor a name stands for. */
export type ActorKind = "group" | "state" | "force" | "person" | "org" | "media" | "official";

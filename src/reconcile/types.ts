// What reconciliation makes of per-document records: stories (one real-world
// event with all its mentions), series (figures of one running quantity),
// conflicts (claims that cannot all be true), and copy groups of documents.

import type { CountKind, EventType, ExtractedEvent, PlaceDetail, Status } from "../types.js";

/** A stored extracted event with its store id. */
export interface StoredEvent extends ExtractedEvent {
  id: string;
  docVersion: number;
  extractorVersion: string;
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
  date: string | null;
  value: number;
  qualifier: string;
  kind: CountKind;
  docs: string[];
  sources: string[];
  /** "first-batch": a one-off that opened the operation, so its running total at that date. */
  role?: "first-batch";
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
}

export interface ConflictSide {
  storyId: string;
  eventIds: string[];
  docs: string[];
  outlets: string[];
  sources: string[];
  claim: string;
}

export interface Conflict {
  id: string;
  kind: "decreasing-cumulative" | "figure-disagreement" | "account-disagreement";
  description: string;
  seriesId: string | null;
  sides: ConflictSide[];
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

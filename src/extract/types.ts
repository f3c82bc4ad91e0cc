// Contracts of the extract stage: a detector proposes candidates in one
// sentence; slot fillers complete a candidate; refiners transform the list.

import type { Context } from "../context.js";
import type { ActorMention, Annotations, Attribution, CountMention, DateMention, PlaceMention, Sentence, Token } from "../annotate/types.js";
import type { Count, CountKind, EventType, PlaceDetail, Status } from "../types.js";

/** Everything about one sentence, with mentions pre-bucketed. */
export interface SentenceView {
  doc: Annotations;
  info: DocInfo;
  index: number;
  sentence: Sentence;
  tokens: Token[];
  /** Lemma per token (annotator lemma, or our fallback). */
  lemmas: string[];
  lowers: string[];
  counts: CountMention[];
  dates: DateMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  attributions: Attribution[];
  /** Clause id per token: clauses are split at , ; : ( ) — and quotes. */
  clause: number[];
}

/** Facts about the whole document the slots fall back on. */
export interface DocInfo {
  published: string | null;
  /** Most mentioned country (ISO), or null. */
  dominantCountry: string | null;
  /** Most mentioned armed group (canonical), or null. */
  dominantGroup: string | null;
  /** The group most often named as keeping people or holding ground ("held by X", "X-run prisons"), or null. */
  dominantHolder?: string | null;
  /** The nationality the document's people most often carry ("Afghans", "Syrian refugees"), ISO, or null. */
  dominantNationality: string | null;
  /** The document talks about people in custody (prisoners, detainees...). */
  custodyTopic: boolean;
  /** The kind of event the whole report is about, from words that name it outright (lexicon/frames.ts), or null. */
  frame?: EventType | null;
  views: SentenceView[];
}

export interface Trigger {
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** How the trigger reads: "verb", "noun", "participle" (reduced relative or adjective). */
  reading: "verb" | "noun" | "participle";
  passive: boolean;
  weight: number;
}

/** A record under construction. */
export interface Candidate {
  type: EventType;
  sentences: number[];
  trigger: Trigger;
  view: SentenceView;
  status: Status;
  count: Count | null;
  countMention: CountMention | null;
  countKind: CountKind | null;
  subject: string | null;
  /** Lemma of the subject's head noun. */
  subjectHead: string | null;
  group: string | null;
  actor: string | null;
  origin: PlaceDetail | null;
  destination: PlaceDetail | null;
  location: PlaceDetail | null;
  source: string | null;
  date: string | null;
  dateImplied: boolean;
  dateMention: DateMention | null;
  tags: string[];
  /** Weak mentions (headline, bare nominal, participle) survive only by merging into a strong one. */
  weak: boolean;
  /** A definite noun or participle that names an event rather than reporting it ("during the assault"). */
  mention: boolean;
  /** Why a filter dropped it (debug). */
  dropped?: string;
  confidence: number;
  /** Places an anaphoric mention takes from its antecedent when its own sentence names none. */
  inherited?: { origin: PlaceDetail | null; destination: PlaceDetail | null; location: PlaceDetail | null };
  /** The event a running total tallies: the total is of that event's kind, whatever a refiner makes of it. */
  tallyOf?: Candidate;
}

export interface Detector {
  readonly name: string;
  readonly type: EventType;
  match(view: SentenceView, ctx: Context): Candidate[];
}

/** What the sentence detectors found in this sentence, and every candidate of the sentences before. */
export interface Found {
  here: Candidate[];
  before: Candidate[];
}

/** A detector that reads what the sentence detectors found (an anaphor, a running total); it runs after them. */
export interface ContextDetector {
  readonly name: string;
  match(view: SentenceView, found: Found, ctx: Context): Candidate[];
}

export interface SlotFiller {
  readonly name: string;
  fill(c: Candidate, ctx: Context): void;
}

export interface Refiner {
  readonly name: string;
  refine(cands: Candidate[], ctx: Context): Candidate[];
}

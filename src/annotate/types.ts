// What the annotate stage finds in a cleaned text. Every mention carries its
// offsets into the cleaned text, the exact text it matched, and the tags of
// the annotators that built it.

import type { ActorKind, PlaceKind, Qualifier } from "../types.js";

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  index: number;
  /** The first line of the document when it reads as a title. */
  isHeadline: boolean;
  /** Index of the paragraph (blank-line or newline separated block). */
  paragraph: number;
}

export interface Token extends Span {
  lower: string;
  /** Base form: "moved" → "move", "prisoners" → "prisoner", "was" → "be". */
  lemma: string;
  kind: "word" | "number" | "punct";
  /** Starts with an uppercase letter. */
  capitalized: boolean;
}

export interface CountMention extends Span {
  value: number | null;
  qualifier: Qualifier;
  /** The number's own words without the qualifier ("1,500", "thousands"). */
  numberText: string;
  tags: string[];
}

export interface DateMention extends Span {
  /** YYYY-MM-DD, YYYY-MM, YYYY, or an interval a/b. */
  value: string;
  precision: "day" | "month" | "year" | "interval";
  /** True when part of it came from the reference date, not the text. */
  implied: boolean;
  tags: string[];
}

export type { PlaceKind } from "../types.js";

export interface PlaceMention extends Span {
  /** Canonical name ("Hasakah", "al-Hol camp", "Syria"). */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number | null;
  lon: number | null;
  kind: PlaceKind;
  admin1: string | null;
  tags: string[];
}

export type { ActorKind } from "../types.js";

export interface ActorMention extends Span {
  /** Canonical name ("Islamic State", "U.S. Central Command"). */
  canonical: string;
  kind: ActorKind;
  /** "spokesman for the commander in chief", "Deputy Foreign Minister". */
  role: string | null;
  country: string | null;
  tags: string[];
}

/** "according to X", "X said", "X told Y", "X reported". */
export interface Attribution extends Span {
  /** The source as written ("U.S. Central Command", "a senior U.S. military official"). */
  source: string;
  /** Canonical actor name when the source is a known actor. */
  canonical: string | null;
  sentence: number;
  cue: string;
  tags: string[];
}

export interface Annotations {
  text: string;
  published: string | null;
  sentences: Sentence[];
  /** Tokens of each sentence, indexed like `sentences`. */
  tokens: Token[][];
  counts: CountMention[];
  dates: DateMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  attributions: Attribution[];
}

/** One annotator: a small plug-in that adds mentions to the annotations. */
export interface Annotator {
  readonly name: string;
  annotate(doc: Annotations, ctx: import("../context.js").Context): void;
}

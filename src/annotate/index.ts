// The annotate stage: annotators run in order over one Annotations object.
// Order matters where a later annotator reads an earlier one's mentions.

import type { Context } from "../context.js";
import type { Annotations, Annotator } from "./types.js";
import { SentenceSplitter } from "./sentences.js";
import { Tokenizer } from "./tokens.js";
import { CountExtractor } from "./counts.js";
import { DateExtractor } from "./dates.js";
import { PlaceExtractor } from "./places.js";
import { ActorExtractor } from "./actors.js";
import { AttributionExtractor } from "./attributions.js";

export const ANNOTATORS: Annotator[] = [
  new SentenceSplitter(), // everything else works sentence by sentence
  new Tokenizer(), // lemmas for trigger matching
  new CountExtractor(), // before dates: a year is not a count, and counts claim their spans first
  new DateExtractor(),
  new PlaceExtractor(),
  new ActorExtractor(), // after places: "Iraqi authorities" is an actor, "Iraqi facilities" a place
  new AttributionExtractor(), // reads actors to canonicalise sources
];

export function annotate(text: string, ctx: Context, annotators: Annotator[] = ANNOTATORS): Annotations {
  const doc: Annotations = {
    text,
    published: ctx.published,
    sentences: [],
    tokens: [],
    counts: [],
    dates: [],
    places: [],
    actors: [],
    attributions: [],
  };
  for (const a of annotators) a.annotate(doc, ctx);
  return doc;
}

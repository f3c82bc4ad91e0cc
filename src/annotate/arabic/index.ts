// The Arabic locale of the annotate stage: sentences, words (normalised for
// matching, offsets into the original), dates, counts, places, actors and
// attributions, in the same Annotations the English annotators fill, plus the
// per-sentence Arabic words and mentions the Arabic detectors read.

import type { Context } from "../../context.js";
import type { Annotations, Token } from "../types.js";
import { type ArabicActor, type ArabicAttribution, findArabicActors, findArabicAttributions } from "./actors.js";
import { type ArabicCount, findArabicCounts } from "./counts.js";
import { type ArabicDate, arabicReferenceDate, findArabicDates } from "./dates.js";
import { type ArabicWord, arabicWords } from "./normalize.js";
import { type ArabicPlace, chooseHomonymsInDocument, findArabicPlaces } from "./places.js";
import { splitArabicSentences } from "./sentences.js";

/** What the Arabic annotators found in one sentence, with word indexes into `words`. */
export interface ArabicSentence {
  words: ArabicWord[];
  counts: ArabicCount[];
  dates: ArabicDate[];
  places: ArabicPlace[];
  actors: ArabicActor[];
  attributions: ArabicAttribution[];
}

export interface ArabicAnnotations extends Annotations {
  /** Indexed like `sentences`. */
  arabic: ArabicSentence[];
  /** The publication date, or the date the text gives for itself (a crawler header, a byline). */
  reference: string | null;
}

function asToken(w: ArabicWord): Token {
  return { start: w.start, end: w.end, text: w.text, lower: w.norm, lemma: w.norm, kind: w.kind, capitalized: false };
}

export function annotateArabic(text: string, ctx: Context): ArabicAnnotations {
  const sentences = splitArabicSentences(text);
  const allWords = sentences.map((s) => arabicWords(text, s.start, s.end));
  const reference = ctx.published ?? arabicReferenceDate(text, arabicWords(text, 0, Math.min(text.length, 300)));
  if (!ctx.published && reference) ctx.debug("arabic", () => `reference date ${reference} from the text`);
  const doc: ArabicAnnotations = {
    text,
    published: ctx.published,
    sentences,
    tokens: allWords.map((ws) => ws.map(asToken)),
    counts: [],
    dates: [],
    places: [],
    actors: [],
    attributions: [],
    arabic: [],
    reference,
  };
  sentences.forEach((s, si) => {
    const words = allWords[si]!;
    const dates = findArabicDates(text, words, reference);
    const inDate = (i: number) => dates.some((d) => i >= d.first && i <= d.last);
    const counts = findArabicCounts(text, words, inDate);
    const actors = findArabicActors(text, words);
    const inActor = (i: number) => actors.some((a) => i >= a.first && i <= a.last && a.kind !== "state");
    const places = findArabicPlaces(text, words, (i) => inDate(i) || inActor(i));
    const attributions = findArabicAttributions(text, words, actors, si);
    doc.arabic.push({ words, counts, dates, places, actors, attributions });
    for (const x of counts) doc.counts.push(x);
    for (const x of dates) doc.dates.push(x);
    for (const x of places) doc.places.push(x);
    for (const x of actors) doc.actors.push(x);
    for (const x of attributions) doc.attributions.push(x);
  });
  chooseHomonymsInDocument(doc.places as ArabicPlace[]);
  return doc;
}

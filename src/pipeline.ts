// run(doc): the stages in order. Ingest and store happen around it (cli/, server/).
//
//   raw document ─ clean ─ annotate ─ extract ─▶ records
//
// Reconciliation runs over the whole store, not per document (reconcile/).

import { createContext } from "./context.js";
import { cleanDocument } from "./clean/index.js";
import { annotate } from "./annotate/index.js";
import { loadGazetteer } from "./annotate/gazetteer/gazetteer.js";
import { detectLanguage, extractsLanguage } from "./annotate/language.js";
import { extractEvents, EXTRACTOR_VERSION } from "./extract/index.js";
import { annotateArabic } from "./annotate/arabic/index.js";
import { extractArabicEvents } from "./extract/arabic/index.js";
import type { Annotations } from "./annotate/types.js";
import type { CleanedDocument, ExtractedEvent, RawDocument } from "./types.js";

export { EXTRACTOR_VERSION, extractsLanguage };

export interface Processed {
  cleaned: CleanedDocument;
  annotations: Annotations;
  events: ExtractedEvent[];
  trace: string[];
}

/**
 * Loads what extraction reads before its first document: the place gazetteer
 * (countries, curated places and every city of the world), some seconds on a
 * slow machine. Done once a process; later calls return at once.
 */
export function prepareExtraction(): void {
  loadGazetteer();
}

/** Extraction over an already-cleaned document (re-extraction starts here); the document's language chooses the locale. */
export function extractFromCleaned(cleaned: CleanedDocument, opts: { debug?: boolean } = {}): Omit<Processed, "cleaned"> {
  const ctx = createContext({ docId: cleaned.meta.id, published: cleaned.meta.published, debug: opts.debug });
  if (cleaned.lang === "ar") {
    const arabic = annotateArabic(cleaned.cleanText, ctx);
    return { annotations: arabic, events: extractArabicEvents(arabic, ctx), trace: ctx.trace };
  }
  const annotations = annotate(cleaned.cleanText, ctx);
  const events = extractEvents(annotations, ctx);
  return { annotations, events, trace: ctx.trace };
}

/** Cleaning, and the clean text's language (stored with the document; extraction reads English and Arabic). */
export function cleanAndDetect(raw: RawDocument): CleanedDocument {
  const cleaned = cleanDocument(raw);
  return { ...cleaned, lang: detectLanguage(cleaned.cleanText) };
}

export function processDocument(raw: RawDocument, opts: { debug?: boolean } = {}): Processed {
  const cleaned = cleanAndDetect(raw);
  if (extractsLanguage(cleaned.lang)) return { cleaned, ...extractFromCleaned(cleaned, opts) };
  const ctx = createContext({ docId: cleaned.meta.id, published: cleaned.meta.published, debug: opts.debug });
  ctx.debug("language", () => `${cleaned.lang}: no events extracted (extraction reads English and Arabic)`);
  return { cleaned, annotations: annotate(cleaned.cleanText, ctx), events: [], trace: ctx.trace };
}

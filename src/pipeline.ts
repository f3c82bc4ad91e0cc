// run(doc): the stages in order. Ingest and store happen around it (cli/, server/).
//
//   raw document ─ clean ─ annotate ─ extract ─▶ records
//
// Reconciliation runs over the whole store, not per document (reconcile/).

import { createContext } from "./context.js";
import { cleanDocument, removedHeadline } from "./clean/index.js";
import { annotate } from "./annotate/index.js";
import { loadGazetteer } from "./annotate/gazetteer/gazetteer.js";
import { detectLanguage, extractsLanguage } from "./annotate/language.js";
import { extractEvents, EXTRACTOR_VERSION } from "./extract/index.js";
import { annotateArabic } from "./annotate/arabic/index.js";
import { extractArabicEvents } from "./extract/arabic/index.js";
import type { Annotations } from "./annotate/types.js";
import type { Context } from "./context.js";
import type { CleanedDocument, ExtractedEvent, RawDocument } from "./types.js";

export { EXTRACTOR_VERSION, extractsLanguage };

export interface Processed {
  cleaned: CleanedDocument;
  /** Over the text extraction read: the clean text, after the headline's line when cleaning moved the headline to the title (see readText). */
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
  const { text, shift } = readText(cleaned);
  if (cleaned.lang === "ar") {
    const arabic = annotateArabic(text, ctx);
    return { annotations: arabic, events: intoCleanText(extractArabicEvents(arabic, ctx), shift, ctx), trace: ctx.trace };
  }
  const annotations = annotate(text, ctx);
  const events = intoCleanText(extractEvents(annotations, ctx), shift, ctx);
  return { annotations, events, trace: ctx.trace };
}

/**
 * What extraction reads: the clean text, with an HTML page's headline (which
 * cleaning moved out of the text into the title) as a line of its own before
 * it, as the page prints it; `shift` is that line's length with its break.
 */
function readText(cleaned: CleanedDocument): { text: string; shift: number } {
  const headline = removedHeadline(cleaned);
  if (!headline) return { text: cleaned.cleanText, shift: 0 };
  const lead = `${headline}\n\n`;
  return { text: lead + cleaned.cleanText, shift: lead.length };
}

/**
 * Evidence offsets moved back into the clean text. The headline is context,
 * not evidence (it is not in the stored text): its sentences leave the
 * evidence, and a record that only the headline states is dropped.
 */
function intoCleanText(events: ExtractedEvent[], shift: number, ctx: Context): ExtractedEvent[] {
  if (shift === 0) return events;
  const out: ExtractedEvent[] = [];
  for (const e of events) {
    const evidence = e.evidence.filter((ev) => ev.start >= shift).map((ev) => ({ ...ev, start: ev.start - shift, end: ev.end - shift }));
    if (evidence.length) out.push({ ...e, evidence });
    else ctx.debug("pipeline/headline", () => `${e.type} stated only in the headline: no evidence in the text, dropped`);
  }
  return out;
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

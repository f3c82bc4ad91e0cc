// The Arabic locale of the extract stage: detectors propose records sentence
// by sentence from Arabic triggers, the slots fill them from the sentence's
// Arabic annotations, and records of one event merge. The output is the same
// ExtractedEvent the English extractor gives, its evidence the Arabic
// sentences with offsets into the original text.

import type { Context } from "../../context.js";
import type { ArabicAnnotations } from "../../annotate/arabic/index.js";
import type { ExtractedEvent, PlaceDetail } from "../../types.js";
import { detectArabic } from "./detectors.js";
import { mergeArabic, oneMovementPerFigure } from "./merge.js";
import { fillArabicSlots, groupFromDocument, placeFromDocument } from "./slots.js";
import type { ArabicCandidate } from "./types.js";

/** How sure a record built by the Arabic rules is: a full sentence with a figure more than a headline without one. */
function confidence(c: ArabicCandidate): number {
  let x = 0.55;
  if (c.count) x += 0.1;
  if (c.sentences.length > 1) x += 0.1;
  if (c.origin || c.location || c.destination) x += 0.05;
  if (c.weak) x -= 0.15;
  return Math.round(x * 100) / 100;
}

const place = (p: PlaceDetail | null) => (p ? { name: p.name, country: p.country } : null);

export function extractArabicEvents(doc: ArabicAnnotations, ctx: Context): ExtractedEvent[] {
  const cands: ArabicCandidate[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    for (const c of detectArabic(doc, si)) {
      fillArabicSlots(c);
      // a type that needs a figure keeps it only when the figure is its own, not a nearer trigger's
      if (c.needsCount && !c.count) continue;
      cands.push(c);
    }
  }
  // people who left custody, said neutrally, escaped when the document tells an escape and no release
  const told = (type: string) => cands.some((c) => c.type === type && !c.mention && !c.neutral);
  if (told("escape") && !told("release"))
    for (const c of cands) if (c.neutral && c.type === "release") Object.assign(c, { type: "escape", tags: ["detector/arabic-escape"] });
  const merged = mergeArabic(oneMovementPerFigure(cands));
  for (const c of merged) {
    placeFromDocument(c);
    groupFromDocument(c);
  }
  ctx.debug("arabic", () => `${cands.length} candidates, ${merged.length} records`);
  return merged.map((c) => ({
    doc: ctx.docId,
    type: c.type,
    status: c.status,
    date: c.date,
    count: c.count,
    subject: c.subject,
    group: c.group,
    actor: c.actor,
    origin: place(c.origin),
    destination: place(c.destination),
    location: place(c.location),
    source: c.source,
    evidence: c.sentences.map((i) => {
      const s = doc.sentences[i]!;
      return { text: doc.text.slice(s.start, s.end), start: s.start, end: s.end };
    }),
    confidence: confidence(c),
    tags: c.tags,
    dateImplied: c.dateImplied,
    countKind: !c.count ? null : c.status === "planned" ? "planned" : c.type === "holding" ? "stock" : "one_off",
    geo: { origin: c.origin, destination: c.destination, location: c.location },
  }));
}

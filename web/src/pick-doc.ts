// Which document the reader opens on when the address names none: the one
// most relevant to the view, that is the dated document with the most of the
// events shown (surer records weigh more), the newest on a tie; an undated
// document only when none is dated.

import type { DocumentSummary, StoredEvent } from "./api.js";

export function pickDocument(docs: DocumentSummary[], shown: StoredEvent[]): string {
  if (!docs.length) return "";
  const weight = new Map<string, number>();
  for (const e of shown) weight.set(e.doc, (weight.get(e.doc) ?? 0) + 1 + e.confidence);
  const dated = docs.filter((d) => d.published);
  const pool = dated.length ? dated : docs;
  const best = [...pool].sort(
    (a, b) =>
      (weight.get(b.id) ?? 0) - (weight.get(a.id) ?? 0) ||
      b.events - a.events ||
      (b.published ?? "").localeCompare(a.published ?? "") ||
      a.id.localeCompare(b.id),
  )[0];
  return best.id;
}

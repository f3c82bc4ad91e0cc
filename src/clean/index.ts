// SCAFFOLD: replaced by the cleaning stage.
import type { CleanedDocument, RawDocument } from "../types.js";

export function cleanDocument(raw: RawDocument): CleanedDocument {
  return { meta: raw.meta, raw: raw.raw, text: raw.text, cleanText: raw.text, removed: [] };
}

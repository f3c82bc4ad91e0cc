// The evidence key of an event: its document, its type and the words of its
// first evidence sentence. Ids change when a document is extracted again;
// this key does not, so analysts' decisions (overrides, corrections) name
// records by it. Kept here, below reconcile, because the store applies
// corrections to the records it writes.

import { createHash } from "node:crypto";
import type { ExtractedEvent } from "../types.js";

/** Short stable hash (hex) of a string. */
export function shortHash(s: string, len = 10): string {
  return createHash("sha1").update(s).digest("hex").slice(0, len);
}

/** Lowercase word tokens (letters and digits). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu) ?? [];
}

/** Stable key of an evidence sentence: its words, so spacing or quotes do not matter. */
export function normaliseSentence(text: string): string {
  return words(text).join(" ");
}

/** The stable key of an event (what overrides refer to). */
export function eventKey(e: Pick<ExtractedEvent, "doc" | "type" | "evidence">): string {
  const first = e.evidence[0]?.text ?? "";
  return `${e.doc}#${e.type}#${shortHash(normaliseSentence(first))}`;
}

/**
 * The review keys of one document's records, in order: the evidence key,
 * with `~n` added for the n-th record (n ≥ 2) that shares it (two legs of a
 * swap stated in one sentence), so that every record has its own.
 */
export function reviewKeys(events: Pick<ExtractedEvent, "doc" | "type" | "evidence">[]): string[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const k = eventKey(e);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}~${n}`;
  });
}

// Stable names of records, from their evidence: the key analysts' overrides
// and the story ids name a record by, and the event id that exports and the
// API give it. Neither depends on the row a record is stored in, so both
// survive re-extraction (the same document, type and first evidence sentence
// give the same key) and copying between engines.

import { createHash } from "node:crypto";
import type { ExtractedEvent } from "../types.js";

/** Short stable hash (hex) of a string. */
export function shortHash(s: string, len = 10): string {
  return createHash("sha1").update(s).digest("hex").slice(0, len);
}

/** Lowercase word tokens (letters and digits, with their inner separators). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu) ?? [];
}

/** Stable key of an evidence sentence: its words, so spacing or quotes do not matter. */
export function normaliseSentence(text: string): string {
  return words(text).join(" ");
}

/** The stable key of a record: document, type and the words of its first evidence sentence. */
export function eventKey(e: Pick<ExtractedEvent, "doc" | "type" | "evidence">): string {
  const first = e.evidence[0]?.text ?? "";
  return `${e.doc}#${e.type}#${shortHash(normaliseSentence(first))}`;
}

/** The event id of the `n`th record (1, 2, ...) of one document version with this key. */
export function eventUid(key: string, n = 1): string {
  const id = `ev_${shortHash(key, 12)}`;
  return n > 1 ? `${id}_${n}` : id;
}

/**
 * The records of one document version, each with its event id: records
 * sharing a key (two of one type stated by one sentence) are told apart by
 * the order the extractor gives them in.
 */
export function withUids<T extends ExtractedEvent>(doc: string, events: readonly T[]): (T & { uid: string })[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const key = eventKey({ ...e, doc });
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return { ...e, uid: eventUid(key, n) };
  });
}

/** The event id a stored record carries; one stored before records carried it gets the id of its key. */
export function uidOf(e: ExtractedEvent & { uid?: string }): string {
  return e.uid ?? eventUid(eventKey(e));
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

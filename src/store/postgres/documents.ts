// Documents and their versions in PostgreSQL. The head row of an id decides,
// inside the database, whether a put is new, unchanged or a new version
// (INSERT ... ON CONFLICT on document_heads): two processes storing the same
// document at once store it once, and neither loses a version.

import type { ClientBase } from "pg";
import type { CleanedDocument, DocumentSummary, PublishedRule, SourceFormat, StoredDocument } from "../../types.js";
import { contentHash } from "../sqlite/documents.js";
import type { PeekResult, PendingDocument, PutResult } from "../store.js";

interface DocumentRow {
  id: string;
  version: number;
  content_hash: string;
  raw: Buffer;
  text: string;
  clean_text: string;
  removed_json: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  published_rule: string | null;
  dateline: string | null;
  origin: string;
  format: string;
  warnings_json: string;
  ingested_at: string;
  lang: string | null;
}

function docId(doc: CleanedDocument): string {
  const id = doc.meta.id;
  if (!id) throw new Error("document has no id");
  return id;
}

/** Stores a document inside the caller's transaction. */
export async function putDocument(c: ClientBase, doc: CleanedDocument): Promise<PutResult> {
  const id = docId(doc);
  const hash = contentHash(id, doc.raw);
  const head = await c.query<{ version: number }>(
    `INSERT INTO document_heads AS h (id, version, content_hash) VALUES ($1, 1, $2)
     ON CONFLICT (id) DO UPDATE SET version = h.version + 1, content_hash = excluded.content_hash
       WHERE h.content_hash <> excluded.content_hash
     RETURNING version`,
    [id, hash],
  );
  if (head.rowCount === 0) {
    // Same content as the latest version: the row is locked by the statement above, so this read is stable.
    const { rows } = await c.query<{ version: number }>("SELECT version FROM document_heads WHERE id = $1", [id]);
    return { status: "unchanged", id, version: rows[0]!.version };
  }
  const version = head.rows[0]!.version;
  await c.query(
    `INSERT INTO documents (id, version, content_hash, raw, text, clean_text, removed_json, title, outlet, url,
       published, published_rule, dateline, origin, format, warnings_json, ingested_at, lang)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [
      id,
      version,
      hash,
      doc.raw,
      doc.text,
      doc.cleanText,
      JSON.stringify(doc.removed),
      doc.meta.title,
      doc.meta.outlet,
      doc.meta.url,
      doc.meta.published,
      doc.meta.publishedRule,
      doc.meta.dateline,
      doc.meta.origin,
      doc.meta.format,
      JSON.stringify(doc.meta.warnings ?? []),
      new Date().toISOString(),
      doc.lang ?? null,
    ],
  );
  // Events of older versions stop counting as soon as a new version exists.
  if (version > 1) await c.query("UPDATE events SET current = false WHERE doc = $1 AND current", [id]);
  return { status: version === 1 ? "inserted" : "new-version", id, version };
}

export async function peekDocument(c: ClientBase, doc: CleanedDocument): Promise<PeekResult> {
  const id = docId(doc);
  const hash = contentHash(id, doc.raw);
  const { rows } = await c.query<{ version: number; content_hash: string; extracted: boolean }>(
    `SELECT h.version, h.content_hash,
       EXISTS (SELECT 1 FROM extraction_runs r WHERE r.doc = h.id AND r.doc_version = h.version) AS extracted
     FROM document_heads h WHERE h.id = $1`,
    [id],
  );
  const prev = rows[0];
  if (!prev) return { status: "inserted", id, version: 1, extracted: false };
  if (prev.content_hash !== hash) return { status: "new-version", id, version: prev.version + 1, extracted: false };
  return { status: "unchanged", id, version: prev.version, extracted: prev.extracted };
}

/** Records why a version has no extraction run (inside the caller's transaction). */
export async function markPending(c: ClientBase, id: string, version: number, reason: string): Promise<void> {
  await c.query("UPDATE documents SET pending_reason = $1 WHERE id = $2 AND version = $3", [reason, id, version]);
}

export async function listPending(c: ClientBase): Promise<PendingDocument[]> {
  const { rows } = await c.query<{ id: string; version: number; pending_reason: string | null }>(
    `SELECT d.id, d.version, d.pending_reason FROM document_heads h
     JOIN documents d ON d.id = h.id AND d.version = h.version
     WHERE NOT EXISTS (SELECT 1 FROM extraction_runs r WHERE r.doc = d.id AND r.doc_version = d.version)
     ORDER BY d.id COLLATE "C"`,
  );
  return rows.map((r) => ({ id: r.id, version: r.version, reason: r.pending_reason ?? "never extracted" }));
}

export async function getDocument(c: ClientBase, id: string, version?: number): Promise<StoredDocument | null> {
  const { rows } =
    version === undefined
      ? await c.query<DocumentRow>("SELECT d.* FROM document_heads h JOIN documents d ON d.id = h.id AND d.version = h.version WHERE h.id = $1", [id])
      : await c.query<DocumentRow>("SELECT * FROM documents WHERE id = $1 AND version = $2", [id, version]);
  return rows[0] ? toStored(rows[0]) : null;
}

export async function listDocuments(c: ClientBase): Promise<DocumentSummary[]> {
  const { rows } = await c.query<DocumentRow & { chars: number; events: string }>(
    `WITH counts AS (SELECT doc, count(*) AS n FROM events WHERE current AND NOT suppressed GROUP BY doc)
     SELECT d.id, d.version, d.title, d.outlet, d.url, d.published, d.published_rule, d.format, d.lang,
            length(d.clean_text) AS chars, coalesce(c.n, 0) AS events
     FROM document_heads h
     JOIN documents d ON d.id = h.id AND d.version = h.version
     LEFT JOIN counts c ON c.doc = h.id
     ORDER BY d.id COLLATE "C"`,
  );
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    published: r.published,
    publishedRule: r.published_rule as PublishedRule,
    format: r.format as SourceFormat,
    lang: r.lang,
    chars: Number(r.chars),
    events: Number(r.events),
  }));
}

function toStored(r: DocumentRow): StoredDocument {
  return {
    meta: {
      id: r.id,
      title: r.title,
      outlet: r.outlet,
      url: r.url,
      published: r.published,
      publishedRule: r.published_rule as PublishedRule,
      dateline: r.dateline,
      origin: r.origin,
      format: r.format as SourceFormat,
      warnings: JSON.parse(r.warnings_json) as string[],
    },
    raw: Buffer.from(r.raw),
    text: r.text,
    cleanText: r.clean_text,
    removed: JSON.parse(r.removed_json),
    lang: r.lang,
    version: r.version,
    contentHash: r.content_hash,
    ingestedAt: r.ingested_at,
  };
}

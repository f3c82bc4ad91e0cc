// Documents and their versions. Identical raw content is a no-op; changed
// content under the same id becomes version n+1. One transaction per put.

import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import type { CleanedDocument, DocumentSummary, PublishedRule, SourceFormat, StoredDocument } from "../../types.js";
import type { PeekResult, PendingDocument, PutResult } from "../store.js";

/** sha256 over the document id and its raw bytes. */
export function contentHash(id: string, raw: Buffer): string {
  return createHash("sha256").update(id, "utf8").update("\0").update(raw).digest("hex");
}

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

export class DocumentTable {
  private readonly latest: Database.Statement<[string], { version: number; content_hash: string }>;
  private readonly insert: Database.Statement;
  private readonly retire: Database.Statement;
  private readonly byVersion: Database.Statement<[string, number], DocumentRow>;
  private readonly byLatest: Database.Statement<[string], DocumentRow>;
  private readonly summaries: Database.Statement<[], DocumentRow & { chars: number; events: number }>;
  private readonly putTx: Database.Transaction<(doc: CleanedDocument) => PutResult>;
  private readonly setPending: Database.Statement;
  private readonly runsOf: Database.Statement<[string, number], { n: number }>;
  private readonly pending: Database.Statement<[], { id: string; version: number; pending_reason: string | null }>;

  constructor(db: Database.Database) {
    this.latest = db.prepare("SELECT version, content_hash FROM documents WHERE id = ? ORDER BY version DESC LIMIT 1");
    this.insert = db.prepare(`
      INSERT INTO documents (id, version, content_hash, raw, text, clean_text, removed_json, title, outlet, url,
        published, published_rule, dateline, origin, format, warnings_json, ingested_at, lang)
      VALUES (@id, @version, @content_hash, @raw, @text, @clean_text, @removed_json, @title, @outlet, @url,
        @published, @published_rule, @dateline, @origin, @format, @warnings_json, @ingested_at, @lang)`);
    // Events of older versions stop counting as soon as a new version exists.
    this.retire = db.prepare("UPDATE events SET current = 0 WHERE doc = ? AND current = 1");
    this.byVersion = db.prepare("SELECT * FROM documents WHERE id = ? AND version = ?");
    this.byLatest = db.prepare("SELECT * FROM documents WHERE id = ? ORDER BY version DESC LIMIT 1");
    this.summaries = db.prepare(`
      WITH heads AS (SELECT id, max(version) AS version FROM documents GROUP BY id),
           counts AS (SELECT doc, count(*) AS n FROM events WHERE current = 1 AND suppressed = 0 GROUP BY doc)
      SELECT d.id, d.version, d.title, d.outlet, d.url, d.published, d.published_rule, d.format, d.lang,
             length(d.clean_text) AS chars, coalesce(c.n, 0) AS events
      FROM heads h
      JOIN documents d ON d.id = h.id AND d.version = h.version
      LEFT JOIN counts c ON c.doc = h.id
      ORDER BY d.id`);

    this.setPending = db.prepare("UPDATE documents SET pending_reason = ? WHERE id = ? AND version = ?");
    this.runsOf = db.prepare("SELECT count(*) AS n FROM extraction_runs WHERE doc = ? AND doc_version = ?");
    this.pending = db.prepare(`
      WITH heads AS (SELECT id, max(version) AS version FROM documents GROUP BY id)
      SELECT d.id, d.version, d.pending_reason FROM heads h
      JOIN documents d ON d.id = h.id AND d.version = h.version
      WHERE NOT EXISTS (SELECT 1 FROM extraction_runs r WHERE r.doc = d.id AND r.doc_version = d.version)
      ORDER BY d.id`);

    this.putTx = db.transaction((doc: CleanedDocument): PutResult => {
      const { id, prev, hash } = this.compare(doc);
      if (prev && prev.content_hash === hash) return { status: "unchanged", id, version: prev.version };
      const version = prev ? prev.version + 1 : 1;
      this.insert.run({
        id,
        version,
        content_hash: hash,
        raw: doc.raw,
        text: doc.text,
        clean_text: doc.cleanText,
        removed_json: JSON.stringify(doc.removed),
        title: doc.meta.title,
        outlet: doc.meta.outlet,
        url: doc.meta.url,
        published: doc.meta.published,
        published_rule: doc.meta.publishedRule,
        dateline: doc.meta.dateline,
        origin: doc.meta.origin,
        format: doc.meta.format,
        warnings_json: JSON.stringify(doc.meta.warnings ?? []),
        ingested_at: new Date().toISOString(),
        lang: doc.lang ?? null,
      });
      if (prev) this.retire.run(id);
      return { status: prev ? "new-version" : "inserted", id, version };
    });
  }

  private compare(doc: CleanedDocument) {
    const id = doc.meta.id;
    if (!id) throw new Error("document has no id");
    return { id, hash: contentHash(id, doc.raw), prev: this.latest.get(id) };
  }

  put(doc: CleanedDocument): PutResult {
    // IMMEDIATE: it reads the latest version, then writes; another writer waits meanwhile
    return this.putTx.immediate(doc);
  }

  peek(doc: CleanedDocument): PeekResult {
    const { id, prev, hash } = this.compare(doc);
    if (!prev) return { status: "inserted", id, version: 1, extracted: false };
    if (prev.content_hash !== hash) return { status: "new-version", id, version: prev.version + 1, extracted: false };
    return { status: "unchanged", id, version: prev.version, extracted: this.runsOf.get(id, prev.version)!.n > 0 };
  }

  /** Records why a version has no extraction run (inside the caller's transaction). */
  markPending(id: string, version: number, reason: string): void {
    this.setPending.run(reason, id, version);
  }

  listPending(): PendingDocument[] {
    return this.pending.all().map((r) => ({ id: r.id, version: r.version, reason: r.pending_reason ?? "never extracted" }));
  }

  get(id: string, version?: number): StoredDocument | null {
    const row = version === undefined ? this.byLatest.get(id) : this.byVersion.get(id, version);
    return row ? toStored(row) : null;
  }

  /** Latest version of one id, or null. */
  latestVersion(id: string): number | null {
    return this.latest.get(id)?.version ?? null;
  }

  list(): DocumentSummary[] {
    return this.summaries.all().map((r) => ({
      id: r.id,
      version: r.version,
      title: r.title,
      outlet: r.outlet,
      url: r.url,
      published: r.published,
      publishedRule: r.published_rule as PublishedRule,
      format: r.format as SourceFormat,
      lang: r.lang,
      chars: r.chars,
      events: r.events,
    }));
  }
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

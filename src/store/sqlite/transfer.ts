// Whole-store reading and writing for `sourced copy`: every row as stored,
// ids kept; filter columns, places and the FTS5 index are derived from each
// event's record as EventTable does.

import type Database from "better-sqlite3";
import type { ExtractedEvent } from "../../types.js";
import { DOCUMENT_BATCH, type DumpBatch, type DumpDocument, type DumpEvent, EVENT_BATCH, type StoreTransfer, type TransferCounts } from "../transfer.js";
import { dateBounds } from "./events.js";
import { changeFromRow, changeToRow, REVIEW_COLUMNS, type ReviewRow } from "../review.js";
import { type FeedRow, type FetchRow, toFeed } from "./live.js";

export function sqliteTransfer(db: Database.Database): StoreTransfer {
  return {
    async *read() {
      const docs = db.prepare("SELECT * FROM documents WHERE (id, version) > (?, ?) ORDER BY id, version LIMIT ?");
      let key: [string, number] = ["", 0];
      for (;;) {
        const rows = docs.all(key[0], key[1], DOCUMENT_BATCH) as Record<string, unknown>[];
        if (rows.length === 0) break;
        yield { documents: rows.map(toDumpDocument) };
        const last = rows[rows.length - 1]!;
        key = [last.id as string, last.version as number];
      }
      const fetched = db.prepare("SELECT * FROM fetched_pages WHERE (doc, doc_version) > (?, ?) ORDER BY doc, doc_version LIMIT ?");
      key = ["", 0];
      for (;;) {
        const rows = fetched.all(key[0], key[1], EVENT_BATCH) as FetchRow[];
        if (rows.length === 0) break;
        yield {
          fetched: rows.map((r) => ({
            doc: r.doc,
            docVersion: r.doc_version,
            url: r.url,
            finalUrl: r.final_url,
            httpDate: r.http_date,
            etag: r.etag,
            lastModified: r.last_modified,
            fetchedAt: r.fetched_at,
            sha256: r.sha256,
            feed: r.feed,
          })),
        };
        const last = rows[rows.length - 1]!;
        key = [last.doc, last.doc_version];
      }
      const runs = db.prepare("SELECT run_id, doc, doc_version, extractor_version, ran_at FROM extraction_runs ORDER BY run_id").all() as {
        run_id: number;
        doc: string;
        doc_version: number;
        extractor_version: string;
        ran_at: string;
      }[];
      yield { runs: runs.map((r) => ({ runId: r.run_id, doc: r.doc, docVersion: r.doc_version, extractorVersion: r.extractor_version, ranAt: r.ran_at })) };
      const events = db.prepare(
        "SELECT id, doc, doc_version, extractor_version, seq, current, record_json, review_key, original_json, suppressed FROM events WHERE id > ? ORDER BY id LIMIT ?",
      );
      let after = 0;
      for (;;) {
        const rows = events.all(after, EVENT_BATCH) as {
          id: number;
          doc: string;
          doc_version: number;
          extractor_version: string;
          seq: number;
          current: number;
          record_json: string;
          review_key: string | null;
          original_json: string | null;
          suppressed: number;
        }[];
        if (rows.length === 0) break;
        yield {
          events: rows.map((r) => ({
            id: r.id,
            doc: r.doc,
            docVersion: r.doc_version,
            extractorVersion: r.extractor_version,
            seq: r.seq,
            current: r.current === 1,
            recordJson: r.record_json,
            reviewKey: r.review_key,
            originalJson: r.original_json,
            suppressed: r.suppressed === 1,
          })),
        };
        after = rows[rows.length - 1]!.id;
      }
      const rec = db.prepare("SELECT json, saved_at FROM reconciliation WHERE id = 1").get() as { json: string; saved_at: string } | undefined;
      const overrides = db.prepare("SELECT seq, id, action, keys_json, created_at, note FROM overrides ORDER BY seq").all() as {
        seq: number;
        id: string;
        action: string;
        keys_json: string;
        created_at: string;
        note: string | null;
      }[];
      const feeds = db.prepare("SELECT * FROM feeds ORDER BY rowid").all() as FeedRow[];
      const storyIds = db.prepare("SELECT id, keys_json, issued_at FROM story_ids ORDER BY id").all() as { id: string; keys_json: string; issued_at: string }[];
      const redirects = db.prepare("SELECT id, successor, reason, retired_at FROM story_redirects ORDER BY retired_at, id").all() as {
        id: string;
        successor: string | null;
        reason: string;
        retired_at: string;
      }[];
      const changes = db.prepare(`SELECT ${REVIEW_COLUMNS.join(", ")} FROM review_changes ORDER BY seq`).all() as ReviewRow[];
      const last: DumpBatch = {
        overrides: overrides.map((o) => ({ seq: o.seq, id: o.id, action: o.action, keysJson: o.keys_json, createdAt: o.created_at, note: o.note })),
        storyIds: storyIds.map((r) => ({ id: r.id, keysJson: r.keys_json, issuedAt: r.issued_at })),
        storyRedirects: redirects.map((r) => ({ id: r.id, successor: r.successor, reason: r.reason, retiredAt: r.retired_at })),
        reviewChanges: changes.map(changeFromRow),
        feeds: feeds.map(toFeed),
      };
      if (rec) last.reconciliation = { json: rec.json, savedAt: rec.saved_at };
      yield last;
    },

    async isEmpty() {
      const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      return ["documents", "overrides", "story_ids", "story_redirects", "review_changes", "reconciliation", "feeds"].every(
        (t) => n(`SELECT count(*) AS n FROM ${t}`) === 0,
      );
    },

    async write(batches) {
      const insertDoc = db.prepare(`
        INSERT INTO documents (id, version, content_hash, raw, text, clean_text, removed_json, title, outlet, url,
          published, published_rule, dateline, origin, format, warnings_json, ingested_at, lang, pending_reason)
        VALUES (@id, @version, @contentHash, @raw, @text, @cleanText, @removedJson, @title, @outlet, @url,
          @published, @publishedRule, @dateline, @origin, @format, @warningsJson, @ingestedAt, @lang, @pendingReason)`);
      const insertFetched = db.prepare(`
        INSERT INTO fetched_pages (doc, doc_version, url, final_url, http_date, etag, last_modified, fetched_at, sha256, feed)
        VALUES (@doc, @docVersion, @url, @finalUrl, @httpDate, @etag, @lastModified, @fetchedAt, @sha256, @feed)`);
      const insertFeed = db.prepare(`
        INSERT INTO feeds (url, added_at, etag, last_modified, last_poll_at, items_seen, last_error)
        VALUES (@url, @addedAt, @etag, @lastModified, @lastPollAt, @itemsSeen, @lastError)`);
      const insertRun = db.prepare("INSERT INTO extraction_runs (run_id, doc, doc_version, extractor_version, ran_at) VALUES (?, ?, ?, ?, ?)");
      const insertEvent = db.prepare(`
        INSERT INTO events (id, doc, doc_version, extractor_version, seq, current, type, status, date, date_lo, date_hi,
          count_value, subject, group_name, actor, source, confidence, record_json, review_key, original_json, suppressed)
        VALUES (@id, @doc, @doc_version, @extractor_version, @seq, @current, @type, @status, @date, @date_lo, @date_hi,
          @count_value, @subject, @group_name, @actor, @source, @confidence, @record_json, @review_key, @original_json, @suppressed)`);
      const insertChange = db.prepare(`INSERT INTO review_changes (${REVIEW_COLUMNS.join(", ")}) VALUES (${REVIEW_COLUMNS.map((c) => `@${c}`).join(", ")})`);
      const insertPlace = db.prepare("INSERT INTO event_places (event_id, role, name, country) VALUES (?, ?, ?, ?)");
      const insertFts = db.prepare("INSERT INTO events_fts (rowid, evidence, subject, actor, group_name, source, places) VALUES (?, ?, ?, ?, ?, ?, ?)");
      const insertRec = db.prepare("INSERT INTO reconciliation (id, json, saved_at) VALUES (1, ?, ?)");
      const insertStoryId = db.prepare("INSERT INTO story_ids (id, keys_json, issued_at) VALUES (?, ?, ?)");
      const insertRedirect = db.prepare("INSERT INTO story_redirects (id, successor, reason, retired_at) VALUES (?, ?, ?, ?)");
      const insertOv = db.prepare("INSERT INTO overrides (seq, id, action, keys_json, created_at, note) VALUES (?, ?, ?, ?, ?, ?)");
      const counts: TransferCounts = { documents: 0, fetched: 0, runs: 0, events: 0, overrides: 0, storyIds: 0, storyRedirects: 0, reviewChanges: 0, feeds: 0 };
      const writeEvent = (d: DumpEvent) => {
        const e = JSON.parse(d.recordJson) as ExtractedEvent;
        const { lo, hi } = dateBounds(e.date);
        insertEvent.run({
          id: d.id,
          doc: d.doc,
          doc_version: d.docVersion,
          extractor_version: d.extractorVersion,
          seq: d.seq,
          current: d.current ? 1 : 0,
          type: e.type,
          status: e.status,
          date: e.date,
          date_lo: lo,
          date_hi: hi,
          count_value: e.count?.value ?? null,
          subject: e.subject,
          group_name: e.group,
          actor: e.actor,
          source: e.source,
          confidence: e.confidence,
          record_json: d.recordJson,
          review_key: d.reviewKey,
          original_json: d.originalJson,
          suppressed: d.suppressed ? 1 : 0,
        });
        const names: string[] = [];
        for (const role of ["origin", "destination", "location"] as const) {
          const p = e[role];
          if (!p) continue;
          names.push(p.name);
          const cs = p.country == null ? [] : Array.isArray(p.country) ? p.country : [p.country];
          if (cs.length === 0) insertPlace.run(d.id, role, p.name, null);
          for (const c of cs) insertPlace.run(d.id, role, p.name, c);
        }
        insertFts.run(d.id, e.evidence.map((x) => x.text).join("\n"), e.subject ?? "", e.actor ?? "", e.group ?? "", e.source ?? "", names.join("\n"));
      };
      db.exec("BEGIN IMMEDIATE");
      try {
        for await (const b of batches) {
          for (const d of b.documents ?? []) {
            insertDoc.run(d);
            counts.documents++;
          }
          for (const f of b.fetched ?? []) {
            insertFetched.run(f);
            counts.fetched++;
          }
          for (const r of b.runs ?? []) {
            insertRun.run(r.runId, r.doc, r.docVersion, r.extractorVersion, r.ranAt);
            counts.runs++;
          }
          for (const e of b.events ?? []) {
            writeEvent(e);
            counts.events++;
          }
          if (b.reconciliation) insertRec.run(b.reconciliation.json, b.reconciliation.savedAt);
          for (const o of b.overrides ?? []) {
            insertOv.run(o.seq, o.id, o.action, o.keysJson, o.createdAt, o.note);
            counts.overrides++;
          }
          for (const x of b.storyIds ?? []) {
            insertStoryId.run(x.id, x.keysJson, x.issuedAt);
            counts.storyIds++;
          }
          for (const r of b.storyRedirects ?? []) {
            insertRedirect.run(r.id, r.successor, r.reason, r.retiredAt);
            counts.storyRedirects++;
          }
          for (const c of b.reviewChanges ?? []) {
            insertChange.run(changeToRow(c));
            counts.reviewChanges++;
          }
          for (const f of b.feeds ?? []) {
            insertFeed.run(f);
            counts.feeds++;
          }
        }
        db.exec("COMMIT");
      } catch (err) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw err;
      }
      return counts;
    },
  };
}

function toDumpDocument(r: Record<string, unknown>): DumpDocument {
  return {
    id: r.id as string,
    version: r.version as number,
    contentHash: r.content_hash as string,
    raw: Buffer.from(r.raw as Uint8Array),
    text: r.text as string,
    cleanText: r.clean_text as string,
    removedJson: r.removed_json as string,
    title: r.title as string | null,
    outlet: r.outlet as string | null,
    url: r.url as string | null,
    published: r.published as string | null,
    publishedRule: r.published_rule as string | null,
    dateline: r.dateline as string | null,
    origin: r.origin as string,
    format: r.format as string,
    warningsJson: r.warnings_json as string,
    ingestedAt: r.ingested_at as string,
    lang: (r.lang as string | null) ?? null,
    pendingReason: (r.pending_reason as string | null) ?? null,
  };
}

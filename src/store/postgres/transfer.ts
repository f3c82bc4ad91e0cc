// Whole-store reading and writing for `sourced copy` in PostgreSQL: every
// row as stored, ids kept, sequences moved past the copied ids.

import type { ClientBase, Pool } from "pg";
import type { ExtractedEvent } from "../../types.js";
import { type FeedRow, type FetchRow, toFeed } from "../sqlite/live.js";
import { DOCUMENT_BATCH, type DumpBatch, type DumpDocument, EVENT_BATCH, type StoreTransfer, type TransferCounts } from "../transfer.js";
import { insertEvents } from "./events.js";
import { changeFromRow, changeToRow, REVIEW_COLUMNS, type ReviewRow } from "../review.js";

type Run = <T>(fn: (c: ClientBase) => Promise<T>) => Promise<T>;

export function postgresTransfer(withClient: Run, pool: () => Promise<Pool>): StoreTransfer {
  return {
    async *read() {
      let key: [string, number] = ["", 0];
      for (;;) {
        const { rows } = await withClient((c) =>
          c.query<Record<string, unknown>>(
            `SELECT * FROM documents WHERE (id COLLATE "C", version) > ($1 COLLATE "C", $2) ORDER BY id COLLATE "C", version LIMIT $3`,
            [key[0], key[1], DOCUMENT_BATCH],
          ),
        );
        if (rows.length === 0) break;
        yield { documents: rows.map(toDumpDocument) };
        const last = rows[rows.length - 1]!;
        key = [last.id as string, last.version as number];
      }
      key = ["", 0];
      for (;;) {
        const { rows } = await withClient((c) =>
          c.query<FetchRow>(
            `SELECT * FROM fetched_pages WHERE (doc COLLATE "C", doc_version) > ($1 COLLATE "C", $2) ORDER BY doc COLLATE "C", doc_version LIMIT $3`,
            [key[0], key[1], EVENT_BATCH],
          ),
        );
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
      const runs = await withClient((c) =>
        c.query<{ run_id: string; doc: string; doc_version: number; extractor_version: string; ran_at: string }>(
          "SELECT run_id, doc, doc_version, extractor_version, ran_at FROM extraction_runs ORDER BY run_id",
        ),
      );
      yield {
        runs: runs.rows.map((r) => ({
          runId: Number(r.run_id),
          doc: r.doc,
          docVersion: r.doc_version,
          extractorVersion: r.extractor_version,
          ranAt: r.ran_at,
        })),
      };
      let after = 0;
      for (;;) {
        const { rows } = await withClient((c) =>
          c.query<{
            id: string;
            doc: string;
            doc_version: number;
            extractor_version: string;
            seq: number;
            current: boolean;
            record_json: string;
            review_key: string | null;
            original_json: string | null;
            suppressed: boolean;
          }>(
            "SELECT id, doc, doc_version, extractor_version, seq, current, record_json, review_key, original_json, suppressed FROM events WHERE id > $1 ORDER BY id LIMIT $2",
            [after, EVENT_BATCH],
          ),
        );
        if (rows.length === 0) break;
        yield {
          events: rows.map((r) => ({
            id: Number(r.id),
            doc: r.doc,
            docVersion: r.doc_version,
            extractorVersion: r.extractor_version,
            seq: r.seq,
            current: r.current,
            recordJson: r.record_json,
            reviewKey: r.review_key,
            originalJson: r.original_json,
            suppressed: r.suppressed,
          })),
        };
        after = Number(rows[rows.length - 1]!.id);
      }
      const [rec, overrides, feeds, changes, storyIds, redirects] = await withClient(
        async (c) =>
          [
            await c.query<{ json: string; saved_at: string }>("SELECT json, saved_at FROM reconciliation WHERE id = 1"),
            await c.query<{ seq: string; id: string; action: string; keys_json: string; created_at: string; note: string | null }>(
              "SELECT seq, id, action, keys_json, created_at, note FROM overrides ORDER BY seq",
            ),
            await c.query<FeedRow>("SELECT url, added_at, etag, last_modified, last_poll_at, items_seen, last_error FROM feeds ORDER BY seq"),
            await c.query<ReviewRow>(`SELECT ${REVIEW_COLUMNS.join(", ")} FROM review_changes ORDER BY seq`),
            await c.query<{ id: string; keys_json: string; issued_at: string }>('SELECT id, keys_json, issued_at FROM story_ids ORDER BY id COLLATE "C"'),
            await c.query<{ id: string; successor: string | null; reason: string; retired_at: string }>(
              'SELECT id, successor, reason, retired_at FROM story_redirects ORDER BY retired_at COLLATE "C", id COLLATE "C"',
            ),
          ] as const,
      );
      const last: DumpBatch = {
        overrides: overrides.rows.map((o) => ({
          seq: Number(o.seq),
          id: o.id,
          action: o.action,
          keysJson: o.keys_json,
          createdAt: o.created_at,
          note: o.note,
        })),
        storyIds: storyIds.rows.map((r) => ({ id: r.id, keysJson: r.keys_json, issuedAt: r.issued_at })),
        storyRedirects: redirects.rows.map((r) => ({ id: r.id, successor: r.successor, reason: r.reason, retiredAt: r.retired_at })),
        reviewChanges: changes.rows.map(changeFromRow),
        feeds: feeds.rows.map(toFeed),
      };
      if (rec.rows[0]) last.reconciliation = { json: rec.rows[0].json, savedAt: rec.rows[0].saved_at };
      yield last;
    },

    async isEmpty() {
      const { rows } = await withClient((c) =>
        c.query<{ n: string }>(
          "SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM overrides) + (SELECT count(*) FROM story_ids) + (SELECT count(*) FROM story_redirects) + (SELECT count(*) FROM review_changes) + (SELECT count(*) FROM reconciliation) + (SELECT count(*) FROM feeds) AS n",
        ),
      );
      return Number(rows[0]!.n) === 0;
    },

    async write(batches) {
      const c = await (await pool()).connect();
      const counts: TransferCounts = { documents: 0, fetched: 0, runs: 0, events: 0, overrides: 0, storyIds: 0, storyRedirects: 0, reviewChanges: 0, feeds: 0 };
      try {
        await c.query("BEGIN");
        for await (const b of batches) {
          for (const d of b.documents ?? []) {
            await c.query(
              `INSERT INTO documents (id, version, content_hash, raw, text, clean_text, removed_json, title, outlet, url,
                 published, published_rule, dateline, origin, format, warnings_json, ingested_at, lang, pending_reason)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
              [
                d.id,
                d.version,
                d.contentHash,
                d.raw,
                d.text,
                d.cleanText,
                d.removedJson,
                d.title,
                d.outlet,
                d.url,
                d.published,
                d.publishedRule,
                d.dateline,
                d.origin,
                d.format,
                d.warningsJson,
                d.ingestedAt,
                d.lang,
                d.pendingReason,
              ],
            );
            counts.documents++;
          }
          for (const f of b.fetched ?? []) {
            await c.query(
              `INSERT INTO fetched_pages (doc, doc_version, url, final_url, http_date, etag, last_modified, fetched_at, sha256, feed)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
              [f.doc, f.docVersion, f.url, f.finalUrl, f.httpDate, f.etag, f.lastModified, f.fetchedAt, f.sha256, f.feed],
            );
            counts.fetched++;
          }
          for (const r of b.runs ?? []) {
            await c.query("INSERT INTO extraction_runs (run_id, doc, doc_version, extractor_version, ran_at) VALUES ($1, $2, $3, $4, $5)", [
              r.runId,
              r.doc,
              r.docVersion,
              r.extractorVersion,
              r.ranAt,
            ]);
            counts.runs++;
          }
          if (b.events?.length) {
            await insertEvents(
              c,
              b.events.map((e) => ({
                id: e.id,
                doc: e.doc,
                docVersion: e.docVersion,
                extractorVersion: e.extractorVersion,
                seq: e.seq,
                current: e.current,
                record: JSON.parse(e.recordJson) as ExtractedEvent,
                recordJson: e.recordJson,
                reviewKey: e.reviewKey,
                originalJson: e.originalJson,
                suppressed: e.suppressed,
              })),
            );
            counts.events += b.events.length;
          }
          if (b.reconciliation)
            await c.query("INSERT INTO reconciliation (id, json, saved_at) VALUES (1, $1, $2)", [b.reconciliation.json, b.reconciliation.savedAt]);
          for (const o of b.overrides ?? []) {
            await c.query("INSERT INTO overrides (seq, id, action, keys_json, created_at, note) VALUES ($1, $2, $3, $4, $5, $6)", [
              o.seq,
              o.id,
              o.action,
              o.keysJson,
              o.createdAt,
              o.note,
            ]);
            counts.overrides++;
          }
          for (const x of b.storyIds ?? []) {
            await c.query("INSERT INTO story_ids (id, keys_json, issued_at) VALUES ($1, $2, $3)", [x.id, x.keysJson, x.issuedAt]);
            counts.storyIds++;
          }
          for (const r of b.storyRedirects ?? []) {
            await c.query("INSERT INTO story_redirects (id, successor, reason, retired_at) VALUES ($1, $2, $3, $4)", [
              r.id,
              r.successor,
              r.reason,
              r.retiredAt,
            ]);
            counts.storyRedirects++;
          }
          for (const ch of b.reviewChanges ?? []) {
            const row = changeToRow(ch);
            await c.query(
              `INSERT INTO review_changes (${REVIEW_COLUMNS.join(", ")}) VALUES (${REVIEW_COLUMNS.map((_, i) => `$${i + 1}`).join(", ")})`,
              REVIEW_COLUMNS.map((k) => row[k]),
            );
            counts.reviewChanges++;
          }
          // in the order given, so that seq keeps the order they were added in
          for (const f of b.feeds ?? []) {
            await c.query(
              `INSERT INTO feeds (url, added_at, etag, last_modified, last_poll_at, items_seen, last_error)
               VALUES ($1, $2, $3, $4, $5, $6, $7)`,
              [f.url, f.addedAt, f.etag, f.lastModified, f.lastPollAt, f.itemsSeen, f.lastError],
            );
            counts.feeds++;
          }
        }
        // The head of each id is its highest version.
        await c.query(
          `INSERT INTO document_heads (id, version, content_hash)
           SELECT DISTINCT ON (id) id, version, content_hash FROM documents ORDER BY id, version DESC`,
        );
        for (const [table, col] of [
          ["events", "id"],
          ["extraction_runs", "run_id"],
          ["overrides", "seq"],
        ] as const) {
          await c.query(`SELECT setval(pg_get_serial_sequence('${table}', '${col}'), coalesce((SELECT max(${col}) FROM ${table}), 0) + 1, false)`);
        }
        await c.query("COMMIT");
      } catch (err) {
        await c.query("ROLLBACK").catch(() => {});
        throw err;
      } finally {
        c.release();
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
    raw: Buffer.from(r.raw as Buffer),
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
    lang: r.lang as string | null,
    pendingReason: r.pending_reason as string | null,
  };
}

// The review history in PostgreSQL (append-only: a trigger refuses updates
// and deletes), and the re-writing of the records an event change names.

import type { ClientBase } from "pg";
import type { ExtractedEvent, ReviewChange } from "../../types.js";
import { reviewKeys } from "../event-key.js";
import { applyEventChanges, changeFromRow, changeToRow, docOfKey, REVIEW_COLUMNS, type ReviewRow } from "../review.js";
import type { ReviewFilter } from "../store.js";
import { dateBounds } from "../sqlite/events.js";
import { placeRows, searchText } from "./events.js";
import { words } from "./fts.js";
import { changesOfDoc, lockDoc } from "./history.js";

export async function listChanges(c: ClientBase, f: ReviewFilter = {}): Promise<ReviewChange[]> {
  const where: string[] = [];
  const params: string[] = [];
  const p = (v: string) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.targetKind !== undefined) where.push(`target_kind = ${p(f.targetKind)}`);
  if (f.target !== undefined) where.push(`target = ${p(f.target)}`);
  if (f.doc !== undefined) where.push(`doc = ${p(f.doc)}`);
  const { rows } = await c.query<ReviewRow>(
    `SELECT ${REVIEW_COLUMNS.join(", ")} FROM review_changes ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY seq`,
    params,
  );
  return rows.map(changeFromRow);
}

/** Appends a change and, for an event change, writes the records with its key again; inside the caller's transaction. */
export async function addChange(c: ClientBase, change: ReviewChange): Promise<void> {
  const row = changeToRow(change);
  if (row.doc !== null) await lockDoc(c, row.doc);
  await c.query(
    `INSERT INTO review_changes (${REVIEW_COLUMNS.join(", ")}) VALUES (${REVIEW_COLUMNS.map((_, i) => `$${i + 1}`).join(", ")})`,
    REVIEW_COLUMNS.map((k) => row[k]),
  );
  if (change.targetKind !== "event") return;
  const changes = await changesOfDoc(c, docOfKey(change.target));
  const { rows } = await c.query<{ id: string; record_json: string; original_json: string | null }>(
    "SELECT id, record_json, original_json FROM events WHERE review_key = $1",
    [change.target],
  );
  for (const r of rows) {
    const extracted = JSON.parse(r.original_json ?? r.record_json) as ExtractedEvent & { review?: unknown };
    delete extracted.review;
    const e = applyEventChanges(extracted, change.target, changes);
    const { lo, hi } = dateBounds(e.date);
    await c.query(
      `UPDATE events SET type = $2, status = $3, date = $4, date_lo = $5, date_hi = $6, count_value = $7, subject = $8, group_name = $9,
         actor = $10, source = $11, record_json = $12, original_json = $13, suppressed = $14,
         words = array_to_tsvector(string_to_array($15, ' '))
       WHERE id = $1`,
      [
        r.id,
        e.type,
        e.status,
        e.date,
        lo,
        hi,
        e.count?.value ?? null,
        e.subject,
        e.group,
        e.actor,
        e.source,
        JSON.stringify(e),
        e.review ? JSON.stringify(extracted) : null,
        e.review?.suppressed ?? false,
        words(searchText(e)).join(" "),
      ],
    );
    await c.query("DELETE FROM event_places WHERE event_id = $1", [r.id]);
    for (const p of placeRows(e)) {
      await c.query("INSERT INTO event_places (event_id, role, name, country) VALUES ($1, $2, $3, $4)", [r.id, p.role, p.name, p.country]);
    }
  }
}

/** Gives the events stored before keys were kept their keys (on open). */
export async function backfillKeys(c: ClientBase): Promise<void> {
  const { rows: runs } = await c.query<{ doc: string; doc_version: number; extractor_version: string }>(
    "SELECT DISTINCT doc, doc_version, extractor_version FROM events WHERE review_key IS NULL",
  );
  for (const r of runs) {
    const { rows } = await c.query<{ id: string; record_json: string }>(
      "SELECT id, record_json FROM events WHERE doc = $1 AND doc_version = $2 AND extractor_version = $3 ORDER BY seq",
      [r.doc, r.doc_version, r.extractor_version],
    );
    const keys = reviewKeys(rows.map((x) => JSON.parse(x.record_json) as ExtractedEvent));
    await c.query("UPDATE events SET review_key = u.key FROM unnest($1::bigint[], $2::text[]) AS u (id, key) WHERE events.id = u.id", [
      rows.map((x) => x.id),
      keys,
    ]);
  }
}

// Events in PostgreSQL: the whole record as text, plus filter columns, a
// side table of places and a tsvector of its words, written in the caller's
// transaction. Every query is parameterised; paging is by a cursor over ids.

import type { ClientBase } from "pg";
import type { ExtractedEvent, Place, StoredEvent } from "../../types.js";
import { dateBounds } from "../sqlite/events.js";
import { reviewKeys, uidOf, withUids } from "../event-key.js";
import { applyEventChanges } from "../review.js";
import type { EventFilter } from "../store.js";
import { tsQuery, words } from "./fts.js";
import { changesOfDoc, lockDoc } from "./history.js";

function padLow(d: string): string {
  return dateBounds(d).lo!;
}

function padHigh(d: string): string {
  return dateBounds(d).hi!;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function countries(p: Place | null): string[] {
  if (!p || p.country == null) return [];
  return Array.isArray(p.country) ? p.country : [p.country];
}

/** One event row ready to insert; `id` when copying rows whose ids are kept. */
export interface EventInsert {
  id?: number;
  doc: string;
  docVersion: number;
  extractorVersion: string;
  seq: number;
  current: boolean;
  record: ExtractedEvent;
  /** The stored JSON, when copying (verbatim); otherwise made from the record. */
  recordJson?: string;
  /** The evidence key, the record as extracted when corrected, and whether it is suppressed. */
  reviewKey?: string | null;
  originalJson?: string | null;
  suppressed?: boolean;
}

/** The text the full-text words of a record are taken from. */
export function searchText(e: ExtractedEvent): string {
  const places = [e.origin, e.destination, e.location].filter((p): p is Place => p != null).map((p) => p.name);
  return [e.evidence.map((x) => x.text).join("\n"), e.subject ?? "", e.actor ?? "", e.group ?? "", e.source ?? "", places.join("\n")].join("\n");
}

/** The place rows of a record: one per role and country. */
export function placeRows(e: ExtractedEvent): { role: string; name: string; country: string | null }[] {
  const out: { role: string; name: string; country: string | null }[] = [];
  for (const role of ["origin", "destination", "location"] as const) {
    const p = e[role];
    if (!p) continue;
    const cs = countries(p);
    for (const country of cs.length === 0 ? [null] : cs) out.push({ role, name: p.name, country });
  }
  return out;
}

/** Inserts events and their places in a few statements (arrays unnested), inside the caller's transaction. */
export async function insertEvents(c: ClientBase, rows: EventInsert[]): Promise<void> {
  if (rows.length === 0) return;
  const cols = {
    id: [] as (number | null)[],
    doc: [] as string[],
    docVersion: [] as number[],
    ev: [] as string[],
    seq: [] as number[],
    current: [] as boolean[],
    type: [] as string[],
    status: [] as string[],
    date: [] as (string | null)[],
    lo: [] as (string | null)[],
    hi: [] as (string | null)[],
    count: [] as (number | null)[],
    subject: [] as (string | null)[],
    group: [] as (string | null)[],
    actor: [] as (string | null)[],
    source: [] as (string | null)[],
    confidence: [] as number[],
    json: [] as string[],
    words: [] as string[],
    key: [] as (string | null)[],
    original: [] as (string | null)[],
    suppressed: [] as boolean[],
  };
  for (const r of rows) {
    const e = r.record;
    const { lo, hi } = dateBounds(e.date);
    const text = searchText(e);
    cols.id.push(r.id ?? null);
    cols.doc.push(r.doc);
    cols.docVersion.push(r.docVersion);
    cols.ev.push(r.extractorVersion);
    cols.seq.push(r.seq);
    cols.current.push(r.current);
    cols.type.push(e.type);
    cols.status.push(e.status);
    cols.date.push(e.date);
    cols.lo.push(lo);
    cols.hi.push(hi);
    cols.count.push(e.count?.value ?? null);
    cols.subject.push(e.subject);
    cols.group.push(e.group);
    cols.actor.push(e.actor);
    cols.source.push(e.source);
    cols.confidence.push(e.confidence);
    cols.json.push(r.recordJson ?? JSON.stringify({ ...e, doc: r.doc }));
    // Words hold letters and digits only: a space separates them safely.
    cols.words.push(words(text).join(" "));
    cols.key.push(r.reviewKey ?? null);
    cols.original.push(r.originalJson ?? null);
    cols.suppressed.push(r.suppressed ?? false);
  }
  const copying = rows[0]!.id !== undefined;
  const { rows: ids } = await c.query<{ id: string; seq: number; doc: string; doc_version: number; extractor_version: string }>(
    `INSERT INTO events (${copying ? "id, " : ""}doc, doc_version, extractor_version, seq, current, type, status, date, date_lo, date_hi,
       count_value, subject, group_name, actor, source, confidence, record_json, words, review_key, original_json, suppressed)
     SELECT ${copying ? "u.id, " : ""}u.doc, u.doc_version, u.ev, u.seq, u.current, u.type, u.status, u.date, u.lo, u.hi,
       u.count, u.subject, u.grp, u.actor, u.source, u.confidence, u.json, array_to_tsvector(string_to_array(u.words, ' ')),
       u.key, u.original, u.suppressed
     FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::int[], $6::boolean[], $7::text[], $8::text[], $9::text[], $10::text[],
       $11::text[], $12::float8[], $13::text[], $14::text[], $15::text[], $16::text[], $17::float8[], $18::text[], $19::text[],
       $20::text[], $21::text[], $22::boolean[])
       AS u (id, doc, doc_version, ev, seq, current, type, status, date, lo, hi, count, subject, grp, actor, source, confidence, json, words,
         key, original, suppressed)
     RETURNING id, seq, doc, doc_version, extractor_version`,
    [
      cols.id,
      cols.doc,
      cols.docVersion,
      cols.ev,
      cols.seq,
      cols.current,
      cols.type,
      cols.status,
      cols.date,
      cols.lo,
      cols.hi,
      cols.count,
      cols.subject,
      cols.group,
      cols.actor,
      cols.source,
      cols.confidence,
      cols.json,
      cols.words,
      cols.key,
      cols.original,
      cols.suppressed,
    ],
  );
  // Match returned ids to rows by (doc, version, extractor, seq), not by position.
  const key = (doc: string, v: number, ev: string, seq: number) => `${v}\u0000${seq}\u0000${ev}\u0000${doc}`;
  const idOf = new Map(ids.map((r) => [key(r.doc, r.doc_version, r.extractor_version, r.seq), r.id]));
  const place = { event: [] as string[], role: [] as string[], name: [] as string[], country: [] as (string | null)[] };
  for (const r of rows) {
    const id = idOf.get(key(r.doc, r.docVersion, r.extractorVersion, r.seq))!;
    for (const p of placeRows(r.record)) {
      place.event.push(id);
      place.role.push(p.role);
      place.name.push(p.name);
      place.country.push(p.country);
    }
  }
  if (place.event.length > 0) {
    await c.query("INSERT INTO event_places (event_id, role, name, country) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[])", [
      place.event,
      place.role,
      place.name,
      place.country,
    ]);
  }
}

/** Replaces the events of one document version and extractor version, inside the caller's transaction. */
export async function replaceEvents(c: ClientBase, doc: string, v: number, ev: string, events: ExtractedEvent[]): Promise<void> {
  const head = await c.query<{ latest: number | null; exists: boolean }>(
    `SELECT (SELECT version FROM document_heads WHERE id = $1) AS latest,
       EXISTS (SELECT 1 FROM documents WHERE id = $1 AND version = $2) AS exists`,
    [doc, v],
  );
  if (!head.rows[0]!.exists) throw new Error(`no document ${doc} version ${v}`);
  await lockDoc(c, doc);
  await c.query("DELETE FROM events WHERE doc = $1 AND doc_version = $2 AND extractor_version = $3", [doc, v, ev]);
  await c.query("DELETE FROM extraction_runs WHERE doc = $1 AND doc_version = $2 AND extractor_version = $3", [doc, v, ev]);
  await c.query("INSERT INTO extraction_runs (doc, doc_version, extractor_version, ran_at) VALUES ($1, $2, $3, $4)", [doc, v, ev, new Date().toISOString()]);
  // The run just made is the latest: it alone counts for the latest version.
  const isLatest = head.rows[0]!.latest === v;
  if (isLatest) await c.query("UPDATE events SET current = false WHERE doc = $1 AND current", [doc]);
  const keys = reviewKeys(events.map((e) => ({ ...e, doc })));
  const changes = await changesOfDoc(c, doc);
  await insertEvents(
    c,
    withUids(doc, events).map((extracted, seq) => {
      const original = { ...extracted, doc };
      const record = applyEventChanges(original, keys[seq]!, changes);
      return {
        doc,
        docVersion: v,
        extractorVersion: ev,
        seq,
        current: isLatest,
        record,
        reviewKey: keys[seq]!,
        originalJson: record.review ? JSON.stringify(original) : null,
        suppressed: record.review?.suppressed ?? false,
      };
    }),
  );
}

interface EventRow {
  id: string;
  doc_version: number;
  extractor_version: string;
  record_json: string;
  review_key: string | null;
  lang: string | null;
}

/** The document version an event was read from: its language is the event's. */
const WITH_DOC = "LEFT JOIN documents d ON d.id = e.doc AND d.version = e.doc_version";

/** By row id, or by event id (the current record with that uid). */
export async function getEvent(c: ClientBase, id: string): Promise<StoredEvent | null> {
  if (/^ev_[0-9a-f]{12}(?:_\d+)?$/.test(id)) {
    const { rows } = await c.query<EventRow>(
      `SELECT e.id, e.doc_version, e.extractor_version, e.record_json, e.review_key, d.lang FROM events e ${WITH_DOC} WHERE (e.record_json::json ->> 'uid') = $1 AND e.current ORDER BY e.id DESC LIMIT 1`,
      [id],
    );
    return rows[0] ? toStored(rows[0]) : null;
  }
  if (!/^\d{1,18}$/.test(id)) return null;
  const { rows } = await c.query<EventRow>(
    `SELECT e.id, e.doc_version, e.extractor_version, e.record_json, e.review_key, d.lang FROM events e ${WITH_DOC} WHERE e.id = $1`,
    [id],
  );
  return rows[0] ? toStored(rows[0]) : null;
}

export async function listEvents(c: ClientBase, f: EventFilter = {}): Promise<StoredEvent[]> {
  const where: string[] = ["e.current"];
  if (f.suppressed !== "include") where.push(f.suppressed === "only" ? "e.suppressed" : "NOT e.suppressed");
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.doc !== undefined) where.push(`e.doc = ${p(f.doc)}`);
  if (f.type !== undefined) where.push(`e.type = ${p(f.type)}`);
  if (f.status !== undefined) where.push(`e.status = ${p(f.status)}`);
  if (f.from !== undefined) where.push(`e.date_hi >= ${p(padLow(f.from))}`);
  if (f.to !== undefined) where.push(`e.date_lo <= ${p(padHigh(f.to))}`);
  if (f.country !== undefined) where.push(`EXISTS (SELECT 1 FROM event_places pl WHERE pl.event_id = e.id AND pl.country = ${p(f.country.toUpperCase())})`);
  if (f.place !== undefined) {
    where.push(`EXISTS (SELECT 1 FROM event_places pl WHERE pl.event_id = e.id AND pl.name ILIKE ${p(`%${escapeLike(f.place)}%`)} ESCAPE '\\')`);
  }
  if (f.group !== undefined) where.push(`lower(e.group_name) = lower(${p(f.group)})`);
  if (f.source !== undefined) where.push(`e.source ILIKE ${p(`%${escapeLike(f.source)}%`)} ESCAPE '\\'`);
  if (f.lang !== undefined) where.push(`d.lang = ${p(f.lang.toLowerCase())}`);
  if (f.minConfidence !== undefined) where.push(`e.confidence >= ${p(f.minConfidence)}`);
  if (f.q !== undefined) {
    const q = tsQuery(f.q);
    if (q === null) return [];
    where.push(`e.words @@ ${p(q)}::tsquery`);
  }
  if (f.after !== undefined) {
    if (!/^\d+$/.test(f.after)) throw new Error(`invalid cursor: ${f.after}`);
    where.push(`e.id > ${p(f.after)}`);
  }
  const limit = f.limit === undefined ? null : Math.max(0, Math.floor(f.limit));
  const sql = `SELECT e.id, e.doc_version, e.extractor_version, e.record_json, e.review_key, d.lang FROM events e ${WITH_DOC}
    WHERE ${where.join(" AND ")} ORDER BY e.id LIMIT ${p(limit)}`;
  const { rows } = await c.query<EventRow>(sql, params);
  return rows.map(toStored);
}

function toStored(r: EventRow): StoredEvent {
  const e = JSON.parse(r.record_json) as ExtractedEvent;
  return {
    ...e,
    id: String(r.id),
    uid: uidOf(e),
    docVersion: r.doc_version,
    extractorVersion: r.extractor_version,
    ...(r.review_key ? { reviewKey: r.review_key } : {}),
    lang: r.lang ?? null,
  };
}

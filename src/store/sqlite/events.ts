// Events: the whole record as JSON, plus indexed columns and a side table of
// places for filtering, and an FTS5 index kept in step in the same
// transaction. Every query is parameterised; paging is by a cursor over ids.

import type Database from "better-sqlite3";
import type { ExtractedEvent, Place, ReviewChange, StoredEvent } from "../../types.js";
import { reviewKeys, uidOf, withUids } from "../event-key.js";
import { applyEventChanges, changeFromRow, changeToRow, docOfKey, REVIEW_COLUMNS, type ReviewRow } from "../review.js";
import type { EventFilter, ReviewFilter } from "../store.js";

const DEFAULT_LIMIT = Number.MAX_SAFE_INTEGER;

/** Lower and upper bounds of a date or interval, padded to full days so they compare as text. */
export function dateBounds(date: string | null): { lo: string | null; hi: string | null } {
  if (!date) return { lo: null, hi: null };
  const [a, b = a] = date.split("/");
  return { lo: padLow(a!), hi: padHigh(b!) };
}

function padLow(d: string): string {
  if (/^\d{4}$/.test(d)) return `${d}-01-01`;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-01`;
  return d;
}

function padHigh(d: string): string {
  if (/^\d{4}$/.test(d)) return `${d}-12-31`;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-31`;
  return d;
}

/** Turns free text into an FTS5 query of quoted terms (all must match); null when no term. */
export function ftsQuery(q: string): string | null {
  const terms = q.match(/[\p{L}\p{N}]+/gu);
  if (!terms) return null;
  return terms.map((t) => `"${t}"`).join(" ");
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function countries(p: Place | null): string[] {
  if (!p || p.country == null) return [];
  return Array.isArray(p.country) ? p.country : [p.country];
}

/** The document version an event was read from: its language is the event's. */
const WITH_DOC = "LEFT JOIN documents d ON d.id = e.doc AND d.version = e.doc_version";

interface EventRow {
  id: number;
  doc_version: number;
  extractor_version: string;
  record_json: string;
  review_key: string | null;
  lang: string | null;
}

export class EventTable {
  private readonly docExists: Database.Statement<[string, number], { n: number }>;
  private readonly latestVersion: Database.Statement<[string], { v: number | null }>;
  private readonly deleteFts: Database.Statement;
  private readonly deleteEvents: Database.Statement;
  private readonly deleteRun: Database.Statement;
  private readonly insertRun: Database.Statement;
  private readonly retire: Database.Statement;
  private readonly insertEvent: Database.Statement;
  private readonly insertPlace: Database.Statement;
  private readonly insertFts: Database.Statement;
  private readonly byId: Database.Statement<[number], EventRow>;
  private readonly byUid: Database.Statement<[string], EventRow>;
  private readonly changesOfDoc: Database.Statement<[string], ReviewRow>;
  private readonly insertChange: Database.Statement;
  private readonly rowsOfKey: Database.Statement<[string], { id: number; record_json: string; original_json: string | null }>;
  private readonly updateEvent: Database.Statement;
  private readonly deletePlaces: Database.Statement;
  private readonly deleteFtsRow: Database.Statement;
  private readonly unkeyed: Database.Statement<[], { doc: string; doc_version: number; extractor_version: string }>;
  private readonly rowsOfRun: Database.Statement<[string, number, string], { id: number; record_json: string }>;
  private readonly setKey: Database.Statement;
  private readonly addChangeTx: Database.Transaction<(c: ReviewChange) => void>;
  private readonly replaceTx: Database.Transaction<(doc: string, v: number, ev: string, events: ExtractedEvent[]) => void>;

  constructor(private readonly db: Database.Database) {
    this.docExists = db.prepare("SELECT count(*) AS n FROM documents WHERE id = ? AND version = ?");
    this.latestVersion = db.prepare("SELECT max(version) AS v FROM documents WHERE id = ?");
    const same = "doc = ? AND doc_version = ? AND extractor_version = ?";
    this.deleteFts = db.prepare(`DELETE FROM events_fts WHERE rowid IN (SELECT id FROM events WHERE ${same})`);
    this.deleteEvents = db.prepare(`DELETE FROM events WHERE ${same}`);
    this.deleteRun = db.prepare(`DELETE FROM extraction_runs WHERE ${same}`);
    this.insertRun = db.prepare("INSERT INTO extraction_runs (doc, doc_version, extractor_version, ran_at) VALUES (?, ?, ?, ?)");
    this.retire = db.prepare("UPDATE events SET current = 0 WHERE doc = ? AND current = 1");
    this.insertEvent = db.prepare(`
      INSERT INTO events (doc, doc_version, extractor_version, seq, current, type, status, date, date_lo, date_hi,
        count_value, subject, group_name, actor, source, confidence, record_json, review_key, original_json, suppressed)
      VALUES (@doc, @doc_version, @extractor_version, @seq, @current, @type, @status, @date, @date_lo, @date_hi,
        @count_value, @subject, @group_name, @actor, @source, @confidence, @record_json, @review_key, @original_json, @suppressed)`);
    this.insertPlace = db.prepare("INSERT INTO event_places (event_id, role, name, country) VALUES (?, ?, ?, ?)");
    this.insertFts = db.prepare("INSERT INTO events_fts (rowid, evidence, subject, actor, group_name, source, places) VALUES (?, ?, ?, ?, ?, ?, ?)");
    this.byId = db.prepare(`SELECT e.id, e.doc_version, e.extractor_version, e.record_json, e.review_key, d.lang FROM events e ${WITH_DOC} WHERE e.id = ?`);
    this.byUid = db.prepare(
      `SELECT e.id, e.doc_version, e.extractor_version, e.record_json, e.review_key, d.lang FROM events e ${WITH_DOC} WHERE json_extract(e.record_json, '$.uid') = ? AND e.current = 1 ORDER BY e.id DESC LIMIT 1`,
    );
    this.changesOfDoc = db.prepare(`SELECT ${REVIEW_COLUMNS.join(", ")} FROM review_changes WHERE doc = ? AND target_kind = 'event' ORDER BY seq`);
    this.insertChange = db.prepare(`INSERT INTO review_changes (${REVIEW_COLUMNS.join(", ")}) VALUES (${REVIEW_COLUMNS.map((c) => `@${c}`).join(", ")})`);
    this.rowsOfKey = db.prepare("SELECT id, record_json, original_json FROM events WHERE review_key = ?");
    this.updateEvent = db.prepare(`
      UPDATE events SET type = @type, status = @status, date = @date, date_lo = @date_lo, date_hi = @date_hi, count_value = @count_value,
        subject = @subject, group_name = @group_name, actor = @actor, source = @source, record_json = @record_json,
        original_json = @original_json, suppressed = @suppressed
      WHERE id = @id`);
    this.deletePlaces = db.prepare("DELETE FROM event_places WHERE event_id = ?");
    this.deleteFtsRow = db.prepare("DELETE FROM events_fts WHERE rowid = ?");
    this.unkeyed = db.prepare("SELECT DISTINCT doc, doc_version, extractor_version FROM events WHERE review_key IS NULL");
    this.rowsOfRun = db.prepare("SELECT id, record_json FROM events WHERE doc = ? AND doc_version = ? AND extractor_version = ? ORDER BY seq");
    this.setKey = db.prepare("UPDATE events SET review_key = ? WHERE id = ?");
    this.addChangeTx = db.transaction((c: ReviewChange) => {
      this.insertChange.run(changeToRow(c));
      if (c.targetKind === "event") this.reapply(c.target);
    });

    this.replaceTx = db.transaction((doc: string, v: number, ev: string, events: ExtractedEvent[]) => {
      if (this.docExists.get(doc, v)!.n === 0) throw new Error(`no document ${doc} version ${v}`);
      this.deleteFts.run(doc, v, ev);
      this.deleteEvents.run(doc, v, ev);
      this.deleteRun.run(doc, v, ev);
      this.insertRun.run(doc, v, ev, new Date().toISOString());
      // The run just made is the latest: it alone counts for the latest version.
      const isLatest = this.latestVersion.get(doc)!.v === v;
      if (isLatest) this.retire.run(doc);
      const keys = reviewKeys(events.map((e) => ({ ...e, doc })));
      const changes = this.changesOfDoc.all(doc).map(changeFromRow);
      withUids(doc, events).forEach((e, seq) => {
        this.insertOne(doc, v, ev, seq, isLatest, e, keys[seq]!, changes);
      });
    });
  }

  /** Gives the events stored before keys were kept their keys (once, on open). */
  backfillKeys(): void {
    const runs = this.unkeyed.all();
    if (runs.length === 0) return;
    this.db.transaction(() => {
      for (const r of runs) {
        const rows = this.rowsOfRun.all(r.doc, r.doc_version, r.extractor_version);
        const keys = reviewKeys(rows.map((x) => JSON.parse(x.record_json) as ExtractedEvent));
        rows.forEach((x, i) => {
          this.setKey.run(keys[i], x.id);
        });
      }
    })();
  }

  addChange(c: ReviewChange): void {
    this.addChangeTx.immediate(c);
  }

  listChanges(f: ReviewFilter = {}): ReviewChange[] {
    const where: string[] = [];
    const params: string[] = [];
    if (f.targetKind !== undefined) {
      where.push("target_kind = ?");
      params.push(f.targetKind);
    }
    if (f.target !== undefined) {
      where.push("target = ?");
      params.push(f.target);
    }
    if (f.doc !== undefined) {
      where.push("doc = ?");
      params.push(f.doc);
    }
    const sql = `SELECT ${REVIEW_COLUMNS.join(", ")} FROM review_changes ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY seq`;
    return (this.db.prepare(sql).all(...params) as ReviewRow[]).map(changeFromRow);
  }

  /** Writes every stored record with this key again from its extracted record and the changes in effect. */
  private reapply(key: string): void {
    const changes = this.changesOfDoc.all(docOfKey(key)).map(changeFromRow);
    for (const row of this.rowsOfKey.all(key)) {
      const extracted = JSON.parse(row.original_json ?? row.record_json) as ExtractedEvent & { review?: unknown };
      delete extracted.review;
      const e = applyEventChanges(extracted, key, changes);
      this.updateEvent.run({
        id: row.id,
        ...columnsOf(e),
        record_json: JSON.stringify(e),
        original_json: e.review ? JSON.stringify(extracted) : null,
        suppressed: e.review?.suppressed ? 1 : 0,
      });
      this.deletePlaces.run(row.id);
      this.deleteFtsRow.run(row.id);
      this.indexOne(row.id, e);
    }
  }

  replace(doc: string, docVersion: number, extractorVersion: string, events: ExtractedEvent[]): void {
    this.replaceTx.immediate(doc, docVersion, extractorVersion, events);
  }

  private insertOne(doc: string, v: number, ev: string, seq: number, current: boolean, extracted: ExtractedEvent, key: string, changes: ReviewChange[]): void {
    const original = { ...extracted, doc };
    const e = applyEventChanges(original, key, changes);
    const info = this.insertEvent.run({
      doc,
      doc_version: v,
      extractor_version: ev,
      seq,
      current: current ? 1 : 0,
      ...columnsOf(e),
      confidence: e.confidence,
      record_json: JSON.stringify(e),
      review_key: key,
      original_json: e.review ? JSON.stringify(original) : null,
      suppressed: e.review?.suppressed ? 1 : 0,
    });
    this.indexOne(Number(info.lastInsertRowid), e);
  }

  /** The places and the full-text row of one event. */
  private indexOne(id: number, e: ExtractedEvent): void {
    const names: string[] = [];
    for (const role of ["origin", "destination", "location"] as const) {
      const p = e[role];
      if (!p) continue;
      names.push(p.name);
      const cs = countries(p);
      if (cs.length === 0) this.insertPlace.run(id, role, p.name, null);
      for (const c of cs) this.insertPlace.run(id, role, p.name, c);
    }
    this.insertFts.run(id, e.evidence.map((x) => x.text).join("\n"), e.subject ?? "", e.actor ?? "", e.group ?? "", e.source ?? "", names.join("\n"));
  }

  /** By row id, or by event id (the current record with that uid). */
  get(id: string): StoredEvent | null {
    if (/^ev_[0-9a-f]{12}(?:_\d+)?$/.test(id)) {
      const row = this.byUid.get(id);
      return row ? toStored(row) : null;
    }
    if (!/^\d+$/.test(id)) return null;
    const row = this.byId.get(Number(id));
    return row ? toStored(row) : null;
  }

  list(filter: EventFilter = {}): StoredEvent[] {
    const where: string[] = ["e.current = 1"];
    const params: unknown[] = [];
    const f = filter;
    if (f.suppressed !== "include") where.push(f.suppressed === "only" ? "e.suppressed = 1" : "e.suppressed = 0");
    if (f.doc !== undefined) {
      where.push("e.doc = ?");
      params.push(f.doc);
    }
    if (f.type !== undefined) {
      where.push("e.type = ?");
      params.push(f.type);
    }
    if (f.status !== undefined) {
      where.push("e.status = ?");
      params.push(f.status);
    }
    if (f.from !== undefined) {
      where.push("e.date_hi >= ?");
      params.push(padLow(f.from));
    }
    if (f.to !== undefined) {
      where.push("e.date_lo <= ?");
      params.push(padHigh(f.to));
    }
    if (f.country !== undefined) {
      where.push("EXISTS (SELECT 1 FROM event_places p WHERE p.event_id = e.id AND p.country = ?)");
      params.push(f.country.toUpperCase());
    }
    if (f.place !== undefined) {
      where.push("EXISTS (SELECT 1 FROM event_places p WHERE p.event_id = e.id AND p.name LIKE ? ESCAPE '\\')");
      params.push(`%${escapeLike(f.place)}%`);
    }
    if (f.group !== undefined) {
      where.push("e.group_name = ? COLLATE NOCASE");
      params.push(f.group);
    }
    if (f.source !== undefined) {
      where.push("e.source LIKE ? ESCAPE '\\'");
      params.push(`%${escapeLike(f.source)}%`);
    }
    if (f.lang !== undefined) {
      where.push("d.lang = ?");
      params.push(f.lang.toLowerCase());
    }
    if (f.minConfidence !== undefined) {
      where.push("e.confidence >= ?");
      params.push(f.minConfidence);
    }
    if (f.q !== undefined) {
      const q = ftsQuery(f.q);
      if (q === null) return [];
      where.push("e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)");
      params.push(q);
    }
    if (f.after !== undefined) {
      if (!/^\d+$/.test(f.after)) throw new Error(`invalid cursor: ${f.after}`);
      where.push("e.id > ?");
      params.push(Number(f.after));
    }
    const limit = f.limit === undefined ? DEFAULT_LIMIT : Math.max(0, Math.floor(f.limit));
    params.push(limit);
    const sql = `SELECT e.id, e.doc_version, e.extractor_version, e.record_json, e.review_key, d.lang FROM events e ${WITH_DOC}
      WHERE ${where.join(" AND ")} ORDER BY e.id LIMIT ?`;
    return (this.db.prepare(sql).all(...params) as EventRow[]).map(toStored);
  }
}

/** The filter columns of a record. */
function columnsOf(e: ExtractedEvent) {
  const { lo, hi } = dateBounds(e.date);
  return {
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
  };
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

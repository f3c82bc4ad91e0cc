// Events: the whole record as JSON, plus indexed columns and a side table of
// places for filtering, and an FTS5 index kept in step in the same
// transaction. Every query is parameterised; paging is by a cursor over ids.

import type Database from "better-sqlite3";
import type { ExtractedEvent, Place, StoredEvent } from "../../types.js";
import type { EventFilter } from "../store.js";

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
        count_value, subject, group_name, actor, source, confidence, record_json)
      VALUES (@doc, @doc_version, @extractor_version, @seq, @current, @type, @status, @date, @date_lo, @date_hi,
        @count_value, @subject, @group_name, @actor, @source, @confidence, @record_json)`);
    this.insertPlace = db.prepare("INSERT INTO event_places (event_id, role, name, country) VALUES (?, ?, ?, ?)");
    this.insertFts = db.prepare("INSERT INTO events_fts (rowid, evidence, subject, actor, group_name, source, places) VALUES (?, ?, ?, ?, ?, ?, ?)");
    this.byId = db.prepare(`SELECT e.id, e.doc_version, e.extractor_version, e.record_json, d.lang FROM events e ${WITH_DOC} WHERE e.id = ?`);

    this.replaceTx = db.transaction((doc: string, v: number, ev: string, events: ExtractedEvent[]) => {
      if (this.docExists.get(doc, v)!.n === 0) throw new Error(`no document ${doc} version ${v}`);
      this.deleteFts.run(doc, v, ev);
      this.deleteEvents.run(doc, v, ev);
      this.deleteRun.run(doc, v, ev);
      this.insertRun.run(doc, v, ev, new Date().toISOString());
      // The run just made is the latest: it alone counts for the latest version.
      const isLatest = this.latestVersion.get(doc)!.v === v;
      if (isLatest) this.retire.run(doc);
      events.forEach((e, seq) => {
        this.insertOne(doc, v, ev, seq, isLatest, e);
      });
    });
  }

  replace(doc: string, docVersion: number, extractorVersion: string, events: ExtractedEvent[]): void {
    this.replaceTx.immediate(doc, docVersion, extractorVersion, events);
  }

  private insertOne(doc: string, v: number, ev: string, seq: number, current: boolean, e: ExtractedEvent): void {
    const { lo, hi } = dateBounds(e.date);
    const record = { ...e, doc };
    const info = this.insertEvent.run({
      doc,
      doc_version: v,
      extractor_version: ev,
      seq,
      current: current ? 1 : 0,
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
      record_json: JSON.stringify(record),
    });
    const id = Number(info.lastInsertRowid);
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

  get(id: string): StoredEvent | null {
    if (!/^\d+$/.test(id)) return null;
    const row = this.byId.get(Number(id));
    return row ? toStored(row) : null;
  }

  list(filter: EventFilter = {}): StoredEvent[] {
    const where: string[] = ["e.current = 1"];
    const params: unknown[] = [];
    const f = filter;
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
    const sql = `SELECT e.id, e.doc_version, e.extractor_version, e.record_json, d.lang FROM events e ${WITH_DOC}
      WHERE ${where.join(" AND ")} ORDER BY e.id LIMIT ?`;
    return (this.db.prepare(sql).all(...params) as EventRow[]).map(toStored);
  }
}

function toStored(r: EventRow): StoredEvent {
  const e = JSON.parse(r.record_json) as ExtractedEvent;
  return { ...e, id: String(r.id), docVersion: r.doc_version, extractorVersion: r.extractor_version, lang: r.lang ?? null };
}

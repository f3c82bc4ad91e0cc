// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote
// or line break, quotes doubled. Nested fields are flattened; a list of
// countries is joined with ";", evidence sentences with " | " and their
// offsets as "start-end;start-end".
//
// Article text is untrusted and these files are opened in spreadsheets: a
// text cell that a spreadsheet would read as a formula (one starting with
// =, +, -, @, a tab or a carriage return) gets a leading apostrophe, which
// spreadsheets show as text. Numbers are written as they are.

import type { EventRecord, Place } from "../types.js";

/** The UTF-8 byte order mark: without it, Excel reads a CSV file in the machine's legacy code page. */
export const CSV_BOM = "\uFEFF";

export const CSV_COLUMNS = [
  "event_id",
  "event_uid",
  "doc",
  "type",
  "status",
  "date",
  "count_value",
  "count_qualifier",
  "subject",
  "group",
  "actor",
  "origin_name",
  "origin_country",
  "destination_name",
  "destination_country",
  "location_name",
  "location_country",
  "source",
  "evidence",
  "evidence_offsets",
  "lang",
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const s = typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function country(p: Place | null): string | null {
  if (!p || p.country == null) return null;
  return Array.isArray(p.country) ? p.country.join(";") : p.country;
}

/**
 * One record's cells; `eventId` is the stored event's row id, `eventUid` its
 * event id from the evidence (ev_..., the same after re-extraction); both are
 * what `sourced explain` and the API name it by. `lang`, the language of the
 * document the event was read from, is the last column (it is not a field of
 * the exchange format; empty when the record does not carry it).
 */
export function csvRow(r: EventRecord & { lang?: string | null }, eventId: string | null = null, eventUid: string | null = null): (string | number | null)[] {
  return [
    eventId,
    eventUid,
    r.doc,
    r.type,
    r.status,
    r.date,
    r.count?.value ?? null,
    r.count?.qualifier ?? null,
    r.subject,
    r.group,
    r.actor,
    r.origin?.name ?? null,
    country(r.origin),
    r.destination?.name ?? null,
    country(r.destination),
    r.location?.name ?? null,
    country(r.location),
    r.source,
    r.evidence.map((e) => e.text).join(" | "),
    r.evidence.map((e) => `${e.start}-${e.end}`).join(";"),
    r.lang ?? null,
  ];
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

export interface CsvOptions {
  /** The stored events' row ids, in the order of the records (a stored event given as the record brings its own). */
  ids?: readonly (string | null)[];
  /** The stored events' event ids (ev_...), likewise. */
  uids?: readonly (string | null)[];
  /** Start with the byte order mark (for Excel). */
  bom?: boolean;
}

/** The header and one line a record. */
export function toCsv(records: Iterable<EventRecord & { lang?: string | null }>, opts: CsvOptions = {}): string {
  let out = (opts.bom ? CSV_BOM : "") + csvLine(CSV_COLUMNS);
  let i = 0;
  for (const r of records) {
    const own = r as EventRecord & { id?: unknown; uid?: unknown };
    const id = opts.ids?.[i] ?? (typeof own.id === "string" ? own.id : null);
    const uid = opts.uids?.[i] ?? (typeof own.uid === "string" ? own.uid : null);
    i++;
    out += csvLine(csvRow(r, id, uid));
  }
  return out;
}

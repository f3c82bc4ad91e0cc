// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote
// or line break, quotes doubled. Nested fields are flattened; a list of
// countries is joined with ";", evidence sentences with " | " and their
// offsets as "start-end;start-end".

import type { EventRecord, Place } from "../types.js";

export const CSV_COLUMNS = [
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
] as const;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function country(p: Place | null): string | null {
  if (!p || p.country == null) return null;
  return Array.isArray(p.country) ? p.country.join(";") : p.country;
}

export function csvRow(r: EventRecord): (string | number | null)[] {
  return [
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
  ];
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/** The header and one line a record. */
export function toCsv(records: Iterable<EventRecord>): string {
  let out = csvLine(CSV_COLUMNS);
  for (const r of records) out += csvLine(csvRow(r));
  return out;
}

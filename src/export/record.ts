// The exchange record: exactly the fields of the event record format, in its
// order. `checkRecord` strips everything else (provenance, coordinates, ids)
// and validates what is left; `toRecord` is the same for records that must fit.

import { z } from "zod";
import { EVENT_TYPES, QUALIFIERS, STATUSES } from "../types.js";
import type { EventRecord, ExtractedEvent } from "../types.js";

const DAY = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
const DATE_RE = new RegExp(`^${DAY}(?:/${DAY})?$`);
const COUNTRY = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code");

export const placeSchema = z
  .object({
    name: z.string().min(1),
    country: z.union([COUNTRY, z.array(COUNTRY).min(1), z.null()]),
  })
  .strict();

export const evidenceSchema = z
  .object({
    text: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict()
  .refine((e) => e.end >= e.start, "evidence end before start");

export const eventRecordSchema = z
  .object({
    doc: z.string().min(1),
    type: z.enum(EVENT_TYPES),
    status: z.enum(STATUSES),
    date: z.string().regex(DATE_RE, "YYYY[-MM[-DD]] or an interval a/b").nullable(),
    count: z
      .object({ value: z.number().nonnegative().nullable(), qualifier: z.enum(QUALIFIERS) })
      .strict()
      .nullable(),
    subject: z.string().nullable(),
    group: z.string().nullable(),
    actor: z.string().nullable(),
    origin: placeSchema.nullable(),
    destination: placeSchema.nullable(),
    location: placeSchema.nullable(),
    source: z.string().nullable(),
    evidence: z.array(evidenceSchema),
  })
  .strict();

/** The field names of the record, in the order of the format. */
export const RECORD_FIELDS = Object.keys(eventRecordSchema.shape) as (keyof EventRecord)[];

/** An event as an exchange record, or the one-line reason it does not fit the format. */
export type RecordResult = { ok: true; record: EventRecord } | { ok: false; problem: string };

function place(p: EventRecord["origin"] | undefined): EventRecord["origin"] {
  if (!p) return null;
  return { name: p.name, country: p.country ?? null };
}

/** The exchange record of an extracted (or stored) event, or why it does not fit the format. */
export function checkRecord(e: ExtractedEvent | EventRecord): RecordResult {
  const candidate = {
    doc: e.doc,
    type: e.type,
    status: e.status,
    date: e.date ?? null,
    count: e.count ? { value: e.count.value, qualifier: e.count.qualifier } : null,
    subject: e.subject ?? null,
    group: e.group ?? null,
    actor: e.actor ?? null,
    origin: place(e.origin),
    destination: place(e.destination),
    location: place(e.location),
    source: e.source ?? null,
    evidence: (e.evidence ?? []).map((x) => ({ text: x.text, start: x.start, end: x.end })),
  };
  const parsed = eventRecordSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, record: parsed.data as EventRecord };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.join(".") || "record";
  return { ok: false, problem: `invalid event record (${where}: ${issue.message})` };
}

/** The exchange record of an event that must fit the format; throws when it does not. */
export function toRecord(e: ExtractedEvent | EventRecord): EventRecord {
  const r = checkRecord(e);
  if (!r.ok) throw new Error(r.problem);
  return r.record;
}

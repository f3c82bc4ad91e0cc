// Query and body schemas of the API (zod). The same schemas validate requests
// and feed the OpenAPI document (openapi.ts), so the two cannot drift apart.

import { z } from "zod";
import { CORRECTABLE_FIELDS, EVENT_TYPES, FACILITY_KINDS, STATUSES } from "../types.js";
import { badRequest, describeZodError } from "./errors.js";

const DATE_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export const dateParam = z.string().regex(DATE_PREFIX, "must be YYYY, YYYY-MM or YYYY-MM-DD");
export const idParam = z.string().regex(ID, "must be 1-128 letters, digits, '.', '_', ':' or '-'");

/** Output formats of the list routes (json is the default and the paged object). */
export const formatParam = (formats: readonly [string, ...string[]]) => z.enum(formats).optional();
/** Paging of the list routes: at most `limit` items after the one whose id is `after`. */
const pagingFields = {
  after: z.string().min(1).max(500).optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
};

/** An ISO 639-1 language code ("en", "ar"), compared in lower case. */
const langParam = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "must be an ISO 639-1 language code")
  .transform((s) => s.toLowerCase());

export const eventsQuery = z
  .object({
    format: formatParam(["json", "csv", "geojson"]),
    type: z.enum(EVENT_TYPES).optional(),
    status: z.enum(STATUSES).optional(),
    from: dateParam.optional(),
    to: dateParam.optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
      .transform((s) => s.toUpperCase())
      .optional(),
    place: z.string().min(1).max(200).optional(),
    group: z.string().min(1).max(200).optional(),
    source: z.string().min(1).max(200).optional(),
    doc: idParam.optional(),
    minConfidence: z.coerce.number().min(0).max(1).optional(),
    lang: langParam.optional(),
    q: z.string().min(1).max(500).optional(),
    after: z.string().min(1).max(500).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type EventsQuery = z.infer<typeof eventsQuery>;

/** The event filters without paging, for aggregates (places, groups). */
export const aggregateQuery = eventsQuery.omit({ after: true, limit: true, format: true });

export const storiesQuery = z
  .object({
    type: z.enum(EVENT_TYPES).optional(),
    q: z.string().min(1).max(500).optional(),
    format: formatParam(["json", "csv", "geojson", "acled"]),
    geometry: z.enum(["point", "line"]).optional(),
    ...pagingFields,
  })
  .strict();

export const seriesQuery = z.object({ format: formatParam(["json", "csv"]), ...pagingFields }).strict();
export const conflictsQuery = seriesQuery;
export const documentsQuery = z.object({ lang: langParam.optional(), ...pagingFields }).strict();

export const facilitiesQuery = z
  .object({
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "a two-letter ISO country code")
      .transform((c) => c.toUpperCase())
      .optional(),
    kind: z.enum(FACILITY_KINDS).optional(),
    format: formatParam(["json", "geojson"]),
  })
  .strict();

export const emptyQuery = z.object({}).strict();

export const idParams = z.object({ id: idParam }).strict();

export const ingestBody = z
  .object({
    id: idParam,
    text: z.string().min(1).max(2_000_000).optional(),
    html: z.string().min(1).max(2_000_000).optional(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
      .optional(),
    outlet: z.string().min(1).max(200).optional(),
    title: z.string().min(1).max(500).optional(),
    url: z.url().max(2000).optional(),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.html === undefined), { message: "give exactly one of text or html" });
export type IngestBody = z.infer<typeof ingestBody>;

export const extractBody = z.object({ ids: z.array(idParam).max(10_000).optional() }).strict();

export const mergeBody = z.object({ stories: z.array(idParam).min(2).max(50), note: z.string().max(1000).optional() }).strict();

export const splitBody = z.object({ story: idParam, eventId: idParam, note: z.string().max(1000).optional() }).strict();

/**
 * A correction: the field and its new value, either as JSON (`value`, checked
 * against the field) or as text (`text`, read as the CLI reads --value: 450,
 * ~450, >=450, NAME,CC, none).
 */
export const correctionBody = z
  .object({ field: z.enum(CORRECTABLE_FIELDS), value: z.unknown().optional(), text: z.string().max(500).optional() })
  .strict()
  .refine((b) => (b.value === undefined) !== (b.text === undefined), { message: "give exactly one of value or text" });
export const suppressBody = z.object({ why: z.string().max(1000).optional() }).strict();
export const noteBody = z.object({ text: z.string().min(1).max(2000) }).strict();
export const tagBody = z.object({ tag: z.string().min(1).max(60), remove: z.boolean().optional() }).strict();
/** A facility merge: the facility merged into the one the path names. */
export const facilityMergeBody = z.object({ from: z.string().min(1).max(200) }).strict();
/** A facility split: the aliases that become a facility of their own. */
export const facilitySplitBody = z.object({ aliases: z.array(z.string().min(1).max(200)).min(1).max(50) }).strict();
export const reviewedBody = z.object({ reviewed: z.boolean().default(true) }).strict();
/** A story id, event id or evidence key, or override id; the whole history without one. */
export const historyQuery = z.object({ target: z.string().min(1).max(300).optional() }).strict();

/** Parses with a schema; a failure is a 400 naming the parameter. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value ?? {});
  if (!r.success) throw badRequest(describeZodError(r.error));
  return r.data;
}

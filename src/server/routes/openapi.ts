// GET /api/openapi.json: an OpenAPI 3.1 document of the API, built from the
// same zod schemas that validate requests.

import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { EVENT_TYPES, QUALIFIERS, STATUSES } from "../../types.js";
import type { ServerDeps } from "../deps.js";
import { feedBody, feedQuery, fetchBody } from "./live.js";
import {
  aggregateQuery,
  conflictsQuery,
  documentsQuery,
  emptyQuery,
  eventsQuery,
  extractBody,
  ingestBody,
  mergeBody,
  seriesQuery,
  splitBody,
  storiesQuery,
} from "../schemas.js";

type Json = Record<string, unknown>;

const jsonSchema = (s: z.ZodType): Json => {
  const out = z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as Json;
  delete out.$schema;
  return out;
};

function queryParams(s: z.ZodObject): Json[] {
  const schema = jsonSchema(s) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, p]) => ({
    name,
    in: "query",
    required: schema.required?.includes(name) ?? false,
    schema: p,
  }));
}

const idPath = (what: string): Json => ({ name: "id", in: "path", required: true, description: `The ${what} id`, schema: { type: "string" } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const err = (description: string): Json => ({ description, content: { "application/json": { schema: ref("Error") } } });
const SERVER_ERROR = { "500": err("Internal error (a generic message, never details)") };
const CSV = { "text/csv": { schema: { type: "string", description: "RFC 4180 CSV" } } };
const GEOJSON = { "application/geo+json": { schema: ref("FeatureCollection") } };
/** A read: 200 (JSON, or the other formats it offers), 304, 400, 500, and 404 for one item. */
const ok = (description: string, schema: Json, other: Json = {}, one = false): Json => ({
  "200": {
    description,
    headers: {
      ETag: { description: "Strong validator of the body", schema: { type: "string" } },
      "X-Next-Cursor": { description: "On a paged list: the cursor of the next page (also `next` in JSON)", schema: { type: "string" } },
    },
    content: { "application/json": { schema }, ...other },
  },
  "304": { description: "Not modified (If-None-Match matched the ETag)" },
  "400": err("Invalid parameters (one line naming the parameter)"),
  ...(one ? { "404": err("No such item") } : {}),
  ...SERVER_ERROR,
});
const writeResponses = (description: string, notFound = false): Json => ({
  "200": { description, content: { "application/json": { schema: { type: "object" } } } },
  "201": { description, content: { "application/json": { schema: { type: "object" } } } },
  "400": err("Invalid body"),
  "401": err("No bearer token"),
  "403": err("Wrong token, or writes disabled"),
  ...(notFound ? { "404": err("A story or event named in the body does not exist") } : {}),
  "413": err("Body too large"),
  "415": err("Body is not JSON"),
  ...SERVER_ERROR,
});
const READ = { security: [] as unknown[] };
const WRITE = { security: [{ bearer: [] }] };
const body = (s: z.ZodType): Json => ({ required: true, content: { "application/json": { schema: jsonSchema(s) } } });
const arr = (items: Json) => ({ type: "array", items });

const place: Json = {
  type: ["object", "null"],
  properties: {
    name: { type: "string" },
    country: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }, { type: "null" }] },
    lat: { type: ["number", "null"] },
    lon: { type: ["number", "null"] },
  },
};

export function buildOpenApi(): Json {
  const schemas: Record<string, Json> = {
    Error: { type: "object", required: ["error", "message"], properties: { error: { type: "string" }, message: { type: "string" } } },
    Count: {
      type: ["object", "null"],
      properties: { value: { type: ["number", "null"] }, qualifier: { enum: [...QUALIFIERS] } },
    },
    Evidence: { type: "object", properties: { text: { type: "string" }, start: { type: "integer" }, end: { type: "integer" } } },
    Event: {
      type: "object",
      description: "An extracted event record with provenance (offsets point into the document's cleanText).",
      properties: {
        id: { type: "string" },
        doc: { type: "string" },
        docVersion: { type: "integer" },
        type: { enum: [...EVENT_TYPES] },
        status: { enum: [...STATUSES] },
        date: { type: ["string", "null"] },
        count: ref("Count"),
        subject: { type: ["string", "null"] },
        group: { type: ["string", "null"] },
        actor: { type: ["string", "null"] },
        origin: place,
        destination: place,
        location: place,
        source: { type: ["string", "null"] },
        evidence: arr(ref("Evidence")),
        lang: { type: ["string", "null"], description: "ISO 639-1 language of the document the event was read from (not a field of the exchange format)" },
        confidence: { type: "number" },
        tags: arr({ type: "string" }),
      },
    },
    DocumentSummary: {
      type: "object",
      properties: {
        id: { type: "string" },
        title: { type: ["string", "null"] },
        published: { type: ["string", "null"] },
        lang: { type: ["string", "null"] },
        events: { type: "integer" },
      },
    },
    Figures: {
      type: "object",
      description: "Low, best and high figures (UCDP's convention); null is an open bound. Rule: docs/exports.md.",
      properties: { low: { type: ["number", "null"] }, best: { type: ["number", "null"] }, high: { type: ["number", "null"] } },
    },
    Story: {
      type: "object",
      description: "One real-world event with all its mentions.",
      properties: { id: { type: "string" }, type: { enum: [...EVENT_TYPES] }, figures: ref("Figures") },
    },
    FeatureCollection: {
      type: "object",
      description: "GeoJSON (RFC 7946); `leftOut` counts the items that could not be drawn, by reason.",
      properties: { type: { const: "FeatureCollection" }, features: arr({ type: "object" }), leftOut: { type: "object" }, next: { type: ["string", "null"] } },
    },
    Series: { type: "object", description: "Figures of one running quantity, with the planned ceiling apart." },
    Conflict: { type: "object", description: "Claims that cannot all be true." },
  };
  const filters = queryParams(aggregateQuery);
  return {
    openapi: "3.1.0",
    servers: [{ url: "/", description: "The server this document was fetched from" }],
    security: [],
    info: {
      title: "sourced API",
      version: "1",
      description: "Evidence-linked event records extracted from news reports, reconciled across documents.",
    },
    components: {
      schemas,
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
    paths: {
      "/api/documents": {
        get: {
          operationId: "listDocuments",
          summary: "List documents (cursor paging: limit, after)",
          ...READ,
          parameters: queryParams(documentsQuery),
          responses: ok("Documents", { type: "object", properties: { documents: arr(ref("DocumentSummary")), next: { type: ["string", "null"] } } }),
        },
      },
      "/api/documents/{id}": {
        get: {
          operationId: "getDocument",
          summary: "One document: cleaned text, removed spans, its events with evidence offsets",
          ...READ,
          parameters: [idPath("document")],
          responses: ok("The document", { type: "object", properties: { document: { type: "object" }, events: arr(ref("Event")) } }, {}, true),
        },
      },
      "/api/events": {
        get: {
          operationId: "listEvents",
          summary: "Events, filtered, with cursor paging (pass `next` back as `after`); format=csv or geojson for the page as CSV or points",
          ...READ,
          parameters: queryParams(eventsQuery),
          responses: ok(
            "A page of events",
            { type: "object", properties: { events: arr(ref("Event")), next: { type: ["string", "null"] }, limit: { type: "integer" } } },
            { ...CSV, ...GEOJSON },
          ),
        },
      },
      "/api/events/{id}": {
        get: {
          operationId: "getEvent",
          summary: "One event",
          ...READ,
          parameters: [idPath("event")],
          responses: ok("The event", { type: "object", properties: { event: ref("Event") } }, {}, true),
        },
      },
      "/api/stories": {
        get: {
          operationId: "listStories",
          summary: "Stories: events reconciled across documents; format=csv, acled (ACLED-compatible CSV) or geojson (geometry=point|line); cursor paging",
          ...READ,
          parameters: queryParams(storiesQuery),
          responses: ok("Stories", { type: "object", properties: { stories: arr(ref("Story")), next: { type: ["string", "null"] } } }, { ...CSV, ...GEOJSON }),
        },
      },
      "/api/stories/{id}": {
        get: {
          operationId: "getStory",
          summary: "One story",
          ...READ,
          parameters: [idPath("story")],
          responses: ok("The story", { type: "object", properties: { story: ref("Story") } }, {}, true),
        },
      },
      "/api/stories/merge": {
        post: {
          operationId: "mergeStories",
          summary: "Merge stories (an analyst override)",
          ...WRITE,
          requestBody: body(mergeBody),
          responses: writeResponses("The override", true),
        },
      },
      "/api/stories/split": {
        post: {
          operationId: "splitStory",
          summary: "Detach a mention from a story (an analyst override)",
          ...WRITE,
          requestBody: body(splitBody),
          responses: writeResponses("The override", true),
        },
      },
      "/api/series": {
        get: {
          operationId: "listSeries",
          summary: "Series of figures, each point with its low/best/high figures; format=csv; cursor paging",
          ...READ,
          parameters: queryParams(seriesQuery),
          responses: ok("Series", { type: "object", properties: { series: arr(ref("Series")), next: { type: ["string", "null"] } } }, CSV),
        },
      },
      "/api/series/{id}": {
        get: {
          operationId: "getSeries",
          summary: "One series and its conflicts",
          ...READ,
          parameters: [idPath("series")],
          responses: ok("The series", { type: "object", properties: { series: ref("Series"), conflicts: arr(ref("Conflict")) } }, {}, true),
        },
      },
      "/api/conflicts": {
        get: {
          operationId: "listConflicts",
          summary: "Conflicting claims; format=csv; cursor paging",
          ...READ,
          parameters: queryParams(conflictsQuery),
          responses: ok("Conflicts", { type: "object", properties: { conflicts: arr(ref("Conflict")), next: { type: ["string", "null"] } } }, CSV),
        },
      },
      "/api/places": {
        get: {
          operationId: "listPlaces",
          summary: "Events aggregated by place with coordinates, and flows origin → destination",
          ...READ,
          parameters: filters,
          responses: ok("Places and flows", { type: "object", properties: { places: arr({ type: "object" }), flows: arr({ type: "object" }) } }),
        },
      },
      "/api/groups": {
        get: {
          operationId: "listGroups",
          summary: "Events aggregated by group",
          ...READ,
          parameters: filters,
          responses: ok("Groups", { type: "object", properties: { groups: arr({ type: "object" }) } }),
        },
      },
      "/api/ingest": {
        post: {
          operationId: "ingestArticle",
          summary: "Ingest one article (text or HTML) through the pipeline",
          ...WRITE,
          requestBody: body(ingestBody),
          responses: {
            ...writeResponses("The stored document"),
            "422": err("The article could not be read (empty, binary, too large, a page past the HTML bounds)"),
          },
        },
      },
      "/api/extract": {
        post: {
          operationId: "extractDocuments",
          summary: "Re-extract stored documents with the current extractor",
          ...WRITE,
          requestBody: body(extractBody),
          responses: writeResponses("What was extracted", true),
        },
      },
      "/api/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          ...READ,
          responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } }, ...SERVER_ERROR },
        },
      },
      "/api/fetch": {
        post: {
          operationId: "fetchPage",
          summary: "Fetch a page by URL (http or https; private and local addresses refused: 422) and ingest it",
          ...WRITE,
          requestBody: body(fetchBody),
          responses: writeResponses("The stored document"),
        },
      },
      "/api/feeds": {
        get: {
          operationId: "listFeeds",
          summary: "The watched feeds with their last poll, items seen and last error",
          ...READ,
          parameters: queryParams(emptyQuery),
          responses: ok("Feeds", { type: "object" }),
        },
        post: {
          operationId: "addFeed",
          summary: "Watch a feed (refused as /api/fetch refuses)",
          ...WRITE,
          requestBody: body(feedBody),
          responses: writeResponses("The feed"),
        },
        delete: {
          operationId: "removeFeed",
          summary: "Stop watching a feed",
          ...WRITE,
          parameters: queryParams(feedQuery),
          responses: writeResponses("The feed removed"),
        },
      },
    },
  };
}

export const openapiRoutes: FastifyPluginAsync<ServerDeps> = async (app) => {
  const doc = buildOpenApi();
  app.get("/api/openapi.json", async () => doc);
};

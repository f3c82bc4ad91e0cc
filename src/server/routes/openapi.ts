// GET /api/openapi.json: an OpenAPI 3.1 document of the API, built from the
// same zod schemas that validate requests.

import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { EVENT_TYPES, QUALIFIERS, STATUSES } from "../../types.js";
import type { ServerDeps } from "../deps.js";
import { feedBody, feedQuery, fetchBody } from "./live.js";
import { aggregateQuery, emptyQuery, eventsQuery, extractBody, ingestBody, mergeBody, splitBody, storiesQuery } from "../schemas.js";

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
const ok = (description: string, schema: Json): Json => ({
  "200": { description, headers: { ETag: { schema: { type: "string" } } }, content: { "application/json": { schema } } },
  "304": { description: "Not modified (If-None-Match matched the ETag)" },
  "400": { description: "Invalid parameters", content: { "application/json": { schema: ref("Error") } } },
});
const writeResponses = (description: string): Json => ({
  "200": { description, content: { "application/json": { schema: { type: "object" } } } },
  "201": { description, content: { "application/json": { schema: { type: "object" } } } },
  "400": { description: "Invalid body", content: { "application/json": { schema: ref("Error") } } },
  "401": { description: "No bearer token", content: { "application/json": { schema: ref("Error") } } },
  "403": { description: "Wrong token, or writes disabled", content: { "application/json": { schema: ref("Error") } } },
  "413": { description: "Body too large", content: { "application/json": { schema: ref("Error") } } },
});
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
    Story: { type: "object", description: "One real-world event with all its mentions." },
    Series: { type: "object", description: "Figures of one running quantity, with the planned ceiling apart." },
    Conflict: { type: "object", description: "Claims that cannot all be true." },
  };
  const filters = queryParams(aggregateQuery);
  return {
    openapi: "3.1.0",
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
          summary: "List documents",
          parameters: queryParams(emptyQuery),
          responses: ok("Documents", { type: "object", properties: { documents: arr(ref("DocumentSummary")) } }),
        },
      },
      "/api/documents/{id}": {
        get: {
          summary: "One document: cleaned text, removed spans, its events with evidence offsets",
          parameters: [idPath("document")],
          responses: {
            ...ok("The document", { type: "object", properties: { document: { type: "object" }, events: arr(ref("Event")) } }),
            "404": { description: "No such document", content: { "application/json": { schema: ref("Error") } } },
          },
        },
      },
      "/api/events": {
        get: {
          summary: "Events, filtered, with cursor paging (pass `next` back as `after`)",
          parameters: queryParams(eventsQuery),
          responses: ok("A page of events", {
            type: "object",
            properties: { events: arr(ref("Event")), next: { type: ["string", "null"] }, limit: { type: "integer" } },
          }),
        },
      },
      "/api/events/{id}": {
        get: {
          summary: "One event",
          parameters: [idPath("event")],
          responses: { ...ok("The event", { type: "object", properties: { event: ref("Event") } }), "404": { description: "No such event" } },
        },
      },
      "/api/stories": {
        get: {
          summary: "Stories: events reconciled across documents",
          parameters: queryParams(storiesQuery),
          responses: ok("Stories", { type: "object", properties: { stories: arr(ref("Story")) } }),
        },
      },
      "/api/stories/{id}": {
        get: { summary: "One story", parameters: [idPath("story")], responses: ok("The story", { type: "object", properties: { story: ref("Story") } }) },
      },
      "/api/stories/merge": {
        post: {
          summary: "Merge stories (an analyst override)",
          security: [{ bearer: [] }],
          requestBody: body(mergeBody),
          responses: writeResponses("The override"),
        },
      },
      "/api/stories/split": {
        post: {
          summary: "Detach a mention from a story (an analyst override)",
          security: [{ bearer: [] }],
          requestBody: body(splitBody),
          responses: writeResponses("The override"),
        },
      },
      "/api/series": {
        get: {
          summary: "Series of figures",
          parameters: queryParams(emptyQuery),
          responses: ok("Series", { type: "object", properties: { series: arr(ref("Series")) } }),
        },
      },
      "/api/series/{id}": { get: { summary: "One series and its conflicts", parameters: [idPath("series")], responses: ok("The series", { type: "object" }) } },
      "/api/conflicts": {
        get: {
          summary: "Conflicting claims",
          parameters: queryParams(emptyQuery),
          responses: ok("Conflicts", { type: "object", properties: { conflicts: arr(ref("Conflict")) } }),
        },
      },
      "/api/places": {
        get: {
          summary: "Events aggregated by place with coordinates, and flows origin → destination",
          parameters: filters,
          responses: ok("Places and flows", { type: "object", properties: { places: arr({ type: "object" }), flows: arr({ type: "object" }) } }),
        },
      },
      "/api/groups": {
        get: {
          summary: "Events aggregated by group",
          parameters: filters,
          responses: ok("Groups", { type: "object", properties: { groups: arr({ type: "object" }) } }),
        },
      },
      "/api/ingest": {
        post: {
          summary: "Ingest one article (text or HTML) through the pipeline",
          security: [{ bearer: [] }],
          requestBody: body(ingestBody),
          responses: writeResponses("The stored document"),
        },
      },
      "/api/extract": {
        post: {
          summary: "Re-extract stored documents with the current extractor",
          security: [{ bearer: [] }],
          requestBody: body(extractBody),
          responses: writeResponses("What was extracted"),
        },
      },
      "/api/fetch": {
        post: {
          summary: "Fetch a page by URL (http or https; private and local addresses refused: 422) and ingest it",
          security: [{ bearer: [] }],
          requestBody: body(fetchBody),
          responses: writeResponses("The stored document"),
        },
      },
      "/api/feeds": {
        get: { summary: "The watched feeds with their last poll, items seen and last error", responses: ok("Feeds", { type: "object" }) },
        post: {
          summary: "Watch a feed (refused as /api/fetch refuses)",
          security: [{ bearer: [] }],
          requestBody: body(feedBody),
          responses: writeResponses("The feed"),
        },
        delete: {
          summary: "Stop watching a feed",
          security: [{ bearer: [] }],
          parameters: queryParams(feedQuery),
          responses: writeResponses("The feed removed"),
        },
      },
      "/api/openapi.json": { get: { summary: "This document", responses: ok("OpenAPI 3.1", { type: "object" }) } },
    },
  };
}

export const openapiRoutes: FastifyPluginAsync<ServerDeps> = async (app) => {
  const doc = buildOpenApi();
  app.get("/api/openapi.json", async () => doc);
};

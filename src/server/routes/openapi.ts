// GET /api/openapi.json: an OpenAPI 3.1 document of the API, built from the
// same zod schemas that validate requests.

import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { CORRECTABLE_FIELDS, EVENT_TYPES, FACILITY_KINDS, QUALIFIERS, REVIEW_ACTIONS, STATUSES } from "../../types.js";
import type { ServerDeps } from "../deps.js";
import { feedBody, feedQuery, fetchBody } from "./live.js";
import {
  aggregateQuery,
  conflictsQuery,
  documentsQuery,
  emptyQuery,
  eventsQuery,
  facilitiesQuery,
  extractBody,
  ingestBody,
  correctionBody,
  facilityMergeBody,
  facilitySplitBody,
  historyQuery,
  mergeBody,
  noteBody,
  reviewedBody,
  seriesQuery,
  suppressBody,
  tagBody,
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

/** The review routes: corrections, suppression, notes, tags, the reviewed mark, history and undo. */
function reviewPaths(): Json {
  const withChange = (description: string, extra: Json = {}): Json => {
    const r = writeResponses(description, true) as Record<string, Json>;
    r["201"] = {
      description,
      content: { "application/json": { schema: { type: "object", properties: { change: ref("ReviewChange"), ...extra } } } },
    };
    delete r["200"];
    return r;
  };
  const eventOp = (operationId: string, summary: string, s: z.ZodType): Json => ({
    post: {
      operationId,
      summary,
      ...WRITE,
      parameters: [idPath("event")],
      requestBody: body(s),
      responses: withChange("The change, and the event as it now is", { event: ref("Event") }),
    },
  });
  const storyOp = (operationId: string, summary: string, s: z.ZodType): Json => ({
    post: { operationId, summary, ...WRITE, parameters: [idPath("story")], requestBody: body(s), responses: withChange("The change") },
  });
  return {
    "/api/events/{id}/corrections": eventOp(
      "correctEvent",
      `Correct one field of an event (${CORRECTABLE_FIELDS.join(", ")}); the value as extracted stays in the history, and the correction applies again after re-extraction`,
      correctionBody,
    ),
    "/api/events/{id}/suppress": eventOp(
      "suppressEvent",
      "Suppress a false event: it leaves lists, stories and exports (counted in `suppressed`)",
      suppressBody,
    ),
    "/api/events/{id}/restore": eventOp("restoreEvent", "Bring back a suppressed event", suppressBody),
    "/api/events/{id}/notes": eventOp("noteEvent", "Add a note to an event", noteBody),
    "/api/events/{id}/tags": eventOp("tagEvent", "Tag an event (or take a tag off with remove: true)", tagBody),
    "/api/stories/{id}/notes": storyOp("noteStory", "Add a note to a story", noteBody),
    "/api/stories/{id}/tags": storyOp("tagStory", "Tag a story (or take a tag off with remove: true)", tagBody),
    "/api/stories/{id}/reviewed": storyOp("markStoryReviewed", "Mark a story reviewed (reviewed: false takes the mark off)", reviewedBody),
    "/api/facilities/{id}/merge": {
      post: {
        operationId: "mergeFacilities",
        summary: "Merge the facility `from` into this one: its aliases and events become this one's, and its id leads here (undo with the change id)",
        ...WRITE,
        parameters: [idPath("facility")],
        requestBody: body(facilityMergeBody),
        responses: withChange("The change"),
      },
    },
    "/api/facilities/{id}/split": {
      post: {
        operationId: "splitFacility",
        summary: "Split the aliases named off this facility: they become a facility of their own, with the events that name them",
        ...WRITE,
        parameters: [idPath("facility")],
        requestBody: body(facilitySplitBody),
        responses: withChange("The change"),
      },
    },
    "/api/history/{id}/undo": {
      post: {
        operationId: "undoChange",
        summary: "Take back a change, a merge or a split (by its change id or override id); the undo is a change too, and undoing it redoes",
        ...WRITE,
        parameters: [idPath("change or override")],
        responses: withChange("The undo"),
      },
    },
    "/api/history": {
      get: {
        operationId: "listHistory",
        summary: "The review history, oldest first: all of it, or what concerns one story, event or override (`target`)",
        ...READ,
        parameters: queryParams(historyQuery),
        responses: ok("The changes", { type: "object", properties: { changes: arr(ref("ReviewChange")) } }, {}, true),
      },
    },
    "/api/overrides": {
      get: {
        operationId: "listOverrides",
        summary: "The merges and splits in effect, with who made them",
        ...READ,
        parameters: queryParams(emptyQuery),
        responses: ok("The overrides", { type: "object", properties: { overrides: arr({ type: "object" }) } }),
      },
    },
  };
}

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
        id: { type: "string", description: "The row id: changes when the document is extracted again; the paging cursor." },
        uid: { type: "string", description: "The event id from the evidence (ev_...): the same after re-extraction; /api/events/{id} takes either." },
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
        reviewKey: { type: "string", description: "The evidence key review changes name the record by" },
        review: ref("EventReview"),
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
      properties: {
        id: { type: "string", description: "Stable: kept when documents join, by the larger part of a split; a retired id redirects (/api/stories/{id})." },
        type: { enum: [...EVENT_TYPES] },
        figures: ref("Figures"),
        mentions: arr({
          type: "object",
          properties: { eventId: { type: "string" }, eventUid: { type: "string" }, key: { type: "string" }, doc: { type: "string" } },
        }),
        review: {
          type: "object",
          description: "Present when analysts reviewed, noted or tagged the story",
          properties: {
            reviewed: { type: ["object", "null"] },
            notes: arr({ type: "object" }),
            tags: arr({ type: "string" }),
            changes: arr({ type: "string" }),
          },
        },
      },
    },
    FeatureCollection: {
      type: "object",
      description: "GeoJSON (RFC 7946); `leftOut` counts the items that could not be drawn, by reason.",
      properties: { type: { const: "FeatureCollection" }, features: arr({ type: "object" }), leftOut: { type: "object" }, next: { type: ["string", "null"] } },
    },
    Series: { type: "object", description: "Figures of one running quantity, with the planned ceiling apart." },
    ReviewChange: {
      type: "object",
      description:
        "One entry of the append-only review history. Event changes name the record by its evidence key (document, type, sentence), so they apply again after re-extraction.",
      required: ["id", "targetKind", "target", "action", "author", "at"],
      properties: {
        id: { type: "string" },
        targetKind: { enum: ["event", "story", "override", "facility"] },
        target: {
          type: "string",
          description: "An event's evidence key, a story id, an override id, or a facility id (the survivor of a facility merge, the facility split)",
        },
        action: { enum: [...REVIEW_ACTIONS] },
        field: { type: ["string", "null"], enum: [...CORRECTABLE_FIELDS, null] },
        before: { description: "The value before (the field as it was, for a correction)" },
        after: { description: "The value after: the new field value, the note, the tag, the override" },
        author: { type: "string", description: "The name of the API token, or the analyst's name on the command line" },
        at: { type: "string", format: "date-time" },
        undoes: { type: ["string", "null"] },
        anchor: { type: ["string", "null"], description: "Story changes: the evidence key of one of its records" },
      },
    },
    EventReview: {
      type: "object",
      description: "What analysts changed on an event: the fields corrected with their values as extracted, suppression, notes, tags.",
      properties: {
        key: { type: "string" },
        suppressed: { type: "boolean" },
        original: { type: "object" },
        notes: arr({ type: "object", properties: { text: { type: "string" }, author: { type: "string" }, at: { type: "string" } } }),
        tags: arr({ type: "string" }),
        changes: arr({ type: "string" }),
      },
    },
    Conflict: { type: "object", description: "Claims that cannot all be true." },
    Facility: {
      type: "object",
      description: "A prison or camp with who held it from when to when, what it holds, and the records tied to it.",
      required: ["id", "name", "aliases", "kind", "country", "admin1", "lat", "lon", "control", "population", "events"],
      properties: {
        id: { type: "string" },
        name: { type: "string" },
        aliases: arr({ type: "string" }),
        kind: { type: "string", enum: [...FACILITY_KINDS] },
        country: { type: ["string", "null"] },
        admin1: { type: ["string", "null"] },
        lat: { type: ["number", "null"] },
        lon: { type: ["number", "null"] },
        control: arr({
          type: "object",
          properties: {
            controller: { type: "string" },
            from: { type: ["string", "null"] },
            to: { type: ["string", "null"] },
            inferred: { type: "boolean" },
            sources: arr({ type: "object" }),
          },
        }),
        population: arr({ type: "object", description: "As of a date: each report's figure, and low/best/high over them" }),
        events: arr({ type: "object", description: "Records with the facility as origin, destination or location" }),
        review: {
          type: "object",
          description: "Analysts' merges and splits in effect (`sourced review merge-facilities`, `split-facility`); absent when none",
          properties: {
            mergedFrom: arr({ type: "string", description: "Facility ids merged into this one; they lead here" }),
            splitFrom: { type: ["string", "null"], description: "The facility this one's aliases were split from" },
            changes: arr({ type: "string", description: "Ids of the review changes in effect" }),
          },
        },
      },
    },
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
            {
              type: "object",
              properties: {
                events: arr(ref("Event")),
                next: { type: ["string", "null"] },
                limit: { type: "integer" },
                suppressed: { type: "integer", description: "Events matching the filters that analysts suppressed, left out of the list" },
              },
            },
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
          responses: ok(
            "Stories",
            {
              type: "object",
              properties: {
                stories: arr(ref("Story")),
                next: { type: ["string", "null"] },
                suppressedEvents: { type: "integer", description: "Records analysts suppressed, which are in no story" },
              },
            },
            { ...CSV, ...GEOJSON },
          ),
        },
      },
      "/api/stories/{id}": {
        get: {
          operationId: "getStory",
          summary: "One story; a retired id answers with its successor and says so in redirectedFrom",
          ...READ,
          parameters: [idPath("story")],
          responses: ok(
            "The story",
            {
              type: "object",
              properties: {
                story: ref("Story"),
                redirectedFrom: {
                  type: "array",
                  description: "The retired ids followed to reach the story, the one asked for first; absent when the id is in use.",
                  items: {
                    type: "object",
                    properties: { id: { type: "string" }, successor: { type: ["string", "null"] }, reason: { type: "string" }, retiredAt: { type: "string" } },
                  },
                },
              },
            },
            {},
            true,
          ),
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
      ...reviewPaths(),
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
      "/api/facilities": {
        get: {
          operationId: "listFacilities",
          summary: "Prisons and camps with control intervals, population and events; format=geojson",
          ...READ,
          parameters: queryParams(facilitiesQuery),
          responses: ok("Facilities", { type: "object", properties: { facilities: arr(ref("Facility")) } }, GEOJSON),
        },
      },
      "/api/facilities/{id}": {
        get: {
          operationId: "getFacility",
          summary: "One facility, with why its records were tied to it",
          ...READ,
          parameters: [idPath("facility")],
          description: "A facility id an analyst merged into another answers with the facility it went into, and names the id asked for in redirectedFrom.",
          responses: ok(
            "The facility",
            { type: "object", properties: { facility: ref("Facility"), redirectedFrom: { type: "string", description: "The merged-away id asked for" } } },
            {},
            true,
          ),
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

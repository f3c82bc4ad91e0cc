// The other formats of the list routes: CSV (RFC 4180, text/csv), GeoJSON
// (application/geo+json) and ACLED-compatible CSV, written by the export stage.

import type { FastifyReply } from "fastify";
import type { StoredEvent, Story } from "../types.js";
import type { ServerDeps } from "./deps.js";

export const CSV_TYPE = "text/csv; charset=utf-8";
export const GEOJSON_TYPE = "application/geo+json; charset=utf-8";

export function sendCsv(reply: FastifyReply, csv: string): FastifyReply {
  return reply.type(CSV_TYPE).send(csv);
}

export function sendGeoJson(reply: FastifyReply, value: unknown): FastifyReply {
  return reply.type(GEOJSON_TYPE).send(JSON.stringify(value));
}

/** The stored records of the stories' mentions, for their evidence sentences. */
export async function mentionEvents(deps: ServerDeps, stories: readonly Story[]): Promise<Map<string, StoredEvent>> {
  const events = new Map<string, StoredEvent>();
  for (const s of stories)
    for (const m of s.mentions) {
      if (events.has(m.eventId)) continue;
      const e = await deps.store.getEvent(m.eventId);
      if (e) events.set(e.id, e);
    }
  return events;
}

// GET /api/events (filters, full text, cursor paging), GET /api/events/:id

import type { FastifyPluginAsync } from "fastify";
import type { StoredEvent } from "../../types.js";
import type { EventFilter, Store } from "../../store/store.js";
import { toCsv } from "../../export/csv.js";
import { eventsGeoJson } from "../../export/geojson.js";
import type { ServerDeps } from "../deps.js";
import { sendCsv, sendGeoJson } from "../formats.js";
import { badRequest, notFound } from "../errors.js";
import { emptyQuery, eventsQuery, idParams, parse } from "../schemas.js";

/** The cursor for the page after `events`: the id of the last one. */
export const cursorAfter = (events: StoredEvent[]): string | null => (events.length ? events[events.length - 1].id : null);

/** Every event matching a filter, walking the store's pages. */
export async function listAllEvents(store: Store, filter: Omit<EventFilter, "limit" | "after"> = {}, pageSize = 500): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listEvents({ ...filter, limit: pageSize, after });
    for (const e of page) all.push(e);
    if (page.length < pageSize) return all;
    const next = cursorAfter(page);
    if (!next || next === after) return all;
    after = next;
  }
}

export const eventRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  app.get("/api/events", async (req, reply) => {
    const { limit, format, ...filter } = parse(eventsQuery, req.query);
    if (filter.from && filter.to && filter.from > filter.to) {
      throw badRequest("from: must not be after to");
    }
    // One more than asked tells whether a next page exists.
    const rows = await deps.store.listEvents({ ...filter, limit: limit + 1 }).catch((err: unknown) => {
      // The cursor is opaque to clients; a forged one is their error, not ours.
      if (filter.after && /cursor/i.test(String((err as Error)?.message))) throw badRequest("after: invalid cursor");
      throw err;
    });
    const events = rows.slice(0, limit);
    const next = rows.length > limit ? cursorAfter(events) : null;
    if (next) reply.header("X-Next-Cursor", next);
    if (format === "csv") return sendCsv(reply, toCsv(events));
    if (format === "geojson") {
      const g = eventsGeoJson(events);
      return sendGeoJson(reply, { ...g.collection, leftOut: g.left, next });
    }
    // suppressed events are left out; say how many matched the filter
    const suppressed = (await deps.store.listEvents({ ...filter, after: undefined, suppressed: "only" })).length;
    return { events, next, limit, suppressed };
  });

  app.get("/api/events/:id", async (req) => {
    const { id } = parse(idParams, req.params);
    parse(emptyQuery, req.query);
    const event = await deps.store.getEvent(id);
    if (!event) throw notFound(`no event '${id}'`);
    return { event };
  });
};

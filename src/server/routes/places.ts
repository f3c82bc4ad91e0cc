// GET /api/places: events aggregated by place, with coordinates, and the
// movements between places (origin → destination) for the map. Takes the
// same filters as /api/events.

import type { FastifyPluginAsync } from "fastify";
import type { ServerDeps } from "../deps.js";
import { aggregatePlaces } from "../aggregate.js";
import { aggregateQuery, parse } from "../schemas.js";
import { listAllEvents } from "./events.js";

export const placeRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  app.get("/api/places", async (req) => {
    const filter = parse(aggregateQuery, req.query);
    return aggregatePlaces(await listAllEvents(deps.store, filter));
  });
};

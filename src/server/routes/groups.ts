// GET /api/groups: events aggregated by the subject's group. Takes the same
// filters as /api/events.

import type { FastifyPluginAsync } from "fastify";
import type { ServerDeps } from "../deps.js";
import { aggregateGroups } from "../aggregate.js";
import { aggregateQuery, parse } from "../schemas.js";
import { listAllEvents } from "./events.js";

export const groupRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  app.get("/api/groups", async (req) => {
    const filter = parse(aggregateQuery, req.query);
    return { groups: aggregateGroups(await listAllEvents(deps.store, filter)) };
  });
};

// GET /api/conflicts

import type { FastifyPluginAsync } from "fastify";
import type { ServerDeps } from "../deps.js";
import { emptyQuery, parse } from "../schemas.js";
import { loadRec } from "./stories.js";

export const conflictRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  app.get("/api/conflicts", async (req) => {
    parse(emptyQuery, req.query);
    const rec = await loadRec(deps);
    return { conflicts: rec.conflicts };
  });
};

// GET /api/conflicts (paged; json or csv)

import type { FastifyPluginAsync } from "fastify";
import { conflictsCsv } from "../../export/views.js";
import type { ServerDeps } from "../deps.js";
import { sendCsv } from "../formats.js";
import { page } from "../paging.js";
import { conflictsQuery, parse } from "../schemas.js";
import { loadRec } from "./stories.js";

export const conflictRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  app.get("/api/conflicts", async (req, reply) => {
    const q = parse(conflictsQuery, req.query);
    const rec = await loadRec(deps);
    const { items, next } = page(rec.conflicts, q);
    if (next) reply.header("X-Next-Cursor", next);
    if (q.format === "csv") return sendCsv(reply, conflictsCsv(items));
    return { conflicts: items, next };
  });
};

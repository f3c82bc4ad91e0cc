// GET /api/series, GET /api/series/:id

import type { FastifyPluginAsync } from "fastify";
import type { ServerDeps } from "../deps.js";
import { notFound } from "../errors.js";
import { emptyQuery, idParams, parse } from "../schemas.js";
import { loadRec } from "./stories.js";

export const seriesRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  app.get("/api/series", async (req) => {
    parse(emptyQuery, req.query);
    const rec = await loadRec(deps);
    return { series: rec.series };
  });

  app.get("/api/series/:id", async (req) => {
    const { id } = parse(idParams, req.params);
    parse(emptyQuery, req.query);
    const rec = await loadRec(deps);
    const series = rec.series.find((s) => s.id === id);
    if (!series) throw notFound(`no series '${id}'`);
    return { series, conflicts: rec.conflicts.filter((c) => c.seriesId === id) };
  });
};

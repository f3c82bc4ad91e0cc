// GET /api/series (paged; json or csv), GET /api/series/:id

import type { FastifyPluginAsync } from "fastify";
import { figureBounds } from "../../export/figures.js";
import { seriesCsv } from "../../export/views.js";
import type { Series } from "../../types.js";
import type { ServerDeps } from "../deps.js";
import { notFound } from "../errors.js";
import { sendCsv } from "../formats.js";
import { page } from "../paging.js";
import { emptyQuery, idParams, parse, seriesQuery } from "../schemas.js";
import { loadRec } from "./stories.js";

/** A series whose points and planned ceilings carry their low, best and high figures. */
function withFigures(se: Series): Series {
  const f = <P extends Series["points"][number]>(p: P) => ({ ...p, figures: figureBounds(p) });
  return { ...se, points: se.points.map(f), planned: se.planned.map(f) };
}

export const seriesRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  app.get("/api/series", async (req, reply) => {
    const q = parse(seriesQuery, req.query);
    const rec = await loadRec(deps);
    const { items, next } = page(rec.series, q);
    if (next) reply.header("X-Next-Cursor", next);
    if (q.format === "csv") return sendCsv(reply, seriesCsv(items));
    return { series: items.map(withFigures), next };
  });

  app.get("/api/series/:id", async (req) => {
    const { id } = parse(idParams, req.params);
    parse(emptyQuery, req.query);
    const rec = await loadRec(deps);
    const series = rec.series.find((s) => s.id === id);
    if (!series) throw notFound(`no series '${id}'`);
    return { series: withFigures(series), conflicts: rec.conflicts.filter((c) => c.seriesId === id) };
  });
};

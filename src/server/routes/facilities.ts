// GET /api/facilities (json or geojson; ?country, ?kind), GET /api/facilities/:id (a merged-away id answers
// with the facility it went into, and says so in redirectedFrom)

import type { FastifyPluginAsync } from "fastify";
import { facilitiesGeoJson, facilityJson } from "../../export/facilities.js";
import { buildFacilities, findFacility } from "../../reconcile/facilities/index.js";
import type { ServerDeps } from "../deps.js";
import { notFound } from "../errors.js";
import { sendGeoJson } from "../formats.js";
import { emptyQuery, facilitiesQuery, idParams, parse } from "../schemas.js";

export const facilityRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  app.get("/api/facilities", async (req, reply) => {
    const q = parse(facilitiesQuery, req.query);
    const fs = (await buildFacilities(deps.store)).filter((f) => (!q.country || f.country === q.country) && (!q.kind || f.kind === q.kind));
    if (q.format === "geojson") return sendGeoJson(reply, facilitiesGeoJson(fs));
    return { facilities: fs.map(facilityJson) };
  });

  app.get("/api/facilities/:id", async (req) => {
    const { id } = parse(idParams, req.params);
    parse(emptyQuery, req.query);
    const { facility: f, via } = await findFacility(deps.store, id);
    if (!f) throw notFound(`no facility '${id}'`);
    // a merged-away id answers with the facility it went into
    return { facility: facilityJson(f), ...(via ? { redirectedFrom: via } : {}) };
  });
};

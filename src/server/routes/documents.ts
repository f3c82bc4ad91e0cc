// GET /api/documents, GET /api/documents/:id

import type { FastifyPluginAsync } from "fastify";
import type { ServerDeps } from "../deps.js";
import { notFound } from "../errors.js";
import { emptyQuery, idParams, parse } from "../schemas.js";
import { listAllEvents } from "./events.js";

export const documentRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  app.get("/api/documents", async (req) => {
    parse(emptyQuery, req.query);
    const documents = await deps.store.listDocuments();
    return { documents };
  });

  app.get("/api/documents/:id", async (req) => {
    const { id } = parse(idParams, req.params);
    parse(emptyQuery, req.query);
    const doc = await deps.store.getDocument(id);
    if (!doc) throw notFound(`no document '${id}'`);
    const events = await listAllEvents(deps.store, { doc: id });
    return {
      document: {
        ...doc.meta,
        version: doc.version,
        contentHash: doc.contentHash,
        ingestedAt: doc.ingestedAt,
        cleanText: doc.cleanText,
        removed: doc.removed,
      },
      events,
    };
  });
};

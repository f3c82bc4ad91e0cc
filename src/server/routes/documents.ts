// GET /api/documents, GET /api/documents/:id

import type { FastifyPluginAsync } from "fastify";
import type { ServerDeps } from "../deps.js";
import { notFound } from "../errors.js";
import { page } from "../paging.js";
import { documentsQuery, emptyQuery, idParams, parse } from "../schemas.js";
import { listAllEvents } from "./events.js";

export const documentRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  app.get("/api/documents", async (req, reply) => {
    const { lang, ...q } = parse(documentsQuery, req.query);
    const docs = await deps.store.listDocuments();
    const { items, next } = page(lang === undefined ? docs : docs.filter((d) => d.lang === lang), q);
    if (next) reply.header("X-Next-Cursor", next);
    return { documents: items, next };
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
        lang: doc.lang ?? null,
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

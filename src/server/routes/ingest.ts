// POST /api/ingest: one article through the same pipeline as the CLI, stored
// with its events. POST /api/extract: re-extraction of stored documents.
// Both rebuild the reconciliation afterwards. Token required.

import type { FastifyPluginAsync } from "fastify";
import { EXTRACTOR_VERSION, extractsLanguage } from "../../pipeline.js";
import { saveDocument } from "../../store/save-document.js";
import { requireToken } from "../auth.js";
import type { ServerDeps } from "../deps.js";
import { HttpError, notFound } from "../errors.js";
import { extractBody, ingestBody, parse } from "../schemas.js";

export const INGEST_BODY_LIMIT = 4 * 1024 * 1024;

export const ingestRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  const write = { preHandler: requireToken(deps.tokens) };

  app.post("/api/ingest", { ...write, bodyLimit: INGEST_BODY_LIMIT }, async (req, reply) => {
    const body = parse(ingestBody, req.body);
    // Reading, cleaning and extraction run in the pipeline worker, off this event loop.
    const cleaned = await deps.pipeline.prepare(body);
    const skip = extractsLanguage(cleaned.lang) ? null : `language ${cleaned.lang}: extraction reads English and Arabic only`;
    const saved = await saveDocument(deps.store, cleaned, { skip, extractor: (d) => deps.pipeline.extract(d) });
    if (saved.problem) throw new HttpError(422, "unprocessable", `document '${body.id}': ${saved.problem}`);
    const put = saved.put;
    if (put.status !== "unchanged") await deps.reconcile(deps.store);
    const events = saved.events ?? (await deps.store.listEvents({ doc: put.id })).length;
    return reply.code(put.status === "unchanged" ? 200 : 201).send({ ...put, events });
  });

  app.post("/api/extract", write, async (req) => {
    const body = parse(extractBody, req.body ?? {});
    const ids = body.ids ?? (await deps.store.listDocuments()).map((d) => d.id);
    let events = 0;
    for (const id of ids) {
      const doc = await deps.store.getDocument(id);
      if (!doc) throw notFound(`no document '${id}'`);
      if (!extractsLanguage(doc.lang)) continue; // extraction reads English and Arabic only
      const found = await deps.pipeline.extract(doc);
      await deps.store.replaceEvents(id, doc.version, EXTRACTOR_VERSION, found);
      events += found.length;
    }
    await deps.reconcile(deps.store);
    return { documents: ids.length, events, extractorVersion: EXTRACTOR_VERSION };
  });
};

// POST /api/ingest: one article through the same pipeline as the CLI, stored
// with its events. POST /api/extract: re-extraction of stored documents.
// Both rebuild the reconciliation afterwards. Token required.

import type { FastifyPluginAsync } from "fastify";
import { EXTRACTOR_VERSION, extractFromCleaned, extractsLanguage, processDocument } from "../../pipeline.js";
import { requireToken } from "../auth.js";
import type { ServerDeps } from "../deps.js";
import { HttpError, notFound } from "../errors.js";
import { rawFromBody } from "../raw.js";
import { extractBody, ingestBody, parse } from "../schemas.js";

export const INGEST_BODY_LIMIT = 4 * 1024 * 1024;

export const ingestRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  const write = { preHandler: requireToken(deps.token) };

  app.post("/api/ingest", { ...write, bodyLimit: INGEST_BODY_LIMIT }, async (req, reply) => {
    const body = parse(ingestBody, req.body);
    const raw = rawFromBody(body);
    if (!raw.text.trim()) throw new HttpError(422, "unprocessable", `document '${body.id}' has no readable text`);
    const { cleaned, events } = processDocument(raw);
    const put = await deps.store.putDocument(cleaned);
    if (put.status !== "unchanged") {
      await deps.store.replaceEvents(put.id, put.version, EXTRACTOR_VERSION, events);
      await deps.reconcile(deps.store);
    }
    return reply.code(put.status === "unchanged" ? 200 : 201).send({ ...put, events: events.length });
  });

  app.post("/api/extract", write, async (req) => {
    const body = parse(extractBody, req.body ?? {});
    const ids = body.ids ?? (await deps.store.listDocuments()).map((d) => d.id);
    let events = 0;
    for (const id of ids) {
      const doc = await deps.store.getDocument(id);
      if (!doc) throw notFound(`no document '${id}'`);
      if (!extractsLanguage(doc.lang)) continue; // extraction reads English only
      const out = extractFromCleaned(doc);
      await deps.store.replaceEvents(id, doc.version, EXTRACTOR_VERSION, out.events);
      events += out.events.length;
    }
    await deps.reconcile(deps.store);
    return { documents: ids.length, events, extractorVersion: EXTRACTOR_VERSION };
  });
};

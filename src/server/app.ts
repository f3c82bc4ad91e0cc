// createApp({ store, token }): the HTTP API and the page, as a fastify app.
// One plug-in per route group (routes/), one error type rendered by one
// handler (errors.ts), security headers and ETags on every response.

import Fastify, { type FastifyInstance } from "fastify";
import type { Store } from "../store/store.js";
import { type ApiToken, tokenList } from "./auth.js";
import type { ServerDeps } from "./deps.js";
import { errorHandler, notFound } from "./errors.js";
import { createPipelineRunner } from "./pipeline-worker.js";
import { defaultReconcile } from "./reconcile.js";
import { conflictRoutes } from "./routes/conflicts.js";
import { documentRoutes } from "./routes/documents.js";
import { eventRoutes } from "./routes/events.js";
import { groupRoutes } from "./routes/groups.js";
import { ingestRoutes } from "./routes/ingest.js";
import { liveRoutes } from "./routes/live.js";
import { liveDeps, startPolling, type LiveSettings } from "./live.js";
import { openapiRoutes } from "./routes/openapi.js";
import { placeRoutes } from "./routes/places.js";
import { reviewRoutes } from "./routes/review.js";
import { seriesRoutes } from "./routes/series.js";
import { facilityRoutes } from "./routes/facilities.js";
import { storyRoutes } from "./routes/stories.js";
import { etags, securityHeaders } from "./security.js";
import { defaultWebRoot, staticFiles } from "./static.js";

export interface AppOptions {
  store: Store;
  /** A bearer token for write endpoints, named "default"; with `tokens` unset too, writes are disabled (403). */
  token?: string;
  /** Named bearer tokens for write endpoints; the name is recorded with every review change. */
  tokens?: ApiToken[];
  /** fastify's logger switch (off by default). */
  logger?: boolean;
  /** Directory of the built page; defaults to web/dist/ of the package. null serves no page. */
  webRoot?: string | null;
  /** Rebuilds the reconciliation after writes; defaults to the reconcile stage. */
  reconcile?: (store: Store) => Promise<void>;
  /** Fetching by URL and watching feeds (on by default, under the URL policy); null turns it off. */
  live?: LiveSettings | null;
}

/** Bodies of requests other than ingest stay small. */
export const BODY_LIMIT = 64 * 1024;

export async function createApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // Ids in paths are at most 128 characters (schemas.ts); longer ones 404.
    routerOptions: { maxParamLength: 200 },
  });
  const deps: ServerDeps = {
    store: opts.store,
    tokens: tokenList({ token: opts.token || undefined, tokens: opts.tokens }),
    reconcile: opts.reconcile ?? defaultReconcile,
    pipeline: createPipelineRunner(),
  };
  if (opts.live !== null) deps.live = liveDeps(opts.live ?? {});
  const poller = deps.live?.everyMs ? startPolling(deps, deps.live, deps.live.everyMs) : null;
  app.addHook("onClose", async () => {
    await poller?.stop();
    await deps.pipeline.close();
  });

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(async (req) => {
    throw notFound(`no route ${req.method} ${req.url.split("?")[0]}`);
  });
  securityHeaders(app);
  etags(app);

  await app.register(documentRoutes, deps);
  await app.register(eventRoutes, deps);
  await app.register(storyRoutes, deps);
  await app.register(seriesRoutes, deps);
  await app.register(conflictRoutes, deps);
  await app.register(facilityRoutes, deps);
  await app.register(placeRoutes, deps);
  await app.register(groupRoutes, deps);
  await app.register(reviewRoutes, deps);
  await app.register(ingestRoutes, deps);
  await app.register(liveRoutes, deps);
  await app.register(openapiRoutes, deps);
  const webRoot = opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot;
  if (webRoot) staticFiles(app, webRoot);
  return app;
}

// POST /api/fetch: a page by URL, fetched under the URL policy and stored
// with its events. /api/feeds: the feeds the server watches (GET lists them
// with their last poll, items seen and last error; POST adds one, DELETE
// removes one). Writes need the token.

import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { checkUrl } from "../../ingest/fetch/url-policy.js";
import { requireToken } from "../auth.js";
import type { ServerDeps } from "../deps.js";
import { HttpError, notFound } from "../errors.js";
import { fetchAndSave } from "../live.js";
import { idParam, parse } from "../schemas.js";

export const fetchBody = z.object({ url: z.string().min(1).max(2000), id: idParam.optional() }).strict();
export const feedBody = z.object({ url: z.string().min(1).max(2000) }).strict();
export const feedQuery = z.object({ url: z.string().min(1).max(2000) }).strict();

export const liveRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  const write = { preHandler: requireToken(deps.tokens) };
  const live = () => {
    if (!deps.live) throw new HttpError(403, "forbidden", "fetching is not enabled on this server");
    return deps.live;
  };

  app.post("/api/fetch", write, async (req, reply) => {
    const body = parse(fetchBody, req.body);
    const saved = await fetchAndSave(deps, live(), body.url, body.id);
    return reply.code(saved.put.status === "unchanged" ? 200 : 201).send({ ...saved.put, events: saved.events });
  });

  app.get("/api/feeds", async () => ({ feeds: await deps.store.listFeeds(), watching: deps.live?.everyMs ?? null }));

  app.post("/api/feeds", write, async (req, reply) => {
    const body = parse(feedBody, req.body);
    // The policy at the door: a feed the poller would refuse is refused now, with the same line.
    const checked = await checkUrl(body.url, live().policy);
    if (!checked.ok) throw new HttpError(422, checked.problem.startsWith("refused") ? "refused" : "bad_request", `${body.url}: ${checked.problem}`);
    const existing = await deps.store.getFeed(body.url);
    const feed = existing ?? (await deps.store.addFeed(body.url));
    return reply.code(existing ? 200 : 201).send({ feed });
  });

  app.delete("/api/feeds", write, async (req) => {
    const q = parse(feedQuery, req.query);
    if (!(await deps.store.removeFeed(q.url))) throw notFound(`no feed '${q.url}'`);
    return { removed: q.url };
  });
};

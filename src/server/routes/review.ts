// Review: corrections, suppression, notes and tags on events and stories, the
// reviewed mark, the history and undo. Writes need a named token, whose name
// the history records; every write rebuilds the stories.
//
// POST /api/events/:id/corrections|suppress|restore|notes|tags
// POST /api/stories/:id/notes|tags|reviewed
// POST /api/facilities/:id/merge|split
// GET  /api/history[?target=ID]   POST /api/history/:id/undo   GET /api/overrides

import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import {
  annotate,
  correctEvent,
  findEvent,
  markReviewed,
  mergeFacilities,
  type ReviewResult,
  splitFacility,
  storyHistory,
  suppressEvent,
  undo,
} from "../../reconcile/review.js";
import { parseFieldValue } from "../../store/review.js";
import type { ReviewChange } from "../../types.js";
import { authorOf, requireToken } from "../auth.js";
import type { ServerDeps } from "../deps.js";
import { badRequest, notFound } from "../errors.js";
import {
  correctionBody,
  emptyQuery,
  facilityMergeBody,
  facilitySplitBody,
  historyQuery,
  idParams,
  noteBody,
  parse,
  reviewedBody,
  suppressBody,
  tagBody,
} from "../schemas.js";
import { loadRec } from "./stories.js";

export const reviewRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  const write = { preHandler: requireToken(deps.tokens) };

  /** 201 with the change and the record or story as it now is; a failure as 404 or 400. */
  const answer = async (reply: FastifyReply, r: ReviewResult<ReviewChange>, then: () => Promise<Record<string, unknown>>) => {
    if (!r.ok) throw r.status === "not-found" ? notFound(r.problem) : badRequest(r.problem);
    await deps.reconcile(deps.store);
    return reply.code(201).send({ change: r.value, ...(await then()) });
  };
  const eventNow = (id: string) => async () => ({ event: await deps.store.getEvent(id) });
  const eventId = (req: FastifyRequest) => parse(idParams, req.params).id;

  app.post("/api/events/:id/corrections", write, async (req, reply) => {
    const id = eventId(req);
    const b = parse(correctionBody, req.body);
    let value = b.value;
    if (b.text !== undefined) {
      const parsed = parseFieldValue(b.field, b.text);
      if (!parsed.ok) throw badRequest(parsed.problem);
      value = parsed.value;
    }
    return answer(reply, await correctEvent(deps.store, id, b.field, value, authorOf(req)), eventNow(id));
  });
  for (const [path, suppress] of [
    ["suppress", true],
    ["restore", false],
  ] as const) {
    app.post(`/api/events/:id/${path}`, write, async (req, reply) => {
      const id = eventId(req);
      const b = parse(suppressBody, req.body);
      return answer(reply, await suppressEvent(deps.store, id, authorOf(req), suppress, b.why ?? null), eventNow(id));
    });
  }
  app.post("/api/events/:id/notes", write, async (req, reply) => {
    const id = eventId(req);
    const b = parse(noteBody, req.body);
    return answer(reply, await annotate(deps.store, "event", id, "note", b.text, authorOf(req)), eventNow(id));
  });
  app.post("/api/events/:id/tags", write, async (req, reply) => {
    const id = eventId(req);
    const b = parse(tagBody, req.body);
    return answer(reply, await annotate(deps.store, "event", id, b.remove ? "untag" : "tag", b.tag, authorOf(req)), eventNow(id));
  });

  app.post("/api/stories/:id/notes", write, async (req, reply) => {
    const id = eventId(req);
    const b = parse(noteBody, req.body);
    return answer(reply, await annotate(deps.store, "story", id, "note", b.text, authorOf(req), await loadRec(deps)), async () => ({}));
  });
  app.post("/api/stories/:id/tags", write, async (req, reply) => {
    const id = eventId(req);
    const b = parse(tagBody, req.body);
    return answer(reply, await annotate(deps.store, "story", id, b.remove ? "untag" : "tag", b.tag, authorOf(req), await loadRec(deps)), async () => ({}));
  });
  app.post("/api/stories/:id/reviewed", write, async (req, reply) => {
    const id = eventId(req);
    const b = parse(reviewedBody, req.body);
    return answer(reply, await markReviewed(deps.store, id, authorOf(req), b.reviewed, await loadRec(deps)), async () => ({}));
  });

  app.post("/api/facilities/:id/merge", write, async (req, reply) => {
    const id = eventId(req);
    const b = parse(facilityMergeBody, req.body);
    return answer(reply, await mergeFacilities(deps.store, id, b.from, authorOf(req)), async () => ({}));
  });
  app.post("/api/facilities/:id/split", write, async (req, reply) => {
    const id = eventId(req);
    const b = parse(facilitySplitBody, req.body);
    return answer(reply, await splitFacility(deps.store, id, b.aliases, authorOf(req)), async () => ({}));
  });

  app.post("/api/history/:id/undo", write, async (req, reply) => {
    const id = eventId(req);
    return answer(reply, await undo(deps.store, id, authorOf(req)), async () => ({}));
  });

  app.get("/api/history", async (req) => {
    const { target } = parse(historyQuery, req.query);
    if (!target) return { changes: await deps.store.listReviewChanges() };
    const story = (await loadRec(deps)).stories.find((s) => s.id === target);
    if (story) return { changes: await storyHistory(deps.store, story) };
    const event = await findEvent(deps.store, target);
    if (event?.reviewKey) return { changes: await deps.store.listReviewChanges({ targetKind: "event", target: event.reviewKey }) };
    const changes = await deps.store.listReviewChanges({ target });
    if (changes.length === 0 && !(await deps.store.listOverrides()).some((o) => o.id === target)) {
      throw notFound(`no story, event or override '${target}'`);
    }
    return { changes };
  });

  app.get("/api/overrides", async (req) => {
    parse(emptyQuery, req.query);
    const made = new Map((await deps.store.listReviewChanges({ targetKind: "override" })).filter((c) => c.action !== "undo").map((c) => [c.target, c]));
    const overrides = (await deps.store.listOverrides()).map((o) => ({ ...o, author: made.get(o.id)?.author ?? null, change: made.get(o.id)?.id ?? null }));
    return { overrides };
  });
};

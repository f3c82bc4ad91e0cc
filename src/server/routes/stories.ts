// GET /api/stories, GET /api/stories/:id, POST /api/stories/merge|split

import { randomUUID } from "node:crypto";
import type { FastifyPluginAsync } from "fastify";
import { acledExport } from "../../export/acled.js";
import { type Figures, storyFigures } from "../../export/figures.js";
import { geoJsonExport } from "../../export/geojson.js";
import { storyEvidence, type EventLookup } from "../../reconcile/story-places.js";
import { describeRedirect, eventKey, resolveStory } from "../../reconcile/index.js";
import { storiesCsv } from "../../export/views.js";
import type { Reconciliation, Story } from "../../types.js";
import { recordOverride, storyReviews } from "../../reconcile/review.js";
import { authorOf, requireToken } from "../auth.js";
import type { ServerDeps } from "../deps.js";
import { badRequest, notFound } from "../errors.js";
import { mentionEvents, sendCsv, sendGeoJson } from "../formats.js";
import { page } from "../paging.js";
import { emptyQuery, idParams, mergeBody, parse, splitBody, storiesQuery } from "../schemas.js";

const EMPTY: Reconciliation = { copyGroups: [], stories: [], series: [], conflicts: [] };

/** The stored reconciliation; built once when the store has none yet. */
export async function loadRec(deps: ServerDeps): Promise<Reconciliation> {
  const stored = await deps.store.loadReconciliation();
  if (stored) return stored;
  await deps.reconcile(deps.store);
  return (await deps.store.loadReconciliation()) ?? EMPTY;
}

function storyText(s: Story): string {
  return [s.subject, s.group, s.actor, s.origin?.name, s.destination?.name, s.location?.name, ...s.sources, ...s.outlets]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
}

/** A story with its low, best and high figures (src/export/figures.ts). */
export function withFigures(s: Story, events: EventLookup): Story & { figures: Figures } {
  return {
    ...s,
    figures: storyFigures(
      s,
      storyEvidence(s, events).map((e) => e.text),
    ),
  };
}

let lastCreated = 0;
/** Overrides apply in creation order: two made in one millisecond must still sort. */
function createdAt(): string {
  lastCreated = Math.max(Date.now(), lastCreated + 1);
  return new Date(lastCreated).toISOString();
}

export const storyRoutes: FastifyPluginAsync<ServerDeps> = async (app, deps) => {
  app.get("/api/stories", async (req, reply) => {
    const q = parse(storiesQuery, req.query);
    if (q.geometry && q.format !== "geojson") throw badRequest("geometry: only with format=geojson");
    const rec = await loadRec(deps);
    let stories = rec.stories;
    if (q.type) stories = stories.filter((s) => s.type === q.type);
    if (q.q) {
      const needle = q.q.toLowerCase();
      stories = stories.filter((s) => storyText(s).includes(needle));
    }
    const { items, next } = page(stories, q);
    const events = await mentionEvents(deps, items);
    if (next) reply.header("X-Next-Cursor", next);
    switch (q.format) {
      case "csv":
        return sendCsv(reply, storiesCsv(items, events));
      case "acled":
        return sendCsv(reply, acledExport({ stories: items }, events).csv);
      case "geojson": {
        const g = geoJsonExport({ stories: items }, events, q.geometry ?? "point");
        return sendGeoJson(reply, { ...g.collection, leftOut: g.left, next });
      }
      default: {
        const reviews = await storyReviews(deps.store, items);
        return {
          stories: items.map((s) => ({ ...withFigures(s, events), ...(reviews.has(s.id) ? { review: reviews.get(s.id) } : {}) })),
          copyGroups: rec.copyGroups,
          next,
          // records analysts suppressed are in no story
          suppressedEvents: (await deps.store.listEvents({ suppressed: "only" })).length,
        };
      }
    }
  });

  app.get("/api/stories/:id", async (req) => {
    const { id } = parse(idParams, req.params);
    parse(emptyQuery, req.query);
    const res = await resolveStory(deps.store, await loadRec(deps), id);
    const story = res.story;
    if (!story) throw notFound(describeRedirect(id, res) ?? `no story '${id}'`);
    const review = (await storyReviews(deps.store, [story])).get(story.id);
    return {
      story: { ...withFigures(story, await mentionEvents(deps, [story])), ...(review ? { review } : {}) },
      ...(res.via.length ? { redirectedFrom: res.via } : {}),
    };
  });

  const write = { preHandler: requireToken(deps.tokens) };

  // Overrides are keyed by evidence keys (document, type, first sentence), so
  // they survive re-extraction and the rebuild of stories, which renumbers them.
  const keyOf = async (eventId: string): Promise<string> => {
    const e = await deps.store.getEvent(eventId);
    if (!e) throw notFound(`no event '${eventId}'`);
    return eventKey(e);
  };
  app.post("/api/stories/merge", write, async (req, reply) => {
    const body = parse(mergeBody, req.body);
    const rec = await loadRec(deps);
    const keys: string[] = [];
    for (const id of body.stories) {
      const story = (await resolveStory(deps.store, rec, id)).story;
      if (!story) throw notFound(`no story '${id}'`);
      if (!story.mentions.length) throw badRequest(`story '${id}' has no mentions`);
      keys.push(await keyOf(story.mentions[0].eventId));
    }
    const override = { id: randomUUID(), action: "merge" as const, keys, createdAt: createdAt(), note: body.note ?? null };
    const change = await recordOverride(deps.store, override, authorOf(req));
    await deps.reconcile(deps.store);
    return reply.code(201).send({ override, change });
  });

  app.post("/api/stories/split", write, async (req, reply) => {
    const body = parse(splitBody, req.body);
    const rec = await loadRec(deps);
    const story = (await resolveStory(deps.store, rec, body.story)).story;
    if (!story) throw notFound(`no story '${body.story}'`);
    const mention = story.mentions.find((m) => m.eventId === body.eventId || m.eventUid === body.eventId);
    if (!mention) throw badRequest(`event '${body.eventId}' is not a mention of story '${body.story}'`);
    if (story.mentions.length < 2) throw badRequest(`story '${body.story}' has a single mention: nothing to split`);
    const override = { id: randomUUID(), action: "split" as const, keys: [await keyOf(mention.eventId)], createdAt: createdAt(), note: body.note ?? null };
    const change = await recordOverride(deps.store, override, authorOf(req));
    await deps.reconcile(deps.store);
    return reply.code(201).send({ override, change });
  });
};

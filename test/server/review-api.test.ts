// Review over the HTTP API: named tokens, corrections, suppression, notes,
// tags, the reviewed mark, history and undo, against a real server and a
// SQLite file seeded with the test corpus.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTokens } from "../../src/server/auth.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { seededStore, type TestStore } from "./corpus.js";

const ANA = "ana-token-0001";
const BO = "bo-token-00002";
const LEGACY = "legacy-single-token";
let db: TestStore;
let server: RunningServer;

// biome-ignore lint/suspicious/noExplicitAny: a JSON body of the API, read by the assertions
type Body = Record<string, any>;

const call = async (method: string, path: string, body?: unknown, token: string | null = ANA) => {
  const res = await fetch(new URL(path, server.url), {
    method,
    headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
};
const get = (path: string) => call("GET", path, undefined, null);

beforeAll(async () => {
  db = await seededStore();
  const tokens = parseTokens(`# analysts\nana:${ANA}\nbo:${BO}\n`, "test");
  if (!tokens.ok) throw new Error(tokens.problem);
  server = await startServer({ store: db.store, port: 0, token: LEGACY, tokens: tokens.tokens, webRoot: null });
});
afterAll(async () => {
  await server?.close();
  await db?.cleanup();
});

const transfer150 = async (): Promise<Body> => {
  const { body } = await get("/api/events?type=transfer&status=occurred");
  return body.events.find((e: Body) => e.count?.value === 150 || e.review?.original?.count?.value === 150);
};

describe("review over the API", () => {
  it("corrects a count: events, stories and exports show the correction, the history names the token", async () => {
    const e = await transfer150();
    const r = await call("POST", `/api/events/${e.id}/corrections`, { field: "count", value: { value: 450, qualifier: "exact" } });
    expect(r.status).toBe(201);
    expect(r.body.change).toMatchObject({
      action: "correct",
      field: "count",
      author: "ana",
      before: { value: 150, qualifier: "approx" },
      after: { value: 450 },
    });
    expect(r.body.event).toMatchObject({ count: { value: 450 }, review: { original: { count: { value: 150, qualifier: "approx" } } } });
    const again = await get(`/api/events/${e.id}`);
    expect(again.body.event.count.value).toBe(450);
    const stories = (await get("/api/stories?type=transfer")).body.stories as Body[];
    const story = stories.find((s) => s.mentions.some((m: Body) => m.eventId === e.id))!;
    expect(story.count.value).toBe(450);
    const csv = await (await fetch(new URL("/api/events?format=csv&type=transfer", server.url))).text();
    expect(csv).toContain("450");
    const h = await get(`/api/history?target=${e.id}`);
    expect(h.body.changes.map((c: Body) => [c.action, c.author])).toEqual([["correct", "ana"]]);
  });

  it("the old single token still writes, named 'default'; a wrong or missing token is refused", async () => {
    const e = await transfer150();
    const r = await call("POST", `/api/events/${e.id}/notes`, { text: "figure from the coalition's own statement" }, LEGACY);
    expect(r.status).toBe(201);
    expect(r.body.change.author).toBe("default");
    expect((await call("POST", `/api/events/${e.id}/notes`, { text: "x" }, "not-a-token")).status).toBe(403);
    expect((await call("POST", `/api/events/${e.id}/notes`, { text: "x" }, null)).status).toBe(401);
    expect((await get(`/api/history?target=${e.id}`)).body.changes).toHaveLength(2);
  });

  it("suppresses an event: lists leave it out and say how many were left out; undo brings it back", async () => {
    const before = (await get("/api/events")).body;
    expect(before.suppressed).toBe(0);
    const victim = before.events.find((e: Body) => e.type === "escape");
    const r = await call("POST", `/api/events/${victim.id}/suppress`, { why: "the outlet withdrew it" }, BO);
    expect(r.status).toBe(201);
    expect(r.body.change.author).toBe("bo");
    const after = (await get("/api/events")).body;
    expect(after.events.map((e: Body) => e.id)).not.toContain(victim.id);
    expect(after.events).toHaveLength(before.events.length - 1);
    expect(after.suppressed).toBe(1);
    expect((await get(`/api/events/${victim.id}`)).body.event.review.suppressed).toBe(true);
    const stories = (await get("/api/stories")).body;
    expect(stories.stories.flatMap((s: Body) => s.mentions.map((m: Body) => m.eventId))).not.toContain(victim.id);
    expect(stories.suppressedEvents).toBe(1);
    expect((await get("/api/documents")).body.documents.reduce((n: number, d: Body) => n + d.events, 0)).toBe(before.events.length - 1);
    const u = await call("POST", `/api/history/${r.body.change.id}/undo`, undefined, ANA);
    expect(u.status).toBe(201);
    expect(u.body.change).toMatchObject({ action: "undo", undoes: r.body.change.id, author: "ana" });
    expect((await get("/api/events")).body.suppressed).toBe(0);
    expect((await call("POST", `/api/history/${r.body.change.id}/undo`, undefined)).status).toBe(400);
  });

  it("notes, tags and marks a story reviewed; the story carries its review, and merges are listed with their author", async () => {
    const stories = (await get("/api/stories")).body.stories as Body[];
    const [a, b] = stories;
    expect((await call("POST", `/api/stories/${a.id}/notes`, { text: "checked against the ministry's list" })).status).toBe(201);
    expect((await call("POST", `/api/stories/${a.id}/tags`, { tag: "verified" }, BO)).status).toBe(201);
    expect((await call("POST", `/api/stories/${a.id}/reviewed`, { reviewed: true }, BO)).status).toBe(201);
    const got = (await get(`/api/stories/${a.id}`)).body.story;
    expect(got.review).toMatchObject({
      reviewed: { author: "bo" },
      tags: ["verified"],
      notes: [{ text: "checked against the ministry's list", author: "ana" }],
    });
    const m = await call("POST", "/api/stories/merge", { stories: [a.id, b.id], note: "one operation" }, BO);
    expect(m.status).toBe(201);
    expect(m.body.change).toMatchObject({ action: "merge", author: "bo", target: m.body.override.id });
    const list = (await get("/api/overrides")).body.overrides;
    expect(list).toEqual([expect.objectContaining({ id: m.body.override.id, action: "merge", author: "bo", change: m.body.change.id })]);
    expect((await call("POST", `/api/history/${m.body.override.id}/undo`, undefined)).status).toBe(201);
    expect((await get("/api/overrides")).body.overrides).toEqual([]);
  });

  it("bad input is a 400 or 404 naming the problem", async () => {
    const e = await transfer150();
    let r = await call("POST", `/api/events/${e.id}/corrections`, { field: "count", value: { value: -3, qualifier: "exact" } });
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/^value\.value: /);
    r = await call("POST", `/api/events/${e.id}/corrections`, { field: "evidence", value: "x" });
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/^field: /);
    r = await call("POST", `/api/events/${e.id}/corrections`, { field: "date", value: "yesterday" });
    expect(r.status).toBe(400);
    r = await call("POST", "/api/events/99999/suppress", {});
    expect(r.status).toBe(404);
    r = await call("POST", "/api/stories/st_nope/reviewed", { reviewed: true });
    expect(r.status).toBe(404);
    r = await call("POST", "/api/history/chg_nope/undo", undefined);
    expect(r.status).toBe(404);
    expect((await get("/api/history?target=nothing-here")).status).toBe(404);
  });

  it("declares the review routes in the OpenAPI document", async () => {
    const doc = (await get("/api/openapi.json")).body;
    for (const p of ["/api/events/{id}/corrections", "/api/events/{id}/suppress", "/api/stories/{id}/reviewed", "/api/history/{id}/undo", "/api/history"]) {
      expect(doc.paths[p], p).toBeDefined();
    }
    expect(doc.paths["/api/events/{id}/corrections"].post.security).toEqual([{ bearer: [] }]);
    expect(doc.components.schemas.ReviewChange.properties.author).toBeDefined();
  });
});

describe("named tokens", () => {
  it("are read as name:token, one a line or comma-separated, with one-line problems", () => {
    expect(parseTokens("ana:aaaaaaaa, bo:bbbbbbbb", "env")).toEqual({
      ok: true,
      tokens: [
        { name: "ana", token: "aaaaaaaa" },
        { name: "bo", token: "bbbbbbbb" },
      ],
    });
    expect(parseTokens("ana:short", "f.txt")).toMatchObject({ ok: false, problem: expect.stringMatching(/^f\.txt: the token of 'ana' must be at least 8/) });
    expect(parseTokens("ana:aaaaaaaa\nana:cccccccc", "f.txt")).toMatchObject({ ok: false, problem: "f.txt: 'ana' is named twice" });
    expect(parseTokens("ana:aaaaaaaa\nbo:aaaaaaaa", "f.txt")).toMatchObject({ ok: false, problem: expect.stringContaining("same token") });
    expect(parseTokens("justatoken", "f.txt")).toMatchObject({ ok: false, problem: expect.stringContaining("entry 1 has no valid name") });
  });
});

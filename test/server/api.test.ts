// The HTTP API against a real server on a random port and a real SQLite file.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { CONTENT_SECURITY_POLICY } from "../../src/server/security.js";
import { EVENT_SPECS, seededStore, type TestStore } from "./corpus.js";

const TOKEN = "s3cret-test-token";
let db: TestStore;
let server: RunningServer;
let readOnly: RunningServer;

const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init);
// biome-ignore lint/suspicious/noExplicitAny: a JSON body of the API, read by the assertions
type Body = Record<string, any>;

const json = async (path: string) => {
  const res = await get(path);
  expect(res.status, `${path} → ${res.status}`).toBe(200);
  return (await res.json()) as Body;
};

beforeAll(async () => {
  db = await seededStore();
  server = await startServer({ store: db.store, port: 0, token: TOKEN, webRoot: null });
  readOnly = await startServer({ store: db.store, port: 0, webRoot: null });
});

afterAll(async () => {
  await server?.close();
  await readOnly?.close();
  await db?.cleanup();
});

describe("reading", () => {
  it("binds to 127.0.0.1 by default and prints its URL", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("lists documents with their event counts", async () => {
    const body = await json("/api/documents");
    const ids = body.documents.map((d: { id: string }) => d.id).sort();
    expect(ids).toEqual(["daily-escape", "radio-update", "weekly-total", "wire-transfer"]);
    const daily = body.documents.find((d: { id: string }) => d.id === "daily-escape");
    expect(daily.events).toBe(4);
  });

  it("gives a document's cleaned text and its events with evidence offsets into it", async () => {
    const body = await json("/api/documents/daily-escape");
    expect(body.document.id).toBe("daily-escape");
    expect(body.document.removed).toEqual([]);
    expect(body.events).toHaveLength(4);
    for (const e of body.events) {
      for (const ev of e.evidence) expect(body.document.cleanText.slice(ev.start, ev.end)).toBe(ev.text);
    }
    expect(body.document.raw).toBeUndefined();
  });

  it("filters events by type, status, country, date range, group, place, source and confidence", async () => {
    const types = async (qs: string) => ((await json(`/api/events?${qs}`)).events as { type: string }[]).map((e) => e.type).sort();
    expect(await types("type=transfer")).toEqual(["transfer", "transfer", "transfer", "transfer"]);
    expect(await types("type=transfer&status=planned")).toEqual(["transfer"]);
    expect(await types("country=iq")).toEqual(["transfer", "transfer", "transfer", "transfer"]);
    // A month-precision date ("2026-01") overlaps the range, so it is in.
    expect(await types("from=2026-01-20&to=2026-01-31")).toEqual(["holding", "transfer", "transfer"]);
    expect(await types("from=2026-01-21&to=2026-01-21")).toEqual(["transfer", "transfer"]);
    expect(await types("group=Islamic%20State")).toHaveLength(4);
    expect(await types("group=islamic%20state")).toHaveLength(4);
    expect(await types("place=Raqq")).toEqual(["arrest", "attack", "escape", "holding"]);
    expect(await types("source=monitors")).toEqual(["attack"]);
    expect(await types("minConfidence=0.85")).toEqual(["escape", "transfer", "transfer"]);
  });

  it("searches the evidence text", async () => {
    const body = await json("/api/events?q=artillery");
    expect(body.events.map((e: { type: string }) => e.type)).toEqual(["attack"]);
    expect((await json("/api/events?q=zebra")).events).toEqual([]);
    // Query syntax in the words is text, not an error.
    for (const q of ['"', "AND", "NEAR(", "*", "a OR", "'; DROP TABLE events; --", "prison*"]) {
      const res = await get(`/api/events?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
    expect((await json("/api/events")).events).toHaveLength(EVENT_SPECS.length);
  });

  it("pages with a cursor until every event has been seen once", async () => {
    const seen: string[] = [];
    let next: string | null = null;
    let pages = 0;
    do {
      const body: Body = await json(`/api/events?limit=3${next ? `&after=${encodeURIComponent(next)}` : ""}`);
      expect(body.events.length).toBeLessThanOrEqual(3);
      seen.push(...body.events.map((e: { id: string }) => e.id));
      next = body.next;
      pages++;
    } while (next && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(EVENT_SPECS.length);
    expect(seen).toHaveLength(EVENT_SPECS.length);
  });

  it("gets one event by id, and 404s as JSON for an unknown one", async () => {
    const first = (await json("/api/events?limit=1")).events[0];
    expect((await json(`/api/events/${first.id}`)).event).toEqual(first);
    const res = await get("/api/events/999999");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(await res.json()).toEqual({ error: "not_found", message: "no event '999999'" });
  });

  it("aggregates places with coordinates and flows origin → destination", async () => {
    const body = await json("/api/places");
    const raqqa = body.places.find((p: { name: string }) => p.name === "Raqqa");
    expect(raqqa).toMatchObject({ country: "SY", events: 4, lat: 35.95, lon: 39.01 });
    const flow = body.flows.find((f: { origin: { name: string } }) => f.origin.name === "Hasakah");
    expect(flow).toMatchObject({ destination: { name: "Baghdad", country: "IQ" }, events: 1, people: 150 });
    expect(body.flows.find((f: { origin: { name: string } }) => f.origin.name === "Syria").events).toBe(3);
    const filtered = await json("/api/places?type=attack");
    expect(filtered.places.map((p: { name: string }) => p.name)).toEqual(["Raqqa"]);
    expect(filtered.flows).toEqual([]);
  });

  it("aggregates groups", async () => {
    const body = await json("/api/groups");
    expect(body.groups).toEqual([expect.objectContaining({ name: "Islamic State", events: 4, people: 7900, first: "2026-01", last: "2026-02-03", docs: 3 })]);
  });

  it("serves the reconciled stories, series (with the planned ceiling apart) and conflicts", async () => {
    const stories = (await json("/api/stories")).stories as { id: string; type: string; mentions: { eventId: string }[] }[];
    // the two running totals of one route (450, then 300 so far) are one operation: one story; every other record its own
    expect(stories).toHaveLength(EVENT_SPECS.length - 1);
    expect(
      stories
        .filter((s) => s.type === "transfer")
        .map((s) => s.mentions.length)
        .sort(),
    ).toEqual([1, 1, 2]);
    expect((await json("/api/stories?type=attack")).stories).toHaveLength(1);
    expect((await json(`/api/stories/${stories[0].id}`)).story.id).toBe(stories[0].id);
    const series = (await json("/api/series")).series as { id: string; type: string; points: { value: number }[]; planned: { value: number }[] }[];
    const moved = series.find((x) => x.type === "transfer")!;
    expect(moved.points.map((p) => p.value).sort()).toEqual([300, 450]);
    expect(moved.planned.map((p) => p.value)).toEqual([7000]);
    const one = await json(`/api/series/${moved.id}`);
    expect(one.conflicts).toHaveLength(1);
    const conflicts = (await json("/api/conflicts")).conflicts as { kind: string; seriesId: string }[];
    expect(conflicts).toEqual([expect.objectContaining({ kind: "decreasing-cumulative", seriesId: moved.id })]);
    expect((await get("/api/stories/nope")).status).toBe(404);
    expect((await get("/api/series/nope")).status).toBe(404);
  });

  it("describes itself in OpenAPI 3.1", async () => {
    const doc = await json("/api/openapi.json");
    expect(doc.openapi).toBe("3.1.0");
    for (const p of [
      "/api/documents",
      "/api/documents/{id}",
      "/api/events",
      "/api/events/{id}",
      "/api/stories",
      "/api/series",
      "/api/conflicts",
      "/api/places",
      "/api/groups",
      "/api/ingest",
      "/api/extract",
      "/api/stories/merge",
      "/api/stories/split",
    ]) {
      expect(doc.paths[p], p).toBeDefined();
    }
    const names = doc.paths["/api/events"].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(["type", "status", "from", "to", "country", "place", "group", "source", "minConfidence", "q", "after", "limit"]),
    );
    const type = doc.paths["/api/events"].get.parameters.find((p: { name: string }) => p.name === "type");
    expect(type.schema.enum).toContain("repatriation");
  });
});

describe("caching", () => {
  it("sends an ETag that changes with the body and answers If-None-Match with 304", async () => {
    const res = await get("/api/events?type=transfer");
    const tag = res.headers.get("etag");
    expect(tag).toMatch(/^"[\w-]+"$/);
    const again = await get("/api/events?type=transfer", { headers: { "If-None-Match": tag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await get("/api/events?type=escape");
    expect(other.headers.get("etag")).not.toBe(tag);
    const stale = await get("/api/events?type=transfer", { headers: { "If-None-Match": '"something-else"' } });
    expect(stale.status).toBe(200);
  });
});

describe("bad requests", () => {
  const bad = async (path: string, pattern: RegExp) => {
    const res = await get(path);
    expect(res.status, path).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("bad_request");
    expect(body.message).toMatch(pattern);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
  };

  it("rejects unknown types, bad dates, bad limits, unknown params and forged cursors with 400 JSON", async () => {
    await bad("/api/events?type=parade", /type/);
    await bad("/api/events?from=yesterday", /from/);
    await bad("/api/events?from=2026-02&to=2026-01", /from/);
    await bad("/api/events?limit=0", /limit/);
    await bad("/api/events?limit=100000", /limit/);
    await bad("/api/events?minConfidence=2", /minConfidence/);
    await bad("/api/events?country=Syria", /country/);
    await bad("/api/events?colour=red", /colour/);
    await bad("/api/events?after=not-a-cursor", /cursor/);
    await bad("/api/events?type=transfer&type=escape", /type/);
  });

  it("answers unknown routes with a JSON 404", async () => {
    const res = await get("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: "not_found" });
    expect((await get("/api/documents/unknown-doc")).status).toBe(404);
  });
});

describe("headers", () => {
  it("sets a strict Content-Security-Policy and nosniff on API and error responses", async () => {
    for (const path of ["/api/events", "/api/nothing", "/api/events?type=bad"]) {
      const res = await get(path);
      expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe");
  });
});

describe("writes", () => {
  const article = {
    id: "posted-1",
    text: "Guards moved 40 detainees from Hasakah to Baghdad on Tuesday, officials said.",
    published: "2026-01-14",
    outlet: "Test Post",
  };
  const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(new URL(path, base), { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

  it("are disabled (403) when the server has no token", async () => {
    for (const path of ["/api/ingest", "/api/extract", "/api/stories/merge", "/api/stories/split"]) {
      const res = await post(readOnly.url, path, article, { authorization: `Bearer ${TOKEN}` });
      expect(res.status, path).toBe(403);
      expect((await res.json()).error).toBe("forbidden");
    }
  });

  it("refuse a missing (401) or wrong (403) token", async () => {
    const none = await post(server.url, "/api/ingest", article);
    expect(none.status).toBe(401);
    const wrong = await post(server.url, "/api/ingest", article, { authorization: "Bearer nope" });
    expect(wrong.status).toBe(403);
    expect((await get("/api/documents/posted-1")).status).toBe(404);
  });

  it("ingest an article through the pipeline and store it", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const res = await post(server.url, "/api/ingest", article, auth);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ status: "inserted", id: "posted-1", version: 1 });
    const doc = await json("/api/documents/posted-1");
    expect(doc.document.cleanText).toContain("moved 40 detainees");
    expect(doc.document.published).toBe("2026-01-14");
    expect(doc.document.outlet).toBe("Test Post");
    const again = await post(server.url, "/api/ingest", article, auth);
    expect(again.status).toBe(200);
    expect((await again.json()).status).toBe("unchanged");
  });

  it("read the text of posted HTML, never its markup", async () => {
    const html =
      "<html><head><title>T</title><script>var x = 1;</script></head><body><article><p>Officials said 25 prisoners were released in Raqqa on Friday.</p></article></body></html>";
    const res = await post(server.url, "/api/ingest", { id: "posted-html", html }, { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(201);
    const doc = await json("/api/documents/posted-html");
    expect(doc.document.cleanText).toContain("25 prisoners were released");
    expect(doc.document.cleanText).not.toContain("<");
    expect(doc.document.cleanText).not.toContain("var x");
    expect(doc.document.format).toBe("html");
  });

  it("validate bodies: bad JSON, missing text, bad ids, too large", async () => {
    const auth = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };
    const badJson = await fetch(new URL("/api/ingest", server.url), { method: "POST", headers: auth, body: "{not json" });
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error).toBe("bad_request");
    const noText = await post(server.url, "/api/ingest", { id: "x1" }, auth);
    expect(noText.status).toBe(400);
    expect((await noText.json()).message).toMatch(/text or html/);
    const badId = await post(server.url, "/api/ingest", { id: "../etc/passwd", text: "x" }, auth);
    expect(badId.status).toBe(400);
    const huge = await post(server.url, "/api/ingest", { id: "huge", text: "a".repeat(5 * 1024 * 1024) }, auth);
    expect(huge.status).toBe(413);
    expect((await huge.json()).error).toBe("payload_too_large");
    const bigMerge = await post(server.url, "/api/stories/merge", { stories: ["a", "b"], note: "n".repeat(100_000) }, auth);
    expect(bigMerge.status).toBe(413);
  });

  it("re-extract stored documents", async () => {
    const res = await post(server.url, "/api/extract", { ids: ["posted-1"] }, { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ documents: 1 });
    const missing = await post(server.url, "/api/extract", { ids: ["no-such-doc"] }, { authorization: `Bearer ${TOKEN}` });
    expect(missing.status).toBe(404);
  });

  it("merge two stories into one, then split a mention back out, as overrides", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const before = (await json("/api/stories?type=transfer")).stories as { id: string; mentions: { eventId: string; doc: string }[] }[];
    const a = before.find((s) => s.mentions.some((m) => m.doc === "weekly-total"))!;
    const b = before.find((s) => s.mentions.some((m) => m.doc === "radio-update"))!;
    const m = await post(server.url, "/api/stories/merge", { stories: [a.id, b.id], note: "same tally" }, auth);
    expect(m.status).toBe(201);
    const merged = ((await json("/api/stories?type=transfer")).stories as typeof before).find((s) => s.mentions.some((x) => x.doc === "weekly-total"))!;
    expect(merged.mentions.map((x) => x.doc).sort()).toEqual(["radio-update", "weekly-total"]);
    const radio = merged.mentions.find((x) => x.doc === "radio-update")!;
    const sp = await post(server.url, "/api/stories/split", { story: merged.id, eventId: radio.eventId }, auth);
    expect(sp.status).toBe(201);
    const after = ((await json("/api/stories?type=transfer")).stories as typeof before).find((s) => s.mentions.some((x) => x.doc === "radio-update"))!;
    expect(after.mentions).toHaveLength(1);
    const single = await post(server.url, "/api/stories/split", { story: after.id, eventId: after.mentions[0].eventId }, auth);
    expect(single.status).toBe(400);
    // merged again: one of the two ids lives on; the other answers with the merged story and says it was redirected
    const weekly = ((await json("/api/stories?type=transfer")).stories as typeof before).find((s) => s.mentions.some((x) => x.doc === "weekly-total"))!;
    expect(weekly.id).not.toBe(after.id);
    expect((await post(server.url, "/api/stories/merge", { stories: [weekly.id, after.id] }, auth)).status).toBe(201);
    const again = ((await json("/api/stories?type=transfer")).stories as typeof before).find((s) => s.mentions.some((x) => x.doc === "weekly-total"))!;
    expect(again.mentions).toHaveLength(2);
    expect([weekly.id, after.id]).toContain(again.id);
    const retired = again.id === weekly.id ? after.id : weekly.id;
    const redirected = await json(`/api/stories/${retired}`);
    expect(redirected.story.id).toBe(again.id);
    expect(redirected.redirectedFrom).toEqual([{ id: retired, successor: again.id, reason: "merged", retiredAt: expect.any(String) }]);
    expect((await json(`/api/stories/${again.id}`)).redirectedFrom).toBeUndefined();
  });

  it("merge and split refuse unknown stories", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const m = await post(server.url, "/api/stories/merge", { stories: ["s-none-1", "s-none-2"] }, auth);
    expect(m.status).toBe(404);
    const s = await post(server.url, "/api/stories/split", { story: "s-none", eventId: "1" }, auth);
    expect(s.status).toBe(404);
  });
});

// The HTTP API on PostgreSQL answers as on SQLite: the same corpus seeded
// into both, the same requests to two servers, the same statuses and bodies.
// The full API suite (api.test.ts) runs on SQLite; this compares every
// reading route and a write on PostgreSQL against it.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore } from "../../src/store/postgres/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { freshDatabase, PG_MISSING, PG_URL } from "../pg.js";
import { seededStore, type TestStore } from "./corpus.js";

const TOKEN = "engines-test-token";

/** Ingested-at times and the like differ between two stores by nature; everything else must not. */
function stable(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (k, v) => (k === "ingestedAt" || k === "savedAt" ? "(time)" : v));
}

if (!PG_URL) {
  describe("HTTP API on PostgreSQL", () => {
    it.skip(`skipped: no PostgreSQL (${PG_MISSING})`, () => {});
  });
} else {
  describe("HTTP API on PostgreSQL", () => {
    let lite: TestStore;
    let pg: TestStore;
    let a: RunningServer;
    let b: RunningServer;
    beforeAll(async () => {
      lite = await seededStore();
      const url = await freshDatabase("api");
      pg = await seededStore({ open: () => openPostgresStore(url) });
      a = await startServer({ store: lite.store, port: 0, token: TOKEN, webRoot: null });
      b = await startServer({ store: pg.store, port: 0, token: TOKEN, webRoot: null });
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await lite?.cleanup();
      await pg?.cleanup();
    });

    const both = async (path: string, init?: RequestInit) => {
      const [ra, rb] = await Promise.all([fetch(new URL(path, a.url), init), fetch(new URL(path, b.url), init)]);
      const [ba, bb] = await Promise.all([ra.text(), rb.text()]);
      return { a: { status: ra.status, body: ba }, b: { status: rb.status, body: bb } };
    };
    const same = async (path: string, init?: RequestInit) => {
      const r = await both(path, init);
      expect(r.b.status, path).toBe(r.a.status);
      const parse = (t: string) => {
        try {
          return stable(JSON.parse(t));
        } catch {
          return t;
        }
      };
      expect(parse(r.b.body), path).toEqual(parse(r.a.body));
      return r.a;
    };

    it("answers every reading route the same", async () => {
      const events = JSON.parse((await same("/api/events")).body) as { events: { id: string }[] };
      expect(events.events.length).toBeGreaterThan(5);
      for (const path of [
        "/api/documents",
        "/api/documents/daily-escape",
        "/api/documents/unknown-doc",
        `/api/events/${events.events[0]!.id}`,
        "/api/events/999999",
        "/api/events?type=transfer",
        "/api/events?country=SY",
        "/api/events?from=2026-01&to=2026-02",
        "/api/events?q=artillery",
        "/api/events?q=zebra",
        "/api/events?limit=3",
        "/api/events?after=not-a-cursor",
        "/api/stories",
        "/api/stories?type=transfer",
        "/api/series",
        "/api/conflicts",
        "/api/places",
        "/api/groups",
        "/api/facilities",
        "/api/facilities?format=geojson",
        "/api/facilities/fac-al-hol",
        "/api/facilities/fac-nowhere",
      ]) {
        await same(path);
      }
    });

    it("stores a posted article the same way", async () => {
      const init = {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({
          id: "posted-pg",
          text: "Guards moved 40 detainees from Hasakah to Baghdad on Tuesday, officials said.",
          published: "2026-01-14",
        }),
      };
      const first = await same("/api/ingest", init);
      expect(first.status).toBe(201);
      await same("/api/ingest", init);
      await same("/api/documents/posted-pg");
      await same("/api/events?q=detainees");
    });
  });
}

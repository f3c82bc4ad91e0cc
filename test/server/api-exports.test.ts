// The API's export formats, cursor paging of every list, and the OpenAPI
// document's completeness, against a real server over a real SQLite file.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACLED_COLUMNS } from "../../src/export/acled.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { readCsv } from "../csv-reader.js";
import { seededStore, type TestStore } from "./corpus.js";

let db: TestStore;
let server: RunningServer;
const get = (path: string) => fetch(new URL(path, server.url));
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API, read by the assertions
type Body = Record<string, any>;

beforeAll(async () => {
  db = await seededStore();
  server = await startServer({ store: db.store, port: 0, token: "t0ken", webRoot: null });
});
afterAll(async () => {
  await server?.close();
  await db?.cleanup();
});

describe("export formats of the list routes", () => {
  it("stories as ACLED-compatible CSV", async () => {
    const res = await get("/api/stories?format=acled");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const text = await res.text();
    expect(text.split("\r\n")[0]!.split(",")).toEqual([...ACLED_COLUMNS]);
    const rows = readCsv(text);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.event_id_cnty).toMatch(/^[A-Z]{3}\d+$/);
  });

  it("stories as CSV with low, best and high figures, and as JSON with them", async () => {
    const rows = readCsv(await (await get("/api/stories?format=csv")).text());
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(["low", "best", "high"]));
    const body = (await (await get("/api/stories")).json()) as Body;
    const counted = body.stories.filter((s: Body) => s.count?.value != null);
    expect(counted.length).toBeGreaterThan(0);
    for (const s of counted) expect(s.figures.best).toBe(s.count.value);
    const series = (await (await get("/api/series")).json()) as Body;
    for (const se of series.series) for (const p of se.points) expect(p.figures.best).toBe(p.value);
  });

  it("stories as GeoJSON points or lines, never without geometry", async () => {
    for (const geometry of ["point", "line"]) {
      const res = await get(`/api/stories?format=geojson&geometry=${geometry}`);
      expect(res.headers.get("content-type")).toMatch(/^application\/geo\+json/);
      const fc = (await res.json()) as Body;
      expect(fc.type).toBe("FeatureCollection");
      for (const f of fc.features) expect(f.geometry.type).toBe(geometry === "point" ? "Point" : "LineString");
      expect(typeof fc.leftOut).toBe("object");
    }
    expect((await get("/api/stories?geometry=line")).status).toBe(400);
    expect((await get("/api/stories?format=xlsx")).status).toBe(400);
  });

  it("events, series and conflicts as CSV", async () => {
    for (const path of ["/api/events?format=csv", "/api/series?format=csv", "/api/conflicts?format=csv"]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
      expect(readCsv(await res.text()).length, path).toBeGreaterThanOrEqual(0);
    }
    const fc = (await (await get("/api/events?format=geojson")).json()) as Body;
    expect(fc.features.length).toBeGreaterThan(0);
  });
});

describe("cursor paging", () => {
  for (const [path, key] of [
    ["/api/stories", "stories"],
    ["/api/series", "series"],
    ["/api/conflicts", "conflicts"],
    ["/api/documents", "documents"],
  ] as const) {
    it(`walks ${path} one item a page and gets the whole list`, async () => {
      const all = ((await (await get(path)).json()) as Body)[key].map((x: Body) => x.id);
      expect(all.length).toBeGreaterThan(0);
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i <= all.length; i++) {
        const body = (await (await get(`${path}?limit=1${after ? `&after=${encodeURIComponent(after)}` : ""}`)).json()) as Body;
        expect(body[key].length).toBeLessThanOrEqual(1);
        seen.push(...body[key].map((x: Body) => x.id));
        after = body.next;
        if (!after) break;
      }
      expect(seen).toEqual(all);
      const bad = await get(`${path}?after=no-such-id`);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as Body).message).toMatch(/^after: invalid cursor/);
    });
  }
});

describe("the OpenAPI document", () => {
  it("names every operation, declares its security and every error it can answer with", async () => {
    const doc = (await (await get("/api/openapi.json")).json()) as Body;
    expect(doc.servers?.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Body)) {
      for (const [method, op] of Object.entries(ops as Body)) {
        expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
        expect(ids.has(op.operationId)).toBe(false);
        ids.add(op.operationId);
        expect(Array.isArray(op.security), `${method} ${path} security`).toBe(true);
        const codes = Object.keys(op.responses);
        expect(codes, `${method} ${path}`).toContain("500");
        if (path !== "/api/openapi.json") expect(codes, `${method} ${path}`).toContain("400");
        if (path.includes("{id}")) expect(codes, `${method} ${path}`).toContain("404");
        if (method === "post") {
          expect(op.security).toEqual([{ bearer: [] }]);
          expect(codes).toEqual(expect.arrayContaining(["401", "403", "413", "415"]));
        }
        for (const [code, r] of Object.entries(op.responses as Body))
          if (Number(code) >= 400) expect(r.content?.["application/json"]?.schema, `${method} ${path} ${code}`).toEqual({ $ref: "#/components/schemas/Error" });
      }
    }
    // Every reference resolves.
    const refs = JSON.stringify(doc).match(/"\$ref":"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const r of refs) expect(doc.components.schemas[r.split("/").pop()!.replace(/"$/, "")], r).toBeDefined();
    // The list routes offer their formats.
    expect(Object.keys(doc.paths["/api/stories"].get.responses["200"].content)).toEqual(["application/json", "text/csv", "application/geo+json"]);
  });
});

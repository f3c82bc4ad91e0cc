// `sourced facilities`, `sourced facility ID` and GET /api/facilities over a
// SQLite file holding the reports of facility-articles.ts.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/server/index.js";
import { openSqliteStore } from "../src/store/sqlite/index.js";
import type { Store } from "../src/store/store.js";
import { storeFacilityArticles } from "./facility-articles.js";
import { runCli } from "./reconcile-helpers.js";

const dir = mkdtempSync(join(tmpdir(), "facilities-"));
const db = join(dir, "f.db");
let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = openSqliteStore(db);
  await storeFacilityArticles(store);
  server = await startServer({ store, port: 0, webRoot: null });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, server.url));

describe("sourced facilities", () => {
  it("prints the JSON shape of the issue, filtered by country and kind", async () => {
    const r = await runCli(db, "facilities", "--format", "json", "--country", "sy", "--kind", "camp");
    expect(r.code).toBe(0);
    const fs = JSON.parse(r.stdout);
    expect(fs.map((f: { id: string }) => f.id)).toEqual(["fac-al-hol"]);
    const hol = fs[0];
    for (const k of ["id", "name", "aliases", "kind", "country", "admin1", "lat", "lon", "control", "population", "events"]) expect(hol).toHaveProperty(k);
    expect(hol.control.map((c: { controller: string }) => c.controller)).toEqual(["SDF", "Syrian government"]);
    expect(hol.population[0]).toMatchObject({ low: 24000, best: 24000, high: 24000 });
  });

  it("prints a table and GeoJSON points", async () => {
    const table = await runCli(db, "facilities");
    expect(table.stdout).toMatch(/fac-shaddadi\s+Shaddadi prison\s+prison\s+SY\s+SDF → Syrian government/);
    const geo = JSON.parse((await runCli(db, "facilities", "--format", "geojson")).stdout);
    const hol = geo.features.find((f: { id: string }) => f.id === "fac-al-hol");
    expect(hol.geometry.coordinates).toEqual([41.1497, 36.3786]);
    expect(hol.properties.controller).toBe("Syrian government");
  });

  it("explains one facility, and names a wrong id or option in one line", async () => {
    const one = await runCli(db, "facility", "fac-shaddadi");
    expect(one.stdout).toContain("SDF were no longer able to hold");
    expect(one.stdout).toMatch(/Why:\n.*link:/);
    const bad = await runCli(db, "facility", "fac-nowhere");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    const kind = await runCli(db, "facilities", "--kind", "castle");
    expect(kind.stderr).toMatch(/--kind/);
  });
});

describe("GET /api/facilities", () => {
  it("lists facilities and gives one, 404 for an unknown id, 400 for a bad filter", async () => {
    const list = (await (await get("/api/facilities?country=SY&kind=prison")).json()) as { facilities: { id: string }[] };
    expect(list.facilities.map((f) => f.id)).toContain("fac-shaddadi");
    expect(list.facilities.every((f) => f.id !== "fac-al-hol")).toBe(true);
    const one = (await (await get("/api/facilities/fac-al-hol")).json()) as { facility: { control: { to: string | null }[] } };
    expect(one.facility.control[1].to).toBeNull();
    expect((await get("/api/facilities/fac-nowhere")).status).toBe(404);
    expect((await get("/api/facilities?kind=castle")).status).toBe(400);
    const geo = await get("/api/facilities?format=geojson");
    expect(geo.headers.get("content-type")).toMatch(/geo\+json/);
  });

  it("is in the OpenAPI document", async () => {
    const doc = (await (await get("/api/openapi.json")).json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(doc.paths).toHaveProperty(["/api/facilities"]);
    expect(doc.paths).toHaveProperty(["/api/facilities/{id}"]);
    expect(doc.components.schemas).toHaveProperty("Facility");
  });
});

// sourced export: ACLED-compatible CSV and GeoJSON layers from the built command.

import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACLED_COLUMNS } from "../../src/export/acled.js";
import { readCsv } from "../csv-reader.js";
import { ARTICLES, assertBuilt, sourced, tempDir, write } from "./helpers.js";

const MOVE = `Detainees moved to Iraq

By Staff Writer | March 4, 2025

About 120 detainees were transferred from Hasakah in Syria to Baghdad on Monday, two officials said. The transfer was the second this month.
`;
const STRIKE = `Strike near Ramadi

By Staff Writer | March 6, 2025

An air strike near Ramadi in Iraq killed 12 militants on Wednesday, the military said. Local residents reported smoke over the desert.
`;

const t = tempDir();
beforeAll(async () => {
  assertBuilt();
  const dir = join(t.dir, "articles");
  mkdirSync(dir, { recursive: true });
  write(dir, "move.txt", MOVE);
  write(dir, "strike.txt", STRIKE);
  write(dir, "camp.txt", ARTICLES.camp);
  const r = await sourced(t.dir, ["--db", "x.db", "ingest", "articles"]);
  expect(r.code).toBe(0);
}, 120_000);
afterAll(t.cleanup);

describe("sourced export", () => {
  it("writes ACLED's columns, with a byte order mark and neutralised cells under --excel", async () => {
    const r = await sourced(t.dir, ["--db", "x.db", "export", "--format", "acled", "--excel", "--out", "acled.csv"]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(t.dir, "acled.csv"), "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = readCsv(text.slice(1));
    expect(text.slice(1).split("\r\n")[0]!.split(",")).toEqual([...ACLED_COLUMNS]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.geo_precision).toMatch(/^[123]$/);
      expect(row.time_precision).toMatch(/^[123]$/);
      expect(Number(row.latitude)).not.toBeNaN();
    }
    const strike = rows.find((row) => row.location === "Ramadi")!;
    expect(strike).toMatchObject({ event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike", fatalities: "12", event_date: "2025-03-05" });
    expect(strike.notes).toContain('Evidence: "An air strike near Ramadi in Iraq killed 12 militants on Wednesday, the military said."');
    const move = rows.find((row) => row.location === "Hasakah")!;
    expect(move).toMatchObject({ admin1: "Al-Hasakah", geo_precision: "1", fatalities: "0", country: "Syria", iso: "760" });
    expect(r.stderr).toMatch(/wrote \d+ stories to acled\.csv/);
  }, 60_000);

  it("writes points and lines as separate layers, never a feature without geometry, and says what it left out", async () => {
    const points = await sourced(t.dir, ["--db", "x.db", "export", "--format", "geojson"]);
    expect(points.code).toBe(0);
    const fc = JSON.parse(points.stdout);
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      expect(f.geometry.type).toBe("Point");
      expect(typeof f.properties.precision).toBe("number");
      for (const v of Object.values(f.properties)) expect(Array.isArray(v)).toBe(false);
    }
    const lines = await sourced(t.dir, ["--db", "x.db", "export", "--format", "geojson", "--geometry", "line"]);
    expect(lines.code).toBe(0);
    for (const f of JSON.parse(lines.stdout).features) expect(f.geometry.type).toBe("LineString");
    expect(lines.stderr).toMatch(/^sourced: left out \d+ of \d+ stories \(.*not a movement with both ends placed.*\)$/m);
  }, 60_000);

  it("refuses an unknown geometry in one line", async () => {
    const r = await sourced(t.dir, ["--db", "x.db", "export", "--format", "geojson", "--geometry", "polygon"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toBe("sourced: --geometry: 'polygon' is not one of point, line");
  }, 60_000);
});

// The done-when on the shared seed articles: `sourced facilities`
// lists al-Hol and the Shaddadi prison once each, each with the SDF's control
// ending and the government's starting, the seeds' sentences as evidence.
// Skips when ../shared is absent.

import fs from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../src/cli/ingest-run.js";
import { openSqliteStore } from "../src/store/sqlite/index.js";
import type { Store } from "../src/store/store.js";
import { runCli } from "./reconcile-helpers.js";

const seeds = fileURLToPath(new URL("../../shared/seeds/", import.meta.url));
const available = fs.existsSync(seeds);
const dir = mkdtempSync(join(tmpdir(), "facilities-seeds-"));
const db = join(dir, "seeds.db");
let store: Store;

describe.skipIf(!available)("facilities on the seeds", () => {
  beforeAll(async () => {
    store = openSqliteStore(db);
    await runIngest(store, [seeds], { progress: false });
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists al-Hol and the Shaddadi prison once each, the SDF's control ending and the government's starting", async () => {
    const r = await runCli(db, "facilities", "--format", "json");
    expect(r.code).toBe(0);
    const fs = JSON.parse(r.stdout) as {
      id: string;
      name: string;
      control: { controller: string; to: string | null; sources: { doc: string; evidence: { text: string } }[] }[];
    }[];
    for (const [id, words] of [
      ["fac-al-hol", /previously run by the SDF/],
      ["fac-shaddadi", /no longer able to hold/],
    ] as const) {
      expect(fs.filter((f) => f.id === id)).toHaveLength(1);
      const f = fs.find((x) => x.id === id)!;
      expect(f.control.map((c) => c.controller)).toEqual(["SDF", "Syrian government"]);
      expect(f.control[1].to).toBeNull();
      expect(f.control[0].sources.map((s) => s.evidence.text).join(" ")).toMatch(words);
      expect(f.control[1].sources.length).toBeGreaterThanOrEqual(2);
    }
    expect(fs.filter((f) => /hol|hawl/i.test(f.name))).toHaveLength(1);
    expect(fs.filter((f) => /shadd/i.test(f.name))).toHaveLength(1);
  });
});

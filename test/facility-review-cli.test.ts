// An analyst's merge and split of facilities, end to end on both engines:
// reports written for this test name one prison by two names the registry
// does not tie (merged by the analyst) and one learned prison by two
// spellings that are two places (split); the changes hold for reports
// ingested later, show in `sourced facilities`/`facility`, the API and the
// history, and are undone like every review change.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "../src/server/index.js";
import { openSqliteStore } from "../src/store/sqlite/index.js";
import type { Facility, ReviewChange } from "../src/types.js";
import { freshDatabase, PG_MISSING, PG_URL } from "./pg.js";
import { runCli } from "./reconcile-helpers.js";

const dir = mkdtempSync(join(tmpdir(), "facility-review-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = (name: string, date: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, `Published: ${date}\n\n${text}\n`);
  return path;
};
const FIRST = [
  report("karama.txt", "2025-06-02", "Guards moved 40 inmates from Karama prison to Damascus on Thursday, officials said."),
  report("khanzir.txt", "2025-06-04", "Guards moved 25 inmates from Tal Khanzir prison to Damascus on Sunday, officials said."),
  report("qasrik.txt", "2025-06-05", "Guards moved 30 inmates from Qasrik prison to Damascus on Tuesday, officials said."),
  report("qasrek.txt", "2025-06-08", "Guards moved 60 inmates from Qasrek prison to Damascus on Sunday, officials said."),
];
const LATER = report("khanzir-later.txt", "2025-06-12", "Guards moved 15 inmates from Tal Khanzir prison to Damascus on Monday, officials said.");

type Run = (...args: string[]) => ReturnType<typeof runCli>;

async function facilities(run: Run): Promise<Facility[]> {
  const r = await run("facilities", "--format", "json");
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Facility[];
}
const named = (fs: Facility[], name: string) => fs.find((f) => f.aliases.includes(name));

async function scenario(db: string): Promise<void> {
  const run: Run = (...args) => runCli(db, ...args);
  expect((await run("ingest", ...FIRST)).code).toBe(0);

  // before: the registry keeps Karama and Tal Khanzir apart, and ties Qasrik and Qasrek by their spelling
  const before = await facilities(run);
  const karama = named(before, "Karama prison")!;
  const khanzir = named(before, "Tal Khanzir prison")!;
  const qasrik = named(before, "Qasrik prison")!;
  expect(karama.id).not.toBe(khanzir.id);
  expect(named(before, "Qasrek prison")?.id).toBe(qasrik.id);
  expect(qasrik.events).toHaveLength(2);

  // merge: Tal Khanzir's events become Karama's, whose id stays
  const merged = await run("review", "merge-facilities", karama.id, khanzir.id, "--by", "rana");
  expect(merged.code, merged.stderr).toBe(0);
  const afterMerge = await facilities(run);
  const survivor = afterMerge.find((f) => f.id === karama.id)!;
  expect(survivor.aliases).toEqual(expect.arrayContaining(["Karama prison", "Tal Khanzir prison"]));
  expect(survivor.events.map((e) => e.eventId).sort()).toEqual([...karama.events, ...khanzir.events].map((e) => e.eventId).sort());
  expect(survivor.review).toMatchObject({ mergedFrom: [khanzir.id] });
  expect(afterMerge.some((f) => f.id === khanzir.id)).toBe(false);
  // the merged-away id leads to the survivor, and says so
  const old = await run("facility", khanzir.id);
  expect(old.code).toBe(0);
  expect(old.stdout).toContain(karama.id);
  expect(old.stdout).toMatch(/review: Tal Khanzir prison .* merged into Karama prison by rana/);
  expect(old.stderr).toContain(`${khanzir.id} was merged into ${karama.id}`);

  // split: Qasrek becomes a facility of its own, with its event
  const split = await run("review", "split-facility", qasrik.id, "--alias", "qasrek prison", "--by", "rana");
  expect(split.code, split.stderr).toBe(0);
  const afterSplit = await facilities(run);
  const qasrek = named(afterSplit, "Qasrek prison")!;
  const rest = afterSplit.find((f) => f.id === qasrik.id)!;
  expect(qasrek.id).not.toBe(qasrik.id);
  expect(qasrek.review).toMatchObject({ splitFrom: qasrik.id });
  expect(rest.aliases).toEqual(["Qasrik prison"]);
  expect(qasrek.events).toHaveLength(1);
  expect(rest.events).toHaveLength(1);
  expect(qasrek.events[0]!.evidence.text).toContain("Qasrek");
  // what cannot be split, in one line
  const bad = await run("review", "split-facility", qasrik.id, "--alias", "Karama prison");
  expect(bad.code).not.toBe(0);
  expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  expect(bad.stderr).toMatch(/not an alias/);
  expect((await run("review", "merge-facilities", karama.id, "fac-nowhere")).code).not.toBe(0);

  // a report ingested after the merge names the merged-away prison: its event goes to the survivor
  expect((await run("ingest", LATER)).code).toBe(0);
  const later = (await facilities(run)).find((f) => f.id === karama.id)!;
  expect(later.events).toHaveLength(3);

  // in the history, append-only; undoing the merge brings the two facilities back, undoing the undo merges them again
  const history = (await run("review", "history", "--json")).stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ReviewChange);
  const mergeChange = history.find((c) => c.targetKind === "facility" && c.action === "merge")!;
  expect(mergeChange).toMatchObject({ target: karama.id, author: "rana" });
  const undone = await run("review", "undo", mergeChange.id, "--by", "rana");
  expect(undone.code, undone.stderr).toBe(0);
  const apart = await facilities(run);
  expect(apart.find((f) => f.id === khanzir.id)?.events).toHaveLength(2);
  expect(apart.find((f) => f.id === karama.id)?.events).toHaveLength(1);
  // the split stays in effect
  expect(named(apart, "Qasrek prison")?.id).toBe(qasrek.id);
  const undoChange = (await run("review", "history", "--json")).stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as ReviewChange)
    .at(-1)!;
  expect((await run("review", "undo", undoChange.id)).code).toBe(0);
  expect((await facilities(run)).some((f) => f.id === khanzir.id)).toBe(false);
}

describe("facility merge and split on SQLite", () => {
  const db = join(dir, "f.db");
  it("merges, splits, holds for later reports and undoes, from the command line", async () => {
    await scenario(db);
  }, 120_000);

  it("answers a merged-away id with the survivor in the API, and documents it", async () => {
    const store = openSqliteStore(db);
    const server = await startServer({ store, port: 0, webRoot: null, tokens: [{ name: "desk-ana", token: "facility-review-token" }] });
    try {
      const get = async (path: string) => (await fetch(new URL(path, server.url))).json() as Promise<Record<string, unknown>>;
      const list = (await get("/api/facilities")).facilities as Facility[];
      const survivor = list.find((f) => f.review?.mergedFrom.length)!;
      const gone = survivor.review!.mergedFrom[0]!;
      const one = await get(`/api/facilities/${gone}`);
      expect((one.facility as Facility).id).toBe(survivor.id);
      expect(one.redirectedFrom).toBe(gone);
      const doc = JSON.stringify(await get("/api/openapi.json"));
      expect(doc).toContain("redirectedFrom");
      expect(doc).toContain("mergedFrom");
      expect(doc).toContain("/api/facilities/{id}/split");
      // a split through the API, with a named token: recorded with the token's name
      const post = (path: string, body: unknown, token?: string) =>
        fetch(new URL(path, server.url), {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        });
      const path = `/api/facilities/${survivor.id}/split`;
      expect((await post(path, { aliases: ["Tal Khanzir prison"] })).status).toBe(401);
      expect((await post(path, { aliases: ["Nowhere prison"] }, "facility-review-token")).status).toBe(400);
      const made = await post(path, { aliases: ["Tal Khanzir prison"] }, "facility-review-token");
      expect(made.status).toBe(201);
      expect(((await made.json()) as { change: ReviewChange }).change).toMatchObject({ targetKind: "facility", action: "split", author: "desk-ana" });
      const after = (await get("/api/facilities")).facilities as Facility[];
      expect(after.find((f) => f.aliases.includes("Tal Khanzir prison"))?.review?.splitFrom).toBe(survivor.id);
      expect(after.find((f) => f.id === survivor.id)?.aliases).not.toContain("Tal Khanzir prison");
    } finally {
      await server.close();
      await store.close();
    }
  });
});

if (!PG_URL) {
  describe("facility merge and split on PostgreSQL", () => {
    it.skip(`skipped: no PostgreSQL (${PG_MISSING})`, () => {});
  });
} else {
  describe("facility merge and split on PostgreSQL", () => {
    it("merges, splits, holds for later reports and undoes, from the command line", async () => {
      await scenario(await freshDatabase("facrev"));
    }, 240_000);
  });
}

// `sourced review` end to end: reports written for this test are ingested and
// extracted for real, corrected, suppressed, noted and tagged, extracted
// again, and the changes are still there, with who made them.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../src/store/sqlite/index.js";
import type { ReviewChange } from "../src/types.js";
import { runCli } from "./reconcile-helpers.js";

const dir = mkdtempSync(join(tmpdir(), "review-cli-"));
const db = join(dir, "t.db");
const run = (...args: string[]) => runCli(db, ...args);

async function eventsNow() {
  const s = openSqliteStore(db);
  try {
    return await s.listEvents({ suppressed: "include" });
  } finally {
    await s.close();
  }
}

async function storyOf(type: string): Promise<string> {
  const r = await run("stories", "--format", "csv");
  const line = r.stdout.split("\n").find((l) => l.includes(`,${type},`));
  if (!line) throw new Error(`no ${type} story in:\n${r.stdout}`);
  return line.replace(/^\uFEFF/, "").split(",")[0]!;
}

const history = async (...args: string[]): Promise<ReviewChange[]> =>
  (await run("review", "history", ...args, "--json")).stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ReviewChange);

beforeAll(async () => {
  // reports written for this test
  writeFileSync(
    join(dir, "move.txt"),
    "Published: 2025-05-06\n\nGuards moved 120 detainees from a prison in Hasakah to a jail in Baghdad on Monday, officials said. The move took two days.\n",
  );
  writeFileSync(join(dir, "escape.txt"), "Published: 2025-05-07\n\nAbout 30 inmates escaped from the central prison in Mosul on Sunday, police said.\n");
  const r = await run("ingest", join(dir, "move.txt"), join(dir, "escape.txt"));
  expect(r.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sourced review", () => {
  it("corrects a count and a place; the correction survives `sourced extract`, and undo brings the extracted value back", async () => {
    const move = (await eventsNow()).find((e) => e.type === "transfer")!;
    expect(move.count).toEqual({ value: 120, qualifier: "exact" });
    let r = await run("review", "correct", move.id, "--field", "count", "--value", "~450", "--by", "ana");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/count .*120.* -> .*450/);
    r = await run("review", "correct", move.id, "--field", "destination", "--value", "Erbil,IQ", "--by", "ana");
    expect(r.code).toBe(0);

    // the stories and the exports show the corrected values
    const story = await storyOf("transfer");
    const csv = (await run("stories", "--format", "csv")).stdout;
    expect(csv).toMatch(/Erbil/);
    expect((await run("events", "--format", "jsonl")).stdout).toContain('"count":{"value":450,"qualifier":"approx"}');
    expect((await run("export", "--format", "acled")).stdout).toMatch(/Erbil/);

    // extraction again: new ids, the same corrections
    expect((await run("extract")).code).toBe(0);
    const again = (await eventsNow()).find((e) => e.type === "transfer")!;
    expect(again.id).not.toBe(move.id);
    expect(again.count).toEqual({ value: 450, qualifier: "approx" });
    expect(again.destination).toEqual({ name: "Erbil", country: "IQ" });
    expect(again.review?.original.count).toEqual({ value: 120, qualifier: "exact" });

    const h = await history(again.id);
    expect(h.map((c) => [c.action, c.field, c.author])).toEqual([
      ["correct", "count", "ana"],
      ["correct", "destination", "ana"],
    ]);
    expect(h[0]!.before).toEqual({ value: 120, qualifier: "exact" });

    const explain = (await run("explain", await storyOf("transfer"))).stdout;
    expect(explain).toMatch(/corrected count: .*450.* \(extracted: .*120/);
    expect(explain).toContain(h[0]!.id);
    expect(story).toMatch(/^st_/);

    r = await run("review", "undo", h[0]!.id, "--by", "bo");
    expect(r.code).toBe(0);
    expect((await eventsNow()).find((e) => e.type === "transfer")!.count).toEqual({ value: 120, qualifier: "exact" });
    // undone twice is refused, in one line
    r = await run("review", "undo", h[0]!.id, "--by", "bo");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sourced: change 'chg_[0-9a-f]+' is already undone\n$/);
    const after = await history(again.id);
    expect(after.at(-1)).toMatchObject({ action: "undo", undoes: h[0]!.id, author: "bo" });
  });

  it("suppresses a false event: it leaves the events, the stories and the exports, and comes back when restored", async () => {
    const breakout = (await eventsNow()).find((e) => e.type === "escape")!;
    let r = await run("review", "suppress", breakout.id, "--why", "the outlet withdrew the report", "--by", "ana");
    expect(r.code).toBe(0);
    expect((await run("events")).stdout).not.toContain('"type":"escape"');
    expect((await run("stories", "--format", "csv")).stdout).not.toContain(",escape,");
    r = await run("events", "--format", "jsonl");
    expect(r.stdout).not.toContain('"type":"escape"');
    expect(r.stderr).toContain("sourced: 1 suppressed event left out");
    r = await run("export", "--format", "geojson");
    expect(r.stdout).not.toContain("Mosul");
    expect(r.stderr).toContain("sourced: 1 suppressed event left out");
    await run("extract");
    expect((await run("events")).stdout).not.toContain('"type":"escape"');
    r = await run("review", "restore", (await eventsNow()).find((e) => e.type === "escape")!.id, "--by", "ana");
    expect(r.code).toBe(0);
    expect((await run("events")).stdout).toContain('"type":"escape"');
  });

  it("notes, tags and marks a story reviewed; history names who did what", async () => {
    const story = await storyOf("transfer");
    expect((await run("review", "note", story, "a second outlet gives the same figure", "--by", "ana")).code).toBe(0);
    expect((await run("review", "tag", story, "checked", "--by", "bo")).code).toBe(0);
    expect((await run("review", "reviewed", story, "--by", "bo")).code).toBe(0);
    const explain = (await run("explain", story)).stdout;
    expect(explain).toMatch(/reviewed by bo at /);
    expect(explain).toContain("tags: checked");
    expect(explain).toContain("note (ana, ");
    const h = await history(story);
    expect(h.filter((c) => c.targetKind === "story").map((c) => [c.action, c.author])).toEqual([
      ["note", "ana"],
      ["tag", "bo"],
      ["reviewed", "bo"],
    ]);
  });

  it("lists merges with who made them, undoes one, and undoing the undo merges again", async () => {
    const count = async () => (await run("stories", "--format", "csv")).stdout.trim().split("\n").length - 1;
    expect(await count()).toBe(2);
    let r = await run("merge", await storyOf("transfer"), await storyOf("escape"), "--note", "one night, one prison", "--by", "cy");
    expect(r.code).toBe(0);
    expect(await count()).toBe(1);
    r = await run("review", "overrides");
    const id = /^(ov_[0-9a-f]+)\s.*merge.*by cy.*"one night, one prison"/m.exec(r.stdout)?.[1];
    expect(id).toBeDefined();
    const made = (await history(id!))[0]!;
    expect(made).toMatchObject({ targetKind: "override", action: "merge", author: "cy" });
    r = await run("review", "undo", made.id, "--by", "ana");
    expect(r.code).toBe(0);
    expect(await count()).toBe(2);
    expect((await run("review", "overrides")).stdout).toBe("no merges or splits\n");
    const undo = (await history(id!)).at(-1)!;
    expect(undo).toMatchObject({ action: "undo", undoes: made.id, author: "ana" });
    expect((await run("review", "undo", undo.id, "--by", "ana")).code).toBe(0);
    expect(await count()).toBe(1);
    // an override made before the history was kept is undone by its own id
    const s = openSqliteStore(db);
    await s.addOverride({ id: "ov_legacy", action: "split", keys: ["k#transfer#0"], createdAt: "2025-01-01T00:00:00.000Z", note: null });
    await s.close();
    expect((await run("review", "undo", "ov_legacy", "--by", "ana")).code).toBe(0);
    expect((await run("review", "overrides")).stdout).not.toContain("ov_legacy");
    expect((await history("ov_legacy")).map((c) => c.action)).toEqual(["undo"]);
    expect((await run("review", "undo", id!, "--by", "ana")).code).toBe(0);
    expect(await count()).toBe(2);
  });

  it("bad input is one line: an unknown event, a field that cannot be corrected, a value that does not fit", async () => {
    let r = await run("review", "correct", "99999", "--field", "count", "--value", "5", "--by", "ana");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sourced: no event '99999'/);
    const id = (await eventsNow())[0]!.id;
    r = await run("review", "correct", id, "--field", "evidence", "--value", "x", "--by", "ana");
    expect(r.stderr).toMatch(/^sourced: field: 'evidence' cannot be corrected/);
    r = await run("review", "correct", id, "--field", "count", "--value", "many", "--by", "ana");
    expect(r.stderr).toMatch(/^sourced: value: 'many' is not a count/);
    r = await run("review", "correct", id, "--field", "date", "--value", "last week", "--by", "ana");
    expect(r.stderr).toMatch(/^sourced: value: YYYY/);
    r = await run("review", "undo", "chg_000000000000", "--by", "ana");
    expect(r.stderr).toMatch(/^sourced: no change or override 'chg_000000000000'/);
    expect(r.stderr.split("\n")).toHaveLength(2);
  });
});

// End to end over the shared seed articles (outside the repository): ingest,
// then the series and conflicts commands. Skipped when ../shared is absent.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./reconcile-helpers.js";

const seeds = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "seeds");
const present = existsSync(seeds);
const dir = mkdtempSync(join(tmpdir(), "reconcile-seeds-"));
const db = join(dir, "seeds.db");

const run = (...args: string[]) => runCli(db, ...args);

describe.skipIf(!present)("seed articles: series and conflicts", () => {
  beforeAll(async () => {
    const r = await run("ingest", seeds);
    expect(r.code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("one SY→IQ transfer series holds 150, 450 and about 5,000, dated ones in order, with up to 7,000 as the plan", async () => {
    const r = await run("series", "--type", "transfer", "--from", "SY", "--to", "IQ", "--format", "json");
    expect(r.code).toBe(0);
    const series = JSON.parse(r.stdout) as {
      group: string;
      points: { value: number; date: string | null }[];
      planned: { value: number; qualifier: string }[];
    }[];
    expect(series).toHaveLength(1);
    const s = series[0];
    expect(s.group).toBe("Islamic State");
    const values = s.points.map((p) => p.value);
    for (const v of [150, 450, 5000]) expect(values).toContain(v);
    const dated = s.points.filter((p) => p.date).map((p) => p.value);
    expect(dated.indexOf(150)).toBeLessThan(dated.indexOf(450));
    expect(s.planned.map((p) => [p.value, p.qualifier])).toContainEqual([7000, "at_most"]);
  });

  it("the ~1,500 escape and the brief escape with recapture are listed against each other", async () => {
    const r = await run("conflicts", "--format", "json");
    const c = (JSON.parse(r.stdout) as { kind: string; sides: { claim: string }[] }[]).filter((x) => x.kind === "account-disagreement");
    const escaped = c.find((x) => x.sides.some((s) => /1,500/.test(s.claim)) && x.sides.some((s) => /briefly|recaptured/i.test(s.claim)));
    expect(escaped).toBeTruthy();
  });
});

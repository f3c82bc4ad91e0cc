// The reconciliation commands end to end over a SQLite store filled with
// records written for this test, run in-process through the CLI's main().

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./reconcile-helpers.js";
import { openSqliteStore } from "../src/store/sqlite/index.js";
import { makeDoc } from "../src/store/fixtures.js";
import type { ExtractedEvent } from "../src/types.js";
import { runReconciliation } from "../src/reconcile/index.js";

const dir = mkdtempSync(join(tmpdir(), "reconcile-cli-"));
const db = join(dir, "t.db");

interface Spec {
  doc: string;
  outlet: string;
  published: string | null;
  events: Partial<ExtractedEvent>[];
}

const SY = { name: "Hasakah", country: "SY" };
const IQ = { name: "Iraq", country: "IQ" };
const geo = { origin: { ...SY, lat: 36.5, lon: 40.75 }, destination: { ...IQ, lat: 33.3, lon: 44.4 }, location: null };
const move = { type: "transfer" as const, group: "Islamic State", origin: SY, destination: IQ, geo };

const specs: Spec[] = [
  {
    doc: "n1",
    outlet: "North Wire",
    published: "2026-01-22",
    events: [
      {
        ...move,
        date: "2026-01-21",
        count: { value: 150, qualifier: "approx" },
        source: "the U.S. military",
        _text: "The airlift opened with roughly 150 suspects flown out of Hasakah on Wednesday.",
      } as never,
      {
        ...move,
        status: "planned",
        date: null,
        count: { value: 7000, qualifier: "at_most" },
        _text: "Up to 7,000 men could be moved before it ends.",
      } as never,
      {
        type: "escape",
        group: "Islamic State",
        date: null,
        count: null,
        location: { name: "Shaddadi", country: "SY" },
        geo: { origin: null, destination: null, location: { name: "Shaddadi", country: "SY", lat: 36.06, lon: 40.73 } },
        _text: "A few inmates at the Shaddadi jail briefly slipped out and were recaptured the same night.",
      } as never,
    ],
  },
  {
    doc: "n2",
    outlet: "River Daily",
    published: "2026-02-02",
    events: [
      {
        ...move,
        date: "2026-02-01",
        count: { value: 450, qualifier: "exact" },
        _text: "Baghdad has so far received 450 suspects from the Syrian side.",
      } as never,
    ],
  },
  {
    doc: "n3",
    outlet: "Desert Times",
    published: null,
    events: [
      {
        ...move,
        date: "2026-02-11",
        count: { value: 5000, qualifier: "approx" },
        _text: "Close to 5,000 have been brought into Iraq since the operation opened.",
      } as never,
      {
        type: "escape",
        group: "Islamic State",
        date: "2026-01",
        count: { value: 1500, qualifier: "approx" },
        location: { name: "Shaddadeh prison", country: "SY" },
        geo: { origin: null, destination: null, location: { name: "Shaddadeh prison", country: "SY", lat: 36.06, lon: 40.73 } },
        _text: "About 1,500 prisoners broke out of Shaddadeh prison as the guards fled.",
      } as never,
    ],
  },
];

const run = (...args: string[]) => runCli(db, ...args);

beforeAll(async () => {
  const store = openSqliteStore(db);
  for (const s of specs) {
    const texts = s.events.map((e) => (e as unknown as { _text: string })._text);
    const text = texts.join(" ");
    await store.putDocument(makeDoc(s.doc, text, { outlet: s.outlet, published: s.published }));
    let pos = 0;
    const events: ExtractedEvent[] = s.events.map((e, i) => {
      const t = texts[i];
      const { _text: _, ...rest } = e as unknown as Record<string, unknown>;
      const ev: ExtractedEvent = {
        doc: s.doc,
        type: "transfer",
        status: "occurred",
        date: null,
        count: null,
        subject: null,
        group: null,
        actor: null,
        origin: null,
        destination: null,
        location: null,
        source: null,
        evidence: [{ text: t, start: pos, end: pos + t.length }],
        confidence: 0.8,
        tags: ["test"],
        dateImplied: false,
        countKind: null,
        geo: { origin: null, destination: null, location: null },
        ...(rest as Partial<ExtractedEvent>),
      };
      pos += t.length + 1;
      return ev;
    });
    await store.replaceEvents(s.doc, 1, "test", events);
  }
  await runReconciliation(store);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sourced series / conflicts / stories / explain / export", () => {
  it("series --type transfer --from SY --to IQ: 150, 450, ~5,000 in date order with the plan apart", async () => {
    const r = await run("series", "--type", "transfer", "--from", "SY", "--to", "IQ", "--format", "json");
    expect(r.code).toBe(0);
    const series = JSON.parse(r.stdout);
    expect(series).toHaveLength(1);
    expect(series[0].points.map((p: { value: number }) => p.value)).toEqual([150, 450, 5000]);
    expect(series[0].planned.map((p: { value: number; qualifier: string }) => [p.value, p.qualifier])).toEqual([[7000, "at_most"]]);
    const table = await run("series", "--type", "transfer");
    expect(table.stdout).toMatch(/Islamic State transferred from Syria to Iraq/);
    expect(table.stdout).toMatch(/≤7,000\s+planned/);
    expect((await run("series", "--from", "TR")).stderr).toMatch(/no series match/);
    expect((await run("series", "--from", "Syria")).stderr).toBe("sourced: --from: 'Syria' is not a two-letter ISO country code\n");
  });

  it("conflicts: the ~1,500 escape against the brief escape and recapture", async () => {
    const r = await run("conflicts", "--format", "json");
    const c = JSON.parse(r.stdout).filter((x: { kind: string }) => x.kind === "account-disagreement");
    expect(c).toHaveLength(1);
    expect(c[0].sides.map((s: { outlets: string[] }) => s.outlets[0]).sort()).toEqual(["Desert Times", "North Wire"]);
    const csv = await run("conflicts", "--format", "csv");
    expect(csv.stdout.split("\r\n")[0]).toBe("conflict_id,kind,description,series_id,side,story_id,claim,docs,outlets,sources,event_ids");
  });

  it("stories, explain, split and merge round-trip through overrides", async () => {
    const list = async () => JSON.parse((await run("stories", "--format", "json", "--type", "transfer")).stdout);
    const stories = await list();
    // the operation (first batch and running totals of one route) is one story; the plan stays apart
    expect(stories.length).toBe(2);
    const op = stories.find((s: { mentions: { doc: string }[] }) => s.mentions.some((m) => m.doc === "n2"));
    const ex = await run("explain", op.id);
    expect(ex.stdout).toContain("The airlift opened with roughly 150 suspects");
    expect(ex.stdout).toMatch(/In series:/);
    expect(ex.stdout).toMatch(/tell one event/);
    expect((await run("explain", "st_nope")).stderr).toBe("sourced: st_nope: no such story (see `sourced stories`)\n");

    const ev450 = op.mentions.find((x: { doc: string }) => x.doc === "n2").eventId;
    const sp = await run("split", op.id, String(ev450), "--note", "test split");
    expect(sp.code).toBe(0);
    const after = await list();
    expect(after.length).toBe(3);
    const alone = after.find((s: { mentions: { doc: string }[] }) => s.mentions.length === 1 && s.mentions[0].doc === "n2");
    const rest = after.find((s: { mentions: { doc: string }[] }) => s.mentions.length > 1);
    const m = await run("merge", rest.id, alone.id, "--note", "test merge");
    expect(m.code).toBe(0);
    const merged = await list();
    expect(merged.length).toBe(2);
    const into = merged.find((s: { mentions: { doc: string }[] }) => s.mentions.some((x) => x.doc === "n2"));
    expect(into.explanation.join("\n")).toMatch(/test merge/);
    // the larger story kept its id through the split and the merge; the one merged in redirects to it
    expect(into.id).toBe(op.id);
    expect(rest.id).toBe(op.id);
    const old = await run("explain", alone.id);
    expect(old.code).toBe(0);
    expect(old.stderr).toBe(`sourced: ${alone.id} was redirected to ${op.id}: ${alone.id} merged into ${op.id}\n`);
    expect(old.stdout.startsWith(`${op.id}: transfer`)).toBe(true);
    const shown = await run("stories", alone.id, "--format", "json");
    expect(JSON.parse(shown.stdout).map((s: { id: string }) => s.id)).toEqual([op.id]);
    expect((await run("show", alone.id)).stderr).toMatch(/was redirected to/);
    // an event shown by its stable id
    const uid = into.mentions[0].eventUid;
    expect(uid).toMatch(/^ev_[0-9a-f]{12}/);
    expect(JSON.parse((await run("show", uid)).stdout).id).toBe(into.mentions[0].eventId);
  });

  it("export --format geojson|acled", async () => {
    const g = JSON.parse((await run("export", "--format", "geojson", "--geometry", "line")).stdout);
    expect(g.type).toBe("FeatureCollection");
    const line = g.features.find((f: { properties: { count: number } }) => f.properties.count === 150);
    expect(line.geometry).toEqual({
      type: "LineString",
      coordinates: [
        [40.75, 36.5],
        [44.4, 33.3],
      ],
    });
    expect(line.properties.evidence).toMatch(/airlift opened/);
    const points = JSON.parse((await run("export", "--format", "geojson")).stdout);
    expect(points.features.find((f: { properties: { count: number } }) => f.properties.count === 150).geometry).toEqual({
      type: "Point",
      coordinates: [40.75, 36.5],
    });
    const out = join(dir, "a.csv");
    const a = await run("export", "--format", "acled", "--out", out);
    expect(a.code).toBe(0);
    const rows = readFileSync(out, "utf8").split("\r\n");
    expect(rows[0]).toMatch(/^event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,/);
    const row = rows.find((r) => r.includes("count: 150") && r.includes(",2026-01-21,"))!;
    expect(row).toContain(",2026-01-21,2026,1,Strategic developments,Strategic developments,Other,");
    expect(row).toContain(",Syria,");
    expect((await run("export", "--format", "kml")).stderr).toMatch(/--format: 'kml' is not one of geojson, acled/);
  });
});

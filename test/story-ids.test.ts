import { afterEach, describe, expect, it } from "vitest";
import { describeRedirect, reconcileWithIds, resolveStory, runReconciliation, type PriorIds } from "../src/reconcile/index.js";
import { assignStoryIds, evidenceId } from "../src/reconcile/story-ids.js";
import { makeDoc } from "../src/store/fixtures.js";
import { openSqliteStore } from "../src/store/sqlite/index.js";
import type { Store } from "../src/store/store.js";
import type { ExtractedEvent, IssuedStory, StoredEvent } from "../src/types.js";
import { doc, ev, place } from "./reconcile-helpers.js";

const SY = (name = "Syria") => place(name, "SY");
const IQ = (name = "Iraq") => place(name, "IQ");

// one transfer told by three outlets (sentences written for these tests); "0wire" sorts before the others
const A = ev({
  id: "1",
  doc: "a",
  type: "transfer",
  date: "2026-01-21",
  count: { value: 150, qualifier: "approx" },
  group: "Islamic State",
  origin: SY("Hasakah"),
  destination: IQ(),
  text: "Roughly 150 Islamic State suspects were flown out of Hasakah province to Iraq on Wednesday, the U.S. military said.",
});
const B = ev({
  id: "2",
  doc: "b",
  type: "transfer",
  date: "2026-01",
  count: { value: 150, qualifier: "exact" },
  group: "ISIS",
  origin: SY("Hassakeh"),
  destination: IQ(),
  text: "The handover opened with 150 ISIS inmates taken from a jail in Hassakeh to Iraqi custody.",
});
const EARLY = ev({
  id: "3",
  doc: "0wire",
  type: "transfer",
  date: "2026-01-21",
  count: { value: 150, qualifier: "exact" },
  group: "Islamic State",
  origin: SY("Hasakah"),
  destination: IQ(),
  text: "Some 150 Islamic State detainees left Hasakah for Iraq on Wednesday aboard U.S. aircraft, officials said.",
});
const OTHER = ev({
  id: "4",
  doc: "c",
  type: "escape",
  date: "2026-02-10",
  count: { value: 20, qualifier: "exact" },
  location: SY("Raqqa"),
  text: "Twenty inmates broke out of a prison in Raqqa on Tuesday night, a guard said.",
});
const docs = [
  doc("0wire", "Early Wire", "2026-01-22"),
  doc("a", "Wire One", "2026-01-22"),
  doc("b", "Daily Two", "2026-01-22"),
  doc("c", "Weekly", "2026-02-11"),
];

const issuedOf = (stories: { id: string; mentions: { key?: string }[] }[]): IssuedStory[] =>
  stories.map((s) => ({ id: s.id, keys: s.mentions.map((m) => m.key!).sort() }));

function run(events: StoredEvent[], prior?: PriorIds, overrides = [] as Parameters<typeof reconcileWithIds>[0]["overrides"]) {
  return reconcileWithIds({ docs, events, overrides, prior });
}

describe("story ids: kept when a document joins, by the larger part of a split; retired ids redirect", () => {
  const first = run([A, B]).reconciliation;
  const story = first.stories.find((s) => s.type === "transfer")!;

  it("a first story takes the id of its evidence (the hash of its smallest key)", () => {
    expect(story.mentions.map((m) => m.eventId).sort()).toEqual(["1", "2"]);
    expect(story.id).toBe(evidenceId(story.mentions.map((m) => m.key!)));
    expect(story.mentions.map((m) => m.eventUid)).toEqual(story.mentions.map((m) => (m.eventId === "1" ? A.uid : B.uid)));
  });

  it("keeps its id when a document with a smaller key joins it (the evidence alone would rename it)", () => {
    const { reconciliation: next, ids } = run([A, B, EARLY], { issued: issuedOf(first.stories), retired: new Set() });
    const joined = next.stories.find((s) => s.mentions.some((m) => m.eventId === "3"))!;
    expect(joined.mentions.map((m) => m.eventId).sort()).toEqual(["1", "2", "3"]);
    expect(evidenceId(joined.mentions.map((m) => m.key!))).not.toBe(story.id);
    expect(joined.id).toBe(story.id);
    expect(ids.retired).toEqual([]);
    expect(ids.live).toEqual([{ id: story.id, keys: joined.mentions.map((m) => m.key!).sort() }]);
    // without the issued ids, the same stories would be renamed
    expect(run([A, B, EARLY]).reconciliation.stories.find((s) => s.mentions.length === 3)!.id).not.toBe(story.id);
  });

  it("a split keeps the id on the larger part; the part split off gets an id of its own", () => {
    const three = run([A, B, EARLY], { issued: issuedOf(first.stories), retired: new Set() }).reconciliation;
    const key3 = three.stories.flatMap((s) => s.mentions).find((m) => m.eventId === "3")!.key!;
    const split = run([A, B, EARLY], { issued: issuedOf(three.stories), retired: new Set() }, [
      { id: "ov1", action: "split", keys: [key3], createdAt: "2026-03-01T00:00:00.000Z", note: null },
    ]).reconciliation;
    const big = split.stories.find((s) => s.mentions.length === 2)!;
    const small = split.stories.find((s) => s.mentions.some((m) => m.eventId === "3"))!;
    expect(big.id).toBe(story.id);
    expect(small.id).not.toBe(story.id);
    expect(small.mentions).toHaveLength(1);
  });

  it("a merge retires the id of the smaller story as a redirect to the one that holds its records", () => {
    const two = run([A, B, OTHER], { issued: issuedOf(first.stories), retired: new Set() }).reconciliation;
    const breakout = two.stories.find((s) => s.type === "escape")!;
    const merged = run([A, B, OTHER], { issued: issuedOf(two.stories), retired: new Set() }, [
      {
        id: "ov2",
        action: "merge",
        keys: [two.stories.find((s) => s.type === "transfer")!.mentions[0].key!, breakout.mentions[0].key!],
        createdAt: "2026-03-01T00:00:00.000Z",
        note: null,
      },
    ]);
    expect(merged.reconciliation.stories).toHaveLength(1);
    expect(merged.reconciliation.stories[0].id).toBe(story.id);
    expect(merged.ids.retired).toEqual([{ id: breakout.id, successor: story.id, reason: "merged", retiredAt: expect.any(String) }]);
  });
});

describe("assignStoryIds", () => {
  it("gives an id whose story went away to nobody else, and says where its records went", () => {
    const issued = [
      { id: "st_x", keys: ["d1#transfer#a", "d2#transfer#b"] },
      { id: "st_y", keys: ["d3#escape#c"] },
    ];
    // d3's record was extracted again with another sentence: st_y's key is gone, its document's record is in a new story
    const { ids, changes } = assignStoryIds([["d1#transfer#a", "d2#transfer#b"], ["d3#escape#z"]], issued, new Set());
    expect(ids[0]).toBe("st_x");
    expect(ids[1]).not.toBe("st_y");
    expect(changes.retired).toEqual([{ id: "st_y", successor: ids[1], reason: "gone", retiredAt: expect.any(String) }]);
  });

  it("a story whose evidence gives a retired id takes it again (a merge undone)", () => {
    const own = evidenceId(["d3#escape#c"]);
    const { ids, changes } = assignStoryIds([["d1#transfer#a"], ["d3#escape#c"]], [{ id: "st_x", keys: ["d1#transfer#a"] }], new Set([own]));
    expect(ids).toEqual(["st_x", own]);
    expect(changes.live).toEqual([{ id: own, keys: ["d3#escape#c"] }]);
  });

  it("a story that splits evenly keeps its id on one part, the same every time", () => {
    const issued = [{ id: "st_x", keys: ["d1#t#a", "d2#t#b"] }];
    const a = assignStoryIds([["d1#t#a"], ["d2#t#b"]], issued, new Set()).ids;
    const b = assignStoryIds([["d2#t#b"], ["d1#t#a"]], issued, new Set()).ids;
    expect(a.filter((x) => x === "st_x")).toHaveLength(1);
    expect([...b].reverse()).toEqual(a);
  });
});

describe("story ids in the store: an id cited before a new ingest and a merge still resolves", () => {
  let store: Store | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
  });

  const asExtracted = (e: StoredEvent): ExtractedEvent => {
    const { id: _i, uid: _u, docVersion: _d, extractorVersion: _x, ...rest } = e;
    return rest;
  };
  const put = async (s: Store, d: (typeof docs)[number], events: StoredEvent[]) => {
    await s.storeDocument(makeDoc(d.id, `A report from ${d.id}.`, { outlet: d.outlet, published: d.published }), {
      extractorVersion: "test",
      events: events.map(asExtracted),
    });
  };

  it("keeps the id across an ingest, redirects it after a merge, and says so", async () => {
    store = openSqliteStore(":memory:");
    await put(store, docs[1], [A]);
    await put(store, docs[2], [B]);
    const r1 = await runReconciliation(store);
    const cited = r1.stories[0].id;
    await put(store, docs[0], [EARLY]);
    await put(store, docs[3], [OTHER]);
    const r2 = await runReconciliation(store);
    const transfer = r2.stories.find((s) => s.type === "transfer")!;
    expect(transfer.mentions).toHaveLength(3);
    expect(transfer.id).toBe(cited);
    const breakout = r2.stories.find((s) => s.type === "escape")!;
    // the escape story is merged into the transfer story: its id is retired and leads to the transfer story
    await store.addOverride({
      id: "ov",
      action: "merge",
      keys: [transfer.mentions[0].key!, breakout.mentions[0].key!],
      createdAt: "2026-03-01T00:00:00.000Z",
      note: null,
    });
    const r3 = await runReconciliation(store);
    expect(r3.stories.map((s) => s.id)).toEqual([cited]);
    const res = await resolveStory(store, r3, breakout.id);
    expect(res.story?.id).toBe(cited);
    expect(res.via.map((x) => [x.id, x.successor, x.reason])).toEqual([[breakout.id, cited, "merged"]]);
    expect(describeRedirect(breakout.id, res)).toBe(`${breakout.id} was redirected to ${cited}: ${breakout.id} merged into ${cited}`);
    // the merge undone: the escape story takes its id back
    await store.removeOverride("ov");
    const r4 = await runReconciliation(store);
    expect(r4.stories.map((s) => s.id).sort()).toEqual([cited, breakout.id].sort());
    expect(await store.getStoryRedirect(breakout.id)).toBeNull();
  });
});

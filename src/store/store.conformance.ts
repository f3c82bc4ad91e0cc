// The conformance suite every Store backend runs (SQLite and PostgreSQL):
// `runStoreTests({ name, newStore })` inside a vitest file. A backend
// with a known gap passes it in `gaps` with a reason; nothing is skipped
// silently. Test code: tsconfig.json leaves *.conformance.ts out of dist/.

import { afterEach, describe, expect, it } from "vitest";
import type { ExtractedEvent, FetchInfo, Reconciliation, ReviewChange } from "../types.js";
import { reviewKeys } from "./event-key.js";
import { changeId } from "./review.js";
import type { Store } from "./store.js";
import type { DumpBatch } from "./transfer.js";
import { makeDoc, makeEvent, TEXT_A, TEXT_B } from "./fixtures.js";

export { makeDoc, makeEvent } from "./fixtures.js";

export interface StoreSuiteOptions {
  name: string;
  /** A fresh, empty store for each test. */
  newStore: () => Promise<Store> | Store;
  /** Tests this backend is known to fail, by title, with the reason. */
  gaps?: Record<string, string>;
}

/** What a server said about a page, written for these tests. */
const fetchInfo = (url: string, sha256: string, etag: string | null = '"e1"', fetchedAt = "2025-03-04T10:00:01.000Z"): FetchInfo => ({
  url,
  finalUrl: `${url}?final`,
  httpDate: "Tue, 04 Mar 2025 10:00:00 GMT",
  etag,
  lastModified: "Mon, 03 Mar 2025 09:00:00 GMT",
  fetchedAt,
  sha256,
  feed: "https://example.org/feed.xml",
});

/** Every batch a store's transfer reads, whole. */
async function dump(s: Store): Promise<DumpBatch[]> {
  const out: DumpBatch[] = [];
  for await (const b of s.transfer().read()) out.push(b);
  return out;
}

/** A review change made at a given minute, with its id. */
function change(over: Partial<ReviewChange> & Pick<ReviewChange, "target" | "action">, minute = 0): ReviewChange {
  const c: Omit<ReviewChange, "id"> = {
    targetKind: "event",
    field: null,
    before: null,
    after: null,
    author: "analyst-a",
    at: `2025-03-05T10:${String(minute).padStart(2, "0")}:00.000Z`,
    undoes: null,
    anchor: null,
    ...over,
  };
  return { id: changeId(c), ...c };
}

export function runStoreTests(opts: StoreSuiteOptions): void {
  const gaps = opts.gaps ?? {};
  let open: Store[] = [];
  const fresh = async (): Promise<Store> => {
    const s = await opts.newStore();
    open.push(s);
    return s;
  };
  const test = (title: string, fn: () => Promise<void>) => {
    if (gaps[title]) it.fails(`${title} (known gap: ${gaps[title]})`, fn);
    else it(title, fn);
  };

  describe(`Store conformance: ${opts.name}`, () => {
    afterEach(async () => {
      for (const s of open) await s.close();
      open = [];
    });

    test("stores a document and reads it back whole", async () => {
      const s = await fresh();
      const doc = makeDoc("a", TEXT_A, { warnings: ["decoded as windows-1252"] });
      expect(await s.putDocument(doc)).toEqual({ status: "inserted", id: "a", version: 1 });
      const got = await s.getDocument("a");
      expect(got).not.toBeNull();
      expect(got!.meta).toEqual(doc.meta);
      expect(got!.raw.equals(doc.raw)).toBe(true);
      expect(got!.text).toBe(doc.text);
      expect(got!.cleanText).toBe(TEXT_A);
      expect(got!.removed).toEqual(doc.removed);
      expect(got!.version).toBe(1);
      expect(got!.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(Number.isNaN(Date.parse(got!.ingestedAt))).toBe(false);
      expect(await s.getDocument("missing")).toBeNull();
    });

    test("identical content is a no-op; changed content is a new version", async () => {
      const s = await fresh();
      await s.putDocument(makeDoc("a", TEXT_A));
      expect(await s.putDocument(makeDoc("a", TEXT_A))).toEqual({ status: "unchanged", id: "a", version: 1 });
      expect(await s.putDocument(makeDoc("a", TEXT_B))).toEqual({ status: "new-version", id: "a", version: 2 });
      expect((await s.getDocument("a"))!.cleanText).toBe(TEXT_B);
      expect((await s.getDocument("a", 1))!.cleanText).toBe(TEXT_A);
      expect(await s.getDocument("a", 3)).toBeNull();
      // Going back to the first content is still a change from the latest.
      expect(await s.putDocument(makeDoc("a", TEXT_A))).toEqual({ status: "new-version", id: "a", version: 3 });
    });

    test("stores a document with its events in one step, or neither", async () => {
      const s = await fresh();
      const put = await s.storeDocument(makeDoc("a", TEXT_A), { extractorVersion: "1", events: [makeEvent("a"), makeEvent("a", { type: "holding" })] });
      expect(put).toEqual({ status: "inserted", id: "a", version: 1 });
      expect((await s.listEvents({ doc: "a" })).map((e) => e.type)).toEqual(["transfer", "holding"]);
      expect(await s.listPending()).toEqual([]);
      // An event that cannot be written takes its document with it.
      const broken = makeEvent("b");
      (broken as { type: unknown }).type = null;
      await expect(s.storeDocument(makeDoc("b", TEXT_B), { extractorVersion: "1", events: [makeEvent("b"), broken] })).rejects.toThrow();
      expect(await s.getDocument("b")).toBeNull();
      expect(await s.listEvents({ doc: "b" })).toEqual([]);
      // Identical content writes nothing, and keeps the events it has.
      expect(await s.storeDocument(makeDoc("a", TEXT_A), { extractorVersion: "2", events: [] })).toEqual({ status: "unchanged", id: "a", version: 1 });
      expect(await s.listEvents({ doc: "a" })).toHaveLength(2);
    });

    test("a document stored without events says why, until it is extracted", async () => {
      const s = await fresh();
      await s.storeDocument(makeDoc("a", TEXT_A), { pending: "stored without extraction (--no-extract)" });
      await s.storeDocument(makeDoc("b", TEXT_B), { extractorVersion: "1", events: [makeEvent("b")] });
      expect(await s.listPending()).toEqual([{ id: "a", version: 1, reason: "stored without extraction (--no-extract)" }]);
      expect(await s.peekDocument(makeDoc("a", TEXT_A))).toEqual({ status: "unchanged", id: "a", version: 1, extracted: false });
      expect(await s.peekDocument(makeDoc("b", TEXT_B))).toEqual({ status: "unchanged", id: "b", version: 1, extracted: true });
      expect(await s.peekDocument(makeDoc("b", TEXT_A))).toEqual({ status: "new-version", id: "b", version: 2, extracted: false });
      expect(await s.peekDocument(makeDoc("c", TEXT_A))).toEqual({ status: "inserted", id: "c", version: 1, extracted: false });
      await s.replaceEvents("a", 1, "1", []);
      expect(await s.listPending()).toEqual([]);
      // a document put the old way, with no reason recorded, is pending too
      await s.putDocument(makeDoc("d", TEXT_A));
      expect(await s.listPending()).toEqual([{ id: "d", version: 1, reason: "never extracted" }]);
    });

    test("a document that cannot be stored leaves nothing behind", async () => {
      const s = await fresh();
      const broken = makeDoc("half", TEXT_A);
      (broken.meta as { origin: unknown }).origin = null;
      (broken.meta as { format: unknown }).format = null;
      await expect(s.putDocument(broken)).rejects.toThrow();
      expect(await s.getDocument("half")).toBeNull();
      expect(await s.listDocuments()).toEqual([]);
      expect(await s.putDocument(makeDoc("half", TEXT_A))).toMatchObject({ status: "inserted", version: 1 });
    });

    test("the same bytes under another id are another document", async () => {
      const s = await fresh();
      await s.putDocument(makeDoc("a", TEXT_A));
      const b = await s.putDocument(makeDoc("b", TEXT_A));
      expect(b).toEqual({ status: "inserted", id: "b", version: 1 });
      const [ha, hb] = [(await s.getDocument("a"))!.contentHash, (await s.getDocument("b"))!.contentHash];
      expect(ha).not.toBe(hb);
    });

    test("lists documents at their latest version with event counts", async () => {
      const s = await fresh();
      await s.putDocument(makeDoc("b", TEXT_B, { title: null, outlet: null }));
      await s.putDocument(makeDoc("a", TEXT_A));
      await s.putDocument(makeDoc("a", TEXT_A + " More."));
      await s.replaceEvents("a", 2, "1", [makeEvent("a"), makeEvent("a", { type: "holding" })]);
      const list = await s.listDocuments();
      expect(list.map((d) => [d.id, d.version, d.events])).toEqual([
        ["a", 2, 2],
        ["b", 1, 0],
      ]);
      expect(list[0]).toMatchObject({
        title: "Title of a",
        outlet: "Example Wire",
        published: "2025-03-04",
        publishedRule: "byline",
        format: "text",
        chars: TEXT_A.length + 6,
      });
      expect(list[1]).toMatchObject({ title: null, outlet: null });
    });

    test("events round-trip with their provenance", async () => {
      const s = await fresh();
      await s.putDocument(makeDoc("a", TEXT_A));
      const e = makeEvent("a", { origin: { name: "Raqqa", country: ["SY", "IQ"] } });
      await s.replaceEvents("a", 1, "1.0.0", [e]);
      const [got] = await s.listEvents();
      expect(got).toMatchObject({ ...e, docVersion: 1, extractorVersion: "1.0.0" });
      expect(typeof got!.id).toBe("string");
      expect(await s.getEvent(got!.id)).toEqual(got);
      expect(await s.getEvent("999999")).toBeNull();
      expect(await s.getEvent("not an id")).toBeNull();
    });

    test("an event carries its document's language, and events filter by it", async () => {
      const s = await fresh();
      await s.storeDocument({ ...makeDoc("ar1", TEXT_A), lang: "ar" }, { extractorVersion: "1", events: [makeEvent("ar1")] });
      await s.storeDocument({ ...makeDoc("en1", TEXT_B), lang: "en" }, { extractorVersion: "1", events: [makeEvent("en1"), makeEvent("en1")] });
      await s.storeDocument(makeDoc("un1", `${TEXT_A} (undetected)`), { extractorVersion: "1", events: [makeEvent("un1")] });
      const all = await s.listEvents();
      expect(all.map((e) => [e.doc, e.lang])).toEqual([
        ["ar1", "ar"],
        ["en1", "en"],
        ["en1", "en"],
        ["un1", null],
      ]);
      expect(await s.getEvent(all[0]!.id)).toMatchObject({ doc: "ar1", lang: "ar" });
      expect((await s.listEvents({ lang: "ar" })).map((e) => e.doc)).toEqual(["ar1"]);
      expect((await s.listEvents({ lang: "EN" })).map((e) => e.doc)).toEqual(["en1", "en1"]);
      expect(await s.listEvents({ lang: "fr" })).toEqual([]);
      // A new version in another language moves the events with it.
      await s.storeDocument({ ...makeDoc("ar1", TEXT_B), lang: "en" }, { extractorVersion: "1", events: [makeEvent("ar1")] });
      expect(await s.listEvents({ lang: "ar" })).toEqual([]);
    });

    test("replacing events of one extractor version replaces them, not adds", async () => {
      const s = await fresh();
      await s.putDocument(makeDoc("a", TEXT_A));
      await s.replaceEvents("a", 1, "1", [makeEvent("a"), makeEvent("a")]);
      await s.replaceEvents("a", 1, "1", [makeEvent("a", { type: "escape" })]);
      const list = await s.listEvents();
      expect(list.map((e) => e.type)).toEqual(["escape"]);
      expect(await s.listEvents({ q: "prisoners" })).toHaveLength(1);
    });

    test("only the latest document version and latest extractor run count", async () => {
      const s = await fresh();
      await s.putDocument(makeDoc("a", TEXT_A));
      await s.replaceEvents("a", 1, "1", [makeEvent("a", { subject: "old version" })]);
      await s.replaceEvents("a", 1, "2", [makeEvent("a", { subject: "newer extractor" })]);
      expect((await s.listEvents()).map((e) => e.subject)).toEqual(["newer extractor"]);

      await s.putDocument(makeDoc("a", TEXT_B));
      // A new version with no extraction yet: nothing of the old one shows.
      expect(await s.listEvents()).toEqual([]);
      await s.replaceEvents("a", 2, "2", [makeEvent("a", { subject: "second version" })]);
      // Re-extracting an old version does not bring it back.
      await s.replaceEvents("a", 1, "3", [makeEvent("a", { subject: "old again" })]);
      expect((await s.listEvents()).map((e) => e.subject)).toEqual(["second version"]);

      // A run with no events hides the previous run's events.
      await s.replaceEvents("a", 2, "4", []);
      expect(await s.listEvents()).toEqual([]);
    });

    test("replacing events of a missing document version fails and writes nothing", async () => {
      const s = await fresh();
      await s.putDocument(makeDoc("a", TEXT_A));
      await s.replaceEvents("a", 1, "1", [makeEvent("a")]);
      await expect(s.replaceEvents("a", 7, "1", [makeEvent("a")])).rejects.toThrow();
      await expect(s.replaceEvents("zzz", 1, "1", [makeEvent("zzz")])).rejects.toThrow();
      expect(await s.listEvents()).toHaveLength(1);
    });

    test("a failing write leaves the previous events in place", async () => {
      const s = await fresh();
      await s.putDocument(makeDoc("a", TEXT_A));
      await s.replaceEvents("a", 1, "1", [makeEvent("a")]);
      const broken = makeEvent("a", { type: null as unknown as ExtractedEvent["type"] });
      await expect(s.replaceEvents("a", 1, "2", [makeEvent("a", { subject: "x" }), broken])).rejects.toThrow();
      const list = await s.listEvents();
      expect(list.map((e) => [e.subject, e.extractorVersion])).toEqual([["prisoners", "1"]]);
    });

    test("filters events", async () => {
      const s = await fresh();
      await s.putDocument(makeDoc("a", TEXT_A));
      await s.putDocument(makeDoc("b", TEXT_B));
      await s.replaceEvents("a", 1, "1", [
        makeEvent("a"),
        makeEvent("a", {
          type: "holding",
          status: "ongoing",
          date: "2025-02",
          count: { value: 9000, qualifier: "approx" },
          group: "Syrian Democratic Forces",
          origin: null,
          destination: null,
          location: { name: "al-Hol camp", country: "SY" },
          source: "a camp official",
          confidence: 0.4,
          evidence: [{ text: "The camp holds about nine thousand people.", start: 104, end: 137 }],
        }),
      ]);
      await s.replaceEvents("b", 1, "1", [
        makeEvent("b", {
          type: "trial",
          date: "2024-12-01/2025-01-15",
          group: null,
          origin: null,
          destination: null,
          location: { name: "Erbil", country: "IQ" },
          source: null,
          subject: "three men",
          evidence: [{ text: TEXT_B, start: 0, end: TEXT_B.length }],
          confidence: 0.95,
        }),
      ]);
      const types = async (f: Parameters<Store["listEvents"]>[0]) => (await s.listEvents(f)).map((e) => e.type).sort();
      expect(await types({})).toEqual(["holding", "transfer", "trial"]);
      expect(await types({ doc: "b" })).toEqual(["trial"]);
      expect(await types({ type: "holding" })).toEqual(["holding"]);
      expect(await types({ status: "ongoing" })).toEqual(["holding"]);
      expect(await types({ country: "IQ" })).toEqual(["transfer", "trial"]);
      expect(await types({ country: "sy" })).toEqual(["holding", "transfer"]);
      expect(await types({ place: "hol" })).toEqual(["holding"]);
      expect(await types({ place: "%" })).toEqual([]);
      expect(await types({ group: "islamic state" })).toEqual(["transfer"]);
      expect(await types({ source: "CAMP" })).toEqual(["holding"]);
      expect(await types({ minConfidence: 0.8 })).toEqual(["transfer", "trial"]);
      // Dates: a month or an interval overlaps the bounds.
      expect(await types({ from: "2025-02-10" })).toEqual(["holding", "transfer"]);
      expect(await types({ to: "2025-01" })).toEqual(["trial"]);
      expect(await types({ from: "2025-01-10", to: "2025-01-20" })).toEqual(["trial"]);
      expect(await types({ from: "2025-03-03", to: "2025-03-03" })).toEqual(["transfer"]);
      // Full text over evidence, subject, actor, group, source and places.
      expect(await types({ q: "nine thousand" })).toEqual(["holding"]);
      expect(await types({ q: "Erbil" })).toEqual(["trial"]);
      expect(await types({ q: "Baghdad" })).toEqual(["transfer"]);
      expect(await types({ q: "Democratic" })).toEqual(["holding"]);
      // Query syntax is not interpreted: quotes are dropped, OR is a plain word.
      expect(await types({ q: '"judge' })).toEqual(["trial"]);
      expect(await types({ q: 'judge" OR "Baghdad' })).toEqual([]);
      expect(await types({ q: "AND (" })).toEqual([]);
      expect(await types({ q: "***" })).toEqual([]);
      expect(await types({ type: "transfer", country: "IQ", minConfidence: 0.5, q: "prisoners" })).toEqual(["transfer"]);
    });

    test("text that looks like SQL is stored and matched as text", async () => {
      const s = await fresh();
      const nasty = "x'); DROP TABLE events; --";
      await s.putDocument(makeDoc(nasty, TEXT_A, { title: nasty }));
      await s.replaceEvents(nasty, 1, "1", [makeEvent(nasty, { subject: nasty, group: nasty })]);
      expect((await s.getDocument(nasty))!.meta.title).toBe(nasty);
      expect(await s.listEvents({ doc: nasty, group: nasty, source: "'", place: "_" })).toHaveLength(0);
      expect(await s.listEvents({ doc: nasty, group: nasty })).toHaveLength(1);
      expect(await s.listEvents()).toHaveLength(1);
    });

    test("pages with a cursor, in a stable order", async () => {
      const s = await fresh();
      for (const id of ["a", "b", "c"]) {
        await s.putDocument(makeDoc(id, TEXT_A));
        await s.replaceEvents(
          id,
          1,
          "1",
          [0, 1, 2].map((i) => makeEvent(id, { subject: `${id}${i}` })),
        );
      }
      const all = (await s.listEvents()).map((e) => e.subject);
      expect(all).toHaveLength(9);
      const seen: (string | null)[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await s.listEvents({ limit: 4, after });
        if (page.length === 0) break;
        expect(page.length).toBeLessThanOrEqual(4);
        for (const e of page) seen.push(e.subject);
        after = page[page.length - 1]!.id;
      }
      expect(seen).toEqual(all);
      expect(await s.listEvents({ limit: 0 })).toEqual([]);
      expect((await s.listEvents({ limit: 2, type: "transfer", after: (await s.listEvents({ limit: 1 }))[0]!.id })).map((e) => e.subject)).toEqual(
        all.slice(1, 3),
      );
    });

    test("a correction rewrites the stored record and its filters, keeps the extracted one, and applies again after re-extraction", async () => {
      const s = await fresh();
      await s.storeDocument(makeDoc("a", TEXT_A), { extractorVersion: "1", events: [makeEvent("a"), makeEvent("a", { type: "escape" })] });
      const [first, second] = await s.listEvents();
      expect(first!.reviewKey).toMatch(/^a#transfer#[0-9a-f]{10}$/);
      expect(second!.reviewKey).not.toBe(first!.reviewKey);
      const key = first!.reviewKey!;
      const count = change({ target: key, action: "correct", field: "count", before: first!.count, after: { value: 450, qualifier: "approx" } }, 1);
      const place = change(
        { target: key, action: "correct", field: "destination", before: null, after: { name: "Erbil", country: "IQ", lat: 36.19, lon: 44.01 } },
        2,
      );
      await s.addReviewChange(count);
      await s.addReviewChange(place);
      const got = (await s.getEvent(first!.id))!;
      expect(got.count).toEqual({ value: 450, qualifier: "approx" });
      expect(got.destination).toEqual({ name: "Erbil", country: "IQ" });
      expect(got.geo.destination).toMatchObject({ lat: 36.19, lon: 44.01 });
      expect(got.review).toMatchObject({ key, suppressed: false, changes: [count.id, place.id] });
      expect(got.review!.original).toEqual({ count: { value: 40, qualifier: "exact" }, destination: { name: "Baghdad", country: "IQ", lat: null, lon: null } });
      // the filters see the corrected record, the full-text index too
      expect((await s.listEvents({ place: "Erbil" })).map((e) => e.id)).toEqual([first!.id]);
      expect(await s.listEvents({ place: "Baghdad" })).toHaveLength(1);
      expect((await s.listEvents({ q: "erbil" })).map((e) => e.id)).toEqual([first!.id]);
      // the other record of the sentence is untouched
      expect((await s.getEvent(second!.id))!.review).toBeUndefined();
      // a new extraction of the document (other ids) gets the correction again
      await s.replaceEvents("a", 1, "2", [makeEvent("a"), makeEvent("a", { type: "escape" })]);
      const again = await s.listEvents();
      expect(again.map((e) => e.id)).not.toContain(first!.id);
      expect(again.find((e) => e.reviewKey === key)).toMatchObject({ count: { value: 450, qualifier: "approx" }, destination: { name: "Erbil" } });
      // and so does a new version of the document stating the same sentence
      await s.storeDocument(makeDoc("a", `${TEXT_A} More was said later.`), { extractorVersion: "2", events: [makeEvent("a")] });
      expect((await s.listEvents()).map((e) => e.count?.value)).toEqual([450]);
    });

    test("suppressing leaves an event out of lists until restored or undone; the history only grows", async () => {
      const s = await fresh();
      await s.storeDocument(makeDoc("a", TEXT_A), { extractorVersion: "1", events: [makeEvent("a"), makeEvent("a", { type: "escape" })] });
      const [first] = await s.listEvents();
      const key = first!.reviewKey!;
      const sup = change({ target: key, action: "suppress" }, 1);
      await s.addReviewChange(sup);
      expect((await s.listEvents()).map((e) => e.type)).toEqual(["escape"]);
      expect((await s.listEvents({ suppressed: "only" })).map((e) => e.id)).toEqual([first!.id]);
      expect(await s.listEvents({ suppressed: "include" })).toHaveLength(2);
      expect((await s.getEvent(first!.id))!.review).toMatchObject({ suppressed: true });
      // a document's count of events leaves it out too
      expect((await s.listDocuments()).map((d) => d.events)).toEqual([1]);
      await s.replaceEvents("a", 1, "2", [makeEvent("a"), makeEvent("a", { type: "escape" })]);
      expect((await s.listEvents()).map((e) => e.type)).toEqual(["escape"]);
      const undo = change({ target: key, action: "undo", undoes: sup.id, before: "suppress" }, 2);
      await s.addReviewChange(undo);
      expect(await s.listEvents()).toHaveLength(2);
      expect((await s.listEvents()).find((e) => e.reviewKey === key)!.review).toBeUndefined();
      // undoing the undo suppresses it again
      await s.addReviewChange(change({ target: key, action: "undo", undoes: undo.id }, 3));
      expect(await s.listEvents()).toHaveLength(1);
      const note = change({ targetKind: "story", target: "st_1", action: "note", after: "checked with a second outlet", anchor: key }, 4);
      await s.addReviewChange(note);
      const all = await s.listReviewChanges();
      expect(all.map((c) => c.action)).toEqual(["suppress", "undo", "undo", "note"]);
      expect(all[3]).toEqual(note);
      expect(all[0]).toEqual(sup);
      expect((await s.listReviewChanges({ target: key })).map((c) => c.id)).toEqual(all.slice(0, 3).map((c) => c.id));
      expect((await s.listReviewChanges({ targetKind: "story" })).map((c) => c.id)).toEqual([note.id]);
      expect((await s.listReviewChanges({ doc: "a" })).length).toBe(3);
      // ids are unique: the same change twice is refused and nothing is lost
      await expect(s.addReviewChange(note)).rejects.toThrow();
      expect(await s.listReviewChanges()).toHaveLength(4);
    });

    test("a change naming a record not stored yet applies when the record arrives; review text that looks like SQL is kept as text", async () => {
      const s = await fresh();
      const key = (await (async () => {
        const t = await fresh();
        await t.storeDocument(makeDoc("b", TEXT_A), { extractorVersion: "1", events: [makeEvent("b")] });
        return (await t.listEvents())[0]!.reviewKey!;
      })())!;
      const nasty = "'); DELETE FROM events; --";
      await s.addReviewChange(change({ target: key, action: "correct", field: "actor", after: nasty }, 1));
      await s.addReviewChange(change({ target: key, action: "tag", after: "needs-second-source" }, 2));
      await s.storeDocument(makeDoc("b", TEXT_A), { extractorVersion: "1", events: [makeEvent("b")] });
      const [got] = await s.listEvents();
      expect(got!.actor).toBe(nasty);
      expect(got!.review).toMatchObject({ tags: ["needs-second-source"], original: { actor: "prison authorities" } });
    });

    test("saves and loads the reconciliation", async () => {
      const s = await fresh();
      expect(await s.loadReconciliation()).toBeNull();
      const r: Reconciliation = { copyGroups: [{ id: "g1", docs: ["a", "b"], kind: "syndicated", similarity: 0.97 }], stories: [], series: [], conflicts: [] };
      await s.saveReconciliation(r);
      expect(await s.loadReconciliation()).toEqual(r);
      const r2: Reconciliation = { ...r, copyGroups: [] };
      await s.saveReconciliation(r2);
      expect(await s.loadReconciliation()).toEqual(r2);
    });

    test("gives each event an id from its evidence that survives re-extraction and finds it by that id", async () => {
      const s = await fresh();
      const doc = makeDoc("a", TEXT_A);
      const first = makeEvent("a");
      // a second record of the same type from the same sentence: told apart by its order
      const twin = makeEvent("a", { count: { value: 12, qualifier: "exact" }, subject: "guards" });
      const other = makeEvent("a", { type: "trial", evidence: [{ text: TEXT_A.slice(104), start: 104, end: TEXT_A.length }] });
      await s.storeDocument(doc, { extractorVersion: "1.0.0", events: [first, twin, other] });
      const before = await s.listEvents({ doc: "a" });
      const uids = before.map((e) => e.uid);
      expect(uids.every((u) => /^ev_[0-9a-f]{12}(?:_\d+)?$/.test(u))).toBe(true);
      expect(new Set(uids).size).toBe(3);
      expect(uids[1]).toBe(`${uids[0]}_2`);
      // extracted again (another extractor version, the records in another order): new row ids, the same event ids
      await s.replaceEvents("a", 1, "1.1.0", [other, first, twin]);
      const after = await s.listEvents({ doc: "a" });
      expect(after.map((e) => e.id).some((id) => before.some((b) => b.id === id))).toBe(false);
      expect(new Map(after.map((e) => [e.uid, e.type]))).toEqual(new Map(before.map((e) => [e.uid, e.type])));
      const found = await s.getEvent(uids[2]!);
      expect(found?.type).toBe("trial");
      expect(found?.id).toBe(after.find((e) => e.type === "trial")!.id);
      // only current records answer to an event id; an unknown one is null
      expect(await s.getEvent("ev_000000000000")).toBeNull();
    });

    test("keeps the story ids it issued and the retired ones as redirects, in the reconciliation's transaction", async () => {
      const s = await fresh();
      expect(await s.listIssuedStories()).toEqual([]);
      expect(await s.listStoryRedirects()).toEqual([]);
      const r: Reconciliation = { copyGroups: [], stories: [], series: [], conflicts: [] };
      await s.saveReconciliation(r, {
        live: [
          { id: "st_b", keys: ["d2#transfer#1"] },
          { id: "st_a", keys: ["d1#transfer#1", "d1#transfer#2"] },
        ],
        retired: [],
      });
      expect(await s.listIssuedStories()).toEqual([
        { id: "st_a", keys: ["d1#transfer#1", "d1#transfer#2"] },
        { id: "st_b", keys: ["d2#transfer#1"] },
      ]);
      // st_b merged into st_a: retired with its successor; st_a's keys change
      const at = "2025-03-06T10:00:00.000Z";
      await s.saveReconciliation(r, {
        live: [{ id: "st_a", keys: ["d1#transfer#1", "d1#transfer#2", "d2#transfer#1"] }],
        retired: [{ id: "st_b", successor: "st_a", reason: "merged", retiredAt: at }],
      });
      expect(await s.listIssuedStories()).toEqual([{ id: "st_a", keys: ["d1#transfer#1", "d1#transfer#2", "d2#transfer#1"] }]);
      expect(await s.getStoryRedirect("st_b")).toEqual({ id: "st_b", successor: "st_a", reason: "merged", retiredAt: at });
      expect(await s.getStoryRedirect("st_a")).toBeNull();
      expect(await s.getStoryRedirect("st_nope")).toBeNull();
      // the merge undone: st_b in use again, its redirect gone
      await s.saveReconciliation(r, {
        live: [
          { id: "st_a", keys: ["d1#transfer#1", "d1#transfer#2"] },
          { id: "st_b", keys: ["d2#transfer#1"] },
        ],
        retired: [],
      });
      expect(await s.getStoryRedirect("st_b")).toBeNull();
      expect((await s.listIssuedStories()).map((x) => x.id)).toEqual(["st_a", "st_b"]);
      expect(await s.listStoryRedirects()).toEqual([]);
    });

    test("adds, lists and removes overrides in order", async () => {
      const s = await fresh();
      expect(await s.listOverrides()).toEqual([]);
      const o1 = { id: "o1", action: "merge" as const, keys: ["k1", "k2"], createdAt: "2025-03-05T10:00:00.000Z", note: "same raid" };
      const o2 = { id: "o2", action: "split" as const, keys: ["k3"], createdAt: "2025-03-05T09:00:00.000Z", note: null };
      await s.addOverride(o1);
      await s.addOverride(o2);
      expect(await s.listOverrides()).toEqual([o1, o2]);
      await s.removeOverride("o1");
      expect(await s.listOverrides()).toEqual([o2]);
      await s.removeOverride("nope");
      expect(await s.listOverrides()).toEqual([o2]);
    });

    test("keeps a fetched version's metadata with it, and finds the page by URL, final URL or body hash", async () => {
      const s = await fresh();
      await s.storeDocument(makeDoc("p", TEXT_A, { fetch: fetchInfo("https://example.org/p", "aaa") }), { pending: "test" });
      expect((await s.getDocument("p"))?.meta.fetch).toEqual(fetchInfo("https://example.org/p", "aaa"));
      expect((await s.getDocument("p", 1))?.meta.fetch).toEqual(fetchInfo("https://example.org/p", "aaa"));
      expect(await s.findFetched({ url: "https://example.org/p" })).toEqual({ id: "p", version: 1, fetch: fetchInfo("https://example.org/p", "aaa") });
      expect(await s.findFetched({ url: "https://example.org/p?final" })).toMatchObject({ id: "p", version: 1 });
      expect(await s.findFetched({ sha256: "aaa" })).toMatchObject({ id: "p", version: 1 });
      // an unknown URL falls back on the body's hash
      expect(await s.findFetched({ url: "https://example.net/elsewhere", sha256: "aaa" })).toMatchObject({ id: "p" });
      expect(await s.findFetched({ url: "https://example.org/other", sha256: "bbb" })).toBeNull();
      expect(await s.findFetched({})).toBeNull();
      // a document read from a file has no fetch metadata, and putDocument keeps none
      await s.storeDocument(makeDoc("f", TEXT_B), { pending: "test" });
      expect((await s.getDocument("f"))?.meta.fetch).toBeUndefined();
      await s.putDocument(makeDoc("q", TEXT_B, { fetch: fetchInfo("https://example.org/q", "qqq") }));
      expect(await s.findFetched({ url: "https://example.org/q" })).toBeNull();
    });

    test("keeps each fetched version's own metadata, and refreshes it when the same content is fetched again", async () => {
      const s = await fresh();
      const url = "https://example.org/p";
      await s.storeDocument(makeDoc("p", TEXT_A, { fetch: fetchInfo(url, "h1", '"v1"', "2025-03-04T10:00:00.000Z") }), { pending: "test" });
      await s.storeDocument(makeDoc("p", TEXT_B, { fetch: fetchInfo(url, "h2", '"v2"', "2025-03-05T10:00:00.000Z") }), {
        extractorVersion: "1",
        events: [makeEvent("p")],
      });
      expect((await s.getDocument("p", 1))?.meta.fetch?.etag).toBe('"v1"');
      expect((await s.getDocument("p", 2))?.meta.fetch?.etag).toBe('"v2"');
      // the latest fetch of the URL answers; an older body is still known by its hash
      expect(await s.findFetched({ url })).toMatchObject({ id: "p", version: 2 });
      expect(await s.findFetched({ sha256: "h1" })).toMatchObject({ id: "p", version: 1 });
      const again = { ...fetchInfo(url, "h2", '"v2b"', "2025-03-06T10:00:00.000Z"), feed: null };
      const put = await s.storeDocument(makeDoc("p", TEXT_B, { fetch: again }), { pending: "test" });
      expect(put).toEqual({ status: "unchanged", id: "p", version: 2 });
      // refreshed, keeping the feed it was first listed in; the events stay
      expect((await s.getDocument("p"))?.meta.fetch).toEqual({ ...again, feed: "https://example.org/feed.xml" });
      expect(await s.listEvents({ doc: "p" })).toHaveLength(1);
      expect(await s.listPending()).toEqual([]);
    });

    test("a fetched document that cannot be stored leaves no fetch metadata behind", async () => {
      const s = await fresh();
      const broken = makeEvent("p");
      (broken as { type: unknown }).type = null;
      const doc = makeDoc("p", TEXT_A, { fetch: fetchInfo("https://example.org/p", "aaa") });
      await expect(s.storeDocument(doc, { extractorVersion: "1", events: [broken] })).rejects.toThrow();
      expect(await s.getDocument("p")).toBeNull();
      expect(await s.findFetched({ url: "https://example.org/p", sha256: "aaa" })).toBeNull();
      // and can be stored whole afterwards
      expect(await s.storeDocument(doc, { extractorVersion: "1", events: [makeEvent("p")] })).toMatchObject({ status: "inserted", version: 1 });
      expect(await s.findFetched({ sha256: "aaa" })).toMatchObject({ id: "p", version: 1 });
    });

    test("adds, updates, lists and removes feeds, in the order they were added", async () => {
      const s = await fresh();
      expect(await s.listFeeds()).toEqual([]);
      const before = Date.now();
      const added = await s.addFeed("https://example.org/feed.xml");
      expect(added).toEqual({
        url: "https://example.org/feed.xml",
        addedAt: added.addedAt,
        etag: null,
        lastModified: null,
        lastPollAt: null,
        itemsSeen: 0,
        lastError: null,
      });
      expect(Date.parse(added.addedAt)).toBeGreaterThanOrEqual(before - 1000);
      await s.addFeed("https://example.net/atom");
      await s.addFeed("https://example.com/a.json");
      await s.updateFeed("https://example.org/feed.xml", { etag: '"f1"', lastPollAt: "2025-03-04T10:00:00Z", itemsSeen: 3, lastError: "HTTP 500" });
      // added again: left as it is, and keeps its place
      expect(await s.addFeed("https://example.org/feed.xml")).toMatchObject({ etag: '"f1"', itemsSeen: 3, addedAt: added.addedAt });
      expect((await s.listFeeds()).map((f) => f.url)).toEqual(["https://example.org/feed.xml", "https://example.net/atom", "https://example.com/a.json"]);
      // a patch changes only what it names; null clears
      await s.updateFeed("https://example.org/feed.xml", { lastModified: "Tue, 04 Mar 2025 09:00:00 GMT", lastError: null });
      await s.updateFeed("https://example.org/feed.xml", {});
      expect(await s.getFeed("https://example.org/feed.xml")).toEqual({
        url: "https://example.org/feed.xml",
        addedAt: added.addedAt,
        etag: '"f1"',
        lastModified: "Tue, 04 Mar 2025 09:00:00 GMT",
        lastPollAt: "2025-03-04T10:00:00Z",
        itemsSeen: 3,
        lastError: null,
      });
      await s.updateFeed("https://example.org/none", { itemsSeen: 1 });
      expect(await s.getFeed("https://example.org/none")).toBeNull();
      expect(await s.removeFeed("https://example.net/atom")).toBe(true);
      expect(await s.removeFeed("https://example.net/atom")).toBe(false);
      expect(await s.getFeed("https://example.net/atom")).toBeNull();
      expect((await s.listFeeds()).map((f) => f.url)).toEqual(["https://example.org/feed.xml", "https://example.com/a.json"]);
    });

    test("a feed URL or page URL that looks like SQL is kept and matched as text", async () => {
      const s = await fresh();
      const nasty = "https://example.org/x'); DROP TABLE feeds; --";
      await s.addFeed(nasty);
      await s.updateFeed(nasty, { etag: "' OR '1'='1" });
      expect(await s.getFeed(nasty)).toMatchObject({ url: nasty, etag: "' OR '1'='1" });
      await s.storeDocument(makeDoc("n", TEXT_A, { fetch: fetchInfo(nasty, "' OR 1=1 --") }), { pending: "test" });
      expect(await s.findFetched({ url: nasty })).toMatchObject({ id: "n" });
      expect(await s.findFetched({ url: "' OR 1=1 --" })).toBeNull();
      expect(await s.removeFeed(nasty)).toBe(true);
      expect(await s.listFeeds()).toEqual([]);
    });

    test("copies every row into an empty store, fetched pages and feeds included", async () => {
      const a = await fresh();
      await a.storeDocument(makeDoc("p", TEXT_A, { fetch: fetchInfo("https://example.org/p", "h1") }), { extractorVersion: "1", events: [makeEvent("p")] });
      await a.storeDocument(makeDoc("p", TEXT_B, { fetch: fetchInfo("https://example.org/p", "h2", '"v2"', "2025-03-05T00:00:00.000Z") }), {
        pending: "test",
      });
      await a.storeDocument(makeDoc("f", TEXT_B), { extractorVersion: "1", events: [] });
      await a.addOverride({ id: "o1", action: "split", keys: ["k"], createdAt: "2025-03-05T10:00:00.000Z", note: null });
      const key = reviewKeys([makeEvent("p")])[0]!;
      await a.addReviewChange(change({ target: key, action: "correct", field: "count", after: { value: 41, qualifier: "exact" } }, 1));
      await a.addReviewChange(change({ targetKind: "story", target: "st_x", action: "reviewed", anchor: key }, 2));
      // the story ids issued, and one retired into another
      const retiredAt = "2025-03-05T11:00:00.000Z";
      await a.saveReconciliation(
        { copyGroups: [], stories: [], series: [], conflicts: [] },
        { live: [{ id: "st_a", keys: [key] }], retired: [{ id: "st_b", successor: "st_a", reason: "merged", retiredAt }] },
      );
      // added in an order that is not alphabetical
      for (const url of ["https://z.example.org/feed", "https://a.example.org/feed", "https://m.example.org/feed"]) await a.addFeed(url);
      await a.updateFeed("https://a.example.org/feed", { etag: '"fa"', lastPollAt: "2025-03-06T00:00:00Z", itemsSeen: 7, lastError: "timed out" });
      const b = await fresh();
      expect(await b.transfer().isEmpty()).toBe(true);
      const n = await b.transfer().write(a.transfer().read());
      expect(n).toEqual({ documents: 3, fetched: 2, runs: 2, events: 1, overrides: 1, storyIds: 1, storyRedirects: 1, reviewChanges: 2, feeds: 3 });
      expect(await dump(b)).toEqual(await dump(a));
      expect(await b.listReviewChanges()).toEqual(await a.listReviewChanges());
      expect(await b.listIssuedStories()).toEqual([{ id: "st_a", keys: [key] }]);
      expect(await b.getStoryRedirect("st_b")).toEqual({ id: "st_b", successor: "st_a", reason: "merged", retiredAt });
      const id = String((await dump(a)).flatMap((x) => x.events ?? [])[0]!.id);
      expect(await b.getEvent(id)).toMatchObject({ reviewKey: key, count: { value: 41 }, review: { original: { count: { value: 40 } } } });
      // the copy's history goes on from where the original's was
      await b.addReviewChange(change({ target: key, action: "suppress" }, 3));
      expect((await b.getEvent(id))!.review).toMatchObject({ suppressed: true, changes: [(await a.listReviewChanges())[0]!.id, expect.any(String)] });
      expect(await b.listFeeds()).toEqual(await a.listFeeds());
      expect((await b.listFeeds()).map((f) => f.url)).toEqual(["https://z.example.org/feed", "https://a.example.org/feed", "https://m.example.org/feed"]);
      expect((await b.getDocument("p", 1))?.meta.fetch).toEqual(fetchInfo("https://example.org/p", "h1"));
      expect(await b.findFetched({ url: "https://example.org/p?final" })).toMatchObject({ id: "p", version: 2 });
      expect(await b.findFetched({ sha256: "h1" })).toMatchObject({ id: "p", version: 1 });
      // a store holding only feeds is not empty
      const c = await fresh();
      await c.addFeed("https://example.org/feed.xml");
      expect(await c.transfer().isEmpty()).toBe(false);
      // nor is one holding only story ids
      const d = await fresh();
      await d.saveReconciliation({ copyGroups: [], stories: [], series: [], conflicts: [] }, { live: [{ id: "st_a", keys: [key] }], retired: [] });
      expect(await d.transfer().isEmpty()).toBe(false);
      // the copy goes on as a store of its own
      await b.addFeed("https://new.example.org/feed");
      expect((await b.listFeeds()).at(-1)?.url).toBe("https://new.example.org/feed");
    });
  });
}

// The conformance suite every Store backend runs (SQLite and PostgreSQL):
// `runStoreTests({ name, newStore })` inside a vitest file. A backend
// with a known gap passes it in `gaps` with a reason; nothing is skipped
// silently. Test code: tsconfig.json leaves *.conformance.ts out of dist/.

import { afterEach, describe, expect, it } from "vitest";
import type { ExtractedEvent, Reconciliation } from "../types.js";
import type { Store } from "./store.js";
import { makeDoc, makeEvent, TEXT_A, TEXT_B } from "./fixtures.js";

export { makeDoc, makeEvent } from "./fixtures.js";

export interface StoreSuiteOptions {
  name: string;
  /** A fresh, empty store for each test. */
  newStore: () => Promise<Store> | Store;
  /** Tests this backend is known to fail, by title, with the reason. */
  gaps?: Record<string, string>;
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
  });
}

// The timeline's axis, its keyboard walk, and the document the reader opens on.

import { describe, expect, it } from "vitest";
import type { DocumentSummary, StoredEvent } from "../../src/types.js";
import { pickDocument } from "../../web/src/pick-doc.js";
import { timelineDomain } from "../../web/src/timeline-domain.js";
import { keyOrder, nextItem } from "../../web/src/timeline.js";

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const on = (iso: string): [number, number] => [day(iso), day(iso)];

describe("timelineDomain", () => {
  // A four-week story, and one mention a year earlier.
  const story = ["2026-01-05", "2026-01-09", "2026-01-12", "2026-01-15", "2026-01-19", "2026-01-22", "2026-01-26", "2026-01-30", "2026-02-01"].map(on);
  const spans = [...story, on("2025-01-20")];

  it("is the chosen range when there is one", () => {
    const d = timelineDomain(spans, day("2026-01-01"), day("2026-02-01"));
    expect(d.lo).toBe(day("2026-01-01"));
    expect(d.hi).toBe(day("2026-02-02"));
    expect(d.before).toBe(1);
    expect(d.after).toBe(0);
    // The story fills the axis instead of 8 % of it.
    expect((day("2026-02-01") - day("2026-01-05")) / (d.hi - d.lo)).toBeGreaterThan(0.8);
  });

  it("without a range, leaves a straggler out and counts it", () => {
    const d = timelineDomain(spans, null, null);
    expect(d.before).toBe(1);
    expect(d.lo).toBeGreaterThan(day("2025-12-01"));
    expect((day("2026-02-01") - day("2026-01-05")) / (d.hi - d.lo)).toBeGreaterThan(0.8);
  });

  it("focuses on where most events are when a few lie far off, and takes them all when asked", () => {
    const few = [...story.slice(0, 5), on("2025-04-10"), on("2025-04-12"), on("2025-05-20")];
    const d = timelineDomain(few, null, null);
    expect(d.before).toBe(3);
    expect((day("2026-01-19") - day("2026-01-05")) / (d.hi - d.lo)).toBeGreaterThan(0.8);
    const all = timelineDomain(few, null, null, true);
    expect(all.before + all.after).toBe(0);
    expect(all.lo).toBeLessThanOrEqual(day("2025-04-10"));
  });

  it("keeps everything when the events spread evenly", () => {
    const even = Array.from({ length: 12 }, (_, i) => on(`2025-${String(i + 1).padStart(2, "0")}-15`));
    const d = timelineDomain(even, null, null);
    expect(d.before + d.after).toBe(0);
    expect(d.lo).toBeLessThanOrEqual(day("2025-01-15"));
    expect(d.hi).toBeGreaterThan(day("2025-12-15"));
  });
});

describe("the timeline's keyboard walk", () => {
  const items = keyOrder([
    { id: "b", day: 10, lane: 0 },
    { id: "a", day: 2, lane: 0 },
    { id: "c", day: 5, lane: 1 },
    { id: "d", day: 11, lane: 1 },
  ]);
  it("goes by date left and right, to the nearest in the next lane up and down", () => {
    expect(items.map((i) => i.id)).toEqual(["a", "c", "b", "d"]);
    expect(nextItem(items, 0, "ArrowRight")).toBe(1);
    expect(nextItem(items, 0, "ArrowLeft")).toBe(0);
    expect(nextItem(items, 2, "ArrowDown")).toBe(3); // b (day 10) → d (day 11)
    expect(nextItem(items, 1, "ArrowUp")).toBe(0); // c (day 5) → a (day 2)
    expect(nextItem(items, 1, "End")).toBe(3);
    expect(nextItem(items, 3, "Home")).toBe(0);
  });
});

describe("pickDocument", () => {
  const doc = (id: string, published: string | null, events: number) => ({ id, published, events }) as DocumentSummary;
  const ev = (d: string, confidence = 0.8) => ({ doc: d, confidence }) as StoredEvent;
  it("opens on the dated document with most of the events shown, never an undated one when a dated one exists", () => {
    const docs = [doc("undated-big", null, 9), doc("old", "2025-03-01", 2), doc("new", "2026-01-22", 3)];
    expect(pickDocument(docs, [ev("undated-big"), ev("undated-big"), ev("new"), ev("new"), ev("old")])).toBe("new");
    // Filtered to what "old" tells: "old".
    expect(pickDocument(docs, [ev("old")])).toBe("old");
    expect(pickDocument([doc("u", null, 1)], [])).toBe("u");
    expect(pickDocument([], [])).toBe("");
  });
});

// The page's pure helpers: how counts, dates and highlights come out.

import { describe, expect, it } from "vitest";
import type { StoredEvent } from "../../src/types.js";
import { dateSpan, dayToIso, formatCount, formatDate, formatPlace } from "../../web/src/format.js";
import { segments } from "../../web/src/reader.js";

describe("formatCount", () => {
  it("shows the qualifier with the number", () => {
    expect(formatCount({ value: 150, qualifier: "approx" })).toBe("≈150");
    expect(formatCount({ value: 7000, qualifier: "at_most" })).toBe("≤7,000");
    expect(formatCount({ value: 80, qualifier: "at_least" })).toBe("≥80");
    expect(formatCount({ value: 450, qualifier: "exact" })).toBe("450");
    expect(formatCount({ value: 100, qualifier: "vague" })).toBe("hundreds");
    expect(formatCount({ value: 10000, qualifier: "vague" })).toBe("tens of thousands");
    expect(formatCount({ value: null, qualifier: "vague" })).toBe("some");
    expect(formatCount(null)).toBe("");
  });
});

describe("dates", () => {
  it("formats days, months, years and intervals", () => {
    expect(formatDate("2026-01-21")).toBe("21 Jan 2026");
    expect(formatDate("2026-01")).toBe("Jan 2026");
    expect(formatDate("2025")).toBe("2025");
    expect(formatDate("2026-02-03/2026-02-05")).toBe("3 Feb 2026 – 5 Feb 2026");
    expect(formatDate(null)).toBe("undated");
  });

  it("spans a month or a year from its first to its last day", () => {
    const [a, b] = dateSpan("2024-02")!;
    expect([dayToIso(a), dayToIso(b)]).toEqual(["2024-02-01", "2024-02-29"]);
    const [c, d] = dateSpan("2025")!;
    expect([dayToIso(c), dayToIso(d)]).toEqual(["2025-01-01", "2025-12-31"]);
    expect(dateSpan("soon")).toBeNull();
  });

  it("names a place with its country unless it is the country", () => {
    expect(formatPlace({ name: "Hasakah", country: "SY" })).toBe("Hasakah (SY)");
    expect(formatPlace({ name: "SY", country: "SY" })).toBe("SY");
    expect(formatPlace({ name: "the border", country: ["RU", "UA"] })).toBe("the border (RU/UA)");
  });
});

describe("segments", () => {
  const ev = (id: string, spans: [number, number][]) => ({ id, evidence: spans.map(([start, end]) => ({ text: "", start, end })) }) as unknown as StoredEvent;

  it("cuts the text at every evidence boundary and knows who covers each piece", () => {
    const segs = segments(30, [ev("a", [[5, 15]]), ev("b", [[10, 20]])]);
    expect(segs.map((s) => [s.start, s.end, s.ids])).toEqual([
      [0, 5, []],
      [5, 10, ["a"]],
      [10, 15, ["a", "b"]],
      [15, 20, ["b"]],
      [20, 30, []],
    ]);
  });

  it("clamps offsets that run past the text and drops empty spans", () => {
    const segs = segments(10, [ev("a", [[8, 50]]), ev("b", [[3, 3]])]);
    expect(segs.map((s) => [s.start, s.end, s.ids])).toEqual([
      [0, 8, []],
      [8, 10, ["a"]],
    ]);
  });
});

// The series chart's axes and label layout: round ticks, the planned ceiling
// inside the axis, a vague figure as a band, labels that never overlap.

import { describe, expect, it } from "vitest";
import { overlaps, placeLabels, spotsAround, textWidth } from "../../web/src/labels.js";
import { asOfDay, figureBand, timeAxis, valueAxis } from "../../web/src/series-scale.js";

const fig = (value: number, qualifier = "exact") => ({ value, qualifier });

describe("valueAxis", () => {
  it("holds the planned ceiling with round ticks", () => {
    // 150 and 450 moved, up to 7,000 planned: the old chart read 2,655 / 5,310 / 7,965.
    const ax = valueAxis([fig(150), fig(450)], [fig(7000, "at_most")], [180, 10]);
    expect(ax.top).toBeGreaterThanOrEqual(7000);
    expect(ax.ticks).toEqual([0, 2000, 4000, 6000, 8000]);
    const y = ax.scale(7000);
    expect(y).toBeGreaterThan(10);
    expect(y).toBeLessThan(180);
    // The ceiling sits where 7,000 is, far above the figures.
    expect(ax.scale(450) - y).toBeGreaterThan(120);
  });

  it("rounds every axis to ticks of 1, 2 or 5 times a power of ten", () => {
    for (const max of [7, 93, 1180, 2655, 7965, 48_000]) {
      const ax = valueAxis([fig(max)], [], [200, 0]);
      expect(ax.top).toBeGreaterThanOrEqual(max);
      const step = ax.ticks[1] - ax.ticks[0];
      expect(String(step / 10 ** Math.floor(Math.log10(step)))).toMatch(/^(1|2|5)$/);
      expect(ax.ticks[0]).toBe(0);
      for (const t of ax.ticks) expect(Math.abs(t / step - Math.round(t / step))).toBeLessThan(1e-9);
    }
  });

  it("does not let a vague band flatten the stated figures", () => {
    // "thousands" beside 450: the band (1,000 to 9,999) is drawn, cut at the top.
    const ax = valueAxis([fig(300), fig(450), fig(1000, "vague")], [], [200, 0]);
    expect(ax.top).toBeGreaterThanOrEqual(1000);
    expect(ax.top).toBeLessThan(2000);
  });
});

describe("figureBand", () => {
  it("reads a vague magnitude as a band, a stated figure as itself", () => {
    expect(figureBand(fig(1000, "vague"))).toEqual([1000, 9999]);
    expect(figureBand(fig(100, "vague"))).toEqual([100, 999]);
    expect(figureBand(fig(450))).toEqual([450, 450]);
    expect(figureBand(fig(7000, "at_most"))).toEqual([7000, 7000]);
  });
});

describe("timeAxis", () => {
  it("puts ticks on whole days inside the range and the figures inside the plot", () => {
    const jan4 = Date.UTC(2026, 0, 4) / 86_400_000;
    const feb1 = Date.UTC(2026, 1, 1) / 86_400_000;
    const ax = timeAxis([jan4, feb1], [50, 400]);
    expect(ax.ticks.length).toBeGreaterThanOrEqual(3);
    for (const t of ax.ticks) {
      expect(Number.isInteger(t.day)).toBe(true);
      expect(ax.x(t.day)).toBeGreaterThanOrEqual(50);
      expect(ax.x(t.day)).toBeLessThanOrEqual(400);
    }
    expect(ax.x(jan4)).toBeGreaterThan(50);
    expect(ax.x(feb1)).toBeLessThan(400);
    expect(ax.ticks.map((t) => t.label)).toContain("11 Jan");
  });
});

describe("placeLabels", () => {
  const area = { x: 0, y: 0, w: 400, h: 180 };
  it("moves a label that would cover another and keeps all inside the chart", () => {
    // Two figures close together near the top: the second label goes elsewhere.
    const reqs = [
      { w: textWidth("≤7,000"), h: 13, spots: spotsAround(200, 20, 7, textWidth("≤7,000"), 13) },
      { w: textWidth("≈6,900"), h: 13, spots: spotsAround(212, 24, 7, textWidth("≈6,900"), 13) },
      {
        w: textWidth("planned ≤7,000"),
        h: 13,
        spots: [
          { x: 300, y: 2 },
          { x: 300, y: 30 },
        ],
      },
    ];
    const boxes = placeLabels(reqs, area);
    expect(boxes.every((b) => b !== null)).toBe(true);
    for (let i = 0; i < boxes.length; i++) {
      const b = boxes[i]!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(400);
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(b, boxes[j]!)).toBe(false);
    }
  });

  it("leaves a label out rather than cut it off or overlap", () => {
    const boxes = placeLabels([{ w: 90, h: 13, spots: [{ x: 350, y: -5 }] }], area);
    expect(boxes).toEqual([null]);
    const two = placeLabels(
      [
        { w: 50, h: 13, spots: [{ x: 10, y: 10 }] },
        { w: 50, h: 13, spots: [{ x: 20, y: 12 }] },
      ],
      area,
    );
    expect(two[0]).not.toBeNull();
    expect(two[1]).toBeNull();
  });
});

describe("asOfDay: where a point sits on the time axis", () => {
  it("puts a running total counted over a span at the span's end, anything else at its date's start", () => {
    const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
    expect(asOfDay({ date: "2031-09/2033-04-15", kind: "cumulative" })).toBe(day("2033-04-15"));
    expect(asOfDay({ date: "2031-09/2033-04-15", kind: "one_off" })).toBe(day("2031-09-01"));
    expect(asOfDay({ date: "2032-05", kind: "cumulative" })).toBe(day("2032-05-01"));
    expect(asOfDay({ date: null, kind: "cumulative" })).toBeUndefined();
  });
});

// The facility panel's arithmetic: the axis over a facility's dates, the
// control band's segments, and one colour per controller.

import { describe, expect, it } from "vitest";
import type { Facility } from "../../src/types.js";
import { bandSegments, controllerColors, facilityDomain } from "../../web/src/facility-band.js";

type Part = Pick<Facility, "control" | "population" | "events">;
const iv = (controller: string, from: string | null, to: string | null, inferred = false) => ({ controller, from, to, inferred, sources: [] });

describe("the control band", () => {
  it("places a dated change where it falls, the earlier holder from the axis' start", () => {
    const f: Part = { control: [iv("SDF", null, "2026-01-21"), iv("Syrian government", "2026-01-21", null)], population: [], events: [] };
    const segs = bandSegments(f);
    expect(segs.map((g) => g.controller)).toEqual(["SDF", "Syrian government"]);
    expect(segs[0].x0).toBe(0);
    expect(segs[0].x1).toBeCloseTo(0.5, 1);
    expect(segs[1].x0).toBeCloseTo(segs[0].x1, 5);
    expect(segs[1].x1).toBe(1);
    expect(segs[1].label).toMatch(/2026-01-21 – now/);
  });

  it("shares the band in order when no report dates the change", () => {
    const f: Part = { control: [iv("SDF", null, null), iv("Syrian government", null, null)], population: [], events: [] };
    expect(facilityDomain(f)).toBeNull();
    expect(bandSegments(f).map((g) => [g.x0, g.x1])).toEqual([
      [0, 0.5],
      [0.5, 1],
    ]);
  });

  it("widens the axis over population dates and keeps a month at least", () => {
    const f: Part = {
      control: [iv("SDF", "2025-06", null)],
      population: [{ date: "2026-01-10", inferred: false, claims: [], low: 1, best: 1, high: 1 }],
      events: [],
    };
    const [lo, hi] = facilityDomain(f)!;
    expect(hi - lo).toBeGreaterThan(200);
    const one: Part = { control: [iv("SDF", "2026-01-21", null)], population: [], events: [] };
    const [a, b] = facilityDomain(one)!;
    expect(b - a).toBeGreaterThanOrEqual(30);
  });

  it("gives each controller one colour across facilities", () => {
    const colors = controllerColors([{ control: [iv("SDF", null, null), iv("Syrian government", null, null)] }, { control: [iv("SDF", null, null)] }]);
    expect([...colors.keys()]).toEqual(["SDF", "Syrian government"]);
    expect(colors.get("SDF")).not.toBe(colors.get("Syrian government"));
  });
});

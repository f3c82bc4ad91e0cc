// The arithmetic of the facility panel, kept apart from the DOM: the time
// axis over a facility's control intervals, population and events, the band
// of control segments on it, and one colour per controller.

import type { Facility } from "../../src/types.js";
import { dateSpan } from "./format.js";

/** Controllers' colours, given in the order controllers are first met over the facilities listed. */
const PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#ca8a04", "#db2777"];

export function controllerColors(facilities: readonly Pick<Facility, "control">[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of facilities) for (const c of f.control) if (!out.has(c.controller)) out.set(c.controller, PALETTE[out.size % PALETTE.length]);
  return out;
}

/** First and last day (days since 1970) of every date the facility's state names; null when none is dated. */
export function facilityDomain(f: Pick<Facility, "control" | "population" | "events">): [number, number] | null {
  const days: number[] = [];
  const add = (d: string | null) => {
    const sp = dateSpan(d);
    if (sp) days.push(sp[0], sp[1]);
  };
  for (const c of f.control) [c.from, c.to].forEach(add);
  for (const p of f.population) add(p.date);
  for (const e of f.events) add(e.date);
  if (!days.length) return null;
  const lo = Math.min(...days);
  const hi = Math.max(...days);
  // at least a month across, so one dated change still shows before and after
  return hi - lo < 30 ? [lo - 15, hi + 15] : [lo, hi];
}

export interface BandSegment {
  controller: string;
  /** 0..1 along the band. */
  x0: number;
  x1: number;
  /** The interval's dates as the reports give them ("?" where open). */
  label: string;
  inferred: boolean;
}

/**
 * The control band: each interval as a segment on the axis. An open start
 * runs from the axis' start, an open end to its end; without any dated bound
 * the intervals share the band equally, in their order.
 */
export function bandSegments(f: Pick<Facility, "control" | "population" | "events">): BandSegment[] {
  const dom = facilityDomain(f);
  const n = f.control.length;
  return f.control.map((c, i) => {
    const label = `${c.controller}: ${c.from ?? "?"} – ${c.to ?? (i === n - 1 ? "now" : "?")}`;
    const a = dateSpan(c.from);
    const b = dateSpan(c.to);
    if (!dom || (!a && !b)) return { controller: c.controller, x0: i / n, x1: (i + 1) / n, label, inferred: c.inferred };
    const at = (d: number) => Math.min(1, Math.max(0, (d - dom[0]) / (dom[1] - dom[0] || 1)));
    const x0 = a ? at(a[0]) : i === 0 ? 0 : at(dateSpan(f.control[i - 1].to)?.[0] ?? dom[0]);
    const x1 = b ? at(b[0]) : 1;
    return { controller: c.controller, x0, x1: Math.max(x1, x0 + 0.01), label, inferred: c.inferred };
  });
}

// The series chart's scales, with d3-scale: a value axis from zero that
// holds every figure and the planned ceiling (rounded with .nice(), ticks
// from .ticks()), a time axis, and the band a vague figure stands for.

import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from "d3-scale";
import { dateSpan } from "./format.js";

const DAY = 86_400_000;

export interface Figure {
  value: number;
  qualifier: string;
}

/**
 * The values a figure stands for: a vague magnitude ("thousands" = 1,000)
 * is a band up to ten times its value, as the reconciliation reads it;
 * every other figure is the value it states.
 */
export function figureBand(f: Figure): [number, number] {
  return f.qualifier === "vague" ? [f.value, f.value * 10 - 1] : [f.value, f.value];
}

export const isVague = (f: Figure): boolean => f.qualifier === "vague";

export interface ValueAxis {
  scale: ScaleLinear<number, number>;
  ticks: number[];
  /** The domain's top: a vague band reaching above it is drawn open-ended. */
  top: number;
}

/**
 * A value axis from zero to the largest stated figure or ceiling, with room
 * for the labels above it. A vague band widens it only to twice the firm
 * figures (or to its own lower end), so "thousands" beside 450 does not
 * flatten the rest; the band is then drawn open at the top.
 */
export function valueAxis(points: Figure[], planned: Figure[], range: [number, number], tickCount = 4): ValueAxis {
  const firm = [...points.filter((p) => !isVague(p)), ...planned].map((p) => p.value);
  let max = Math.max(1, ...firm);
  const firmMax = max;
  for (const p of points.filter(isVague)) {
    const [lo, hi] = figureBand(p);
    max = Math.max(max, lo, Math.min(hi, firmMax * 2));
  }
  const scale = scaleLinear()
    .domain([0, max * 1.1])
    .range(range)
    .nice(tickCount);
  const ticks = scale.ticks(tickCount);
  return { scale, ticks, top: scale.domain()[1] };
}

export interface TimeAxis {
  /** Day number (days since 1970-01-01) to pixels. */
  x(day: number): number;
  scale: ScaleTime<number, number>;
  ticks: { day: number; label: string }[];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A time axis over the given days, padded and rounded to whole days, weeks or months. */
export function timeAxis(days: number[], range: [number, number], tickCount = 4): TimeAxis {
  let lo = days.length ? Math.min(...days) : 0;
  let hi = days.length ? Math.max(...days) : 1;
  if (hi - lo < 6) [lo, hi] = [lo - 3, hi + 3];
  const pad = (hi - lo) * 0.06;
  const scale = scaleUtc()
    .domain([new Date((lo - pad) * DAY), new Date((hi + pad) * DAY)])
    .range(range)
    .nice();
  const [d0, d1] = scale.domain();
  const span = (d1.getTime() - d0.getTime()) / DAY;
  const ticks = scale.ticks(tickCount).map((d) => ({
    day: d.getTime() / DAY,
    label: span > 75 ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`,
  }));
  return { x: (day: number) => scale(new Date(day * DAY)), scale, ticks };
}

/**
 * Where a point sits on the time axis: the start of its date, except that a
 * running total or stock dated by a span ("2023-09/2025-04-15": counted from
 * September 2023) holds as of the span's end.
 */
export function asOfDay(p: { date: string | null; kind: string }): number | undefined {
  const span = dateSpan(p.date);
  if (!span) return undefined;
  return p.date?.includes("/") && (p.kind === "cumulative" || p.kind === "stock") ? span[1] : span[0];
}

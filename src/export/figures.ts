// Low, best and high figures (UCDP's convention) from what a story's records
// carry. The rule, applied in this order:
//
// 1. The stated figure n and its qualifier give the first bounds:
//    exact or about n: low = best = high = n;
//    at least n ("more than 300"): low = best = n, high open;
//    at most n ("up to 7,000"): best = high = n, low open;
//    a vague magnitude ("hundreds", stored as 100): low = best = n, high open;
//    a vague word without a number ("many"): all three open.
// 2. A range in the evidence whose low end is the stated figure ("between
//    5,000 and 7,000", "20-30") sets high to its upper end.
// 3. Figures other records of the story state for the same count (the
//    story's dissent) widen the bounds: low is the smallest figure any source
//    gives, high the largest; best stays the story's consensus figure.
// An open bound is null. Bounds never cross: low <= best <= high.

import type { Story } from "../types.js";

export interface Figures {
  low: number | null;
  best: number | null;
  high: number | null;
}

export interface Figure {
  value: number | null;
  qualifier: string;
}

export const NO_FIGURES: Figures = { low: null, best: null, high: null };

const NUM = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const RANGE = new RegExp(String.raw`(?<between>\bbetween\s+)?(?<![\d,.])(?<a>${NUM})\s*(?<joiner>to|and|-|–|—)\s*(?<b>${NUM})(?![\d,])`, "gi");

/** The upper end of a range in `sentences` that starts at `low`, or null. */
export function rangeHigh(low: number, sentences: readonly string[]): number | null {
  for (const s of sentences) {
    for (const m of s.matchAll(RANGE)) {
      const g = m.groups!;
      if (g.joiner.toLowerCase() === "and" && !g.between) continue;
      const a = Number(g.a.replace(/,/g, ""));
      const b = Number(g.b.replace(/,/g, ""));
      if (a === low && b > a) return b;
    }
  }
  return null;
}

/** The bounds of one stated figure, with the evidence sentences that state it. */
export function figureBounds(f: Figure | null | undefined, sentences: readonly string[] = []): Figures {
  if (!f || f.value == null) return { ...NO_FIGURES };
  const n = f.value;
  let out: Figures;
  switch (f.qualifier) {
    case "at_least":
    case "vague":
      out = { low: n, best: n, high: null };
      break;
    case "at_most":
      out = { low: null, best: n, high: n };
      break;
    default:
      out = { low: n, best: n, high: n };
  }
  const high = f.qualifier === "at_most" ? null : rangeHigh(n, sentences);
  if (high != null) out.high = high;
  return out;
}

const isFigure = (v: unknown): v is Figure =>
  !!v && typeof v === "object" && "qualifier" in v && (typeof (v as Figure).value === "number" || (v as Figure).value === null);

/** A story's low, best and high figures: its consensus figure, its evidence's ranges and the figures other sources give. */
export function storyFigures(s: Story, sentences: readonly string[] = []): Figures {
  const out = figureBounds(s.count, sentences);
  if (out.best == null) return out;
  for (const d of s.dissent) {
    if (d.field !== "count" || !isFigure(d.value) || d.value.value == null) continue;
    const other = figureBounds(d.value, sentences);
    if (other.low != null && (out.low == null || other.low < out.low)) out.low = other.low;
    const top = other.high ?? other.best;
    if (top != null && out.high != null && top > out.high) out.high = top;
  }
  if (out.low != null && out.low > out.best) out.low = out.best;
  if (out.high != null && out.high < out.best) out.high = out.best;
  return out;
}

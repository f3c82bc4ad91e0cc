// Which days the timeline's axis covers. A date range chosen by the reader
// is the axis; without one, the axis covers where the events are: precise
// dates first, a stray early or late mention or a coarse date (a year, a long
// interval) widens it only when that costs little, and what falls outside is
// counted at the edges instead of squeezing the rest.

export interface Domain {
  lo: number;
  hi: number;
  /** Dated events wholly before lo, and wholly after hi. */
  before: number;
  after: number;
}

/** Share of the precise dates the axis keeps at least, when it leaves stragglers out. */
const CORE_SHARE = 0.6;
/** The kept run must be narrower than this share of the whole span to be worth it. */
const SQUEEZE = 0.25;

/**
 * The narrowest run of days holding at least CORE_SHARE of the days given
 * (sorted); the whole run when leaving the rest out gains little.
 */
function core(days: number[]): [number, number] {
  const n = days.length;
  const full: [number, number] = [days[0], days[n - 1]];
  const k = Math.ceil(n * CORE_SHARE);
  if (n < 4 || k >= n) return full;
  let best: [number, number] = full;
  for (let i = 0; i + k - 1 < n; i++) {
    const w = days[i + k - 1] - days[i];
    if (w < best[1] - best[0]) best = [days[i], days[i + k - 1]];
  }
  const fullW = full[1] - full[0];
  // Worth it only when the rest would take most of the axis.
  return fullW > 60 && best[1] - best[0] < fullW * SQUEEZE ? best : full;
}

/**
 * @param spans first and last day of each dated event
 * @param from first day of the chosen range (null: open)
 * @param to last day of the chosen range (null: open)
 * @param whole every dated event on the axis (no range chosen)
 */
export function timelineDomain(spans: [number, number][], from: number | null, to: number | null, whole = false): Domain {
  let lo: number;
  let hi: number;
  if (from !== null || to !== null) {
    const starts = spans.map((s) => s[0]);
    const ends = spans.map((s) => s[1]);
    lo = from ?? (starts.length ? Math.min(...starts) : (to ?? 0) - 30);
    hi = to !== null ? to + 1 : ends.length ? Math.max(...ends) + 1 : lo + 30;
    if (hi <= lo) hi = lo + 1;
  } else if (!spans.length) {
    return { lo: 0, hi: 1, before: 0, after: 0 };
  } else {
    const precise = spans.filter((s) => s[1] - s[0] <= 31);
    const basis = precise.length ? precise : spans;
    const mids = basis.map((s) => (s[0] + s[1]) / 2).sort((a, b) => a - b);
    const [cLo, cHi] = whole ? [mids[0], mids[mids.length - 1]] : core(mids);
    const inCore = basis.filter((s) => s[1] >= cLo && s[0] <= cHi);
    lo = Math.min(...inCore.map((s) => s[0]));
    hi = Math.max(...inCore.map((s) => s[1])) + 1;
    const allLo = Math.min(...spans.map((s) => s[0]));
    const allHi = Math.max(...spans.map((s) => s[1])) + 1;
    if (allHi - allLo <= Math.max(60, (hi - lo) * 1.5)) [lo, hi] = [allLo, allHi];
    const pad = Math.max(1, (hi - lo) * 0.04);
    lo -= pad;
    hi += pad;
  }
  let before = 0;
  let after = 0;
  for (const [a, b] of spans) {
    if (b + 1 <= lo) before++;
    else if (a >= hi) after++;
  }
  return { lo, hi, before, after };
}

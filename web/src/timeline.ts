// The timeline: one lane per event type, an event as a dot at its date (a bar
// for a date range), sized by its count; drag across to set a date range.

import type { StoredEvent } from "./api.js";
import { clear, s } from "./dom.js";
import { dateSpan, dayToIso, formatCount, formatDate, isoToDay, monthLabel, shortDay, typeColor, TYPE_LABEL } from "./format.js";
import { EVENT_TYPES } from "../../src/types.js";

export interface TimelineOptions {
  events: StoredEvent[];
  from: string;
  to: string;
  selected: string;
  onRange(from: string, to: string): void;
  onSelect(e: StoredEvent): void;
  /** What the chart could not place ("3 undated"). */
  onNote?(note: string): void;
}

const M = { left: 86, right: 12, top: 6, bottom: 22 };

function ticks(lo: number, hi: number, width: number): { day: number; label: string }[] {
  const span = hi - lo;
  const out: { day: number; label: string }[] = [];
  const maxTicks = Math.max(2, Math.floor(width / 80));
  if (span > 75) {
    // Months, every n-th.
    const start = new Date(lo * 86_400_000);
    let y = start.getUTCFullYear();
    let m = start.getUTCMonth() + 1;
    const months: number[] = [];
    for (;;) {
      if (m > 11) [y, m] = [y + 1, 0];
      const d = Date.UTC(y, m, 1) / 86_400_000;
      if (d > hi) break;
      months.push(d);
      m++;
    }
    const step = Math.max(1, Math.ceil(months.length / maxTicks));
    months.forEach((d, i) => {
      if (i % step === 0) out.push({ day: d, label: monthLabel(d) });
    });
  } else {
    const step = [1, 2, 7, 14, 28].find((s) => span / s <= maxTicks) ?? 28;
    for (let d = Math.ceil(lo); d <= hi; d += step) out.push({ day: d, label: shortDay(d) });
  }
  return out;
}

export function drawTimeline(host: HTMLElement, o: TimelineOptions): void {
  clear(host);
  const width = Math.max(280, host.clientWidth || 800);
  const dated = o.events.map((e) => ({ e, span: dateSpan(e.date) })).filter((d): d is { e: StoredEvent; span: [number, number] } => d.span !== null);
  const undated = o.events.length - dated.length;
  const types = EVENT_TYPES.filter((t) => o.events.some((e) => e.type === t));
  const lanes = types.length ? types : ["transfer"];
  const LANE = lanes.length > 8 ? 16 : lanes.length > 5 ? 19 : 22;
  const height = M.top + lanes.length * LANE + M.bottom;
  const svg = s("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: "img",
    "aria-label": `Timeline of ${dated.length} dated events by type`,
    class: "timeline",
  });
  host.appendChild(svg);

  if (!dated.length) {
    o.onNote?.(undated ? `${undated} undated` : "");
    svg.appendChild(s("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" }, o.events.length ? "No dated events" : "No events"));
    return;
  }
  // The axis follows the precise dates (a day to a month wide); coarse ones
  // (a year, a long interval) widen it only when that costs little, else they
  // are counted at the edge instead of squeezing everything else.
  const width1 = (d: { span: [number, number] }) => d.span[1] - d.span[0];
  const precise = dated.filter((d) => width1(d) <= 31);
  const basis = precise.length ? precise : dated;
  let lo = Math.min(...basis.map((d) => d.span[0]));
  let hi = Math.max(...basis.map((d) => d.span[1]));
  const allLo = Math.min(...dated.map((d) => d.span[0]));
  const allHi = Math.max(...dated.map((d) => d.span[1]));
  if (allHi - allLo <= Math.max(60, (hi - lo) * 1.5)) [lo, hi] = [allLo, allHi];
  const outside = dated.filter((d) => d.span[1] < lo || d.span[0] > hi).length;
  const pad = Math.max(2, (hi - lo) * 0.04);
  lo -= pad;
  hi += pad;
  const plotW = width - M.left - M.right;
  const x = (day: number) => M.left + ((day - lo) / (hi - lo)) * plotW;
  const dayAt = (px: number) => lo + ((px - M.left) / plotW) * (hi - lo);
  const laneY = (t: string) => M.top + lanes.indexOf(t as (typeof lanes)[number]) * LANE + LANE / 2;

  // Lanes and their labels.
  lanes.forEach((t, i) => {
    const y = M.top + i * LANE;
    svg.appendChild(s("rect", { x: M.left, y, width: plotW, height: LANE, class: i % 2 ? "lane odd" : "lane" }));
    svg.appendChild(s("text", { x: M.left - 8, y: y + LANE / 2 + 4, "text-anchor": "end", class: "lane-label" }, TYPE_LABEL(t)));
  });
  // Axis.
  const axisY = M.top + lanes.length * LANE;
  for (const t of ticks(lo, hi, plotW)) {
    if (t.day < lo || t.day > hi || x(t.day) > width - 28 || x(t.day) < M.left + 20) continue;
    svg.appendChild(s("line", { x1: x(t.day), x2: x(t.day), y1: M.top, y2: axisY + 4, class: "tick" }));
    svg.appendChild(s("text", { x: x(t.day), y: axisY + 16, "text-anchor": "middle", class: "tick-label" }, t.label));
  }
  o.onNote?.([undated ? `${undated} undated` : "", outside ? `${outside} with coarse dates off the axis` : ""].filter(Boolean).join(" · "));

  // Current range.
  const fromDay = o.from ? isoToDay(o.from) : null;
  const toDay = o.to ? isoToDay(o.to) : null;
  if (fromDay !== null || toDay !== null) {
    const a = Math.max(lo, fromDay ?? lo);
    const b = Math.min(hi, (toDay ?? hi) + 1);
    if (b > a) svg.appendChild(s("rect", { x: x(a), y: M.top, width: Math.max(1, x(b) - x(a)), height: lanes.length * LANE, class: "range" }));
  }

  // Brush: a drag on the background sets from/to.
  const brush = s("rect", { x: M.left, y: M.top, width: plotW, height: lanes.length * LANE, class: "brush-area" });
  const sel = s("rect", { x: 0, y: M.top, width: 0, height: lanes.length * LANE, class: "brush-sel", visibility: "hidden" });
  svg.appendChild(brush);
  svg.appendChild(sel);
  let start: number | null = null;
  const px = (ev: PointerEvent) => {
    const r = svg.getBoundingClientRect();
    return Math.min(M.left + plotW, Math.max(M.left, ((ev.clientX - r.left) / r.width) * width));
  };
  brush.addEventListener("pointerdown", (ev) => {
    start = px(ev);
    brush.setPointerCapture(ev.pointerId);
    sel.setAttribute("visibility", "visible");
    sel.setAttribute("x", String(start));
    sel.setAttribute("width", "0");
  });
  brush.addEventListener("pointermove", (ev) => {
    if (start === null) return;
    const cur = px(ev);
    sel.setAttribute("x", String(Math.min(start, cur)));
    sel.setAttribute("width", String(Math.abs(cur - start)));
  });
  brush.addEventListener("pointerup", (ev) => {
    if (start === null) return;
    const cur = px(ev);
    const [a, b] = [Math.min(start, cur), Math.max(start, cur)];
    start = null;
    sel.setAttribute("visibility", "hidden");
    if (b - a < 4) return;
    o.onRange(dayToIso(Math.floor(dayAt(a))), dayToIso(Math.floor(dayAt(b))));
  });
  svg.addEventListener("dblclick", () => o.onRange("", ""));

  // Events, biggest first so small ones stay clickable on top.
  const radius = (e: StoredEvent) => Math.min(LANE / 2 + 1, 3.5 + Math.sqrt(e.count?.value ?? 0) / 5);
  const order = [...dated].sort((p, q) => radius(q.e) - radius(p.e));
  for (const { e, span: full } of order) {
    if (full[1] < lo || full[0] > hi) continue;
    const span: [number, number] = [Math.max(lo, full[0]), Math.min(hi, full[1])];
    const inRange = (fromDay === null || full[1] >= fromDay) && (toDay === null || full[0] <= toDay);
    const y = laneY(e.type);
    const cls = `ev${e.id === o.selected ? " selected" : ""}${inRange ? "" : " out"}${e.status === "planned" ? " planned" : ""}`;
    const g = s("g", { class: cls, "data-id": e.id });
    const label = `${TYPE_LABEL(e.type)} · ${formatDate(e.date)}${e.count ? ` · ${formatCount(e.count)}` : ""}${e.subject ? ` · ${e.subject}` : ""} (${e.status})`;
    g.appendChild(s("title", {}, label));
    if (span[1] - span[0] >= 1.5) {
      g.appendChild(
        s("rect", { x: x(span[0]), y: y - 3, width: Math.max(2, x(span[1] + 1) - x(span[0])), height: 6, rx: 3, fill: typeColor(e.type), class: "span" }),
      );
    }
    g.appendChild(s("circle", { cx: x((span[0] + span[1] + 1) / 2), cy: y, r: radius(e), fill: typeColor(e.type) }));
    g.addEventListener("click", () => o.onSelect(e));
    svg.appendChild(g);
  }
}

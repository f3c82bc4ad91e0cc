// The timeline: one lane per event type, an event as a dot at its date (a bar
// for a date range), sized by its count, undated events in a lane of their
// own; drag across to set a date range. The axis is the chosen range, else
// where the events are (timeline-domain.ts). From the keyboard the chart is
// one tab stop whose arrow keys walk the events.

import type { StoredEvent } from "./api.js";
import { clear, s } from "./dom.js";
import { dateSpan, dayToIso, formatCount, formatDate, isoToDay, monthLabel, shortDay, typeColor, TYPE_LABEL } from "./format.js";
import { EVENT_TYPES } from "../../src/types.js";
import { timelineDomain } from "./timeline-domain.js";

export interface TimelineOptions {
  events: StoredEvent[];
  from: string;
  to: string;
  selected: string;
  /** Without a chosen range: every dated event on the axis, not only where most are. */
  whole?: boolean;
  onRange(from: string, to: string): void;
  onSelect(e: StoredEvent): void;
  /** What the chart could not place ("3 undated"). */
  onNote?(note: string): void;
  /** Whether some dated events are off the axis. */
  onClipped?(clipped: boolean): void;
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

/** The order the arrow keys walk: by date, then by lane. */
export function keyOrder<T extends { day: number; lane: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.day - b.day || a.lane - b.lane);
}

/** The item the arrow keys lead to from `at` (an index into items in keyOrder). */
export function nextItem(items: { day: number; lane: number }[], at: number, key: string): number {
  if (!items.length) return -1;
  if (key === "ArrowRight") return Math.min(items.length - 1, at + 1);
  if (key === "ArrowLeft") return Math.max(0, at - 1);
  if (key === "Home") return 0;
  if (key === "End") return items.length - 1;
  if (key === "ArrowUp" || key === "ArrowDown") {
    const cur = items[at];
    const lanes = [...new Set(items.map((i) => i.lane))].sort((a, b) => a - b);
    const li = lanes.indexOf(cur.lane) + (key === "ArrowDown" ? 1 : -1);
    if (li < 0 || li >= lanes.length) return at;
    let best = at;
    let bestD = Infinity;
    items.forEach((it, i) => {
      if (it.lane !== lanes[li]) return;
      const d = Math.abs(it.day - cur.day);
      if (d < bestD) [best, bestD] = [i, d];
    });
    return best;
  }
  return at;
}

export function drawTimeline(host: HTMLElement, o: TimelineOptions): void {
  // Keep the keyboard's place across redraws.
  const focusedId = host.contains(document.activeElement) ? ((document.activeElement as Element | null)?.getAttribute("data-id") ?? null) : null;
  clear(host);
  const width = Math.max(280, host.clientWidth || 800);
  const dated = o.events.map((e) => ({ e, span: dateSpan(e.date) })).filter((d): d is { e: StoredEvent; span: [number, number] } => d.span !== null);
  const undated = o.events.filter((e) => !dateSpan(e.date));
  const types = EVENT_TYPES.filter((t) => o.events.some((e) => e.type === t));
  const lanes: string[] = types.length ? types : ["transfer"];
  const LANE = lanes.length > 8 ? 16 : lanes.length > 5 ? 19 : 22;
  // Undated events get a lane of their own under the dated ones.
  const UNDATED = undated.length ? LANE + 4 : 0;
  const datedH = lanes.length * LANE;
  const height = M.top + datedH + UNDATED + M.bottom;
  const svg = s("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: "group",
    "aria-label": `Timeline of ${dated.length} dated and ${undated.length} undated events by type. Arrow keys move between events, Enter opens one.`,
    class: "timeline",
  });
  host.appendChild(svg);

  if (!o.events.length) {
    o.onClipped?.(false);
    o.onNote?.("");
    svg.appendChild(s("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" }, "No events"));
    return;
  }
  const fromDay = o.from ? isoToDay(o.from) : null;
  const toDay = o.to ? isoToDay(o.to) : null;
  const dom = timelineDomain(
    dated.map((d) => d.span),
    fromDay,
    toDay,
    o.whole,
  );
  const { lo, hi } = dom;
  const plotW = width - M.left - M.right;
  const x = (day: number) => M.left + ((day - lo) / (hi - lo)) * plotW;
  const dayAt = (px: number) => lo + ((px - M.left) / plotW) * (hi - lo);
  const laneY = (t: string) => M.top + lanes.indexOf(t) * LANE + LANE / 2;

  // Lanes and their labels.
  lanes.forEach((t, i) => {
    const y = M.top + i * LANE;
    svg.appendChild(s("rect", { x: M.left, y, width: plotW, height: LANE, class: i % 2 ? "lane odd" : "lane" }));
    svg.appendChild(s("text", { x: M.left - 8, y: y + LANE / 2 + 4, "text-anchor": "end", class: "lane-label" }, TYPE_LABEL(t)));
  });
  const axisY = M.top + datedH;
  if (UNDATED) {
    const y = axisY + 4;
    svg.appendChild(s("rect", { x: M.left, y, width: plotW, height: LANE, class: "lane undated-lane" }));
    svg.appendChild(s("text", { x: M.left - 8, y: y + LANE / 2 + 4, "text-anchor": "end", class: "lane-label muted" }, "Undated"));
  }
  // Axis (under the undated lane).
  const tickY = axisY + UNDATED;
  if (dated.length) {
    for (const t of ticks(lo, hi, plotW)) {
      if (t.day < lo || t.day > hi || x(t.day) > width - 28 || x(t.day) < M.left + 20) continue;
      svg.appendChild(s("line", { x1: x(t.day), x2: x(t.day), y1: M.top, y2: axisY, class: "tick" }));
      svg.appendChild(s("text", { x: x(t.day), y: tickY + 16, "text-anchor": "middle", class: "tick-label" }, t.label));
    }
  } else {
    svg.appendChild(s("text", { x: M.left + plotW / 2, y: M.top + datedH / 2 + 4, "text-anchor": "middle", class: "empty" }, "No dated events"));
  }
  const edge = (n: number, side: "earlier" | "later") => (n ? `${n} ${side}` : "");
  o.onClipped?.(dom.before + dom.after > 0);
  o.onNote?.([edge(dom.before, "earlier"), edge(dom.after, "later"), undated.length ? `${undated.length} undated` : ""].filter(Boolean).join(" · "));
  // Events off the axis: an arrow with their number at each edge.
  if (dom.before)
    svg.appendChild(s("text", { x: M.left + 3, y: M.top + 11, class: "edge-count" }, `◀ ${dom.before}`, s("title", {}, `${dom.before} earlier, off the axis`)));
  if (dom.after)
    svg.appendChild(
      s(
        "text",
        { x: M.left + plotW - 3, y: M.top + 11, "text-anchor": "end", class: "edge-count" },
        `${dom.after} ▶`,
        s("title", {}, `${dom.after} later, off the axis`),
      ),
    );

  // Brush: a drag on the background sets from/to.
  const brush = s("rect", { x: M.left, y: M.top, width: plotW, height: datedH, class: "brush-area" });
  const sel = s("rect", { x: 0, y: M.top, width: 0, height: datedH, class: "brush-sel", visibility: "hidden" });
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
  const describe = (e: StoredEvent) =>
    `${TYPE_LABEL(e.type)} · ${formatDate(e.date)}${e.count ? ` · ${formatCount(e.count)}` : ""}${e.subject ? ` · ${e.subject}` : ""} (${e.status})`;
  const items: { e: StoredEvent; g: SVGGElement; day: number; lane: number }[] = [];
  const mark = (e: StoredEvent, extra: string) => {
    const g = s("g", {
      class: `ev${e.id === o.selected ? " selected" : ""}${e.status === "planned" ? " planned" : ""}${extra}`,
      "data-id": e.id,
      role: "button",
      tabindex: -1,
      "aria-label": describe(e),
      "aria-pressed": e.id === o.selected ? "true" : "false",
    });
    g.appendChild(s("title", {}, describe(e)));
    g.addEventListener("click", () => o.onSelect(e));
    return g;
  };
  const order = [...dated].sort((p, q) => radius(q.e) - radius(p.e));
  for (const { e, span: full } of order) {
    if (full[1] + 1 <= lo || full[0] >= hi) continue;
    const span: [number, number] = [Math.max(lo, full[0]), Math.min(hi - 1, full[1])];
    const y = laneY(e.type);
    const g = mark(e, "");
    if (span[1] - span[0] >= 1.5) {
      g.appendChild(
        s("rect", { x: x(span[0]), y: y - 3, width: Math.max(2, x(span[1] + 1) - x(span[0])), height: 6, rx: 3, fill: typeColor(e.type), class: "span" }),
      );
    }
    const mid = (span[0] + span[1] + 1) / 2;
    g.appendChild(s("circle", { cx: x(mid), cy: y, r: radius(e), fill: typeColor(e.type) }));
    svg.appendChild(g);
    items.push({ e, g, day: mid, lane: lanes.indexOf(e.type) });
  }
  if (UNDATED) {
    // In type order, evenly spaced; as many as fit, the rest counted.
    const y = axisY + 4 + LANE / 2;
    const sorted = [...undated].sort((a, b) => lanes.indexOf(a.type) - lanes.indexOf(b.type) || Number(a.id) - Number(b.id));
    const step = Math.min(16, plotW / Math.max(1, sorted.length));
    const fit = Math.max(1, Math.floor((plotW - 40) / Math.max(step, 9)));
    sorted.slice(0, fit).forEach((e, i) => {
      const g = mark(e, " undated");
      const cx = M.left + 10 + i * Math.max(step, 9);
      g.appendChild(s("circle", { cx, cy: y, r: Math.min(6, radius(e)), fill: typeColor(e.type) }));
      svg.appendChild(g);
      items.push({ e, g, day: Number.POSITIVE_INFINITY, lane: lanes.length });
    });
    if (sorted.length > fit)
      svg.appendChild(s("text", { x: M.left + plotW - 4, y: y + 4, "text-anchor": "end", class: "edge-count" }, `+${sorted.length - fit}`));
  }

  // Keyboard: one tab stop; the arrow keys walk the events, Enter opens one.
  const walk = keyOrder(items).map((it, i) => ({ ...it, day: Number.isFinite(it.day) ? it.day : 1e9 + i }));
  if (!walk.length) return;
  const startAt = Math.max(
    0,
    walk.findIndex((it) => it.e.id === (focusedId ?? o.selected)),
  );
  let at = startAt;
  walk[at].g.setAttribute("tabindex", "0");
  svg.addEventListener("keydown", (ev) => {
    const i = walk.findIndex((it) => it.g === ev.target);
    if (i < 0) return;
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      o.onSelect(walk[i].e);
      return;
    }
    const j = nextItem(walk, i, ev.key);
    if (j === i || j < 0) return;
    ev.preventDefault();
    walk[at].g.setAttribute("tabindex", "-1");
    at = j;
    walk[at].g.setAttribute("tabindex", "0");
    walk[at].g.focus();
  });
  if (focusedId) walk[at].g.focus();
}

// Series charts: the figures of one running quantity over time, each point a
// link to the story and documents it comes from; the planned ceiling as a
// dashed line at its value; a vague figure as a band; points in conflict
// ringed; labels placed clear of each other.

import type { Conflict, Series, Story } from "./api.js";
import { clear, h, s } from "./dom.js";
import { dateSpan, formatCount, formatDate, formatNumber, typeColor } from "./format.js";
import { type Box, type LabelRequest, placeLabels, spotsAround, textWidth } from "./labels.js";
import { asOfDay, figureBand, isVague, timeAxis, valueAxis } from "./series-scale.js";

export interface SeriesOptions {
  series: Series[];
  conflicts: Conflict[];
  stories: Map<string, Story>;
  onPoint(storyId: string, doc: string | null): void;
}

const M = { left: 52, right: 14, top: 8, bottom: 26 };

export function drawSeries(host: HTMLElement, o: SeriesOptions): void {
  clear(host);
  if (!o.series.length) {
    host.appendChild(h("p", { class: "placeholder" }, "No series yet: series appear when several figures measure one running quantity."));
    return;
  }
  // A chart for a series with something to draw across time; one line each
  // for the rest.
  const charted = (se: Series) => se.points.filter((p) => p.date).length >= 2 || (se.planned.length > 0 && se.points.length > 0);
  const big = o.series.filter(charted).sort((a, b) => b.points.length - a.points.length);
  const small = o.series.filter((se) => !charted(se));
  for (const se of big) host.appendChild(chart(se, o));
  if (small.length) {
    const ul = h("ul", { class: "series-singles" });
    for (const se of small) {
      const values = h("span", { class: "single-values" });
      const li = h("li", {}, h("span", { class: `swatch t-${se.type}` }), h("span", { class: "single-label" }, se.label), values);
      for (const p of [...se.points, ...se.planned]) {
        const story = o.stories.get(p.storyId);
        const doc = p.docs[0] ?? story?.mentions[0]?.doc ?? null;
        const b = h(
          "button",
          { type: "button", class: "linkish single-point", title: `sources: ${p.sources.join("; ") || "none named"}` },
          `${p.kind === "planned" ? "planned " : ""}${formatCount(p)}`,
          h("span", { class: "muted" }, ` ${formatDate(p.date)}`),
        );
        b.addEventListener("click", () => o.onPoint(p.storyId, doc));
        values.appendChild(b);
      }
      ul.appendChild(li);
    }
    host.appendChild(h("div", { class: "series-singles-box" }, h("h3", {}, "Single figures"), ul));
  }
}

function chart(se: Series, o: SeriesOptions): HTMLElement {
  const conflicted = new Set<string>();
  const mine = o.conflicts.filter((c) => c.seriesId === se.id);
  for (const c of mine) for (const side of c.sides) conflicted.add(side.storyId);
  // The planned ceiling is a level, not a moment: only the figures set the time axis.
  const days = (se.points.length ? se.points : se.planned).map((p) => asOfDay(p)).filter((d): d is number => d !== undefined);
  const width = 420;
  const height = 200;
  const fig = h("figure", { class: "series-card" });
  fig.appendChild(h("figcaption", {}, h("span", { class: `swatch t-${se.type}` }), se.label));
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "series-chart", role: "group", "aria-label": `Series: ${se.label}` });
  fig.appendChild(svg);
  // the value axis first: its widest tick label ("3,000,000") sets the left margin
  const top = M.top;
  const plotH = height - M.top - M.bottom;
  const ya = valueAxis(se.points, se.planned, [top + plotH, top]);
  const y = ya.scale;
  const left = Math.max(M.left, Math.ceil(Math.max(0, ...ya.ticks.map((v) => textWidth(formatNumber(v), 10.5)))) + 12);
  const area = { x: left, y: top, w: width - left - M.right, h: plotH };
  const ta = timeAxis(days, [area.x, area.x + area.w]);
  const x = ta.x;
  // Axes: ticks from the scales, labels clear of each other.
  for (const v of ya.ticks) {
    svg.appendChild(s("line", { x1: area.x, x2: area.x + area.w, y1: y(v), y2: y(v), class: "grid" }));
    svg.appendChild(s("text", { x: area.x - 6, y: y(v) + 4, "text-anchor": "end", class: "tick-label" }, formatNumber(v)));
  }
  const xTicks = placeLabels(
    ta.ticks.map((t) => {
      const w = textWidth(t.label, 10.5);
      return { w, h: 12, spots: [{ x: x(t.day) - w / 2, y: height - 18 }] };
    }),
    { x: 0, y: 0, w: width, h: height },
  );
  ta.ticks.forEach((t, i) => {
    if (xTicks[i]) svg.appendChild(s("text", { x: x(t.day), y: height - 8, "text-anchor": "middle", class: "tick-label x-tick" }, t.label));
  });
  const color = typeColor(se.type);
  const labelled: { text: string; title: string; cls: string; req: LabelRequest }[] = [];
  // Planned ceiling, at its value (the axis holds it).
  for (const p of se.planned) {
    const at = y(p.value);
    svg.appendChild(s("line", { x1: area.x, x2: area.x + area.w, y1: at, y2: at, class: "ceiling", stroke: color }));
    const text = `planned ${formatCount(p)}`;
    const w = textWidth(text);
    const right = area.x + area.w - 4 - w;
    labelled.push({
      text,
      title: `${text} · ${formatDate(p.date)} · sources: ${p.sources.join("; ") || "none named"}`,
      cls: "ceiling-label",
      req: {
        w,
        h: 13,
        spots: [
          { x: right, y: at - 15 },
          { x: right, y: at + 3 },
          { x: area.x + 4, y: at - 15 },
          { x: area.x + 4, y: at + 3 },
        ],
      },
    });
  }
  // Firm figures are points on a line in date order; a vague one ("thousands")
  // is a band over the values it may stand for, never a point.
  const dated = se.points
    .map((p) => ({ p, d: asOfDay(p) }))
    .filter((q): q is { p: (typeof se.points)[number]; d: number } => q.d !== undefined)
    .sort((a, b) => a.d - b.d);
  const firm = dated.filter((q) => !isVague(q.p));
  if (firm.length > 1)
    svg.appendChild(s("path", { d: firm.map((q, i) => `${i ? "L" : "M"}${x(q.d)},${y(q.p.value)}`).join(" "), class: "series-line", stroke: color }));
  const obstacles: Box[] = [];
  for (const { p, d } of dated) {
    const story = o.stories.get(p.storyId);
    const doc = p.docs[0] ?? story?.mentions[0]?.doc ?? null;
    const vague = isVague(p);
    const [lo, hi] = figureBand(p);
    const shown = formatCount(p);
    const text = vague ? `${shown} (vague)` : shown;
    const what = vague ? `${shown}: a vague figure, ${formatNumber(lo)} to ${formatNumber(hi)}` : shown;
    const a = s("a", {
      href: `?doc=${encodeURIComponent(doc ?? "")}`,
      class: `series-point${vague ? " vague" : ""}`,
      "aria-label": `${what} on ${formatDate(p.date)}`,
    });
    const cx = x(d);
    let cy: number;
    if (vague) {
      const top = y(Math.min(hi, ya.top));
      const bottom = y(lo);
      cy = bottom;
      a.appendChild(
        s("rect", {
          x: cx - 7,
          y: top,
          width: 14,
          height: Math.max(2, bottom - top),
          class: `vague-band${hi > ya.top ? " open" : ""}`,
          fill: color,
          stroke: color,
        }),
      );
      a.appendChild(s("line", { x1: cx - 9, x2: cx + 9, y1: bottom, y2: bottom, class: "vague-floor", stroke: color }));
      obstacles.push({ x: cx - 7, y: top, w: 14, h: bottom - top });
    } else {
      cy = y(p.value);
      if (conflicted.has(p.storyId)) a.appendChild(s("circle", { cx, cy, r: 10, class: "conflict-ring" }));
      a.appendChild(s("circle", { cx, cy, r: 5.5, fill: p.kind === "cumulative" ? color : "#fff", stroke: color, "stroke-width": 2.5 }));
      obstacles.push({ x: cx - 6, y: cy - 6, w: 12, h: 12 });
    }
    a.appendChild(
      s("title", {}, `${what} (${p.kind}) · ${formatDate(p.date)}\nsources: ${p.sources.join("; ") || "none named"}\ndocuments: ${p.docs.join(", ")}`),
    );
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      o.onPoint(p.storyId, doc);
    });
    svg.appendChild(a);
    const w = textWidth(text);
    labelled.push({ text, title: what, cls: `point-label${vague ? " vague" : ""}`, req: { w, h: 13, spots: spotsAround(cx, cy, vague ? 4 : 7, w, 13) } });
  }
  const boxes = placeLabels(
    labelled.map((l) => l.req),
    area,
    obstacles,
  );
  labelled.forEach((l, i) => {
    const b = boxes[i];
    if (!b) return;
    svg.appendChild(
      s("text", { x: b.x + b.w / 2, y: b.y + 10, "text-anchor": "middle", class: l.cls, "aria-hidden": "true" }, l.text, s("title", {}, l.title)),
    );
  });
  const undated = se.points.filter((p) => !dateSpan(p.date));
  if (undated.length) {
    const p = h("p", { class: "series-undated muted small" }, "Undated: ");
    for (const u of undated) {
      const story = o.stories.get(u.storyId);
      const doc = u.docs[0] ?? story?.mentions[0]?.doc ?? null;
      const b = h("button", { type: "button", class: "linkish", title: `sources: ${u.sources.join("; ") || "none named"}` }, `${formatCount(u)} (${u.kind})`);
      b.addEventListener("click", () => o.onPoint(u.storyId, doc));
      p.append(b, " ");
    }
    fig.appendChild(p);
  }
  if (mine.length) {
    const ul = h("ul", { class: "series-conflicts" });
    for (const c of mine) ul.appendChild(h("li", {}, h("span", { class: "badge conflict" }, "conflict"), " ", c.description));
    fig.appendChild(ul);
  }
  return fig;
}

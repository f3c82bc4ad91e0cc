// Series charts: the figures of one running quantity over time, each point a
// link to the story and documents it comes from; the planned ceiling as a
// dashed line; points in conflict ringed.

import type { Conflict, Series, Story } from "./api.js";
import { clear, h, s } from "./dom.js";
import { dateSpan, formatCount, formatDate, formatNumber, monthLabel, shortDay, typeColor } from "./format.js";

export interface SeriesOptions {
  series: Series[];
  conflicts: Conflict[];
  stories: Map<string, Story>;
  onPoint(storyId: string, doc: string | null): void;
}

const M = { left: 52, right: 14, top: 14, bottom: 26 };

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
  const days = (se.points.length ? se.points : se.planned).map((p) => dateSpan(p.date)?.[0]).filter((d): d is number => d !== undefined);
  const width = 420;
  const height = 190;
  const fig = h("figure", { class: "series-card" });
  fig.appendChild(h("figcaption", {}, h("span", { class: `swatch t-${se.type}` }), se.label));
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "series-chart", role: "img", "aria-label": `Series: ${se.label}` });
  fig.appendChild(svg);
  let lo = days.length ? Math.min(...days) : 0;
  let hi = days.length ? Math.max(...days) : 1;
  if (hi - lo < 6) [lo, hi] = [lo - 3, hi + 3];
  const pad = (hi - lo) * 0.08;
  [lo, hi] = [lo - pad, hi + pad];
  // A ceiling far above the figures would flatten them: it is then drawn at
  // the top edge and labelled as above the scale.
  const maxPoint = Math.max(0, ...se.points.map((p) => p.value));
  const maxPlanned = Math.max(0, ...se.planned.map((p) => p.value));
  const offScale = maxPoint > 0 && maxPlanned > maxPoint * 4;
  const maxV = Math.max(1, offScale ? maxPoint : Math.max(maxPoint, maxPlanned)) * 1.18;
  const pw = width - M.left - M.right;
  const ph = height - M.top - M.bottom;
  const x = (d: number) => M.left + ((d - lo) / (hi - lo)) * pw;
  const y = (v: number) => M.top + ph - (v / maxV) * ph;
  // Axes.
  for (let i = 0; i <= 4; i++) {
    const v = (maxV / 4) * i;
    svg.appendChild(s("line", { x1: M.left, x2: width - M.right, y1: y(v), y2: y(v), class: "grid" }));
    svg.appendChild(s("text", { x: M.left - 6, y: y(v) + 4, "text-anchor": "end", class: "tick-label" }, formatNumber(Math.round(v))));
  }
  const tickN = 4;
  for (let i = 0; i <= tickN; i++) {
    const d = lo + ((hi - lo) / tickN) * i;
    const anchor = i === 0 ? "start" : i === tickN ? "end" : "middle";
    svg.appendChild(
      s("text", { x: x(d), y: height - 8, "text-anchor": anchor, class: "tick-label" }, hi - lo > 75 ? monthLabel(Math.round(d)) : shortDay(Math.round(d))),
    );
  }
  const color = typeColor(se.type);
  // Planned ceiling.
  for (const p of se.planned) {
    const at = offScale ? M.top : y(p.value);
    svg.appendChild(s("line", { x1: M.left, x2: width - M.right, y1: at, y2: at, class: "ceiling", stroke: color }));
    const label = `planned ${formatCount(p)}${offScale ? " (above the scale)" : ""}`;
    svg.appendChild(
      s(
        "text",
        { x: width - M.right - 4, y: at + (offScale ? 13 : -5), "text-anchor": "end", class: "ceiling-label" },
        offScale ? `↑ ${label}` : label,
        s("title", {}, `${label} · ${formatDate(p.date)} · sources: ${p.sources.join("; ") || "none named"}`),
      ),
    );
  }
  // The line through the figures, in date order.
  const dated = se.points
    .map((p) => ({ p, d: dateSpan(p.date)?.[0] }))
    .filter((q): q is { p: (typeof se.points)[number]; d: number } => q.d !== undefined)
    .sort((a, b) => a.d - b.d);
  if (dated.length > 1)
    svg.appendChild(s("path", { d: dated.map((q, i) => `${i ? "L" : "M"}${x(q.d)},${y(q.p.value)}`).join(" "), class: "series-line", stroke: color }));
  for (const { p, d } of dated) {
    const story = o.stories.get(p.storyId);
    const doc = p.docs[0] ?? story?.mentions[0]?.doc ?? null;
    const a = s("a", { href: `?doc=${encodeURIComponent(doc ?? "")}`, class: "series-point", "aria-label": `${formatCount(p)} on ${formatDate(p.date)}` });
    if (conflicted.has(p.storyId)) a.appendChild(s("circle", { cx: x(d), cy: y(p.value), r: 10, class: "conflict-ring" }));
    a.appendChild(s("circle", { cx: x(d), cy: y(p.value), r: 5.5, fill: p.kind === "cumulative" ? color : "#fff", stroke: color, "stroke-width": 2.5 }));
    a.appendChild(s("text", { x: x(d), y: y(p.value) - 11, "text-anchor": "middle", class: "point-label" }, formatCount(p)));
    a.appendChild(
      s(
        "title",
        {},
        `${formatCount(p)} (${p.kind}) · ${formatDate(p.date)}\nsources: ${p.sources.join("; ") || "none named"}\ndocuments: ${p.docs.join(", ")}`,
      ),
    );
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      o.onPoint(p.storyId, doc);
    });
    svg.appendChild(a);
  }
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

// The facilities view: a list of the prisons and camps the reports name, and
// for the chosen one a control band (one colour per controller over time),
// its population (low–high bars, best as a dot) and its events, each opening
// the reader at its sentence.

import type { Facility } from "../../src/types.js";
import { postReview } from "./api.js";
import { clear, h, s } from "./dom.js";
import { bandSegments, facilityDomain } from "./facility-band.js";
import { dateSpan, formatNumber, TYPE_LABEL } from "./format.js";
import { reviewToken } from "./review.js";

export interface FacilitiesOptions {
  facilities: Facility[];
  selected: string;
  colors: Map<string, string>;
  onSelect(id: string): void;
  onEvent(eventId: string, doc: string): void;
  /** After an analyst's merge or split was stored (with the API token the record card holds), to load the facilities again. */
  onReviewed?(message: string): Promise<void>;
  onError?(message: string): void;
}

/** Width of the charts: the host's, measured when the panel is drawn. */
let W = 520;

function controlBand(f: Facility, colors: Map<string, string>): SVGSVGElement {
  const svg = s("svg", { viewBox: `0 0 ${W} 46`, class: "control-band", role: "img", "aria-label": `Who held ${f.name}` });
  const segs = bandSegments(f);
  if (!segs.length) svg.appendChild(s("text", { x: 4, y: 26, class: "band-note" }, "No report says who holds it"));
  for (const g of segs) {
    const x = 4 + g.x0 * (W - 8);
    const w = Math.max(2, (g.x1 - g.x0) * (W - 8));
    const r = s("rect", { x, y: 6, width: w, height: 22, fill: colors.get(g.controller) ?? "#6b7280", class: `band-seg${g.inferred ? " inferred" : ""}` });
    r.appendChild(s("title", {}, `${g.label}${g.inferred ? " (dates inferred)" : ""}`));
    svg.appendChild(r);
    if (w > 50) svg.appendChild(s("text", { x: x + 4, y: 21, class: "band-label" }, g.controller));
  }
  const dom = facilityDomain(f);
  if (dom) {
    const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    svg.appendChild(s("text", { x: 4, y: 42, class: "axis-label" }, iso(dom[0])));
    svg.appendChild(s("text", { x: W - 4, y: 42, "text-anchor": "end", class: "axis-label" }, iso(dom[1])));
  } else svg.appendChild(s("text", { x: 4, y: 42, class: "axis-label" }, "undated: in the order the reports tell it"));
  return svg;
}

function populationChart(f: Facility): SVGSVGElement | HTMLElement {
  const pts = f.population.filter((p) => p.best != null || p.low != null);
  if (!pts.length) return h("p", { class: "hint" }, "No report gives how many it holds.");
  const H = 110;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "population-chart", role: "img", "aria-label": `How many ${f.name} holds` });
  const dom = facilityDomain(f);
  const max = Math.max(...pts.map((p) => p.high ?? p.best ?? p.low ?? 0)) || 1;
  const y = (v: number) => H - 18 - (v / max) * (H - 30);
  pts.forEach((p, i) => {
    const sp = dateSpan(p.date);
    const x = sp && dom ? 30 + ((sp[0] - dom[0]) / (dom[1] - dom[0] || 1)) * (W - 60) : 30 + ((i + 0.5) / pts.length) * (W - 60);
    const lo = p.low ?? p.best ?? 0;
    const hi = p.high ?? p.best ?? lo;
    if (hi > lo) svg.appendChild(s("line", { x1: x, x2: x, y1: y(lo), y2: y(hi), class: "pop-range" }));
    const best = p.best ?? lo;
    const c = s("circle", { cx: x, cy: y(best), r: 4, class: "pop-best" });
    c.appendChild(
      s("title", {}, `${p.date ?? "undated"}${p.inferred ? " (date inferred)" : ""}: ${formatNumber(best)} (low ${p.low ?? "–"}, high ${p.high ?? "open"})`),
    );
    svg.appendChild(c);
    svg.appendChild(s("text", { x: x + 6, y: y(best) - 4, class: "axis-label" }, formatNumber(best)));
    svg.appendChild(s("text", { x, y: H - 4, "text-anchor": "middle", class: "axis-label" }, p.date ?? "undated"));
  });
  return svg;
}

/** What an analyst changed on the facility, and, with a token, the merge and split forms (POST /api/facilities/{id}/merge|split). */
function reviewPart(f: Facility, o: FacilitiesOptions): HTMLElement | null {
  const facts: string[] = [];
  if (f.review?.mergedFrom.length) facts.push(`Merged from ${f.review.mergedFrom.join(", ")}`);
  if (f.review?.splitFrom) facts.push(`Split from ${f.review.splitFrom}`);
  const token = reviewToken();
  if (!token || !o.onReviewed) return facts.length ? h("p", { class: "hint facility-review" }, facts.join(" · ")) : null;
  const act = async (path: string, body: unknown, message: string) => {
    try {
      await postReview(path, token, body);
      await o.onReviewed!(message);
    } catch (err) {
      o.onError?.(`Not saved: ${(err as Error).message}`);
    }
  };
  const base = `/api/facilities/${encodeURIComponent(f.id)}`;
  const other = h("select", { "aria-label": "Facility to merge into this one" });
  for (const x of o.facilities) if (x.id !== f.id) other.appendChild(h("option", { value: x.id }, `${x.name} (${x.id})`));
  const merge = h("form", { class: "review-form facility-merge" }, other, h("button", { type: "submit", class: "btn-small" }, "Merge into this"));
  merge.addEventListener("submit", (ev) => {
    ev.preventDefault();
    if (other.value) void act(`${base}/merge`, { from: other.value }, "Facilities merged");
  });
  const alias = h("select", { "aria-label": "Alias to split off" });
  for (const a of f.aliases) alias.appendChild(h("option", { value: a }, a));
  const split = h("form", { class: "review-form facility-split" }, alias, h("button", { type: "submit", class: "btn-small" }, "Split off"));
  split.addEventListener("submit", (ev) => {
    ev.preventDefault();
    if (alias.value) void act(`${base}/split`, { aliases: [alias.value] }, "Facility split");
  });
  return h(
    "details",
    { class: "review facility-review small" },
    h("summary", {}, facts.length ? facts.join(" · ") : "Merge or split…"),
    other.childElementCount ? merge : null,
    f.aliases.length > 1 ? split : null,
  );
}

function detail(f: Facility, o: FacilitiesOptions): HTMLElement {
  const where = [f.town, f.admin1, f.country].filter(Boolean).join(", ");
  const events = h("ol", { class: "facility-events" });
  for (const e of f.events) {
    const b = h(
      "button",
      { type: "button", class: "facility-event", title: "Open in the reader" },
      h("span", { class: `chip t-${e.type}` }, TYPE_LABEL(e.type)),
      ` ${e.date ?? "undated"}${e.count?.value != null ? ` · ${formatNumber(e.count.value)}` : ""} · ${e.role} · `,
      h("q", { dir: "auto" }, e.evidence.text.length > 140 ? `${e.evidence.text.slice(0, 137)}...` : e.evidence.text),
    );
    b.addEventListener("click", () => o.onEvent(e.eventId, e.doc));
    events.appendChild(h("li", {}, b));
  }
  return h(
    "div",
    { class: "facility-detail", "data-facility": f.id },
    h("h3", {}, f.name, h("span", { class: "hint" }, ` ${f.kind.replace("_", " ")} · ${where}${f.origin === "learned" ? " · learned from reports" : ""}`)),
    h("h4", {}, "Control"),
    controlBand(f, o.colors),
    h("h4", {}, "Holds"),
    populationChart(f),
    h("h4", {}, `Events (${f.events.length})`),
    events,
    reviewPart(f, o),
  );
}

export function drawFacilities(host: HTMLElement, o: FacilitiesOptions): void {
  clear(host);
  W = Math.max(280, (host.clientWidth || 544) - 24);
  if (!o.facilities.length) {
    host.appendChild(h("p", { class: "hint" }, "No facility is named in the stored reports."));
    return;
  }
  const chosen = o.facilities.find((f) => f.id === o.selected) ?? o.facilities[0];
  const list = h("ul", { class: "facility-list", "aria-label": "Facilities" });
  for (const f of o.facilities) {
    const now = f.control[f.control.length - 1];
    const b = h(
      "button",
      { type: "button", class: `facility-item${f === chosen ? " on" : ""}`, "aria-pressed": f === chosen ? "true" : "false", "data-facility": f.id },
      s(
        "svg",
        { width: 10, height: 10, class: "facility-swatch", "aria-hidden": "true" },
        s("rect", { width: 10, height: 10, fill: now ? (o.colors.get(now.controller) ?? "#6b7280") : "#d1d5db" }),
      ),
      ` ${f.name}`,
      h("span", { class: "hint" }, ` ${now ? now.controller : "holder unknown"} · ${f.events.length} events`),
    );
    b.addEventListener("click", () => o.onSelect(f.id));
    list.appendChild(h("li", {}, b));
  }
  host.appendChild(h("div", { class: "facilities" }, list, detail(chosen, o)));
}

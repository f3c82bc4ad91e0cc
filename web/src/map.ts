// The map: country shapes bundled from world-atlas (no network), event places
// as points sized by people, movements as arcs from origin to destination.

import { geoBounds, geoCentroid, geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-50m.json";
import { aggregatePlaces, type FlowAgg, type PlaceAgg } from "../../src/server/aggregate.js";
import { COUNTRIES } from "../../src/lexicon/countries.js";
import type { Facility, StoredEvent } from "./api.js";
import { clear, s } from "./dom.js";
import { formatNumber, typeColor, TYPE_LABEL } from "./format.js";

type CountryFeature = Feature<Geometry, { name: string }>;

const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as CountryFeature[];

// world-atlas names some countries its own way.
const ATLAS_ALIASES: Record<string, string> = {
  "united states of america": "US",
  "dem. rep. congo": "CD",
  "central african rep.": "CF",
  "bosnia and herz.": "BA",
  "s. sudan": "SS",
  "dominican rep.": "DO",
  "eq. guinea": "GQ",
  "solomon is.": "SB",
  "côte d'ivoire": "CI",
  czechia: "CZ",
  "north korea": "KP",
  "south korea": "KR",
  palestine: "PS",
  macedonia: "MK",
  "w. sahara": "EH",
};
const ISO_BY_NAME = new Map<string, string>();
for (const c of COUNTRIES) for (const n of [c.name, ...c.aliases]) ISO_BY_NAME.set(n.toLowerCase(), c.iso2);
const isoOf = (f: CountryFeature): string | null => {
  const n = (f.properties?.name ?? "").toLowerCase();
  return ATLAS_ALIASES[n] ?? ISO_BY_NAME.get(n) ?? null;
};
const FEATURE_ISO = new Map<CountryFeature, string | null>(countries.map((f) => [f, isoOf(f)]));

export interface MapOptions {
  events: StoredEvent[];
  country: string;
  /** Frame every place; otherwise the places holding most events. */
  frameAll?: boolean;
  onCountry(iso2: string): void;
  /** Facilities, drawn as a layer of their own (squares in their holder's colour). */
  facilities?: Facility[];
  colors?: Map<string, string>;
  onFacility?(id: string): void;
}

function dominantType(byType: Record<string, number>): string {
  return Object.entries(byType).sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

const placed = <T extends { lat: number | null; lon: number | null }>(p: T): p is T & { lat: number; lon: number } => p.lat !== null && p.lon !== null;

const RAD = Math.PI / 180;
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const h = Math.sin(((b.lat - a.lat) * RAD) / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(((b.lon - a.lon) * RAD) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/**
 * The region where most events are: the place whose neighbourhood (800 km)
 * holds the most events, and the places in that neighbourhood.
 * (800 km: Damascus to Baghdad; a far-off mention does not shrink the region.)
 */
function focusPlaces<T extends PlaceAgg & { lat: number; lon: number }>(pts: T[]): T[] {
  const R = 800;
  let best: T[] = pts;
  let bestSum = -1;
  for (const c of pts) {
    const near = pts.filter((p) => km(c, p) <= R);
    const sum = near.reduce((n, p) => n + p.events, 0);
    if (sum > bestSum) [best, bestSum] = [near, sum];
  }
  return best;
}

export function drawMap(host: HTMLElement, o: MapOptions): void {
  // Keep the keyboard's place across redraws.
  const focusedKey = host.contains(document.activeElement) ? ((document.activeElement as Element | null)?.getAttribute("data-key") ?? null) : null;
  clear(host);
  const width = Math.max(260, host.clientWidth || 600);
  const height = Math.max(220, host.clientHeight || 420);
  const { places, flows } = aggregatePlaces(o.events);
  const pts = places.filter(placed);
  const arcs = flows.filter((f) => placed(f.origin) && placed(f.destination));
  const active = new Set<string>();
  for (const p of places) for (const c of (p.country ?? "").split("/")) if (c) active.add(c);

  // Frame the places where most events are (or all of them), at least ~8°
  // across; the Middle East when there are none.
  const framed = o.frameAll ? pts : focusPlaces(pts);
  const lons = framed.map((p) => p.lon);
  const lats = framed.map((p) => p.lat);
  let [w, e, sth, n] = framed.length ? [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)] : [34, 49, 29, 38];
  const minSpan = 8;
  if (e - w < minSpan) [w, e] = [(w + e) / 2 - minSpan / 2, (w + e) / 2 + minSpan / 2];
  if (n - sth < minSpan * 0.6) [sth, n] = [(sth + n) / 2 - minSpan * 0.3, (sth + n) / 2 + minSpan * 0.3];
  const padLon = (e - w) * 0.15;
  const padLat = (n - sth) * 0.15;
  const frame: GeoPermissibleObjects = {
    type: "MultiPoint",
    coordinates: [
      [w - padLon, sth - padLat],
      [e + padLon, n + padLat],
    ],
  };
  const projection = geoMercator().fitExtent(
    [
      [12, 12],
      [width - 12, height - 12],
    ],
    frame,
  );
  const path = geoPath(projection);

  const svg = s("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    class: "map",
    role: "group",
    "aria-label": `Map of ${pts.length} places and ${arcs.length} movements. Arrow keys move between places, Enter filters by a place's country.`,
  });
  host.appendChild(svg);
  svg.appendChild(s("rect", { x: 0, y: 0, width, height, class: "sea" }));
  const defs = s("defs");
  svg.appendChild(defs);

  const land = s("g", { class: "countries" });
  const labels = s("g", { class: "country-labels" });
  const labelBoxes: [number, number, number][] = [];
  for (const f of countries) {
    const [[x0, y0], [x1, y1]] = geoBounds(f);
    if (x1 < w - 40 || x0 > e + 40 || y1 < sth - 30 || y0 > n + 30) continue; // far away
    const d = path(f);
    if (!d) continue;
    const iso = FEATURE_ISO.get(f) ?? null;
    const cls = `country${iso && active.has(iso) ? " active" : ""}${iso && iso === o.country ? " chosen" : ""}`;
    const el = s("path", { d, class: cls });
    el.appendChild(s("title", {}, f.properties?.name ?? ""));
    if (iso) el.addEventListener("click", () => o.onCountry(iso === o.country ? "" : iso));
    land.appendChild(el);
    const [cx, cy] = projection(geoCentroid(f)) ?? [NaN, NaN];
    const [[bx0, by0], [bx1, by1]] = path.bounds(f);
    const name = (f.properties?.name ?? "").toUpperCase();
    const halfW = name.length * 4.2;
    const free = !labelBoxes.some(([lx, ly, lw]) => Math.abs(lx - cx) < lw + halfW + 6 && Math.abs(ly - cy) < 14);
    if (free && Number.isFinite(cx) && cx - halfW > 4 && cx + halfW < width - 4 && cy > 12 && cy < height - 8 && bx1 - bx0 > 60 && by1 - by0 > 24) {
      labelBoxes.push([cx, cy, halfW]);
      labels.appendChild(s("text", { x: cx, y: cy, "text-anchor": "middle", class: `country-label${iso && active.has(iso) ? " active" : ""}` }, name));
    }
  }
  svg.appendChild(land);
  svg.appendChild(labels);

  const maxPeople = Math.max(1, ...pts.map((p) => p.people));
  const radius = (p: PlaceAgg) => 4 + 14 * Math.sqrt(p.people / maxPeople);
  const radiusAt = new Map(pts.map((p) => [p.key, radius(p)]));

  // Arcs: origin → destination, width by people.
  const maxFlow = Math.max(1, ...arcs.map((f) => f.people));
  const arcLayer = s("g", { class: "arcs" });
  const markerFor = new Map<string, string>();
  arcs.forEach((f: FlowAgg, i) => {
    const t = dominantType(f.byType);
    const color = typeColor(t);
    if (!markerFor.has(color)) {
      const id = `arrow-${markerFor.size}`;
      markerFor.set(color, id);
      defs.appendChild(
        s(
          "marker",
          { id, viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: "userSpaceOnUse", orient: "auto" },
          s("path", { d: "M0,0 L10,5 L0,10 z", fill: color }),
        ),
      );
    }
    const a = projection([f.origin.lon!, f.origin.lat!]);
    const b0 = projection([f.destination.lon!, f.destination.lat!]);
    if (!a || !b0) return;
    // End the arc at the rim of the destination's point, where the arrow shows.
    const rim = (radiusAt.get(f.key.split(">")[1]) ?? 4) + 2;
    const len = Math.hypot(b0[0] - a[0], b0[1] - a[1]) || 1;
    const b: [number, number] = [b0[0] - ((b0[0] - a[0]) / len) * rim, b0[1] - ((b0[1] - a[1]) / len) * rim];
    const [mx, my] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const bend = 0.22 + (i % 3) * 0.06;
    const cx = mx - dy * bend;
    const cy = my + dx * bend;
    const sw = 1.5 + 4 * Math.sqrt(f.people / maxFlow);
    const arc = s("path", {
      d: `M${a[0]},${a[1]} Q${cx},${cy} ${b[0]},${b[1]}`,
      class: "arc",
      stroke: color,
      "stroke-width": sw,
      "marker-end": `url(#${markerFor.get(color)})`,
    });
    const ppl = f.people ? ` · ${formatNumber(f.people)} people` : "";
    arc.appendChild(
      s("title", {}, `${f.origin.name} → ${f.destination.name}: ${f.events} ${TYPE_LABEL(t).toLowerCase()} event${f.events > 1 ? "s" : ""}${ppl}`),
    );
    arcLayer.appendChild(arc);
  });
  svg.appendChild(arcLayer);

  // Points, biggest first.
  const pointLayer = s("g", { class: "points" });
  const labelLayer = s("g", { class: "place-labels" });
  const sorted = [...pts].sort((a, b) => radius(b) - radius(a));
  const taken: [number, number][] = [];
  const keyed: { c: SVGCircleElement; p: (typeof pts)[number] }[] = [];
  for (const p of sorted) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const t = dominantType(p.byType);
    const kinds = Object.entries(p.byType)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ");
    const text = `${p.name}${p.country ? ` (${p.country})` : ""}: ${p.events} event${p.events > 1 ? "s" : ""} (${kinds})${p.people ? ` · ${formatNumber(p.people)} people` : ""}`;
    const iso = (p.country ?? "").split("/")[0];
    const c = s("circle", {
      cx: xy[0],
      cy: xy[1],
      r: radius(p),
      fill: typeColor(t),
      class: "point",
      "data-key": p.key,
      tabindex: -1,
      role: "button",
      "aria-label": iso ? `${text}. Enter: ${iso === o.country ? "show every country" : `show only ${iso}`}` : text,
    });
    c.appendChild(s("title", {}, text));
    if (iso) c.addEventListener("click", () => o.onCountry(iso === o.country ? "" : iso));
    pointLayer.appendChild(c);
    keyed.push({ c, p });
    // Label unless it would sit on another label.
    if (!taken.some(([x, y]) => Math.abs(x - xy[0]) < 70 && Math.abs(y - xy[1]) < 14)) {
      taken.push(xy);
      labelLayer.appendChild(s("text", { x: xy[0] + radius(p) + 3, y: xy[1] + 4, class: "place-label" }, p.name));
    }
  }
  // Keyboard: one tab stop; the arrow keys walk the places west to east,
  // Enter narrows to (or widens from) the place's country.
  keyed.sort((a, b) => a.p.lon - b.p.lon || b.p.lat - a.p.lat);
  if (keyed.length) {
    let at = Math.max(
      0,
      keyed.findIndex((k) => k.p.key === focusedKey),
    );
    keyed[at].c.setAttribute("tabindex", "0");
    pointLayer.addEventListener("keydown", (ev) => {
      const i = keyed.findIndex((k) => k.c === ev.target);
      if (i < 0) return;
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        keyed[i].c.dispatchEvent(new MouseEvent("click"));
        return;
      }
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[ev.key];
      const j = ev.key === "Home" ? 0 : ev.key === "End" ? keyed.length - 1 : step ? Math.min(keyed.length - 1, Math.max(0, i + step)) : i;
      if (j === i) return;
      ev.preventDefault();
      keyed[at].c.setAttribute("tabindex", "-1");
      at = j;
      keyed[at].c.setAttribute("tabindex", "0");
      keyed[at].c.focus();
    });
    if (focusedKey) keyed[at].c.focus();
  }
  svg.appendChild(pointLayer);
  svg.appendChild(labelLayer);
  // Facilities: their own layer, over the event points; a click opens the facility panel.
  const facilityLayer = s("g", { class: "facilities-layer", "aria-label": "Facilities" });
  for (const f of o.facilities ?? []) {
    if (f.lat == null || f.lon == null) continue;
    const xy = projection([f.lon, f.lat]);
    if (!xy) continue;
    const now = f.control[f.control.length - 1];
    const sq = s("rect", {
      x: xy[0] - 5,
      y: xy[1] - 5,
      width: 10,
      height: 10,
      transform: `rotate(45 ${xy[0]} ${xy[1]})`,
      class: "facility-mark",
      fill: now ? (o.colors?.get(now.controller) ?? "#111827") : "#ffffff",
      role: "button",
      tabindex: -1,
      "data-facility": f.id,
      "aria-label": `${f.name}${now ? `, held by ${now.controller}` : ""}: open the facility`,
    });
    sq.appendChild(s("title", {}, `${f.name}${now ? ` · ${now.controller}` : ""} · ${f.events.length} events`));
    sq.addEventListener("click", () => o.onFacility?.(f.id));
    facilityLayer.appendChild(sq);
  }
  svg.appendChild(facilityLayer);
  const unplaced = places.length - pts.length;
  if (unplaced)
    svg.appendChild(
      s("text", { x: width - 8, y: height - 8, "text-anchor": "end", class: "map-note" }, `${unplaced} place${unplaced > 1 ? "s" : ""} without coordinates`),
    );
}

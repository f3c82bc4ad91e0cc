// Stories as GeoJSON FeatureCollections (RFC 7946) that GIS programs load as
// one layer each: points (where a story happened) and lines (a movement from
// its origin to its destination) are separate collections, chosen with
// `geometry`. A story that cannot be drawn is left out, never written with a
// null geometry, and counted in `left` with the reason.
//
// Properties are flat: lists are joined into one string ("; " between items,
// " | " between evidence sentences), dates are ISO 8601 with the start and
// end of the story's date span apart, and `precision` is ACLED's
// geo_precision of the point (1 a site or town, 2 a district, 3 a province,
// region or country centroid); a line takes the coarser of its two ends.

import type { Reconciliation, StoredEvent, Story } from "../types.js";
import { MOVEMENT_TYPES } from "../types.js";
import { dateInterval } from "../reconcile/util.js";
import { anchorPlace, storyEvidence, type EventLookup } from "../reconcile/story-places.js";
import { figureBounds, storyFigures } from "./figures.js";
import { type ResolvedPlace, resolvePlace } from "./place-detail.js";

export const GEOMETRIES = ["point", "line"] as const;
export type GeometryChoice = (typeof GEOMETRIES)[number];

export type Geometry = { type: "Point"; coordinates: [number, number] } | { type: "LineString"; coordinates: [number, number][] };

export interface FeatureProperties {
  id: string;
  type: string;
  status: string;
  /** The date as reconciled: YYYY-MM-DD, YYYY-MM, YYYY or a span a/b. */
  date: string | null;
  /** First and last day of the date (ISO 8601). */
  date_start: string | null;
  date_end: string | null;
  count: number | null;
  qualifier: string | null;
  low: number | null;
  best: number | null;
  high: number | null;
  count_kind: string | null;
  group: string | null;
  actor: string | null;
  subject: string | null;
  origin: string | null;
  destination: string | null;
  location: string | null;
  /** The place the point stands for (a line: its origin). */
  place: string | null;
  country: string | null;
  admin1: string | null;
  precision: number | null;
  outlets: string;
  sources: string;
  docs: string;
  /** The stable event ids of the records (ev_...; for an event, its own). */
  event_uids: string;
  evidence: string;
}

export interface Feature {
  type: "Feature";
  id: string;
  geometry: Geometry;
  properties: FeatureProperties;
}

export interface FeatureCollection {
  type: "FeatureCollection";
  features: Feature[];
}

export type LeftOutReason = "no coordinates" | "not a movement with both ends placed" | "origin and destination at one point";

export interface GeoJsonExport {
  collection: FeatureCollection;
  /** Stories left out, by reason. */
  left: Partial<Record<LeftOutReason, number>>;
}

const pt = (p: ResolvedPlace): [number, number] => [p.lon!, p.lat!];
const placed = (p: ResolvedPlace | null): p is ResolvedPlace & { lat: number; lon: number } => !!p && p.lat != null && p.lon != null;
const day = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
const coarser = (a: number | null, b: number | null) => (a == null || b == null ? (a ?? b) : Math.max(a, b));

function properties(s: Story, events: EventLookup, place: ResolvedPlace | null, precision: number | null): FeatureProperties {
  const evidence = storyEvidence(s, events).map((e) => e.text);
  const f = storyFigures(s, evidence);
  const span = dateInterval(s.date);
  return {
    id: s.id,
    type: s.type,
    status: s.status,
    date: s.date,
    date_start: span ? day(span.start) : null,
    date_end: span ? day(span.end) : null,
    count: s.count?.value ?? null,
    qualifier: s.count?.qualifier ?? null,
    low: f.low,
    best: f.best,
    high: f.high,
    count_kind: s.countKind,
    group: s.group,
    actor: s.actor,
    subject: s.subject,
    origin: s.origin?.name ?? null,
    destination: s.destination?.name ?? null,
    location: s.location?.name ?? null,
    place: place?.name ?? null,
    country: place?.country ?? null,
    admin1: place?.admin1 ?? null,
    precision,
    outlets: s.outlets.join("; "),
    sources: s.sources.join("; "),
    docs: [...new Set(s.mentions.map((m) => m.doc))].join("; "),
    event_uids: s.mentions
      .map((m) => m.eventUid ?? "")
      .filter(Boolean)
      .join("; "),
    evidence: evidence.join(" | "),
  };
}

/** A story as a point where it happened, or why it cannot be one. */
export function pointFeature(s: Story, events: EventLookup): Feature | LeftOutReason {
  const candidates = [anchorPlace(s), s.location, s.origin, s.destination];
  for (const c of candidates) {
    const p = c ? resolvePlace(c) : null;
    if (placed(p)) return { type: "Feature", id: s.id, geometry: { type: "Point", coordinates: pt(p) }, properties: properties(s, events, p, p.precision) };
  }
  return "no coordinates";
}

/** A movement as a line from its origin to its destination, or why it cannot be one. */
export function lineFeature(s: Story, events: EventLookup): Feature | LeftOutReason {
  if (!MOVEMENT_TYPES.has(s.type)) return "not a movement with both ends placed";
  const a = s.origin ? resolvePlace(s.origin) : null;
  const b = s.destination ? resolvePlace(s.destination) : null;
  if (!placed(a) || !placed(b)) return "not a movement with both ends placed";
  if (a.lat === b.lat && a.lon === b.lon) return "origin and destination at one point";
  return {
    type: "Feature",
    id: s.id,
    geometry: { type: "LineString", coordinates: [pt(a), pt(b)] },
    properties: properties(s, events, a, coarser(a.precision, b.precision)),
  };
}

/** The stories of one geometry as a FeatureCollection, with those left out counted by reason. */
export function geoJsonExport(r: Pick<Reconciliation, "stories">, events: EventLookup, geometry: GeometryChoice): GeoJsonExport {
  const features: Feature[] = [];
  const left: GeoJsonExport["left"] = {};
  for (const s of r.stories) {
    const f = geometry === "point" ? pointFeature(s, events) : lineFeature(s, events);
    if (typeof f === "string") left[f] = (left[f] ?? 0) + 1;
    else features.push(f);
  }
  return { collection: { type: "FeatureCollection", features }, left };
}

/** The points of the stories (every story with a place). */
export function toGeoJson(r: Pick<Reconciliation, "stories">, events: EventLookup, geometry: GeometryChoice = "point"): FeatureCollection {
  return geoJsonExport(r, events, geometry).collection;
}

/** Extracted records as points (where each happened, else where it started or ended), with those left out counted. */
export function eventsGeoJson(events: readonly StoredEvent[]): GeoJsonExport {
  const features: Feature[] = [];
  const left: GeoJsonExport["left"] = {};
  for (const e of events) {
    const p = [e.geo?.location, e.geo?.origin, e.geo?.destination].map((x) => (x ? resolvePlace(x) : null)).find(placed);
    if (!p) {
      left["no coordinates"] = (left["no coordinates"] ?? 0) + 1;
      continue;
    }
    const span = dateInterval(e.date);
    const f = figureBounds(
      e.count,
      e.evidence.map((x) => x.text),
    );
    features.push({
      type: "Feature",
      id: e.id,
      geometry: { type: "Point", coordinates: pt(p) },
      properties: {
        id: e.id,
        type: e.type,
        status: e.status,
        date: e.date,
        date_start: span ? day(span.start) : null,
        date_end: span ? day(span.end) : null,
        count: e.count?.value ?? null,
        qualifier: e.count?.qualifier ?? null,
        low: f.low,
        best: f.best,
        high: f.high,
        count_kind: e.countKind,
        group: e.group,
        actor: e.actor,
        subject: e.subject,
        origin: e.origin?.name ?? null,
        destination: e.destination?.name ?? null,
        location: e.location?.name ?? null,
        place: p.name,
        country: p.country,
        admin1: p.admin1,
        precision: p.precision,
        outlets: "",
        sources: e.source ?? "",
        docs: e.doc,
        event_uids: e.uid,
        evidence: e.evidence.map((x) => x.text).join(" | "),
      },
    });
  }
  return { collection: { type: "FeatureCollection", features }, left };
}

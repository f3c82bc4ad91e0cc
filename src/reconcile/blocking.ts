// Blocking: which earlier clusters a record could possibly join, without
// comparing it with every cluster of its type.
//
// Two records can only be one claim or one event when they share a type,
// their main place (the origin of a movement, else the location) is in a
// shared country or unstated on one side, and their dates overlap (with a
// day of slack) or one of them is undated, or its figure holds "as of" a
// date (a running total). Those are vetoes of compatibility.ts, so a
// cluster none of whose members shares a block with the record could never
// take it: looking only inside the blocks gives the same result as looking
// everywhere, at a cost that grows with the block, not with the store.
//
// A block is a cell: type × country (or "*" when the record states none) ×
// date bin (BIN_DAYS wide; "*" for an undated record, a running figure, or a
// date wider than MAX_BINS bins). A record whose country or date is not
// stated looks through every country or every bin of its type.

import { MOVEMENT_TYPES } from "../types.js";
import type { Prepared } from "./prepared.js";
import { dateInterval } from "./util.js";

/** Width of a date bin, in days. */
export const BIN_DAYS = 16;
/** A date spanning more bins than this is filed as undated (any date). */
export const MAX_BINS = 48;

const ANY = "*";
/** Joins the parts of a key (a group name may hold any printable character). */
const SEP = "\u0000";

export interface BlockFacts {
  /** The namespace: the type, or the type and what the record is filed for ("transfer|running"). */
  type: string;
  /**
   * Values that veto a pair when both sides state them and they differ (a
   * kind of figure, a group); null when unstated. Every record of one
   * namespace gives the same number of facets.
   */
  facets: (string | null)[];
  /** Countries of the main place; empty when unstated. */
  countries: string[];
  /** Bins the date can meet (with a day of slack); null when any date can (undated, running, too wide). */
  bins: number[] | null;
}

/** The main place's countries, as compatibility.ts compares them: the origin of a movement (or its site), else the location (or the site). */
function mainCountries(p: Prepared): string[] {
  const pl = MOVEMENT_TYPES.has(p.e.type) ? (p.origin ?? p.site) : (p.location ?? p.site);
  return pl?.countries ?? [];
}

/** Bins a date interval meets, widened by one day each side; null when too wide or absent. */
export function binsOf(date: string | null, anyDate: boolean): number[] | null {
  if (anyDate) return null;
  const i = dateInterval(date);
  if (!i) return null;
  const lo = Math.floor((i.start - 1) / BIN_DAYS);
  const hi = Math.floor((i.end + 1) / BIN_DAYS);
  if (hi - lo + 1 > MAX_BINS) return null;
  const out: number[] = [];
  for (let b = lo; b <= hi; b++) out.push(b);
  return out;
}

/** The block facts of a record; `anyDate` files it under every date (a figure whose date vetoes nothing). */
export function blockFacts(p: Prepared, anyDate = false, type: string = p.e.type, facets: (string | null)[] = []): BlockFacts {
  return { type, facets, countries: mainCountries(p), bins: binsOf(p.e.date, anyDate) };
}

/**
 * Items (cluster numbers) filed by block. `add` files an item under a
 * record's facts; `candidates` lists, ascending and without repeats, the
 * items filed under any block the facts can meet.
 */
export class Blocks {
  /** key (namespace and facets) → country → bin → items; "*" for a country or bin unstated. */
  private cells = new Map<string, Map<string, Map<number | string, number[]>>>();
  private byCountry = new Map<string, Map<string, number[]>>();
  private byBin = new Map<string, Map<number | string, number[]>>();
  private byKey = new Map<string, number[]>();
  /** namespace → the facet combinations filed under it. */
  private keys = new Map<string, Map<string, string[]>>();
  private seen = new Map<number, number>();
  private query = 0;

  private static file<K>(map: Map<K, number[]>, key: K, item: number): void {
    const list = map.get(key);
    if (!list) map.set(key, [item]);
    else if (list[list.length - 1] !== item) list.push(item);
  }

  private static sub<K, K2, V>(map: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
    let m = map.get(key);
    if (!m) {
      m = new Map();
      map.set(key, m);
    }
    return m;
  }

  add(item: number, f: BlockFacts): void {
    const facets = f.facets.map((v) => v ?? ANY);
    const key = [f.type, ...facets].join(SEP);
    const known = this.keys.get(f.type) ?? this.keys.set(f.type, new Map()).get(f.type)!;
    if (!known.has(key)) known.set(key, facets);
    const cs = f.countries.length ? f.countries : [ANY];
    const bs: (number | string)[] = f.bins ?? [ANY];
    Blocks.file(this.byKey, key, item);
    const cells = Blocks.sub(this.cells, key);
    const countries = Blocks.sub(this.byCountry, key);
    for (const c of cs) {
      Blocks.file(countries, c, item);
      const bins = Blocks.sub(cells, c);
      for (const b of bs) Blocks.file(bins, b, item);
    }
    const bins = Blocks.sub(this.byBin, key);
    for (const b of bs) Blocks.file(bins, b, item);
  }

  /** The filed facet combinations of a namespace that the facts' facets do not veto. */
  private meeting(f: BlockFacts): string[] {
    const out: string[] = [];
    for (const [key, facets] of this.keys.get(f.type) ?? []) {
      if (facets.every((v, i) => v === ANY || f.facets[i] == null || f.facets[i] === v)) out.push(key);
    }
    return out;
  }

  /** Items that share a block with any of the facts given, ascending. */
  candidates(facts: BlockFacts[]): number[] {
    const q = ++this.query;
    const out: number[] = [];
    const take = (list: number[] | undefined) => {
      if (!list) return;
      for (const x of list)
        if (this.seen.get(x) !== q) {
          this.seen.set(x, q);
          out.push(x);
        }
    };
    for (const f of facts) {
      const cs = f.countries.length ? [...f.countries, ANY] : null;
      const bs: (number | string)[] | null = f.bins ? [...f.bins, ANY] : null;
      for (const key of this.meeting(f)) {
        if (cs && bs) {
          const cells = this.cells.get(key);
          if (!cells) continue;
          for (const c of cs) {
            const bins = cells.get(c);
            if (bins) for (const b of bs) take(bins.get(b));
          }
        } else if (cs) {
          const countries = this.byCountry.get(key);
          if (countries) for (const c of cs) take(countries.get(c));
        } else if (bs) {
          const bins = this.byBin.get(key);
          if (bins) for (const b of bs) take(bins.get(b));
        } else take(this.byKey.get(key));
      }
    }
    return out.sort((a, b) => a - b);
  }
}

// The facility registry: the place table's prisons and camps (curated rows,
// with their source noted), and the facilities reports name that the table
// lacks (learned, tied to their town, with the sentence that names them).
//
// A name resolves to one entry by these rules, in this order (each link
// carries the rule's line, which `sourced facility ID` prints):
//   1. alias: the name is one of the entry's aliases (case, accents, a
//      leading "the" aside);
//   2. spelling: its transliteration skeleton and the class of its head noun
//      are an alias's (al-/el-, Hol/Hawl, doubled letters), in the same
//      country;
//   3. learned: a "<Name> prison/camp" that no entry matches becomes a
//      learned entry; later names with its skeleton and head class in the
//      same country resolve to it by rule 2.

import { SAYING_VERB_FORMS } from "../../lexicon/attribution-cues.js";
import { AUX, BE_FORMS, PREPOSITIONS } from "../../lexicon/function-words.js";
import { CURATED_PLACES } from "../../lexicon/places.js";
import type { FacilityEntry, FacilityKind } from "../../types.js";
import { shortHash } from "../util.js";
import { aliasKey, headKind, isGenericName, kindClass, skeletonKey } from "./names.js";
import { placeSkeleton } from "../util.js";
import { type FacilityRule, ruleLine } from "./review.js";

/** A registry row: the facility's own facts (src/types.ts). */
export type RegistryEntry = FacilityEntry;

export interface Resolution {
  entry: RegistryEntry;
  rule: string;
}

/** What a report says about a place it names as a facility, for a learned entry. */
export interface PlaceHint {
  country: string | null;
  admin1?: string | null;
  lat?: number | null;
  lon?: number | null;
}

/** Towns of the place table, by skeleton: a learned "<Town> prison" is tied to its town. */
const TOWNS = new Map<string, { name: string; admin1: string | null; country: string; lat: number; lon: number }>();
for (const p of CURATED_PLACES)
  if (p.kind === "city")
    for (const a of [p.name, ...p.aliases]) {
      const sk = placeSkeleton(a);
      if (sk && !TOWNS.has(`${sk}|${p.country}`))
        TOWNS.set(`${sk}|${p.country}`, { name: p.name, admin1: p.admin1, country: p.country, lat: p.lat, lon: p.lon });
    }

/** A learned name is a name, not a headline's words: none of its words is a verb of saying, an auxiliary or a preposition ("Army Says Prison Near ..."). */
function isNameLike(name: string): boolean {
  return !name
    .toLowerCase()
    .split(/[\s-]+/)
    .some((w) => SAYING_VERB_FORMS.has(w) || AUX.has(w) || BE_FORMS.has(w) || (PREPOSITIONS.has(w) && w !== "of"));
}

export class FacilityRegistry {
  readonly entries: RegistryEntry[] = [];
  private byAlias = new Map<string, RegistryEntry>();
  private bySkeleton = new Map<string, RegistryEntry[]>();

  constructor() {
    for (const p of CURATED_PLACES) {
      if (!p.facility) continue;
      const f = p.facility;
      this.add(
        {
          id: f.id,
          name: p.name,
          aliases: [...new Set([p.name, ...p.aliases])],
          kind: f.kind,
          country: p.country,
          admin1: p.admin1,
          town: f.town,
          lat: p.lat,
          lon: p.lon,
          precision: f.precision,
          origin: "curated",
          source: f.source,
        },
        f.kind,
      );
    }
  }

  private add(e: RegistryEntry, kind: FacilityKind): void {
    this.entries.push(e);
    for (const a of e.aliases) this.index(e, a, kind);
  }

  private index(e: RegistryEntry, alias: string, kind: FacilityKind): void {
    if (!this.byAlias.has(aliasKey(alias))) this.byAlias.set(aliasKey(alias), e);
    // a bare alias ("al-Hol") stands for the entry's own kind
    const key = skeletonKey(headKind(alias) ? alias : `${alias} ${kind === "camp" ? "camp" : "prison"}`);
    if (!key) return;
    const list = this.bySkeleton.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    this.bySkeleton.set(key, list);
  }

  get(id: string): RegistryEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** Where merged-away ids lead, and the review lines of each entry (review.ts). */
  readonly redirects = new Map<string, RegistryEntry>();
  readonly reviewLines = new Map<string, string[]>();

  /** An entry by id, else the one a rule's snapshot describes (a learned facility, known now before its reports are read). */
  private ensure(e: RegistryEntry): RegistryEntry {
    const at = this.redirects.get(e.id) ?? this.get(e.id);
    if (at) return at;
    const made: RegistryEntry = { ...e, aliases: [...e.aliases] };
    this.add(made, made.kind);
    return made;
  }

  private noteRule(id: string, r: FacilityRule): void {
    (this.reviewLines.get(id) ?? this.reviewLines.set(id, []).get(id)!).push(ruleLine(r));
  }

  /** Applies analysts' merges and splits, in their order, before any name is resolved. */
  applyReview(rules: readonly FacilityRule[]): void {
    for (const r of rules) {
      if (r.kind === "merge") {
        const into = this.ensure(r.into);
        const from = this.ensure(r.from);
        if (into === from) continue;
        for (const a of from.aliases) {
          if (!into.aliases.includes(a)) into.aliases.push(a);
          this.byAlias.set(aliasKey(a), into);
        }
        for (const [k, list] of this.bySkeleton) if (list.includes(from)) this.bySkeleton.set(k, [...new Set(list.map((x) => (x === from ? into : x)))]);
        this.entries.splice(this.entries.indexOf(from), 1);
        this.redirects.set(from.id, into);
        for (const [id, to] of this.redirects) if (to === from) this.redirects.set(id, into);
        this.noteRule(into.id, r);
      } else {
        const from = this.ensure(r.from);
        const keys = new Set(r.aliases.map(aliasKey));
        const made: RegistryEntry = {
          ...from,
          id: r.id,
          name: r.name,
          aliases: [...r.aliases],
          origin: "learned",
          source: `split from ${from.name} (${from.id}) by ${r.author}`,
        };
        from.aliases = from.aliases.filter((a) => !keys.has(aliasKey(a)));
        // by alias only: other spellings of the old facility's names stay with it
        this.entries.push(made);
        for (const a of made.aliases) this.byAlias.set(aliasKey(a), made);
        this.noteRule(from.id, r);
        this.noteRule(made.id, r);
      }
    }
  }

  /** The entry an id stands for now: itself, or the facility it was merged into. */
  current(e: RegistryEntry): RegistryEntry {
    return this.redirects.get(e.id) ?? e;
  }

  /** The entry a place name stands for by rules 1 and 2, or null. */
  resolve(name: string, country: string | null): Resolution | null {
    const byAlias = this.byAlias.get(aliasKey(name));
    if (byAlias && (!country || !byAlias.country || byAlias.country === country))
      return { entry: byAlias, rule: `'${name}' is an alias of ${byAlias.name}${byAlias.origin === "learned" ? " (learned)" : ""}` };
    if (!headKind(name)) return null;
    const key = skeletonKey(name);
    if (!key) return null;
    const hits = (this.bySkeleton.get(key) ?? []).filter((e) => !country || !e.country || e.country === country);
    if (hits.length !== 1) return null;
    const e = hits[0];
    this.index(e, name, e.kind);
    if (!e.aliases.includes(name)) e.aliases.push(name);
    return {
      entry: e,
      rule: `'${name}' spells ${e.name}: same transliteration skeleton (${key.split("|")[0]}) and kind of place, in ${e.country ?? "the same country"}`,
    };
  }

  /** Rules 1–3: the entry a "<Name> prison/camp" stands for, learned when none matches; null for a generic phrase. */
  resolveOrLearn(name: string, hint: PlaceHint): Resolution | null {
    const found = this.resolve(name, hint.country);
    if (found) return found;
    const kind = headKind(name);
    if (!kind || isGenericName(name) || !isNameLike(name)) return null;
    const key = skeletonKey(name);
    if (!key) return null;
    const id = `fac-l-${shortHash(`${key}|${hint.country ?? ""}`, 8)}`;
    // a spelling of a facility an analyst merged away or split: the one it stands for now
    const known = this.redirects.get(id) ?? this.get(id);
    if (known) {
      this.index(known, name, known.kind);
      if (!known.aliases.includes(name)) known.aliases.push(name);
      return { entry: known, rule: `'${name}' spells ${known.name}: same transliteration skeleton (${key.split("|")[0]}), as reviewed` };
    }
    const core = placeSkeleton(name);
    const town = core ? TOWNS.get(`${core}|${hint.country}`) : undefined;
    const e: RegistryEntry = {
      id,
      name,
      aliases: [name],
      kind,
      country: hint.country,
      admin1: town?.admin1 ?? hint.admin1 ?? null,
      town: town?.name ?? null,
      lat: hint.lat ?? town?.lat ?? null,
      lon: hint.lon ?? town?.lon ?? null,
      precision: hint.lat != null || town ? "town" : null,
      origin: "learned",
      source: null,
    };
    this.add(e, kind);
    return { entry: e, rule: `'${name}' is a ${kind.replace("_", " ")} the place table lacks: learned${e.town ? `, tied to the town ${e.town}` : ""}` };
  }

  /** The one facility of this class known in a town ("a prison in Shaddadeh"), or null when there are none or several. */
  onlyInTown(townName: string, kind: FacilityKind | null, country: string | null): RegistryEntry | null {
    const sk = placeSkeleton(townName);
    if (!sk) return null;
    const cls = kindClass(kind);
    const hits = this.entries.filter(
      (e) => e.town && placeSkeleton(e.town) === sk && (!country || e.country === country) && (cls === "*" || kindClass(e.kind) === cls),
    );
    return hits.length === 1 ? hits[0] : null;
  }
}

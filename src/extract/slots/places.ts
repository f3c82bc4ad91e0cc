// Origin, destination and location. Each place in the sentence gets a role
// from the preposition that governs its phrase, following chains such as
// "from a detention center in Hasakah" (origin) or "to secure locations in
// Iraq" (destination). "Iraq has received ..." makes the receiving state the
// destination; "held in X" is where a movement started. Demonyms count as
// places only before a facility word ("Iraqi facilities", "Syrian prisons").

import type { Context } from "../../context.js";
import type { PlaceMention } from "../../annotate/types.js";
import { FACILITY_NOUNS } from "../../lexicon/subjects.js";
import { MOVEMENT_TYPES, type PlaceDetail } from "../../types.js";
import { AUX, PREPOSITIONS, tokenRange } from "../grammar.js";
import type { Candidate, SentenceView, SlotFiller } from "../types.js";

export const COUNTRY_NAMES: Record<string, string> = {
  SY: "Syria", IQ: "Iraq", TR: "Turkey", IR: "Iran", LB: "Lebanon", JO: "Jordan", US: "United States", RU: "Russia",
  UA: "Ukraine", FR: "France", GB: "United Kingdom", DE: "Germany", AF: "Afghanistan", PK: "Pakistan", IL: "Israel",
  PS: "Palestine", SA: "Saudi Arabia", YE: "Yemen", EG: "Egypt", LY: "Libya", NG: "Nigeria", ML: "Mali", SO: "Somalia",
  KZ: "Kazakhstan", UZ: "Uzbekistan", TJ: "Tajikistan", BE: "Belgium", NL: "Netherlands", SE: "Sweden", AZ: "Azerbaijan",
  AM: "Armenia", TN: "Tunisia", MA: "Morocco", DZ: "Algeria", QA: "Qatar", AE: "United Arab Emirates", KW: "Kuwait",
};

type Role = "from" | "to" | "in" | "held" | "by" | "other";

const SPECIFICITY: Record<string, number> = { facility: 6, city: 5, admin2: 4, admin1: 3, region: 2, country: 1, demonym: 1 };

export interface RoledPlace {
  place: PlaceMention;
  role: Role;
  first: number;
  last: number;
}

const cache = new WeakMap<SentenceView, RoledPlace[]>();

export function roledPlaces(view: SentenceView): RoledPlace[] {
  const hit = cache.get(view);
  if (hit) return hit;
  const out: RoledPlace[] = [];
  for (const p of view.places) {
    const [first, last] = tokenRange(view, p);
    if (first < 0) continue;
    if (p.kind === "demonym") {
      // "Iraqi facilities", "Syrian prisons", "Kurdish-run facilities in ..." — not "Iraqi officials"
      let k = last + 1;
      let ok = false;
      for (let n = 0; n < 3 && k < view.tokens.length; n++, k++) {
        if (FACILITY_NOUNS.has(view.lemmas[k]) || view.lemmas[k] === "territory" || view.lemmas[k] === "custody" || view.lemmas[k] === "soil") {
          ok = true;
          break;
        }
        if (view.tokens[k].kind !== "word") break;
      }
      if (!ok) continue;
    }
    out.push({ place: p, role: roleOf(view, first), first, last });
  }
  cache.set(view, out);
  return out;
}

function isPremodifier(view: SentenceView, last: number): boolean {
  const next = view.tokens[last + 1];
  if (next && (next.text === "-" || next.text.startsWith("-"))) return true;
  if (!next || next.kind !== "word" || next.capitalized) return false;
  const lower = view.lowers[last + 1];
  return !AUX.has(lower) && !PREPOSITIONS.has(lower) && lower !== "and" && !WH_WORDS.has(lower);
}

const WH_WORDS = new Set(["who", "which", "that", "where", "whose"]);

function roleOf(view: SentenceView, first: number): Role {
  let k = first - 1;
  let hops = 0;
  let sawIn = false;
  while (k >= 0 && hops < 12) {
    const lower = view.lowers[k];
    const tok = view.tokens[k];
    if (lower === "from" || lower === "out") return "from";
    if (lower === "to" || lower === "into" || lower === "toward" || lower === "towards") {
      // "close to", "up to" belong to counts
      return "to";
    }
    if (lower === "in" || lower === "at" || lower === "near" || lower === "inside" || lower === "of" || lower === "across") {
      // "held in X", "detained in X": where people were kept
      const v = view.lemmas[k - 1];
      if (v === "hold" || v === "detain" || v === "keep" || v === "imprison" || v === "jail") return "held";
      if (lower === "of" && !FACILITY_NOUNS.has(view.lemmas[k - 1] ?? "")) return sawIn ? "in" : "other";
      sawIn = true;
      k--;
      hops++;
      continue;
    }
    if (lower === "by") return "by";
    if (lower === "as" || lower === "like" || lower === "than" || lower === "and") break;
    if (tok.kind === "punct" && tok.text !== "'" && tok.text !== "’" && tok.text !== "\"" && tok.text !== "“" && tok.text !== "”") break;
    if (AUX.has(lower)) break;
    if (PREPOSITIONS.has(lower)) break;
    k--;
    hops++;
  }
  return sawIn ? "in" : "other";
}

const KINDS = new WeakMap<object, string>();

/** The kind of place a slot holds (facility, city, country...), when it came from a mention. */
export function placeKind(p: object): string | null {
  return KINDS.get(p) ?? null;
}

export function detail(p: PlaceMention): PlaceDetail {
  const name = p.kind === "demonym" ? (COUNTRY_NAMES[p.country] ?? p.name) : p.name;
  const d: PlaceDetail = { name, country: p.country, lat: p.kind === "demonym" ? null : p.lat, lon: p.kind === "demonym" ? null : p.lon, admin1: p.admin1 };
  KINDS.set(d, p.kind === "demonym" ? "country" : p.kind);
  return d;
}

function mostSpecific(xs: RoledPlace[], near: number): RoledPlace | null {
  let best: RoledPlace | null = null;
  let score = -Infinity;
  for (const x of xs) {
    const s = (SPECIFICITY[x.place.kind] ?? 0) * 10 - Math.abs(x.first - near) * 0.1;
    if (s > score) {
      score = s;
      best = x;
    }
  }
  return best;
}

const RECEIVING = new Set(["receive", "take", "accept", "welcome", "admit"]);

export const placesSlot: SlotFiller = {
  name: "slot/places",
  fill(c: Candidate, _ctx: Context) {
    const view = c.view;
    const t = c.trigger;
    const all = roledPlaces(view);
    const clause = view.clause[t.first];
    // places in the trigger's clause first; the whole sentence when that has none
    const inClause = all.filter((r) => view.clause[r.first] === clause || (r.first > t.last && r.first - t.last <= 12));
    // outside the clause: only places the sentence locates things at, or its subject ("Kobani, ..., is under siege"),
    // never a name used as a modifier ("a U.S. ally")
    const pool = inClause.length ? inClause : all.filter((r) => r.role === "in" || r.role === "held" || r.role === "from" || r.role === "to" || (r.role === "other" && !isPremodifier(view, r.last)));
    if (MOVEMENT_TYPES.has(c.type)) {
      const from = mostSpecific(pool.filter((r) => r.role === "from" && r.first > t.first - 12), t.first);
      const to = mostSpecific(pool.filter((r) => r.role === "to"), t.first);
      let origin = from;
      if (!origin) origin = mostSpecific(all.filter((r) => r.role === "held"), t.first);
      let destination = to;
      // "Iraq has received/taken in 450": the receiving state is where they went
      if (!destination && RECEIVING.has(view.lemmas[t.first]) && !t.passive) {
        const subj = all.filter((r) => r.last < t.first && r.role === "other");
        if (subj.length) destination = subj[subj.length - 1];
      }
      if (origin) c.origin = detail(origin.place);
      if (destination) c.destination = detail(destination.place);
      if (c.type === "escape" || c.type === "release") {
        const loc = origin ?? mostSpecific(pool.filter((r) => r.role === "in" || r.role === "held"), t.first);
        if (loc) {
          c.location = detail(loc.place);
          if (!c.origin) c.origin = detail(loc.place);
        }
      }
      if (c.type === "exchange" && !c.origin && !c.destination) {
        const countries = [...new Set(pool.filter((r) => r.role !== "by" && r.first < t.last + 6).map((r) => r.place.country))];
        if (countries.length >= 2) {
          const both = { name: countries.map((k) => COUNTRY_NAMES[k] ?? k).join(" and "), country: countries as unknown as string, lat: null, lon: null };
          c.origin = { ...both, country: countries } as unknown as PlaceDetail;
          c.destination = { ...both, country: countries } as unknown as PlaceDetail;
        }
      }
      if (c.origin || c.destination || c.location) c.tags.push("slot/places");
      return;
    }
    // one-place events: the object or "in/at/near X"; otherwise any place in the clause
    const candidates = pool.filter((r) => r.role !== "by" && !(r.place.kind !== "demonym" && r.role === "other" && isPremodifier(view, r.last)));
    const loc = mostSpecific(candidates.filter((r) => r.role === "in" || r.role === "held" || r.first > t.last), t.first) ?? mostSpecific(candidates, t.first);
    if (loc) {
      c.location = detail(loc.place);
      c.tags.push("slot/places");
    }
  },
};

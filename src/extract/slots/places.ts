// Origin, destination and location. Each place in the sentence gets a role
// from the preposition that governs its phrase, following chains such as
// "from a holding site in Raqqa" (origin) or "to a guarded jail in
// Erbil" (destination). "Jordan has taken in ..." makes the receiving state the
// destination; "held in X" is where a movement started. Demonyms count as
// places only before a facility word ("Turkish jails", "Iraqi custody").

import type { Context } from "../../context.js";
import type { PlaceMention } from "../../annotate/types.js";
import { FACILITY_NOUNS } from "../../lexicon/subjects.js";
import { MOVEMENT_TYPES, type PlaceDetail } from "../../types.js";
import { AUX, PREPOSITIONS, tokenRange } from "../grammar.js";
import type { Candidate, SentenceView, SlotFiller } from "../types.js";

const REGION_NAMES = (() => {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" });
  } catch {
    return null;
  }
})();

/** English name of an ISO 3166-1 alpha-2 code ("HT" → "Haiti"). */
export function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? REGION_NAMES?.of(code) ?? code;
}

export const COUNTRY_NAMES: Record<string, string> = {
  SY: "Syria", IQ: "Iraq", TR: "Turkey", IR: "Iran", LB: "Lebanon", JO: "Jordan", US: "United States", RU: "Russia",
  UA: "Ukraine", FR: "France", GB: "United Kingdom", DE: "Germany", AF: "Afghanistan", PK: "Pakistan", IL: "Israel",
  PS: "Palestine", SA: "Saudi Arabia", YE: "Yemen", EG: "Egypt", LY: "Libya", NG: "Nigeria", ML: "Mali", SO: "Somalia",
  KZ: "Kazakhstan", UZ: "Uzbekistan", TJ: "Tajikistan", BE: "Belgium", NL: "Netherlands", SE: "Sweden", AZ: "Azerbaijan",
  AM: "Armenia", TN: "Tunisia", MA: "Morocco", DZ: "Algeria", QA: "Qatar", AE: "United Arab Emirates", KW: "Kuwait",
};

const INSTITUTION_WORDS = new Set(["authority", "authorities", "government", "custody", "court", "courts", "judiciary", "police", "army", "military", "forces", "force", "officials", "side", "control"]);

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
      const role = roleOf(view, first);
      // "delivered to Turkish police": a state's institutions stand for the state as destination or origin
      if (!ok && (role === "to" || role === "from") && INSTITUTION_WORDS.has(view.lemmas[last + 1] ?? "")) ok = true;
      if (!ok) continue;
      out.push({ place: p, role, first, last });
      continue;
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
      const inflected = view.lowers[k - 1] !== v; // "jailed in", not "a jail in"
      if (inflected && (v === "hold" || v === "detain" || v === "keep" || v === "imprison" || v === "jail")) return "held";
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
  const name = p.kind === "demonym" ? (countryName(p.country)) : p.name;
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

const COURT_WORDS = new Set(["court", "judge", "tribunal", "judiciary", "prosecutor", "authority", "authorities"]);

const ANAPHORIC = new Set(["the", "this", "that", "its", "their"]);
const CITY_WORDS = new Set(["city", "town", "village", "capital", "district", "province", "area", "region"]);

/** Token index of "the <facility noun>" right after `from` (optionally after a preposition), or null. */
function definiteFacilityAfter(view: SentenceView, from: number, prep: string | null): string | null {
  let k = from;
  if (prep) {
    if (view.lowers[k] !== prep) return null;
    k++;
  } else if (PREPOSITIONS.has(view.lowers[k])) k++;
  if (!ANAPHORIC.has(view.lowers[k])) return null;
  for (let j = k + 1; j < Math.min(view.tokens.length, k + 4); j++) {
    if (FACILITY_NOUNS.has(view.lemmas[j])) return view.lemmas[j];
    if (view.tokens[j].kind !== "word") break;
  }
  return null;
}

/** "The camp, run by ..., still houses": a definite facility subject at the start of the sentence. */
function definiteFacilityBefore(view: SentenceView, before: number): string | null {
  if (!ANAPHORIC.has(view.lowers[0] ?? "")) return null;
  for (let j = 1; j < Math.min(before, 4); j++) if (FACILITY_NOUNS.has(view.lemmas[j])) return view.lemmas[j];
  return null;
}

/** The latest place of the right kind named in the five sentences before. */
function antecedentPlace(view: SentenceView, noun: string): PlaceMention | null {
  const wantCity = CITY_WORDS.has(noun);
  const views = view.info.views;
  if (wantCity) {
    // "the city" is the story's city: the one named most so far
    const tally = new Map<string, { n: number; p: PlaceMention }>();
    for (let i = 0; i < view.index; i++)
      for (const p of views[i].places) if (p.kind === "city" || p.kind === "admin2") tally.set(p.name, { n: (tally.get(p.name)?.n ?? 0) + 1, p });
    let best: { n: number; p: PlaceMention } | null = null;
    for (const v of tally.values()) if (!best || v.n >= best.n) best = v;
    return best?.p ?? null;
  }
  for (let i = view.index - 1; i >= 0 && i >= view.index - 5; i--) {
    const ps = views[i].places.filter((p) => (wantCity ? p.kind === "city" || p.kind === "admin2" : p.kind === "facility"));
    const named = ps.filter((p) => p.name.toLowerCase().includes(noun));
    const pick = named.length ? named[named.length - 1] : ps[ps.length - 1];
    if (pick) return pick;
  }
  return null;
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
      let from = mostSpecific(pool.filter((r) => r.role === "from" && r.first > t.first - 12), t.first);
      // "escaped from the penitentiary": the facility named earlier
      if (!from) {
        const k = definiteFacilityAfter(view, t.last + 1, "from");
        const p = k ? antecedentPlace(view, k) : null;
        if (p) from = { place: p, role: "from", first: -1, last: -1 };
      }
      const to = mostSpecific(pool.filter((r) => r.role === "to"), t.first);
      let origin = from;
      if (!origin) origin = mostSpecific(all.filter((r) => r.role === "held"), t.first);
      let destination = to;
      // "Iraq has received/taken in 450": the receiving state is where they went
      if (!destination && (RECEIVING.has(view.lemmas[t.first]) || c.type === "repatriation") && !t.passive) {
        // a receiving state, never a camp or a town
        const subj = all.filter((r) => r.last < t.first && r.role === "other" && (r.place.kind === "country" || r.place.kind === "demonym"));
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
          // an equal swap: both sides send and receive
          const name = countries.map((k) => countryName(k)).join(" and ");
          c.origin = { name, country: countries, lat: null, lon: null };
          c.destination = { name, country: [...countries], lat: null, lon: null };
        }
      }
      if (c.origin || c.destination || c.location) c.tags.push("slot/places");
      return;
    }
    // one-place events: the object or "in/at/near X"; otherwise any place in the clause
    const candidates = pool.filter((r) => r.role !== "by" && !(r.place.kind !== "demonym" && r.role === "other" && isPremodifier(view, r.last)));
    let loc = mostSpecific(candidates.filter((r) => r.role === "in" || r.role === "held" || r.first > t.last), t.first) ?? mostSpecific(candidates, t.first);
    if (!loc) {
      // "seized the town's central jail", "the camp now holds": the place named earlier
      const k = definiteFacilityAfter(view, t.last + 1, null) ?? definiteFacilityBefore(view, t.first);
      const p = k ? antecedentPlace(view, k) : null;
      if (p) loc = { place: p, role: "in", first: -1, last: -1 };
    }
    if (loc) {
      c.location = detail(loc.place);
      c.tags.push("slot/places");
    } else if (c.type === "trial") {
      // courts try people in their own country: "an Iraqi court", "measures against those who harmed the Iraqi people"
      const demonymList = view.places.filter((pl) => pl.kind === "demonym");
      const ofCourt = demonymList.find((pl) => COURT_WORDS.has(view.lemmas[tokenRange(view, pl)[1] + 1] ?? ""));
      const demonyms = [...new Set(demonymList.map((pl) => pl.country))];
      const country = ofCourt ? ofCourt.country : demonyms.length === 1 ? demonyms[0] : null;
      if (country) {
        c.location = { name: countryName(country), country, lat: null, lon: null };
        c.tags.push("slot/places");
      }
    }
  },
};

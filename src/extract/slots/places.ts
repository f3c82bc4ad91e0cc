// Origin, destination and location. Each place in the sentence gets a role
// from the preposition that governs its phrase, following chains such as
// "from a holding site in Raqqa" (origin) or "to a guarded jail in
// Erbil" (destination). "Jordan has taken in ..." makes the receiving state the
// destination; "held in X" is where a movement started. Demonyms count as
// places only before a facility word ("Turkish jails", "Iraqi custody").

import { countryName } from "../../lexicon/countries.js";
import type { Context } from "../../context.js";
import type { PlaceMention } from "../../annotate/types.js";
import { COUNTRIES } from "../../lexicon/countries.js";
import { CAPTIVE_PREDICATES, FACILITY_NOUNS, FOREIGN_WORDS, OWN_POSSESSIVES, isPersonNoun } from "../../lexicon/subjects.js";
import { MOVEMENT_TYPES, type PlaceDetail } from "../../types.js";
import { clauseEnd, headBefore, isAdverb, tokenRange } from "../grammar.js";
import { agentOf } from "../roles.js";
import type { Candidate, SentenceView, SlotFiller } from "../types.js";
import { CUSTODY_INSTITUTION_WORDS, STATE_BODIES } from "../../lexicon/force-words.js";
import { MEDIA_NAME_ENDINGS } from "../../lexicon/roles.js";
import { REPORTING_WORDS } from "../../lexicon/attribution-cues.js";
import { TIME_OPENERS } from "../../lexicon/time-words.js";
import { ANAPHORIC_DETERMINERS, AUX, DETERMINERS_AND_PREPOSITIONS, PREPOSITIONS, WH_WORDS } from "../../lexicon/function-words.js";
import { HOLD_VERBS, KEEPING_VERBS, RECEIVING_VERBS, SENDING_VERBS, URGING_VERBS } from "../../lexicon/custody-verbs.js";
import { ARRIVAL_VERBS, CONVEYING_VERBS, DEPARTURE_VERBS } from "../../lexicon/motion-verbs.js";
import { COMPASS_POINTS, LOCALITY_NOUNS, LOCATIVE_APPOSITION_OPENERS } from "../../lexicon/places.js";
import { COURT_WORDS } from "../../lexicon/legal-words.js";

type Role = "from" | "to" | "in" | "held" | "by" | "other";

const SPECIFICITY: Record<string, number> = { facility: 6, city: 5, admin2: 4, admin1: 3, region: 2, country: 1, demonym: 1 };

export interface RoledPlace {
  place: PlaceMention;
  role: Role;
  first: number;
  last: number;
}

const cache = new WeakMap<SentenceView, RoledPlace[]>();

/**
 * A place that names who speaks or an organisation, not where anything happens:
 * inside an attribution ("according to UN estimates", "the ministry in Nairobi
 * said"), after "according to" in its clause, or inside an organisation's name.
 */
function speakerOrOrganisation(view: SentenceView, p: PlaceMention, first: number): boolean {
  for (const a of view.attributions) if (p.start >= a.start && p.end <= a.end) return true;
  for (const a of view.actors)
    if ((a.kind === "org" || a.kind === "media") && p.start >= a.start && p.end <= a.end && a.end - a.start > p.end - p.start) return true;
  for (let k = first - 1; k >= 1 && view.clause[k] === view.clause[first]; k--) if (view.lowers[k] === "to" && view.lowers[k - 1] === "according") return true;
  // "officials in Baghdad say ...", "sources in Kabul said": the speaker's place
  {
    const [, l] = tokenRange(view, p);
    const v = view.lowers[l + 1] ?? "";
    if (
      (v === "say" || v === "said" || v === "says" || v === "told" || v === "believe" || v === "estimate" || v === "estimated") &&
      (view.lowers[first - 1] === "in" || view.lowers[first - 1] === "from") &&
      isPersonNoun(view.lemmas[first - 2] ?? "", view.lowers[first - 2])
    )
      return true;
  }
  // "told Radio Free Asia", "a source told Kabul Today": the addressee of a report is a medium, not a place
  if (view.lowers[first - 1] === "told" || view.lowers[first - 1] === "tells") return true;
  const [, lastTok] = tokenRange(view, p);
  if (MEDIA_NAME_ENDINGS.has(view.lowers[lastTok + 1] ?? "") && view.tokens[lastTok + 1].capitalized) return true;
  // "told reporters in Nairobi that ...": where the speaking happened
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    if (view.lowers[k] === "that") break;
    if (REPORTING_WORDS.has(view.lowers[k])) {
      for (let j = first + 1; j < view.tokens.length && j <= first + 4; j++) if (view.lowers[j] === "that") return true;
      break;
    }
  }
  return false;
}

export function roledPlaces(view: SentenceView): RoledPlace[] {
  const hit = cache.get(view);
  if (hit) return hit;
  const out: RoledPlace[] = [];
  for (const p of view.places) {
    const [first, last] = tokenRange(view, p);
    if (first < 0) continue;
    if (speakerOrOrganisation(view, p, first)) continue;
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
      if (!ok && (role === "to" || role === "from") && CUSTODY_INSTITUTION_WORDS.has(view.lemmas[last + 1] ?? "")) ok = true;
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
  return !AUX.has(lower) && !PREPOSITIONS.has(lower) && lower !== "and" && !WH_WORDS.has(lower) && !TIME_OPENERS.has(lower);
}

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
    // "left the camp", "fled the town": the object of a verb of leaving is where people came from
    if (DEPARTURE_VERBS.has(view.lemmas[k]) && tok.kind === "word" && !tok.capitalized) return "from";
    // "moved out of Syria", "driven out of the town": where people left
    if (lower === "of" && view.lowers[k - 1] === "out") return "from";
    if (lower === "in" || lower === "at" || lower === "near" || lower === "inside" || lower === "of" || lower === "across") {
      // "handed to Iraqi police at the border gate": the phrase after an institution tells where it happened
      if ((lower === "at" || lower === "in") && CUSTODY_INSTITUTION_WORDS.has(view.lemmas[k - 1] ?? "") && view.lemmas[k - 1] !== "custody") return "in";
      // "held in X", "detained in X": where people were kept
      // "held hostage in", "kept captive at": a predicative noun may sit between the verb and "in"
      for (const j of [k - 1, k - 2]) {
        if (j < 0) break;
        const v = view.lemmas[j];
        const inflected = view.lowers[j] !== v; // "jailed in", not "a jail in"
        if (inflected && HOLD_VERBS.has(v) && (j === k - 1 || CAPTIVE_PREDICATES.has(view.lemmas[k - 1]))) return "held";
      }
      // "received at the reception centre", "arrived in Kabul": where the movement ended
      if ((lower === "at" || lower === "in") && ARRIVAL_VERBS.has(view.lemmas[k - 1] ?? "") && view.lowers[k - 1] !== view.lemmas[k - 1]) return "to";
      // "north of Raqqa", "30 km east of the city": near the place, so located there
      if (lower === "of" && COMPASS_POINTS.has(view.lowers[k - 1] ?? "")) return "in";
      if (lower === "of" && !FACILITY_NOUNS.has(view.lemmas[k - 1] ?? "")) return sawIn ? "in" : "other";
      sawIn = true;
      k--;
      hops++;
      continue;
    }
    if (lower === "by") return "by";
    if (lower === "as" || lower === "like" || lower === "than" || lower === "and") break;
    // "the prison at Koutoukale, near Niamey": a locative apposition carries on the phrase before the comma
    if (tok.text === "," && k === first - 2 && LOCATIVE_APPOSITION_OPENERS.has(view.lowers[k + 1] ?? "") && view.tokens[k - 1]?.kind === "word") {
      k--;
      hops++;
      continue;
    }
    if (tok.kind === "punct" && tok.text !== "'" && tok.text !== "’" && tok.text !== '"' && tok.text !== "“" && tok.text !== "”") break;
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
  const name = p.kind === "demonym" ? countryName(p.country) : p.name;
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

/** Token index of "the <facility noun>" right after `from` (optionally after a preposition), or null. */
function definiteFacilityAfter(view: SentenceView, from: number, prep: string | null): string | null {
  let k = from;
  if (prep) {
    if (view.lowers[k] !== prep) return null;
    k++;
  } else if (PREPOSITIONS.has(view.lowers[k])) k++;
  if (!ANAPHORIC_DETERMINERS.has(view.lowers[k])) return null;
  for (let j = k + 1; j < Math.min(view.tokens.length, k + 4); j++) {
    if (FACILITY_NOUNS.has(view.lemmas[j])) return view.lemmas[j];
    if (view.tokens[j].kind !== "word") break;
  }
  return null;
}

/** "The camp, run by ..., still houses": a definite facility subject at the start of the sentence. */
function definiteFacilityBefore(view: SentenceView, before: number): string | null {
  if (!ANAPHORIC_DETERMINERS.has(view.lowers[0] ?? "")) return null;
  for (let j = 1; j < Math.min(before, 4); j++) if (FACILITY_NOUNS.has(view.lemmas[j])) return view.lemmas[j];
  return null;
}

/** The latest place of the right kind named in the five sentences before. */
function antecedentPlace(view: SentenceView, noun: string, at?: number): PlaceMention | null {
  const wantCity = LOCALITY_NOUNS.has(noun);
  const views = view.info.views;
  if (wantCity) {
    const town = (p: PlaceMention) => p.kind === "city" || p.kind === "admin2";
    // "the town" after a town named earlier in the same sentence or paragraph is that town
    const here = roledPlaces(view).filter((r) => town(r.place) && r.place.end <= (at ?? view.sentence.end));
    if (here.length) return here[here.length - 1].place;
    for (let i = view.index - 1; i >= 0 && i >= view.index - 2 && views[i].sentence.paragraph === view.sentence.paragraph; i--) {
      const ps = roledPlaces(views[i]).filter((r) => town(r.place));
      if (ps.length) return ps[ps.length - 1].place;
    }
    // otherwise the story's city: the one named most so far (never a speaker's dateline or bureau)
    const tally = new Map<string, { n: number; p: PlaceMention }>();
    for (let i = 0; i < view.index; i++)
      for (const r of roledPlaces(views[i])) if (town(r.place)) tally.set(r.place.name, { n: (tally.get(r.place.name)?.n ?? 0) + 1, p: r.place });
    let best: { n: number; p: PlaceMention } | null = null;
    for (const v of tally.values()) if (!best || v.n >= best.n) best = v;
    return best?.p ?? null;
  }
  // "the camp": the camp the story is about — the one named most so far — when several were named
  const salience = new Map<string, number>();
  for (let i = 0; i < view.index; i++)
    for (const p of views[i].places) if (p.kind === "facility" && p.name.toLowerCase().includes(noun)) salience.set(p.name, (salience.get(p.name) ?? 0) + 1);
  for (let i = view.index - 1; i >= 0 && i >= view.index - 5; i--) {
    const ps = views[i].places.filter((p) => (wantCity ? p.kind === "city" || p.kind === "admin2" : p.kind === "facility"));
    const named = ps.filter((p) => p.name.toLowerCase().includes(noun));
    let pick = named.length ? named[named.length - 1] : ps[ps.length - 1];
    if (pick && named.length) {
      const top = [...salience.entries()].sort((a, b) => b[1] - a[1]);
      if (top.length > 1 && top[0][1] > top[1][1] && top[0][0] !== pick.name && (salience.get(pick.name) ?? 0) < top[0][1]) {
        for (let j = i; j >= 0; j--) {
          const hit = views[j].places.find((p) => p.name === top[0][0]);
          if (hit) {
            pick = hit;
            break;
          }
        }
      }
    }
    if (pick) return pick;
  }
  // "the facility" when no facility has a name: the town it stands in ("the city's main prison")
  for (let i = view.index - 1; i >= 0 && i >= view.index - 3; i--) {
    const ps = views[i].places.filter((p) => p.kind === "city" || p.kind === "admin2");
    if (ps.length) return ps[ps.length - 1];
  }
  return null;
}

/** A state standing for its country: a country, a demonym, or a capital used for its government ("Kabul has received"). */
function stateAt(view: SentenceView, first: number, last: number): PlaceDetail | null {
  for (const p of view.places) {
    const [a, b] = tokenRange(view, p);
    if (a < first || b > last) continue;
    if (p.kind === "country" || p.kind === "demonym") return { name: countryName(p.country), country: p.country, lat: null, lon: null };
    if (view.actors.some((x) => x.kind === "state" && x.start <= p.start && p.end <= x.end))
      return { name: countryName(p.country), country: p.country, lat: null, lon: null };
  }
  return null;
}

/** A verb of arrival governs the phrase ("received at", "arrived in"). */
function arrivalBefore(view: SentenceView, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    if (view.tokens[k].kind === "punct") return false;
    if (ARRIVAL_VERBS.has(view.lemmas[k]) && view.lowers[k] !== view.lemmas[k]) return true;
  }
  return false;
}

/** "Iraq now has N ... who were moved": a state that is the subject of a verb of keeping before the relative clause. */
function keeperBefore(view: SentenceView, trigger: number): RoledPlace | null {
  for (const r of roledPlaces(view)) {
    if (r.first >= trigger || r.role !== "other" || r.place.kind !== "country") continue;
    for (let k = r.last + 1; k < trigger && k <= r.last + 3; k++) {
      if (KEEPING_VERBS.has(view.lemmas[k]) && view.lowers[k] !== view.lemmas[k]) return r;
      if (!isAdverb(view.lowers[k]) && view.lowers[k] !== "now" && !AUX.has(view.lowers[k])) break;
    }
  }
  return null;
}

/** Token index of "in exchange for" / "in return (for)" in the sentence, or -1. */
function swapBoundary(view: SentenceView): number {
  for (let k = 0; k + 1 < view.tokens.length; k++)
    if (
      view.lowers[k] === "in" &&
      (view.lowers[k + 1] === "exchange" || view.lowers[k + 1] === "return") &&
      (view.lowers[k + 2] === "for" || view.lowers[k + 1] === "return")
    )
      return k;
  return -1;
}

/** A relative pronoun opens the clause the token sits in ("who had fled into Iraq"). */
function relativeBefore(view: SentenceView, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    if (view.tokens[k].kind === "punct") return false;
    if (view.lowers[k] === "who" || view.lowers[k] === "which" || view.lowers[k] === "that") return true;
  }
  return false;
}

/** The country of the agent phrase ("Mali's defence ministry", "Turkish authorities", "Kenya"), or null. */
function agentState(view: SentenceView, c: Candidate): PlaceDetail | null {
  // "Tehran says it has sent 500 fighters back": a verb with a particle still has its subject before it
  const head = agentOf(view, c.trigger) ?? (c.trigger.reading === "verb" && !c.trigger.passive ? headBefore(view, c.trigger.first - 1) : null);
  if (!head) return null;
  // "the ministry said it had freed ...": the pronoun is the speaker
  if (["it", "they"].includes(view.lowers[head.index])) {
    const a = view.attributions.filter((x) => x.end <= view.tokens[head.index].start).pop();
    // "Iraq took in 2,000 soldiers ... On Sunday it handed them back": the state that was the subject before
    if (!a) return view.lowers[head.index] === "it" && !view.places.some((p) => p.end <= view.tokens[head.index].start) ? previousSubjectState(view) : null;
    const [f, l] = tokenRange(view, a);
    return stateAt(view, f, l) ?? actorState(view, f, l);
  }
  // "the country has received": the country last named before
  if (view.lemmas[head.index] === "country" && ANAPHORIC_DETERMINERS.has(view.lowers[head.index - 1] ?? "")) {
    const views = view.info.views;
    for (let i = view.index; i >= 0 && i >= view.index - 4; i--) {
      const ps = views[i].places.filter((p) => p.kind === "country" && (i < view.index || p.end <= view.tokens[head.index].start));
      if (ps.length) return { name: countryName(ps[ps.length - 1].country), country: ps[ps.length - 1].country, lat: null, lon: null };
    }
    return null;
  }
  let first = head.index;
  for (let k = head.index - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const tok = view.tokens[k];
    if (tok.kind === "punct" && tok.text !== "'" && tok.text !== "’") break;
    if (DETERMINERS_AND_PREPOSITIONS.has(view.lowers[k])) break;
    first = k;
  }
  return stateAt(view, first, head.index) ?? actorState(view, first, head.index);
}

/** The state that is the grammatical subject of the previous sentence in the paragraph ("Iraq took in ..."), or null. */
function previousSubjectState(view: SentenceView): PlaceDetail | null {
  const prev = view.info.views[view.index - 1];
  if (!prev || prev.sentence.paragraph !== view.sentence.paragraph) return null;
  for (const r of roledPlaces(prev)) {
    if (r.role !== "other" || r.place.kind !== "country" || prev.tokens[r.last + 1]?.kind !== "word") continue;
    // the subject stands before the first verb: only adverbials ("On Monday,") may precede it
    for (let k = 0; k < r.first; k++) if (PREPOSITIONS.has(prev.lowers[k]) && k > 0 && prev.tokens[k - 1].kind === "word") return null;
    return { name: countryName(r.place.country), country: r.place.country, lat: null, lon: null };
  }
  return null;
}

/** The home country of a named actor in the token range ("the Houthis" → Yemen). */
function actorState(view: SentenceView, first: number, last: number): PlaceDetail | null {
  for (const a of view.actors) {
    const [f, l] = tokenRange(view, a);
    if (f < first || l > last || !a.country || a.kind === "media" || a.kind === "person") continue;
    return { name: countryName(a.country), country: a.country, lat: null, lon: null };
  }
  return null;
}

/** "urged Belgium to take back ...": the trigger is what another party is asked to do. */
function urged(view: SentenceView, t: { first: number }): boolean {
  for (let k = t.first - 1; k >= 0 && k >= t.first - 10; k--) if (URGING_VERBS.has(view.lemmas[k]) && view.lowers[k] !== view.lemmas[k]) return true;
  return false;
}

/** "from the camp", "out of the facility" after the trigger in its clause: the facility named before. */
function definiteSourceAfter(view: SentenceView, t: { first: number; last: number }): PlaceMention | null {
  const end = clauseEnd(view, t.last);
  for (let k = t.last + 1; k <= end && k <= t.last + 10; k++) {
    // "the 5,000 Iraqis still in the camp": where the people are is where they leave
    const where =
      view.lowers[k] === "in" &&
      (view.lowers[k - 1] === "still" || view.lowers[k - 1] === "remaining" || isPersonNoun(view.lemmas[k - 1] ?? "", view.lowers[k - 1]));
    if (view.lowers[k] !== "from" && view.lowers[k] !== "of" && !where) continue;
    if (view.lowers[k] === "of" && view.lowers[k - 1] !== "out") continue;
    const noun = definiteFacilityAfter(view, k, view.lowers[k]);
    if (!noun) continue;
    return antecedentPlace(view, noun, view.tokens[k].start);
  }
  return null;
}

/** Words before the people's noun that say they are not the agent's own ("foreign nationals"). */
/** "iraqis" → IQ, "afghans" → AF: plural nationality nouns. */
const DEMONYM_PLURAL_COUNTRY: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) =>
    c.demonyms.filter((d) => !/(?:sh|ch|ese|s)$/.test(d) && !d.includes(" ")).map((d) => [d.toLowerCase() + "s", c.iso2] as [string, string]),
  ),
);

/**
 * The nationality of the people a repatriation carries, from a demonym in the
 * subject phrase ("22 Indian fishermen", "the 34 Australian women"), or
 * "foreign" / "its own citizens" in it. Returns the country code, "foreign",
 * "own", or null.
 */
function subjectNationality(view: SentenceView, c: Candidate): string | null {
  const head = c.subjectHead;
  if (!head) return null;
  const lo = c.trigger.passive ? 0 : c.trigger.last + 1;
  const hi = c.trigger.passive ? c.trigger.first - 1 : Math.min(view.tokens.length - 1, c.trigger.last + 14);
  for (let k = lo; k <= hi; k++) {
    if (view.lemmas[k] !== head) continue;
    // "5,000 Iraqis": the head itself names the nationality
    const own = view.places.find((p) => p.kind === "demonym" && p.start <= view.tokens[k].start && view.tokens[k].end <= p.end);
    if (own) return own.country;
    const plural = DEMONYM_PLURAL_COUNTRY.get(view.lowers[k]);
    if (plural) return plural;
    for (let j = k - 1; j >= lo && j >= k - 4; j--) {
      if (view.tokens[j].kind !== "word") break;
      if (FOREIGN_WORDS.has(view.lowers[j])) return "foreign";
      if (OWN_POSSESSIVES.has(view.lowers[j])) return "own";
      const dem = view.places.find((p) => p.kind === "demonym" && p.start <= view.tokens[j].start && view.tokens[j].end <= p.end);
      if (dem) return dem.country;
    }
    return null;
  }
  return null;
}

/**
 * A repatriation takes people to their own country. "Senegal repatriated 15
 * Gambian fishermen" sends Gambians home from Senegal; "Kazakhstan flew 38 of
 * its citizens home" brings them to Kazakhstan; a state that deports or hands
 * over people sends them from its own soil.
 */
function homeward(view: SentenceView, c: Candidate, subjectState: PlaceDetail | null, explicitTo: boolean): void {
  const t = c.trigger;
  const nat = subjectNationality(view, c);
  // people repatriated go to their own country: "India is to send back 14 Pakistani prisoners" goes to Pakistan,
  // whatever state stands before the verb (which is then where they leave), unless a "to X" phrase says otherwise
  if (nat && nat.length === 2 && c.destination && !explicitTo && c.destination.country !== nat) {
    if (!c.origin) c.origin = c.destination;
    c.destination = null;
  }
  if (nat && nat.length === 2 && !c.destination) c.destination = { name: countryName(nat), country: nat, lat: null, lon: null };
  if (t.passive || t.reading === "noun" || urged(view, t)) return;
  // "a joint Dutch-Belgian mission brought back ...": several states acting together take their people home
  if (nat !== "foreign") {
    const joint = jointAgents(view, t.first);
    if (joint.length >= 2 && (!c.destination || (typeof c.destination.country === "string" && joint.includes(c.destination.country)))) {
      c.destination = { name: joint.map((k) => countryName(k)).join(" and "), country: joint, lat: null, lon: null };
      return;
    }
  }
  const state = agentState(view, c) ?? subjectState;
  if (!state) return;
  const lemma = view.lemmas[t.first];
  const sends = SENDING_VERBS.has(lemma) || nat === "foreign" || (nat != null && nat.length === 2 && nat !== state.country);
  if (sends) {
    if (c.destination?.country === state.country && !c.origin) {
      c.destination = nat && nat.length === 2 && nat !== state.country ? { name: countryName(nat), country: nat, lat: null, lon: null } : null;
    }
    if (!c.origin && c.destination?.country !== state.country) c.origin = state;
  } else if (!c.destination && c.origin?.country !== state.country) c.destination = state;
}

/** The countries of a joint agent before the trigger in its clause ("a joint Dutch-Belgian mission"), or []. */
function jointAgents(view: SentenceView, before: number): string[] {
  const clause = view.clause[before];
  for (let k = before - 1; k >= 0 && k >= before - 10 && view.clause[k] === clause; k--) {
    if (!STATE_BODIES.has(view.lemmas[k]) && !STATE_BODIES.has(view.lowers[k])) continue;
    const out: string[] = [];
    for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
      const tok = view.tokens[j];
      // "Dutch-Belgian" may be one token holding two names
      const ps = view.places.filter((x) => (x.kind === "country" || x.kind === "demonym") && x.start < tok.end && tok.start < x.end);
      if (ps.length) {
        for (const p of ps.reverse()) if (!out.includes(p.country)) out.unshift(p.country);
        continue;
      }
      if (tok.text === "-" || view.lowers[j] === "and" || view.lowers[j] === "joint" || tok.text === ",") continue;
      break;
    }
    return out;
  }
  return [];
}

/**
 * "arrested and deported thousands back to Syria": a "to X" phrase after a verb
 * of conveying joined to the trigger is where that verb took the people, not
 * where the trigger's one-place event happened.
 */
function conveyedTo(view: SentenceView, after: number, r: RoledPlace): boolean {
  if (r.role !== "to" || r.first <= after) return false;
  for (let k = after + 1; k < r.first; k++) {
    if (!CONVEYING_VERBS.has(view.lemmas[k])) continue;
    let j = k - 1;
    while (j > after && isAdverb(view.lowers[j])) j--;
    if (view.lowers[j] === "and" || view.lowers[j] === "then" || view.lowers[j] === "or") return true;
  }
  return false;
}

export const placesSlot: SlotFiller = {
  name: "slot/places",
  fill(c: Candidate, _ctx: Context) {
    const view = c.view;
    const t = c.trigger;
    const all = roledPlaces(view);
    const clause = view.clause[t.first];
    // places in the trigger's clause first; the whole sentence when that has none
    // "flew 38 of its nationals, mostly minors, home from X": an apposition on the people may stand between
    // "handed 45 suspects, held in X, over to Iraqi authorities": the particle's "to" phrase belongs to the verb
    const particleTo = (r: RoledPlace) =>
      r.role === "to" && [r.first - 1, r.first - 2].some((j) => view.lowers[j] === "to" && (view.lowers[j - 1] === "over" || view.lowers[j - 1] === "back"));
    const inClause = all.filter(
      (r) =>
        view.clause[r.first] === clause ||
        (r.first > t.last &&
          r.first - t.last <= (MOVEMENT_TYPES.has(c.type) && particleTo(r) ? 25 : r.role === "from" && MOVEMENT_TYPES.has(c.type) ? 16 : 12)),
    );
    // "..., who were received at a centre in X": where the movement ended may come clauses later in the sentence
    const later =
      MOVEMENT_TYPES.has(c.type) && !inClause.some((r) => r.role === "to")
        ? all.filter((r) => r.role === "to" && r.first > t.last && r.first - t.last <= 25 && !inClause.includes(r) && arrivalBefore(view, r.first))
        : [];
    // outside the clause: only places the sentence locates things at, or its subject ("Kobani, ..., is under siege"),
    // never a name used as a modifier ("a U.S. ally")
    const poolAll = inClause.length
      ? inClause
      : all.filter((r) => r.role === "in" || r.role === "held" || r.role === "from" || r.role === "to" || (r.role === "other" && !isPremodifier(view, r.last)));
    for (const r of later) if (!poolAll.includes(r)) poolAll.push(r);
    // "X is to free 30 ... in exchange for the release of 90 ... from Y's jails": each leg of a swap keeps its own places
    const swapAt = swapBoundary(view);
    const sameSide = (r: RoledPlace) => swapAt < 0 || r.first < 0 || r.first < swapAt === t.first < swapAt;
    const pool = poolAll.filter(sameSide);
    if (MOVEMENT_TYPES.has(c.type)) {
      let from = mostSpecific(
        pool.filter((r) => r.role === "from" && r.first > t.first - 12),
        t.first,
      );
      // "escaped from the penitentiary", "brought home 200 of its citizens from the camp": the facility named earlier
      if (!from) {
        const p = definiteSourceAfter(view, t);
        if (p) from = { place: p, role: "from", first: -1, last: -1 };
      }
      // "soldiers who had fled into Iraq were sent back to Syria": a relative clause on the subject tells where they were
      const inRelative = (r: RoledPlace) => r.last < t.first && relativeBefore(view, r.first);
      const to = mostSpecific(
        pool.filter((r) => r.role === "to" && !inRelative(r)),
        t.first,
      );
      let origin = from;
      if (!origin)
        origin = mostSpecific(
          all.filter((r) => r.role === "held" && sameSide(r)),
          t.first,
        );
      // "detainees in Hasakah were moved to Iraq", "fighters who had sheltered at a base in Kidal were flown to Niger":
      // where the people were, told before the verb, is where they left
      if (!origin && to && t.passive)
        origin = mostSpecific(
          pool.filter((r) => (r.role === "in" || (r.role === "to" && inRelative(r))) && r.last < t.first && r.first > 0),
          t.first,
        );
      let destination = to;
      // "Iraq has received/taken in 450": the receiving state is where they went
      if (!destination && (RECEIVING_VERBS.has(view.lemmas[t.first]) || c.type === "repatriation") && !t.passive && !urged(view, t)) {
        // a receiving state, never a camp or a town
        const subj = all.filter((r) => r.last < t.first && r.role === "other" && (r.place.kind === "country" || r.place.kind === "demonym"));
        if (subj.length) destination = subj[subj.length - 1];
      }
      // "Jordan now holds 800 fighters who were flown in from Syria": the keeper of people moved is where they went
      if (!destination && relativeBefore(view, t.first)) {
        const keeper = keeperBefore(view, t.first);
        if (keeper) destination = keeper;
      }
      if (origin) c.origin = detail(origin.place);
      if (destination) c.destination = detail(destination.place);
      // the agent's own state: "Iraq has received N" is where they went, "Turkish authorities deported N" where they left
      if (!t.passive && t.reading !== "noun" && (!c.origin || !c.destination) && !urged(view, t)) {
        const lemma = view.lemmas[t.first];
        const state = RECEIVING_VERBS.has(lemma) || SENDING_VERBS.has(lemma) ? agentState(view, c) : null;
        if (state) {
          if (RECEIVING_VERBS.has(lemma) && !c.destination && c.origin?.country !== state.country) c.destination = state;
          else if (SENDING_VERBS.has(lemma) && !c.origin && c.destination?.country !== state.country) c.origin = state;
        }
      }
      if (c.type === "repatriation") {
        // "Pakistan on Monday repatriated ...": the state named before the verb in its clause
        const subj = all.filter(
          (r) =>
            r.last < t.first &&
            r.role === "other" &&
            view.clause[r.first] === view.clause[t.first] &&
            (r.place.kind === "country" || r.place.kind === "demonym"),
        );
        homeward(
          view,
          c,
          subj.length ? { name: countryName(subj[subj.length - 1].place.country), country: subj[subj.length - 1].place.country, lat: null, lon: null } : null,
          !!to,
        );
      }
      if (c.type === "escape" || c.type === "release") {
        const loc =
          origin ??
          mostSpecific(
            pool.filter((r) => r.role === "in" || r.role === "held"),
            t.first,
          );
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
    // "holds 800 men who were flown in from Syria": a place in a relative clause after the trigger is that clause's
    const relativeAfter = (r: RoledPlace) => {
      for (let k = t.last + 1; k < r.first; k++) if (WH_WORDS.has(view.lowers[k]) && view.lowers[k] !== "where") return true;
      return false;
    };
    const candidates = pool.filter(
      (r) =>
        r.role !== "by" &&
        !(r.place.kind !== "demonym" && r.role === "other" && isPremodifier(view, r.last)) &&
        !(r.first > t.last && relativeAfter(r)) &&
        !conveyedTo(view, t.last, r),
    );
    let loc =
      mostSpecific(
        candidates.filter((r) => r.role === "in" || r.role === "held" || r.first > t.last),
        t.first,
      ) ?? mostSpecific(candidates, t.first);
    // "The town, long a rebel bastion, has been encircled": the passive's subject is the city named before
    if (
      t.passive &&
      ANAPHORIC_DETERMINERS.has(view.lowers[0] ?? "") &&
      LOCALITY_NOUNS.has(view.lemmas[1] ?? "") &&
      view.lemmas[1] !== "area" &&
      view.lemmas[1] !== "region"
    ) {
      const p = antecedentPlace(view, view.lemmas[1], view.tokens[0].start);
      if (p && (!loc || (SPECIFICITY[p.kind] ?? 0) > (SPECIFICITY[loc.place.kind] ?? 0))) loc = { place: p, role: "in", first: -1, last: -1 };
    }
    // "Jordan now holds 800 ...": the keeping state
    if (!loc && c.type === "holding") {
      const keeper = keeperBefore(view, t.first + 1);
      if (keeper && keeper.last < t.first) loc = keeper;
    }
    if (!loc) {
      // "seized the town's central jail", "the camp now holds": the place named earlier
      const k = definiteFacilityAfter(view, t.last + 1, null) ?? definiteFacilityBefore(view, t.first);
      const p = k ? antecedentPlace(view, k, view.tokens[t.first].start) : null;
      if (p) loc = { place: p, role: "in", first: -1, last: -1 };
    }
    if (loc) {
      c.location = detail(loc.place);
      c.tags.push("slot/places");
    } else if (c.type === "trial") {
      // courts try people in their own country: "an Iraqi court", "measures against those who harmed the Iraqi people"
      const demonymList = view.places.filter((pl) => pl.kind === "demonym");
      const ofCourt = demonymList.find((pl) => COURT_WORDS.has(view.lemmas[tokenRange(view, pl)[1] + 1] ?? ""));
      // "eight French nationals are due to appear": the defendants' nationality is not where the court sits
      const onDefendants = (pl: PlaceMention) => {
        const k = tokenRange(view, pl)[1] + 1;
        return c.subjectHead != null && view.lemmas[k] === c.subjectHead && isPersonNoun(view.lemmas[k] ?? "", view.lowers[k]);
      };
      const demonyms = [...new Set(demonymList.filter((pl) => !onDefendants(pl)).map((pl) => pl.country))];
      const country = ofCourt ? ofCourt.country : demonyms.length === 1 ? demonyms[0] : null;
      if (country) {
        c.location = { name: countryName(country), country, lat: null, lon: null };
        c.tags.push("slot/places");
      }
    }
  },
};

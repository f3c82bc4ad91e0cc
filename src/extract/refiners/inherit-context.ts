// Fills what the sentence leaves open from the document, conservatively: the
// dominant country for one-place events (and where an escape or release
// happened) when no place is named; the other end of a route another record
// of the same kind states; the parties of the story's equal swap for a swap
// told without places; the agent of the clause a participle hangs on; the
// dominant affiliation for subjects like "prisoners" or "fighters", and the
// side that held ground for a seized or attacked place.

import type { Context } from "../../context.js";
import { CUSTODY_NOUNS, FIGHTER_NOUNS } from "../../lexicon/subjects.js";
import { LOCAL_PLACE_KINDS, MOVEMENT_TYPES, type PlaceDetail } from "../../types.js";
import { countryName } from "../../lexicon/countries.js";
import { placeKind } from "../slots/places.js";
import { FACILITY_KIND_NOUNS } from "../../lexicon/facility-words.js";

import type { Candidate, Refiner } from "../types.js";
import { BOTH_SIDES_CUE } from "../../lexicon/force-words.js";

export const inheritContext: Refiner = {
  name: "refiner/inherit-context",
  refine(cands: Candidate[], _ctx: Context): Candidate[] {
    for (const c of cands) {
      const info = c.view.info;
      let used = false;
      // "... shelled the base, killing four soldiers": a participle clause shares the agent of the clause it hangs on
      if (!c.actor && /ing$/.test(c.view.lowers[c.trigger.first]) && c.view.lowers[c.trigger.first - 1] === ",") {
        const main = cands.find((o) => o !== c && o.actor && o.view.index === c.view.index && o.trigger.start < c.trigger.start);
        if (main) {
          c.actor = main.actor;
          used = true;
        }
      }
      if (c.inherited) {
        const before = [c.origin, c.destination, c.location].filter(Boolean).length;
        if (MOVEMENT_TYPES.has(c.type)) {
          c.origin ??= c.inherited.origin;
          c.destination ??= c.inherited.destination;
        } else c.location ??= c.inherited.location;
        if ([c.origin, c.destination, c.location].filter(Boolean).length > before) used = true;
      }
      // a narrative keeps its place: the previous sentence of the paragraph names where this happens
      if (!MOVEMENT_TYPES.has(c.type) && !c.location) {
        const prev = info.views[c.view.index - 1];
        if (prev && prev.sentence.paragraph === c.view.sentence.paragraph && !prev.sentence.isHeadline) {
          const named = prev.places.filter((p) => p.kind !== "demonym" && p.kind !== "country");
          if (named.length) {
            const p = named[named.length - 1];
            c.location = { name: p.name, country: p.country, lat: p.lat, lon: p.lon, admin1: p.admin1 };
            used = true;
          }
        }
      }
      // "43 inmates escaped during the assault", "two guards were killed": the people of an attack escaped or died
      // where it happened; the attack told just before gives the place
      if ((c.type === "escape" || c.type === "killing") && !c.location && !c.origin) {
        const attack = cands
          .filter(
            (o) =>
              (o.type === "attack" || o.type === "takeover") &&
              o.location &&
              LOCAL_PLACE_KINDS.has(placeKind(o.location) ?? "") &&
              o.sentences[0] <= c.view.index &&
              c.view.index - o.sentences[0] <= 6,
          )
          .sort((a, b) => b.sentences[0] - a.sentences[0])[0];
        if (attack && attack.location) {
          c.location = { ...attack.location };
          if (c.type === "escape") c.origin = { ...attack.location };
          used = true;
        }
      }
      // "826 prisoners fled from the jail", "attackers stormed the prison": the prison of that kind the story is about
      if (!c.location && !(MOVEMENT_TYPES.has(c.type) && (c.origin || c.destination)) && FACILITY_TYPES.has(c.type)) {
        const noun = definiteFacility(c);
        const f = noun ? storyFacility(cands, noun) : null;
        if (f) {
          c.location = { ...f };
          if (c.type === "escape" || c.type === "release") c.origin ??= { ...f };
          used = true;
        }
      }
      // "the escape of all 518 inmates": a jailbreak told without its prison happened at the one the story is about
      if (!c.location && !c.origin && !c.destination && JAILBREAK_TYPES.has(c.type) && info.custodyTopic) {
        const f = facilityBefore(c, 3) ?? storyFacility(cands, null);
        if (f) {
          c.location = { ...f };
          if (c.type === "escape") c.origin = { ...f };
          used = true;
        }
      }
      const country = info.dominantCountry;
      // a movement to another country, told in a document about one country, started there
      if (
        country &&
        MOVEMENT_TYPES.has(c.type) &&
        !c.origin &&
        c.destination &&
        c.destination.country !== country &&
        !(Array.isArray(c.destination.country) && c.destination.country.includes(country))
      ) {
        c.origin = { name: countryName(country), country, lat: null, lon: null };
        used = true;
      }
      // "called on other states to repatriate their nationals": a demand to bring people home from where the story is
      if (country && c.type === "repatriation" && c.status === "planned" && !c.origin && (!c.destination || c.destination.country !== country)) {
        c.origin = { name: countryName(country), country, lat: null, lon: null };
        used = true;
      }
      // "more than 12,000 Afghans were detained" in a report of deportations to Afghanistan: people are
      // arrested and held where the deportations start, not in the country the report names most (their home)
      const scene = c.type === "arrest" || c.type === "holding" ? deportingState(cands, info.frame ?? null) : null;
      if (scene && !c.location) {
        c.location = { name: countryName(scene), country: scene, lat: null, lon: null };
        used = true;
      }
      if (country && !c.origin && !c.destination && !c.location) {
        const place = { name: countryName(country), country, lat: null, lon: null };
        if (!MOVEMENT_TYPES.has(c.type)) {
          c.location = place;
          used = true;
        } else if (c.type === "escape" || c.type === "release") {
          c.location = place;
          c.origin = { ...place };
          used = true;
        }
      }
      // a seized or attacked place belonged to the side the story says holds ground and prisons
      // the document's route: another record of the same kind that shares the one end this record names gives the other end
      if (MOVEMENT_TYPES.has(c.type) && !c.origin !== !c.destination) {
        const known = c.origin ?? c.destination!;
        const side = c.origin ? "origin" : "destination";
        const other = side === "origin" ? "destination" : "origin";
        const knownSet = ([] as string[]).concat(known.country ?? []);
        // the other end's countries, less the known end's ("Armenia received ..." in a swap between Armenia and Azerbaijan)
        const rest = (o: Candidate) => ([] as string[]).concat(o[other]?.country ?? []).filter((k) => !knownSet.includes(k));
        const route = cands
          .filter((o) => o !== c && o.type === c.type && o.origin && o.destination && sameCountry(o[side], known) && rest(o).length === 1)
          .sort((a, b) => Math.abs(a.sentences[0] - c.sentences[0]) - Math.abs(b.sentences[0] - c.sentences[0]))[0];
        if (route) {
          const k = rest(route)[0];
          c[other] = { name: countryName(k), country: k, lat: null, lon: null };
          used = true;
        }
      }
      // "Ukraine returned 103 of its people": one leg of a swap told with one end came from, or went to,
      // the other of the two states the story is about
      if (c.type === "exchange" && !c.origin !== !c.destination) {
        const known = ([] as string[]).concat((c.origin ?? c.destination)!.country ?? []);
        const two = known.length === 1 ? topCountries(c, 2) : [];
        if (two.length === 2 && two.includes(known[0])) {
          const k = two.find((x) => x !== known[0])!;
          const place = { name: countryName(k), country: k, lat: null, lon: null };
          if (c.origin) c.destination = place;
          else c.origin = place;
          used = true;
        }
      }
      // "another round of swaps": an exchange told without places is between the parties of the story's equal swap
      if (c.type === "exchange" && !c.origin && !c.destination) {
        const swap = cands.find((o) => o !== c && o.type === "exchange" && Array.isArray(o.origin?.country) && (o.origin!.country as string[]).length >= 2);
        if (swap) {
          c.origin = { ...swap.origin!, country: [...(swap.origin!.country as string[])] };
          c.destination = { ...swap.destination!, country: [...([] as string[]).concat(swap.destination!.country ?? [])] };
          used = true;
        }
      }
      // "the two sides swapped ...", "both countries freed ...": the two states the story is about
      if (c.type === "exchange" && !c.origin && !c.destination && BOTH_SIDES_CUE.test(c.view.sentence.text)) {
        const two = topCountries(c, 2);
        if (two.length === 2) {
          const name = two.map((k) => countryName(k)).join(" and ");
          c.origin = { name, country: two, lat: null, lon: null };
          c.destination = { name, country: [...two], lat: null, lon: null };
          used = true;
        }
      }
      // "more detainees will be moved next month": a movement told with no place, in a story whose
      // other records of its kind all follow one route, follows that route
      if (MOVEMENT_TYPES.has(c.type) && c.type !== "exchange" && !c.origin && !c.destination && !c.location) {
        const routes = cands.filter((o) => o !== c && o.type === c.type && o.origin && o.destination);
        const key = (o: Candidate) =>
          `${([] as string[]).concat(o.origin!.country ?? []).join("+")}>${([] as string[]).concat(o.destination!.country ?? []).join("+")}`;
        if (routes.length && new Set(routes.map(key)).size === 1 && !key(routes[0]).startsWith(">") && !key(routes[0]).endsWith(">")) {
          const [from, to] = [routes[0].origin!, routes[0].destination!];
          c.origin = { name: countryName(([] as string[]).concat(from.country ?? [])[0]), country: from.country, lat: null, lon: null };
          c.destination = { name: countryName(([] as string[]).concat(to.country ?? [])[0]), country: to.country, lat: null, lon: null };
          used = true;
        }
      }
      if (!c.group && info.dominantHolder && (c.type === "takeover" || c.type === "attack") && c.actor !== info.dominantHolder) {
        c.group = info.dominantHolder;
        used = true;
      }
      if (!c.group && info.dominantGroup) {
        const head = c.subjectHead;
        if (
          head == null
            ? c.type !== "agreement" && c.type !== "takeover" && c.type !== "attack" && info.custodyTopic
            : CUSTODY_NOUNS.has(head) || FIGHTER_NOUNS.has(head)
        ) {
          c.group = info.dominantGroup;
          used = true;
        }
      }
      if (used) c.tags.push("refiner/inherit-context");
    }
    return cands;
  },
};

/** Events that happen at a prison or a camp when the sentence says "the jail", "the camp". */
const FACILITY_TYPES = new Set(["escape", "release", "attack", "takeover", "arrest", "killing", "holding"]);

/** "the jail", "this prison": the kind noun of a definite facility in the candidate's sentence, or null. */
function definiteFacility(c: Candidate): string | null {
  const v = c.view;
  for (let k = 1; k < v.tokens.length; k++)
    if (FACILITY_KIND_NOUNS.has(v.lemmas[k]) && (v.lowers[k - 1] === "the" || v.lowers[k - 1] === "this" || v.lowers[k - 1] === "that")) return v.lemmas[k];
  return null;
}

/** The facility named last before the candidate's trigger, in its sentence or the `back` sentences before it. */
function facilityBefore(c: Candidate, back: number): PlaceDetail | null {
  const views = c.view.info.views;
  for (let i = c.view.index; i >= 0 && i >= c.view.index - back; i--) {
    const here = views[i].places.filter((p) => p.kind === "facility" && (i < c.view.index || p.end <= c.trigger.start));
    const p = here[here.length - 1];
    if (p) return { name: p.name, country: p.country, lat: p.lat, lon: p.lon, admin1: p.admin1 };
  }
  return null;
}

/** Events that happen at a prison or camp: where the story names one, it is theirs. */
const JAILBREAK_TYPES = new Set(["escape", "attack", "takeover"]);

/**
 * The facility of that kind ("jail": "Narsingdi District Jail"), or of any kind when `noun` is null, that the
 * document names most often, at least `min` times; none when two tie.
 */
function storyFacility(cands: Candidate[], noun: string | null, min = 1): PlaceDetail | null {
  const views = cands[0]?.view.info.views ?? [];
  const tally = new Map<string, { n: number; p: PlaceDetail }>();
  for (const v of views)
    for (const p of v.places) {
      if (p.kind !== "facility" || (noun && !p.name.toLowerCase().includes(noun))) continue;
      const t = tally.get(p.name) ?? { n: 0, p: { name: p.name, country: p.country, lat: p.lat, lon: p.lon, admin1: p.admin1 } };
      t.n++;
      tally.set(p.name, t);
    }
  const ranked = [...tally.values()].sort((a, b) => b.n - a.n);
  if (!ranked.length || ranked[0].n < min || (ranked.length > 1 && ranked[1].n >= ranked[0].n)) return null;
  return ranked[0].p;
}

/** The document's most mentioned countries up to the candidate's sentence (two and only two clear leaders). */
function topCountries(c: Candidate, n: number): string[] {
  const tally = new Map<string, number>();
  for (const v of c.view.info.views.slice(0, c.view.index + 1))
    for (const p of v.places) if (p.kind === "country" || p.kind === "demonym") tally.set(p.country, (tally.get(p.country) ?? 0) + 1);
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
  // a third country named as often as the second leaves the parties unclear
  if (ranked.length < n || (ranked.length > n && ranked[n][1] >= ranked[n - 1][1])) return [];
  return ranked.slice(0, n).map(([k]) => k);
}

function sameCountry(a: PlaceDetail | null, b: PlaceDetail | null): boolean {
  if (!a || !b || a.country == null || b.country == null) return false;
  const x = ([] as string[]).concat(a.country);
  const y = ([] as string[]).concat(b.country);
  return x.some((k) => y.includes(k));
}

/**
 * The state a deportation report's removals start from: in a report framed by
 * repatriations, the one origin country that its repatriation records name
 * (one country only, and never the country they go to).
 */
function deportingState(cands: Candidate[], frame: string | null): string | null {
  if (frame !== "repatriation") return null;
  const from = new Map<string, number>();
  const to = new Set<string>();
  for (const o of cands) {
    if (o.type !== "repatriation") continue;
    for (const k of ([] as string[]).concat(o.destination?.country ?? [])) to.add(k);
    const origin = o.origin?.country;
    if (typeof origin === "string") from.set(origin, (from.get(origin) ?? 0) + 1);
  }
  const states = [...from.keys()].filter((k) => !to.has(k));
  return states.length === 1 ? states[0] : null;
}

// The legs of a swap are exchanges: "X released three hostages ... and Y
// freed 183 prisoners in return" is an exchange (one record per direction
// when the figures differ), even though the text says "released".

import type { Context } from "../../context.js";
import { CUSTODY_NOUNS, DEMONYM_COUNTRY, FIGHTER_NOUNS, MIGRANT_NOUNS, REMAINS_NOUNS, SWAPPED_CAPTIVE_NOUNS } from "../../lexicon/subjects.js";
import { countryName } from "../../lexicon/countries.js";
import { peopleNationality } from "../nationality.js";
import type { Candidate, Refiner } from "../types.js";
import { DEPORTATION_WORDS, SWAP_CUE } from "../../lexicon/custody-verbs.js";

export const swapLegs: Refiner = {
  name: "refiner/swap-legs",
  refine(cands: Candidate[], ctx: Context): Candidate[] {
    if (!cands.length) return cands;
    // a document that reports a swap: its releases of captives are the swap's legs
    const swapDoc =
      cands.some((c) => (c.type === "exchange" || ((c.type === "release" || c.type === "transfer") && SWAP_CUE.test(c.view.sentence.text))) && !c.dropped) ||
      cands[0].view.info.views.some((v) => SWAP_CUE.test(v.sentence.text) && /\b(?:prisoners?|hostages?|detainees?|captives?|bodies)\b/i.test(v.sentence.text));
    for (const c of cands) {
      // "84 servicemen were returned": in a swap, captives going home are a leg too
      if (c.type !== "release" && c.type !== "transfer" && c.type !== "repatriation") continue;
      // "248 Russians", "our defenders": soldiers and nationals handed back are captives too
      const captives = SWAPPED_CAPTIVE_NOUNS.has(c.subjectHead ?? "") || REMAINS_NOUNS.has(c.subjectHead ?? "") || DEMONYM_COUNTRY.has(c.subjectHead ?? "");
      // a repatriation is a leg only when a swap is in view: its own sentence, or captives counted in a swap story
      // (a return still to come, with no swap in its sentence, is not a leg of the swap already told)
      if (c.type === "repatriation" && !SWAP_CUE.test(c.view.sentence.text) && !(swapDoc && captives && c.count && c.status !== "planned")) continue;
      if (!SWAP_CUE.test(c.view.sentence.text) && !(c.type === "transfer" && REMAINS_NOUNS.has(c.subjectHead ?? "")) && !(swapDoc && captives && c.count))
        continue;
      ctx.debug("refiner/swap-legs", () => `${c.type} s${c.view.index} "${c.trigger.text}" is a leg of a swap`);
      c.type = "exchange";
      c.tags.push("refiner/swap-legs");
      legPlaces(c);
    }
    return cands;
  },
};

/**
 * Where a leg goes: "Kyiv freed 40 Russian soldiers" sends Russians
 * home from Ukraine. The demonym on the captives names the destination; a
 * country acting as the releasing party names the origin.
 */
function legPlaces(c: Candidate): void {
  const v = c.view;
  const m = c.countMention;
  if (!c.destination && m) {
    const dem = v.places.find((p) => p.kind === "demonym" && p.start >= m.end && p.start - m.end <= 12);
    if (dem) c.destination = { name: countryName(dem.country), country: dem.country, lat: null, lon: null };
  }
  if (!c.origin) {
    const clauseStart = v.tokens.findIndex((_, k) => v.clause[k] === v.clause[c.trigger.first]);
    const from = v.tokens[Math.max(0, clauseStart)].start;
    const agent = v.places.filter((p) => p.kind === "country" && p.start >= from && p.end <= c.trigger.start).pop();
    if (agent && agent.country !== c.destination?.country) c.origin = { name: agent.name, country: agent.country, lat: agent.lat, lon: agent.lon };
  }
  if (c.location && !c.origin) c.origin = c.location;
  c.location = null;
}

const OWN_COUNTRY =
  /\b(?:their|its|his|her) (?:own )?(?:home )?(?:countries|country|homelands?|nations?)\b|\bcountries of origin\b|\bcountry of origin\b|\bhome countries\b/i;

/** "Lebanon deported 120 Syrians", "expelling Afghans to Afghanistan": people sent back to the country they are nationals of. */
function deportedToOwnCountry(c: Candidate): boolean {
  const v = c.view;
  if (!DEPORTATION_WORDS.has(v.lemmas[c.trigger.first]) && !DEPORTATION_WORDS.has(v.lowers[c.trigger.first])) return false;
  const own = peopleNationality(c) ?? c.view.info.dominantNationality;
  // "1,493 migrants were deported to Afghanistan": people not held for a crime (migrants, refugees, families) go home;
  // suspects and prisoners deported into another state's hands are transferred
  const civilian = !CUSTODY_NOUNS.has(c.subjectHead ?? "") && !FIGHTER_NOUNS.has(c.subjectHead ?? "");
  if (!own) return civilian && !!c.destination?.country && MIGRANT_NOUNS.has(c.subjectHead ?? "");
  if (!civilian && !peopleNationality(c)) return false;
  const dest = c.destination?.country;
  if (dest && dest !== own) return false; // into another state's hands: a transfer
  if (!dest) c.destination = { name: countryName(own), country: own, lat: null, lon: null };
  return true;
}

/** Deported or sent to their own country: a repatriation, not a transfer into another state's custody. */
export const deportationHome: Refiner = {
  name: "refiner/deportation-home",
  refine(cands: Candidate[], ctx: Context): Candidate[] {
    for (const c of cands) {
      if (c.type !== "transfer") continue;
      if (!OWN_COUNTRY.test(c.view.sentence.text) && !deportedToOwnCountry(c)) continue;
      ctx.debug("refiner/deportation-home", () => `transfer s${c.view.index} goes home: repatriation`);
      c.type = "repatriation";
      // the deporting state is where they leave from, not where they go
      if (c.destination && c.actor && c.destination.country && c.origin == null && c.actor.includes(c.destination.name)) {
        c.origin = c.destination;
        c.destination = null;
      }
      // "Lebanon deported 50 Syrians": the place the event is told at is where they were sent from
      if (!c.origin && c.location && c.location.country !== c.destination?.country) c.origin = c.location;
      if (c.origin) c.location = null;
      c.tags.push("refiner/deportation-home");
    }
    return cands;
  },
};

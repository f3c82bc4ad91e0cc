// The legs of a swap are exchanges: "X released three hostages ... and Y
// freed 183 prisoners in return" is an exchange (one record per direction
// when the figures differ), even though the text says "released".

import type { Context } from "../../context.js";
import { DEMONYM_COUNTRY } from "../../lexicon/subjects.js";
import { countryName } from "../slots/places.js";
import type { Candidate, Refiner } from "../types.js";

const SWAP_CUE = /\b(?:in return|in exchange|swap(?:s|ped|ping)?|exchanged?|exchanges)\b/i;
/** Bodies and remains handed between parties are swapped, not transferred. */
const CAPTIVES = new Set(["prisoner", "hostage", "detainee", "captive", "serviceman", "servicemen", "soldier", "pow", "woman", "child", "civilian"]);
const REMAINS = new Set(["body", "remains", "corpse"]);

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
      const captives = CAPTIVES.has(c.subjectHead ?? "") || REMAINS.has(c.subjectHead ?? "");
      // a repatriation is a leg only when a swap is in view: its own sentence, or captives counted in a swap story
      // (a return still to come, with no swap in its sentence, is not a leg of the swap already told)
      if (c.type === "repatriation" && !SWAP_CUE.test(c.view.sentence.text) && !(swapDoc && captives && c.count && c.status !== "planned")) continue;
      if (!SWAP_CUE.test(c.view.sentence.text) && !(c.type === "transfer" && REMAINS.has(c.subjectHead ?? "")) && !(swapDoc && captives && c.count)) continue;
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

const OWN_COUNTRY = /\b(?:their|its|his|her) (?:own )?(?:home )?(?:countries|country|homelands?|nations?)\b|\bcountries of origin\b|\bcountry of origin\b|\bhome countries\b/i;

const DEPORT = new Set(["deport", "deportation", "expel", "expulsion", "deported", "expelled"]);
/** "Lebanon deported 120 Syrians to Syria": a demonym on the people names the country they were sent to. */
function deportedToOwnCountry(c: Candidate): boolean {
  const v = c.view;
  if (!DEPORT.has(v.lemmas[c.trigger.first]) && !DEPORT.has(v.lowers[c.trigger.first])) return false;
  const dest = c.destination?.country;
  const m = c.countMention;
  if (!dest || !m) return false;
  if (v.places.some((p) => p.kind === "demonym" && p.country === dest && p.start >= m.start && p.start - m.end <= 12)) return true;
  // "120 Syrians", "40 Afghan migrants": the nationality word right after the count
  for (let k = 0; k < v.tokens.length; k++) {
    const tok = v.tokens[k];
    if (tok.start < m.start || tok.start - m.end > 12) continue;
    if (tok.capitalized && DEMONYM_COUNTRY.get(v.lowers[k]) === dest) return true;
  }
  return false;
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
      c.tags.push("refiner/deportation-home");
    }
    return cands;
  },
};

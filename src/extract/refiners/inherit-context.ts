// Fills what the sentence leaves open from the document, conservatively: the
// dominant country for one-place events (and where an escape or release
// happened) when no place is named; the dominant armed group for subjects
// like "prisoners" or "fighters" when none is named.

import type { Context } from "../../context.js";
import { CUSTODY_NOUNS, FIGHTER_NOUNS } from "../../lexicon/subjects.js";
import { MOVEMENT_TYPES } from "../../types.js";
import { countryName } from "../slots/places.js";
import type { Candidate, Refiner } from "../types.js";

export const inheritContext: Refiner = {
  name: "refiner/inherit-context",
  refine(cands: Candidate[], _ctx: Context): Candidate[] {
    for (const c of cands) {
      const info = c.view.info;
      let used = false;
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
      const country = info.dominantCountry;
      // a movement to another country, told in a document about one country, started there
      if (country && MOVEMENT_TYPES.has(c.type) && !c.origin && c.destination && c.destination.country !== country && c.type !== "repatriation") {
        c.origin = { name: countryName(country), country, lat: null, lon: null };
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
      if (!c.group && info.dominantGroup) {
        const head = c.subjectHead;
        if (head == null ? c.type !== "agreement" && c.type !== "takeover" && c.type !== "attack" && info.custodyTopic : CUSTODY_NOUNS.has(head) || FIGHTER_NOUNS.has(head)) {
          c.group = info.dominantGroup;
          used = true;
        }
      }
      if (used) c.tags.push("refiner/inherit-context");
    }
    return cands;
  },
};

// Where a repatriation goes and where it starts: people go home to the
// country they are nationals of ("Afghans crossed at Torkham" go to
// Afghanistan; the crossing is on the way), and they leave from another
// country, the one the story is told about, never from their own.

import type { Context } from "../../context.js";
import type { PlaceDetail } from "../../types.js";
import { peopleNationality } from "../nationality.js";
import { countryName } from "../../lexicon/countries.js";
import type { Candidate, Refiner } from "../types.js";

const countriesOf = (p: PlaceDetail | null): string[] => (p ? ([] as string[]).concat(p.country ?? []) : []);
const country = (iso: string): PlaceDetail => ({ name: countryName(iso), country: iso, lat: null, lon: null });

/** The country the document names most often as a country (not as a demonym), other than `not`. */
function storyCountryOtherThan(c: Candidate, not: string): string | null {
  const tally = new Map<string, number>();
  for (const v of c.view.info.views)
    for (const p of v.places) if (p.kind !== "demonym" && p.country !== not) tally.set(p.country, (tally.get(p.country) ?? 0) + 1);
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return null;
  return ranked[0][0];
}

export const repatriationRoute: Refiner = {
  name: "refiner/repatriation-route",
  refine(cands: Candidate[], ctx: Context): Candidate[] {
    for (const c of cands) {
      if (c.type !== "repatriation") continue;
      // a demand that other states take "their citizens" back names no one nationality: the story's is not theirs
      const home = peopleNationality(c) ?? (c.status === "planned" ? null : c.view.info.dominantNationality);
      let used = false;
      if (home) {
        const dest = countriesOf(c.destination);
        if (dest.length === 0) {
          c.destination = country(home);
          used = true;
        } else if (dest.length === 1 && dest[0] !== home && !countriesOf(c.origin).length) {
          // "crossed at the Torkham border crossing": a place on the way out, not the goal
          c.origin = c.destination;
          c.destination = country(home);
          used = true;
        }
      }
      const to = countriesOf(c.destination);
      if (to.length === 1 && (countriesOf(c.origin).length === 0 || countriesOf(c.origin).every((k) => k === to[0]))) {
        const from = storyCountryOtherThan(c, to[0]);
        c.origin = from ? country(from) : null;
        used = true;
      }
      if (used) {
        c.tags.push("refiner/repatriation-route");
        ctx.debug(
          "refiner/repatriation-route",
          () => `s${c.view.index}: ${countriesOf(c.origin).join("+") || "?"} -> ${countriesOf(c.destination).join("+") || "?"}`,
        );
      }
    }
    return cands;
  },
};

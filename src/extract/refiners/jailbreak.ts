// Inmates freed by the people who attacked their prison got out of custody
// against their keepers' will: an escape, not a release. "Gunmen blasted into
// the jail and freed 600 inmates", "an attack frees hundreds of prisoners".
// Freed by those who now hold the place (a government, rebels who took the
// city) is a release.

import type { Context } from "../../context.js";
import type { Candidate, Refiner } from "../types.js";
import { PRISON_ATTACKERS } from "../../lexicon/force-words.js";
import { BREAK_IN_WORDS } from "../../lexicon/event-words.js";

export const jailbreak: Refiner = {
  name: "refiner/jailbreak",
  refine(cands: Candidate[], ctx: Context): Candidate[] {
    for (const c of cands) {
      if (c.type !== "release" || c.status !== "occurred") continue;
      const v = c.view;
      const clause = v.clause[c.trigger.first];
      let byAttackers = false;
      for (let k = 0; k < v.tokens.length && !byAttackers; k++) {
        if (k >= c.trigger.first && k <= c.trigger.last) continue;
        const near = v.clause[k] === clause || Math.abs(k - c.trigger.first) <= 8;
        if (near && (PRISON_ATTACKERS.has(v.lemmas[k]) || (BREAK_IN_WORDS.has(v.lemmas[k]) && k < c.trigger.first))) byAttackers = true;
      }
      // the same sentence tells an attack on the place
      if (!byAttackers && cands.some((o) => o !== c && o.type === "attack" && o.view === v && !o.dropped)) byAttackers = true;
      if (!byAttackers) continue;
      ctx.debug("refiner/jailbreak", () => `release s${v.index} "${c.trigger.text}" by attackers: an escape`);
      c.type = "escape";
      // they got out of the prison; where it stands is the escape's origin, and it has no destination
      const at = c.origin ?? c.location ?? c.destination;
      c.origin = at ? { ...at } : null;
      c.location = at ? { ...at } : null;
      c.destination = null;
      c.tags.push("refiner/jailbreak");
    }
    return cands;
  },
};

// Group: the subject's affiliation, canonical. A group named on the people
// ("IS suspects", "members of X", "suspected of links to X") wins; a group
// that holds them ("held by the SDF", "SDF-run prisons") or carries the event
// out is never their affiliation. Any other group in the sentence counts only
// for people in custody or fighters. The document's dominant affiliation is
// filled in later (refiners/inherit-context) for bare nouns like "detainees".

import type { Context } from "../../context.js";
import { CUSTODY_NOUNS, FIGHTER_NOUNS } from "../../lexicon/subjects.js";
import { groupActs, groupRole } from "../view.js";
import type { Candidate, SlotFiller } from "../types.js";

export const groupSlot: SlotFiller = {
  name: "slot/group",
  fill(c: Candidate, _ctx: Context) {
    const v = c.view;
    // a force named on the people is theirs too ("Malian army soldiers")
    const groups = v.actors.filter(
      (a) => (a.kind === "group" || (a.kind === "force" && groupRole(v, a) === "affiliation")) && !(c.actor && c.actor.includes(a.canonical)),
    );
    if (!groups.length) return;
    // a seized or attacked place belongs to the side that held it ("previously run by the SDF")
    const place = c.type === "takeover" || c.type === "attack";
    const t = v.tokens[c.trigger.first];
    // distance from the subject when it is named, else from the trigger
    const subjAt = c.countMention ? c.countMention.start : t.start;
    let best = null;
    let bestScore = Infinity;
    const personal = c.subjectHead == null || CUSTODY_NOUNS.has(c.subjectHead) || FIGHTER_NOUNS.has(c.subjectHead);
    for (const g of groups) {
      const role = groupRole(v, g);
      if (place) {
        if (role === "affiliation") continue;
        const d = Math.abs(g.start - t.start);
        if (d < bestScore) {
          bestScore = d;
          best = g;
        }
        continue;
      }
      if (role === "holder") continue;
      const d = Math.min(Math.abs(g.start - subjAt), Math.abs(g.start - t.start));
      if (role === "other" && (!personal || d >= 200)) continue;
      // "inmates who fled after the militia lost control": a group acting in its own clause is not theirs
      if (role === "other" && groupActs(v, g)) continue;
      const score = d + (role === "affiliation" ? 0 : 1000);
      if (score < bestScore) {
        bestScore = score;
        best = g;
      }
    }
    if (best) {
      c.group = best.canonical;
      c.tags.push("slot/group");
    }
  },
};

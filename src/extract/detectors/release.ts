// Releases: people let out of custody (release, free, let go, set free).
// "released figures", "slipping free", "free and fair" are other senses.
// Inmates freed by their prison's attackers escaped: refiners/jailbreak.ts retypes them.
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";
import { PUBLISHED_THINGS } from "../../lexicon/event-words.js";
import { FREE_ADJECTIVE_VERBS } from "../../lexicon/motion-verbs.js";

export const releaseDetector = new TriggerDetector("release", (t) => {
  const v = t.view;
  const k = t.trigger.first;
  if (v.lemmas[k] === "free" && v.lowers[k] === "free" && k > 0 && (FREE_ADJECTIVE_VERBS.has(v.lowers[k - 1]) || FREE_ADJECTIVE_VERBS.has(v.lemmas[k - 1])))
    return false;
  if (t.theme && PUBLISHED_THINGS.has(t.theme.lemma)) return false;
  return !theme.isThing(t);
});

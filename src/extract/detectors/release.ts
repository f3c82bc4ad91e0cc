// Releases: people let out of custody (release, free, let go, set free).
// "released figures", "slipping free", "free and fair" are other senses.
// Inmates freed by their prison's attackers escaped: refiners/jailbreak.ts retypes them.
import { TriggerDetector } from "./base.js";
import { theme } from "./checks.js";

/** What gets published: "figures released by the ministry" is not a release of people. */
const PUBLISHED = new Set([
  "photo",
  "photograph",
  "image",
  "video",
  "footage",
  "statement",
  "report",
  "list",
  "data",
  "name",
  "figure",
  "number",
  "statistic",
  "estimate",
  "toll",
  "result",
  "finding",
  "recording",
  "message",
  "letter",
  "tape",
  "picture",
  "photograph",
  "map",
  "count",
  "tally",
  "account",
  "version",
  "transcript",
  "communique",
  "communiqué",
  "budget",
  "schedule",
  "timeline",
  "detail",
]);
/** Verbs after which "free" is an adjective: "slip free", "walk free", "break free". */
const FREE_ADJ = new Set([
  "slip",
  "slipping",
  "walk",
  "walking",
  "break",
  "breaking",
  "go",
  "going",
  "run",
  "running",
  "get",
  "getting",
  "remain",
  "stay",
  "be",
  "is",
  "are",
  "was",
  "were",
  "roam",
  "roaming",
  "wriggle",
  "shake",
  "broke",
  "went",
  "got",
  "ran",
  "walked",
  "slipped",
]);

export const releaseDetector = new TriggerDetector("release", (t) => {
  const v = t.view;
  const k = t.trigger.first;
  if (v.lemmas[k] === "free" && v.lowers[k] === "free" && k > 0 && (FREE_ADJ.has(v.lowers[k - 1]) || FREE_ADJ.has(v.lemmas[k - 1]))) return false;
  if (t.theme && PUBLISHED.has(t.theme.lemma)) return false;
  return !theme.isThing(t);
});

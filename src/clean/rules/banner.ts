// Site banners: "Breaking News" labels and "stay informed" boilerplate.
// An article sentence may say "the latest developments"; a banner carries a
// label in front of such words, or several of them at once.
import { lineRule, wordCount } from "../state.js";

const LABEL = /^[^\p{L}\p{N}]*(?:breaking(?: news)?|developing(?: story)?|live(?: updates)?|exclusive|just in|news alert)[^\p{L}\p{N}]*$/iu;
const LABEL_PREFIX = /^[^\p{L}\p{N}]*(?:breaking(?: news)?|developing(?: story)?|live(?: updates)?|news alert|just in)\s*[:–—-]/iu;
const CUES = [
  /\bstay (?:informed|tuned|updated)\b/i,
  /\b(?:comprehensive|live|full|continuing) coverage\b/i,
  /\blatest (?:developments|updates)\b/i,
  /\bthis (?:article|story|page) (?:covers|is (?:being )?updated|will be updated)\b/i,
  /\bfollow (?:us|our live coverage) (?:on|for)\b/i,
];

export const banner = lineRule(
  "clean/banner",
  (text) => {
    if (LABEL.test(text)) return true;
    if (wordCount(text) > 40) return false;
    const cues = CUES.filter((re) => re.test(text)).length;
    return cues >= 2 || (cues >= 1 && LABEL_PREFIX.test(text));
  },
  400,
);

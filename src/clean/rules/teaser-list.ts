// Teasers for other stories, as tabloids and aggregators print them under an
// article: a kicker in capitals ("TIME TRAVELLER", "'A NATIONAL TRAGEDY'"),
// the story's headline, sometimes a line of blurb, again and again. Three
// kickers each followed by a headline, a few lines apart, make a list; it
// runs from its first kicker to the last teaser's end (its blurb, when the
// page ends there). A capitalised subheading inside an article is followed
// by paragraphs, not by a headline and the next kicker.
import { type CleanRule, type CleanState, endsLikeSentence, wordCount } from "../state.js";

const MIN_TEASERS = 3;
/** Most lines from one kicker to the next (kicker, headline, blurb, a label). */
const MAX_GAP = 4;

/** A kicker: a few words, every letter a capital. */
function isKicker(text: string): boolean {
  if (text.length > 70 || /\p{Ll}/u.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && wordCount(text) <= 10 && text.length <= 70 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A headline: short, not all capitals, not a full sentence ending in a period. */
function isHeadline(text: string): boolean {
  const words = wordCount(text);
  return words >= 3 && words <= 20 && !isKicker(text) && !(endsLikeSentence(text) && /\.["”’]?$/.test(text));
}

/** A teaser's blurb (prose) or a label beside it ("Warning", "Video"). */
function isBlurbOrLabel(text: string): boolean {
  const words = wordCount(text);
  return words <= 2 || words >= 12 || (words >= 5 && endsLikeSentence(text));
}

export const teaserList: CleanRule = {
  name: "clean/teaser-list",
  apply(state: CleanState) {
    const lines = state.contentLines();
    const text = (k: number) => state.lines[lines[k]!]!.text.trim();
    const teasers: number[] = [];
    for (let k = 0; k + 1 < lines.length; k++) if (isKicker(text(k)) && isHeadline(text(k + 1))) teasers.push(k);
    /** Teaser a runs on into teaser b: between a's headline and b's kicker, only a blurb or a label (a list's items would be more headlines). */
    const runsOn = (a: number, b: number) => b - a <= MAX_GAP && Array.from({ length: b - a - 2 }, (_, j) => text(a + 2 + j)).every(isBlurbOrLabel);
    let from = 0;
    while (from < teasers.length) {
      let to = from;
      while (to + 1 < teasers.length && runsOn(teasers[to]!, teasers[to + 1]!)) to++;
      if (to - from + 1 >= MIN_TEASERS) {
        // the last teaser: its headline, and its blurb only where nothing follows it
        const last = teasers[to]! + 1;
        const end = lines.length - 1 - last <= 1 ? lines.length - 1 : last;
        for (let k = teasers[from]!; k <= end; k++) state.removeLine(lines[k]!, this.name);
      }
      from = to + 1;
    }
  },
};

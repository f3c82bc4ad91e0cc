// Lists of links to other articles: a heading ("Related:", "Read more",
// "More from Middle East", "See also", "Key events") and the headlines under
// it, quoted link lines ("> Headline", "» Headline"), and one-line links
// ("Related: Headline", "Also read: Headline"). Their headlines are other
// stories: left in, they read as events of this one.
import { endsLikeSentence, wordCount, type CleanRule, type CleanState } from "../state.js";

/** A heading that opens a list of links (the whole line, an optional colon). */
const HEADING =
  /^(?:related(?:\s+(?:articles?|stories|story|posts?|news|content|coverage|links?|reading|topics?))?|read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+(?:from|on|in|about)\b.{1,40}|more\s+(?:stories|news|coverage|headlines)|(?:key|latest|recent)\s+(?:events|updates|headlines|stories|posts)|recommended(?:\s+(?:for you|stories|articles|reading))?|you\s+(?:may|might)\s+also\s+(?:like|read|be interested in)|(?:most|top)\s+(?:read|viewed|popular|shared)(?:\s+(?:stories|articles|news))?|editor'?s\s+picks?|trending(?:\s+(?:now|stories))?)\s*:?$/i;

/** A link given on its own line with its label: "Related: Headline", "Also read - Headline". */
const INLINE_LINK = /^(?:related|read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+on\s+this|watch|listen)\s*(?::|[-–—»>|])\s*\S/i;

/** A quoted or arrowed link line: "> Headline", "» Headline", "›› Headline". */
const ARROW_LINK = /^(?:>{1,2}|»|›{1,2}|→)\s*\S/;

/** List-item marks before a headline: bullets, dashes, numbers, times of day ("07:10"). */
const ITEM_MARK = /^(?:[-–—•·*▪►▸]\s*|\d{1,2}[.)]\s+|\d{1,2}:\d{2}(?:\s*(?:am|pm|gmt|utc))?\s+)/i;

/** Longest headline taken for a link. */
const MAX_WORDS = 22;

/** A line that reads like a linked headline: short, and not a sentence unless marked as an item. */
function isItem(text: string): boolean {
  const words = wordCount(text);
  if (words === 0 || words > MAX_WORDS) return false;
  const mark = ITEM_MARK.exec(text);
  // a mark must carry a headline: "21:47 GMT" alone is a live blog's timestamp
  if (mark) return wordCount(text.slice(mark[0].length).replace(/^(?:am|pm|gmt|utc)\b/i, "")) >= 2;
  if (ARROW_LINK.test(text)) return true;
  return !endsLikeSentence(text) && words >= 2;
}

function nextContent(state: CleanState, i: number): number {
  let j = i + 1;
  while (j < state.lines.length && state.isBlank(j)) j++;
  return j;
}

export const relatedLinks: CleanRule = {
  name: "clean/related-links",
  apply(state) {
    for (let i = 0; i < state.lines.length; i++) {
      if (state.isBlank(i)) continue;
      const text = state.lines[i].text.trim();
      if (text.length > 240) continue;
      // a heading another rule took already ("Trending") still opens its list
      if (HEADING.test(text)) {
        // A heading opens a list only when a headline follows it.
        const first = nextContent(state, i);
        if (first >= state.lines.length || first - i > 2 || !state.isKept(first)) continue;
        const head = state.lines[first].text.trim();
        // right under the heading, or after a blank line when marked as an item
        if (!isItem(head) || (first - i === 2 && !ITEM_MARK.test(head) && !ARROW_LINK.test(head))) continue;
        state.removeLine(i, this.name);
        let j = i + 1;
        while (j < state.lines.length) {
          if (state.isBlank(j)) {
            // a blank line ends the list unless the next line is a marked item of it
            const k = nextContent(state, j);
            if (
              k < state.lines.length &&
              state.isKept(k) &&
              (ITEM_MARK.test(state.lines[k].text.trim()) || ARROW_LINK.test(state.lines[k].text.trim())) &&
              wordCount(state.lines[k].text) <= MAX_WORDS
            ) {
              j = k;
              continue;
            }
            break;
          }
          if (!state.isKept(j) || !isItem(state.lines[j].text.trim())) break;
          state.removeLine(j, this.name);
          j++;
        }
        i = j - 1;
        continue;
      }
      if (state.isKept(i) && wordCount(text) <= MAX_WORDS + 4 && (INLINE_LINK.test(text) || (ARROW_LINK.test(text) && !endsLikeSentence(text))))
        state.removeLine(i, this.name);
    }
  },
};

// Arabic lists of links to other articles and tag lists: a heading
// ("اقرأ أيضاً", "أخبار ذات صلة", "اخترنا لك", "الوسوم") and the headlines or
// tags under it, over blank lines and lines other rules took (a date, a
// section label); one-line links ("اقرأ أيضاً: ..."); and a run of three or
// more short bulleted lines with no sentence among them (a tag list). Their
// headlines are other stories: left in, they read as events of this one.
// Only on a page written in Arabic.
import { AR_LINK_LABELS, AR_RELATED_HEADINGS, AR_TAG_HEADINGS } from "../../lexicon/ar/page-chrome.js";
import { foldedSet, foldLine, isArabicPage } from "../arabic.js";
import { endsLikeSentence, wordCount, type CleanRule, type CleanState } from "../state.js";

const HEADINGS = foldedSet([...AR_RELATED_HEADINGS, ...AR_TAG_HEADINGS]);
const LINK_LABELS = [...foldedSet(AR_LINK_LABELS)].sort((a, b) => b.length - a.length);

/** Longest headline taken for a link. */
const MAX_WORDS = 22;
/** Words a paragraph of the article has at least. */
const PARAGRAPH_WORDS = 15;
const BULLET = /^[•·▪►▸*-]\s*\S/;

/** A line that reads like a linked headline or a tag: short, and not a sentence. */
function isItem(text: string): boolean {
  const words = wordCount(text);
  // a headline may ask a question ("... كيف ستدير ألمانيا الملفات؟")
  return words > 0 && words <= MAX_WORDS && !endsLikeSentence(text.replace(/[؟?!]+$/, ""));
}

/** A heading alone on its line, or "اقرأ أيضاً: headline". */
function isLinkLine(folded: string, text: string): boolean {
  return wordCount(text) <= MAX_WORDS + 4 && LINK_LABELS.some((l) => folded.startsWith(l) && /^\s*[:：\-–—»|]\s*\S/.test(folded.slice(l.length)));
}

/**
 * Removes the items under a heading at `heading`, over one blank line at a
 * time (none above the article's first paragraph, where the list cannot reach
 * past the headline); returns how many it removed.
 */
function removeList(state: CleanState, heading: number, rule: string, maxBlanks: number): number {
  let j = heading + 1;
  let blanks = 0;
  let items = 0;
  for (; j < state.lines.length; j++) {
    if (state.isBlank(j)) {
      if (++blanks > maxBlanks) break;
      continue;
    }
    blanks = 0;
    if (!state.isKept(j)) continue;
    const text = state.lines[j].text.trim();
    if (!isItem(text)) break;
    state.removeLine(j, rule);
    items++;
  }
  return items;
}

export const arabicRelated: CleanRule = {
  name: "clean/arabic-related",
  apply(state) {
    if (!isArabicPage(state)) return;
    let seenParagraph = false;
    for (let i = 0; i < state.lines.length; i++) {
      if (state.isBlank(i) || state.lines[i].text.length > 300) continue;
      const text = state.lines[i].text.trim();
      const words = wordCount(text);
      // headings and link lines are short: a paragraph is not folded
      const folded = words <= MAX_WORDS + 4 ? foldLine(text) : "";
      // a heading another rule took already still opens its list
      if (HEADINGS.has(folded)) {
        if (removeList(state, i, this.name, seenParagraph ? 1 : 0) > 0) state.removeLine(i, this.name);
        continue;
      }
      if (state.isKept(i) && words >= PARAGRAPH_WORDS && endsLikeSentence(text)) seenParagraph = true;
      if (!state.isKept(i)) continue;
      if (folded && isLinkLine(folded, text)) {
        state.removeLine(i, this.name);
        continue;
      }
      if (BULLET.test(text)) {
        let end = i;
        while (
          end < state.lines.length &&
          state.isKept(end) &&
          BULLET.test(state.lines[end].text.trim()) &&
          isItem(state.lines[end].text.trim()) &&
          wordCount(state.lines[end].text) <= 8
        )
          end++;
        if (end - i >= 3) for (let k = i; k < end; k++) state.removeLine(k, this.name);
        i = Math.max(i, end - 1);
      }
    }
  },
};

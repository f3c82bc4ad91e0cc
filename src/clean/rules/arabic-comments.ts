// Arabic reader-comment blocks: a heading ("التعليقات", "أضف تعليقاً",
// "3 تعليقات") after the article's text opens the comments and their form,
// which run to the end of the page. Only on a page written in Arabic, and
// only after a paragraph of the article (a menu label at the top opens
// nothing).
import { AR_COMMENT_HEADINGS } from "../../lexicon/ar/page-chrome.js";
import { foldedSet, foldLine, isArabicPage } from "../arabic.js";
import { endsLikeSentence, wordCount, type CleanRule } from "../state.js";

const HEADINGS = foldedSet(AR_COMMENT_HEADINGS);
/** "3 تعليقات", "التعليقات (3)". */
const COUNTED = /^(?:\d+\s+(.+)|(.+?)\s*\d+)$/;

function isHeading(line: string): boolean {
  const folded = line.replace(/[()]/g, "").trim();
  if (HEADINGS.has(folded)) return true;
  const m = COUNTED.exec(folded);
  return m !== null && HEADINGS.has((m[1] ?? m[2] ?? "").trim());
}

/** Words a paragraph of the article has at least. */
const PARAGRAPH_WORDS = 15;

export const arabicComments: CleanRule = {
  name: "clean/arabic-comments",
  apply(state) {
    if (!isArabicPage(state)) return;
    let seenParagraph = false;
    for (let i = 0; i < state.lines.length; i++) {
      if (!state.isKept(i) || state.isBlank(i)) continue;
      const text = state.lines[i].text.trim();
      if (!seenParagraph) {
        seenParagraph = wordCount(text) >= PARAGRAPH_WORDS && endsLikeSentence(text);
        continue;
      }
      if (text.length > 80 || !isHeading(foldLine(text))) continue;
      for (let k = i; k < state.lines.length; k++) state.removeLine(k, this.name);
      return;
    }
  },
};

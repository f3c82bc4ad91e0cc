// The header of an article read out of an HTML page, between the headline
// (its first line) and the first paragraph of prose: section labels
// ("Entertainment", "Opinion Columnist"), time stamps ("Updated Nov 19, 9:41
// AM; Posted Nov 18, 8:19 PM") and the author box's links ("View author
// archive", "email the author"). Plain text is left alone: there the lines
// above the story are read by the byline and dateline rules, and a short
// first line may be the story's own.
import { PAGE_HEAD_WIDGETS } from "../../lexicon/page-chrome.js";
import { MONTHS } from "../../lexicon/time-words.js";
import { type CleanRule, wordCount } from "../state.js";

/** A paragraph this long (in words, or characters for scripts written without spaces) is prose: the header ends there. */
const PROSE_WORDS = 12;
const PROSE_CHARS = 80;
/** A section label is this short at most, and has no digits or end punctuation. */
const LABEL_WORDS = 3;
const LABEL_CHARS = 30;
const STAMP = /^(?:last\s+)?(?:updated|posted|published|modified)\b\s*:?/i;
const MONTH = new RegExp(`\\b(?:${Object.keys(MONTHS).join("|")})\\b\\.?`, "gi");

/** "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM", "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.", "November 20": a time stamp, nothing else. */
function isStamp(text: string): boolean {
  if (!/\d/.test(text) || wordCount(text) > 16) return false;
  if (STAMP.test(text)) return true;
  // a month or a time of day, not a lone number
  MONTH.lastIndex = 0;
  if (!MONTH.test(text) && !/\d:\d\d/.test(text)) return false;
  MONTH.lastIndex = 0;
  // every word a month, a number, a time or a stamp word
  const rest = text
    .replace(MONTH, " ")
    .replace(/\b(?:updated|posted|published|at|on|[ap]\.?m\.?|gmt|utc|[a-z]{1,2}t|hst|et|pt)\b/gi, " ")
    .replace(/[\d:;,./|–—-]+/g, " ");
  return rest.trim() === "";
}

function isLabel(text: string): boolean {
  const words = wordCount(text);
  return words >= 1 && words <= LABEL_WORDS && text.length <= LABEL_CHARS && !/[\d.!?:;,"“”]/.test(text) && /^\p{Lu}/u.test(text);
}

export const pageHead: CleanRule = {
  name: "clean/page-head",
  apply(state) {
    if (!state.fromHtml) return;
    const lines = state.contentLines();
    // the first line is the headline; the header runs from there to the first prose paragraph
    for (const i of lines.slice(1)) {
      const text = state.lines[i]!.text.trim();
      const words = wordCount(text);
      if (words >= PROSE_WORDS || text.length >= PROSE_CHARS || (words >= 5 && /[.!?]["”’]?$/.test(text))) return;
      const bare = text.replace(/[^\p{L}\p{N}]+$/u, "").toLowerCase();
      if (PAGE_HEAD_WIDGETS.has(bare) || isStamp(text) || isLabel(text)) state.removeLine(i, this.name);
    }
  },
};

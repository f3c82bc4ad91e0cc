// The header of an article read out of an HTML page, between the headline
// (its first line) and the first paragraph of prose: section labels
// ("Entertainment", "Opinion Columnist"), time stamps ("Updated Nov 19, 9:41
// AM; Posted Nov 18, 8:19 PM") and the author box's links ("View author
// archive", "email the author"). A page that prints the headline again
// under the site's own top (its name, address, a classified-ads link) starts
// the article there: what lies above that copy goes with it. Plain text is
// left alone: there the lines above the story are read by the byline and
// dateline rules, and a short first line may be the story's own.
import { PAGE_HEAD_WIDGETS } from "../../lexicon/page-chrome.js";
import { MONTHS, WEEKDAYS } from "../../lexicon/time-words.js";
import { type CleanRule, type CleanState, wordCount } from "../state.js";

/** A paragraph this long (in words, or characters for scripts written without spaces) is prose: the header ends there. */
const PROSE_WORDS = 12;
const PROSE_CHARS = 80;
/** A section label is this short at most, and has no digits or end punctuation. */
const LABEL_WORDS = 3;
const LABEL_CHARS = 30;
const STAMP = /^(?:last\s+)?(?:updated|posted|published|modified)\b\s*:?/i;
const MONTH = new RegExp(`\\b(?:${Object.keys(MONTHS).join("|")})\\b\\.?`, "gi");
/** Words a stamp holds beside its month and numbers. */
const STAMP_WORDS = new RegExp(
  `\\b(?:${WEEKDAYS.join("|")}|today|yesterday|updated|posted|published|at|on|[ap]\\.?m\\.?|gmt|utc|[a-z]{1,2}t|hst|et|pt|est|cst|mst|pst|edt|cdt|mdt|pdt|bst|cet|cest)\\b\\.?`,
  "gi",
);

/** "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM", "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.", "November 20": a time stamp, nothing else. */
export function isStamp(line: string): boolean {
  if (!/\d/.test(line) || wordCount(line) > 16) return false;
  if (STAMP.test(line)) return true;
  // "2019Updated": a date run into the next stamp
  const text = line.replace(/(\d)(?=\p{L})/gu, "$1 ");
  // a month or a time of day, not a lone number
  MONTH.lastIndex = 0;
  if (!MONTH.test(text) && !/\d:\d\d/.test(text)) return false;
  MONTH.lastIndex = 0;
  // every word a month, a weekday, a number, a time or a stamp word
  const rest = text
    .replace(MONTH, " ")
    .replace(STAMP_WORDS, " ")
    .replace(/[\d:;,./|()–—-]+/g, " ");
  return rest.trim() === "";
}

function isProse(text: string): boolean {
  const words = wordCount(text);
  return words >= PROSE_WORDS || text.length >= PROSE_CHARS || (words >= 5 && /[.!?]["”’]?$/.test(text));
}

/** Lines searched for the headline's copy: a site's top (menus, links) can run to dozens of short lines. */
const COPY_WITHIN = 40;
const norm = (s: string) =>
  s
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toLowerCase();

/**
 * Index (in `lines`) of the headline printed again below the site's top,
 * before any prose (a web address counts as none); 0 when there is no copy.
 */
function headlineCopy(state: CleanState, lines: number[]): number {
  const headline = norm(state.lines[lines[0]!]!.text);
  for (let k = 1; k < Math.min(lines.length, COPY_WITHIN + 1); k++) {
    const text = state.lines[lines[k]!]!.text.trim();
    if (norm(text) === headline) return k;
    if (isProse(text) && !/^(?:https?:\/\/|www\.)\S+$/i.test(text)) return 0;
  }
  return 0;
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
    if (lines.length === 0) return;
    // the first line is the headline; the header runs from there to the first prose paragraph
    const copy = headlineCopy(state, lines);
    for (let k = 1; k <= copy; k++) state.removeLine(lines[k]!, this.name);
    for (const i of lines.slice(copy + 1)) {
      const text = state.lines[i]!.text.trim();
      // a stamp may end in "a.m." and so look like a sentence
      if (isStamp(text)) {
        state.removeLine(i, this.name);
        continue;
      }
      if (isProse(text)) return;
      const bare = text.replace(/[^\p{L}\p{N}]+$/u, "").toLowerCase();
      if (PAGE_HEAD_WIDGETS.has(bare) || isLabel(text)) state.removeLine(i, this.name);
    }
  },
};

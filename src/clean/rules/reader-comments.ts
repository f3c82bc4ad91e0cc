// Reader comments: a "6 Comments" heading and the block under it (numbered
// items, "Name on" lines, indented comment bodies), up to the first line
// that is none of these.
import type { CleanRule, CleanState } from "../state.js";

const NUMBER_WORDS = "no|one|two|three|four|five|six|seven|eight|nine|ten|\\d+";
const HEADING = new RegExp(
  `^(?:(?:${NUMBER_WORDS})\\s+(?:comments?|responses?|replies|thoughts(?:\\s+on\\b.*)?)|(?:reader\\s+)?comments(?:\\s*\\(\\d+\\))?|join the (?:conversation|discussion)|discussion)\\s*:?$`,
  "i",
);
const NUMBERED = /^\s*\d{1,3}[.)]\s+\S/;
const NAME_ON = /^\s*(?:\d{1,3}[.)]\s*)?[\p{Lu}][\p{L}.'’\- ]{1,60}?\s+(?:on|says|said|wrote|replied)\s*:?\s*(?:[\p{L}\d, :]{0,40})?$/u;
/** "Asad K. | 3 hours ago", "Musa T. - 2 hours ago": the commenter and when they wrote. */
const NAME_TIME = /^\s*[\p{Lu}][\p{L}\d.'’_\- ]{0,40}?\s*[|•·–—-]\s*(?:\d+|an?|one)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\s*$/iu;
/** "Dilan K.: Where is ...": a handle and a colon opening a short comment. */
const HANDLE_SAYS = /^\s*[\p{L}][\p{L}\d.'’_-]{0,24}(?:\s[\p{Lu}][\p{L}.'’-]{0,12}){0,2}:\s+\S.{0,280}$/u;
const COMMENT_CHROME = /^\s*(?:reply|like|report|share|\d+\s+(?:likes?|replies))\s*$|^\s*\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\s*$/i;

export const readerComments: CleanRule = {
  name: "clean/reader-comments",
  apply(state) {
    for (let i = 0; i < state.lines.length; i++) {
      if (!state.isKept(i) || !HEADING.test(state.lines[i].text.trim())) continue;
      i = removeBlock(state, i, this.name);
    }
  },
};

function removeBlock(state: CleanState, heading: number, rule: string): number {
  // Only a heading followed by something comment-shaped opens a block.
  let next = heading + 1;
  while (next < state.lines.length && state.isBlank(next)) next++;
  if (next >= state.lines.length || !isCommentLine(state.lines[next].text)) return heading;
  state.removeLine(heading, rule);
  let bodyExpected = false;
  let i = heading + 1;
  for (; i < state.lines.length; i++) {
    const text = state.lines[i].text;
    if (text.trim() === "") {
      state.removeLine(i, rule);
      continue;
    }
    const nameLine = NAME_ON.test(text) || NAME_TIME.test(text);
    if (nameLine || isCommentLine(text) || bodyExpected) {
      state.removeLine(i, rule);
      bodyExpected = nameLine;
      continue;
    }
    break;
  }
  return i - 1;
}

function isCommentLine(text: string): boolean {
  return (
    NUMBERED.test(text) || NAME_ON.test(text) || NAME_TIME.test(text) || HANDLE_SAYS.test(text) || /^(?: {2,}|\t)\S/.test(text) || COMMENT_CHROME.test(text)
  );
}

// A paragraph repeated verbatim: the first copy stays, later copies go.
import { wordCount, type CleanRule } from "../state.js";

const MIN_CHARS = 25;
const MIN_WORDS = 4;

export const repeatedParagraph: CleanRule = {
  name: "clean/repeated-paragraph",
  apply(state) {
    const seen = new Set<string>();
    for (const i of state.contentLines()) {
      const text = state.lines[i].text;
      if (text.length < MIN_CHARS) continue;
      const key = /\s\s|[\t\u00a0]/.test(text) ? text.replace(/[\s\u00a0]+/g, " ").trim() : text.trim();
      if (key.length < MIN_CHARS || wordCount(key) < MIN_WORDS) continue;
      if (seen.has(key)) state.removeLine(i, this.name);
      else seen.add(key);
    }
  },
};

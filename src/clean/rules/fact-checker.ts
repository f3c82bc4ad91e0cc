// Verification and rating widgets ("Fact Checker" and its one-line pitch).
import type { CleanRule } from "../state.js";

const WIDGET =
  /^(?:fact[- ]?check(?:er)?|verify this(?: article| story)?|rate this (?:article|story)|was this (?:article|story) helpful\??|how useful was this (?:post|article)\??)$/i;
const PITCH = /^(?:verify|check|rate|tell us|click|vote)\b/i;

export const factChecker: CleanRule = {
  name: "clean/fact-checker",
  apply(state) {
    for (let i = 0; i < state.lines.length; i++) {
      if (!state.isKept(i) || !WIDGET.test(state.lines[i].text.trim())) continue;
      state.removeLine(i, this.name);
      let j = i + 1;
      while (j < state.lines.length && state.isBlank(j)) j++;
      const next = state.lines[j]?.text.trim() ?? "";
      if (next && PITCH.test(next) && next.split(/\s+/).length <= 30) state.removeLine(j, this.name);
    }
  },
};

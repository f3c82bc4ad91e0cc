// A site's "today" bar at the very top ("• Thursday, 13 March 2025").
import { isTodayBar, headLines } from "../matchers.js";
import type { CleanRule } from "../state.js";

export const todayBar: CleanRule = {
  name: "clean/today-bar",
  apply(state) {
    for (const i of headLines(state.lines, 3)) if (isTodayBar(state.lines, i)) state.removeLine(i, this.name);
  },
};

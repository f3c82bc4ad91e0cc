// A fetcher's header lines above the page (" date 2026-02-02 403").
import { isCrawlerHeader, headLines } from "../matchers.js";
import type { CleanRule } from "../state.js";

export const crawlerHeader: CleanRule = {
  name: "clean/crawler-header",
  apply(state) {
    for (const i of headLines(state.lines, 3)) if (isCrawlerHeader(state.lines[i].text)) state.removeLine(i, this.name);
  },
};

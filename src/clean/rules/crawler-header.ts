// A fetcher's header lines above the page (" date 2026-02-02 403"), and the
// same header run into the page's first line (" date 2022-07-06 About 100 ...").
import { crawlerHeaderPrefix, headLines, isCrawlerHeader } from "../matchers.js";
import type { CleanRule } from "../state.js";

export const crawlerHeader: CleanRule = {
  name: "clean/crawler-header",
  apply(state) {
    for (const i of headLines(state.lines, 3)) {
      const line = state.lines[i];
      if (isCrawlerHeader(line.text)) state.removeLine(i, this.name);
      else {
        // the header run into the page's first line: only the header goes
        const n = crawlerHeaderPrefix(line.text);
        if (n) state.removeRange(line.start, line.start + n, this.name);
        break;
      }
    }
  },
};

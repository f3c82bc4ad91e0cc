// The publication date found in the text, when the source's metadata gave
// none. Each rule is a small unit; the first that finds a date wins, in the
// order below. The rules read the lines that cleaning recognised as page
// metadata (a byline, an emoji date line, a crawler header) -- so that a
// today bar or a dated sentence of the article is never taken -- and the
// dateline of the first paragraphs. Nothing found: null (never today).

import type { PublishedRule } from "../types.js";
import { foldLine, lineDate } from "./arabic.js";
import { bylineDate, crawlerHeaderDate, emojiLineDate, findDateline } from "./matchers.js";
import type { CleanState } from "./state.js";

export interface DateFound {
  date: string;
  rule: Exclude<PublishedRule, null>;
  /** Index of the line that gave it. */
  line: number;
}

export interface PublishedDateRule {
  name: Exclude<PublishedRule, null>;
  why: string;
  find(state: CleanState): DateFound | null;
}

/** First line removed by `rule` for which `read` gives a date. */
function fromRemoved(state: CleanState, rule: string, read: (text: string) => string | null): { date: string; line: number } | null {
  for (let i = 0; i < state.lines.length; i++) {
    if (state.removedBy[i] !== rule) continue;
    const date = read(state.lines[i].text.trim());
    if (date) return { date, line: i };
  }
  return null;
}

const byline: PublishedDateRule = {
  name: "byline",
  why: "the page's own statement of when the article was published",
  find(state) {
    const f = fromRemoved(state, "clean/byline", (t) => bylineDate(t)?.found.iso ?? null);
    return f && { ...f, rule: "byline" };
  },
};

const arabicDateLine: PublishedDateRule = {
  name: "byline",
  why: "an Arabic page's own publication or update line; one under the headline before a date bar above it (the day the page was read)",
  find(state) {
    const lines: number[] = [];
    for (let i = 0; i < state.lines.length; i++) if (state.removedBy[i] === "clean/arabic-date-line") lines.push(i);
    const headline = state.contentLines()[0] ?? -1;
    const ordered = [...lines.filter((i) => i > headline), ...lines.filter((i) => i < headline)];
    for (const i of ordered) {
      const date = lineDate(foldLine(state.lines[i].text.trim()));
      if (date) return { date, rule: "byline", line: i };
    }
    return null;
  },
};

const emojiLine: PublishedDateRule = {
  name: "emoji-line",
  why: "a dated metadata line under the headline, as aggregator pages write it",
  find(state) {
    const f = fromRemoved(state, "clean/emoji-meta", emojiLineDate);
    return f && { ...f, rule: "emoji-line" };
  },
};

const dateline: PublishedDateRule = {
  name: "dateline",
  why: "a dateline that carries a full date dates the report",
  find(state) {
    for (const i of state.contentLines().slice(0, 4)) {
      const d = findDateline(state.lines[i].text.trim());
      if (d?.date) return { date: d.date, rule: "dateline", line: i };
    }
    return null;
  },
};

const crawlerHeader: PublishedDateRule = {
  name: "crawler-header",
  why: "last: the fetcher's date is the day the page was read, right only when the page says nothing itself",
  find(state) {
    const f = fromRemoved(state, "clean/crawler-header", crawlerHeaderDate);
    if (f) return { ...f, rule: "crawler-header" };
    const run = state.inline.find((r) => r.rule === "clean/crawler-header");
    const date = run ? crawlerHeaderDate(state.text.slice(run.start, run.end)) : null;
    const line = run ? state.lines.findIndex((l) => l.start <= run.start && run.start <= l.end) : -1;
    return date ? { date, rule: "crawler-header", line } : null;
  },
};

export const PUBLISHED_DATE_RULES: PublishedDateRule[] = [byline, arabicDateLine, emojiLine, dateline, crawlerHeader];

/**
 * Runs after the cleaning rules, on their decisions. A date found above the
 * article's last paragraph wins over one found below it: the lines after the
 * article are the page's lists of other articles ("اخترنا لك", "Related"),
 * each with its own date, which a byline rule may read.
 */
export function findPublishedDate(state: CleanState): DateFound | null {
  const content = state.contentLines();
  const end = content.length ? content[content.length - 1]! : Number.POSITIVE_INFINITY;
  let below: DateFound | null = null;
  for (const rule of PUBLISHED_DATE_RULES) {
    const found = rule.find(state);
    if (!found) continue;
    if (found.line <= end) return found;
    below ??= found;
  }
  return below;
}

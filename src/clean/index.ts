// Cleaning: remove what is not the article (widgets, ads, comments,
// footers, markup debris, repeats), record every removed span, and fill the
// publication date, title and dateline when the source did not give them.
// The cleaned text is frozen after this stage: every later offset points into it.

import type { Context } from "../context.js";
import type { CleanedDocument, RawDocument } from "../types.js";
import { buildCleanText } from "./build.js";
import { bylineDate, bylineOutlet, findDateline } from "./matchers.js";
import { findPublishedDate } from "./published-date.js";
import { CLEAN_RULES } from "./rules/index.js";
import { CleanState } from "./state.js";

export { CLEAN_RULES } from "./rules/index.js";
export { removedHeadline } from "./rules/headline.js";
export { findPublishedDate, PUBLISHED_DATE_RULES } from "./published-date.js";

/** Longest first line still taken for a headline. */
const MAX_TITLE = 300;

/** `ctx`, when given, receives a debug line per removed span and for the date found. */
export function cleanDocument(raw: RawDocument, ctx?: Context): CleanedDocument {
  const state = new CleanState(raw.text, raw.meta.format === "html", raw.meta.title);
  for (const { rule } of CLEAN_RULES) rule.apply(state);
  const { cleanText, removed } = buildCleanText(state);

  const meta = { ...raw.meta, warnings: [...raw.meta.warnings] };
  if (meta.published === null) {
    const found = findPublishedDate(state);
    if (found) {
      meta.published = found.date;
      meta.publishedRule = found.rule;
      if (found.rule === "byline" && meta.outlet === null) {
        const b = bylineDate(state.lines[found.line].text.trim());
        meta.outlet = b ? bylineOutlet(b.prefix) : null;
      }
    }
  }
  const paragraphs = cleanText.split(/\n+/);
  if (meta.title === null) {
    const first = paragraphs[0]?.trim() ?? "";
    const sentence = /[.!?]["”’]?$/.test(first) && first.split(/\s+/).length > 20;
    if (first && first.length <= MAX_TITLE && !sentence) meta.title = first;
  }
  if (meta.dateline === null) {
    for (const p of paragraphs.slice(0, 4)) {
      const d = findDateline(p);
      if (d) {
        meta.dateline = d.text;
        if (meta.outlet === null && d.outlet) meta.outlet = d.outlet;
        break;
      }
    }
  }
  if (ctx?.debugging) {
    for (const r of removed) if (r.rule !== "clean/whitespace") ctx.debug(r.rule, () => `removed [${r.start},${r.end}) ${JSON.stringify(r.text.slice(0, 80))}`);
    ctx.debug("clean/published", () => `${meta.published ?? "none"} (${meta.publishedRule ?? "no rule"})`);
  }
  return { meta, raw: raw.raw, text: raw.text, cleanText, removed };
}

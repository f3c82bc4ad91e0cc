// The headline of an HTML page is the document's title (meta.title), not
// its text. Ingest writes it as the first line, where every other rule reads
// it as the headline (the page head, bylines, the date under it); this rule
// runs last and takes it out, so that the clean text starts with the
// article's first paragraph. Extraction still reads the headline, as a line
// of its own before the text (pipeline.ts). Plain text keeps its first line:
// there nothing tells the headline apart from the story.
import type { CleanedDocument } from "../../types.js";
import type { CleanRule } from "../state.js";

const norm = (s: string) =>
  s
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toLowerCase();

export const HEADLINE_RULE = "clean/headline";

export const headline: CleanRule = {
  name: HEADLINE_RULE,
  apply(state) {
    if (!state.fromHtml || !state.title?.trim()) return;
    const first = state.contentLines()[0];
    if (first !== undefined && norm(state.lines[first]!.text) === norm(state.title)) state.removeLine(first, this.name);
  },
};

/** The headline cleaning took out of a document's text (its title), or null when the text still holds it or there is none. */
export function removedHeadline(doc: Pick<CleanedDocument, "meta" | "removed">): string | null {
  const title = doc.meta.title?.trim();
  return title && doc.removed.some((r) => r.rule === HEADLINE_RULE) ? title : null;
}

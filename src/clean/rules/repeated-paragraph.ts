// A paragraph repeated verbatim (a scraper's doubled paragraph, a headline
// printed twice): the first copy stays, later copies go. Short lines inside a
// list recur for real (a meal plan's "Breakfast: oats with berries" on every
// day, a spec sheet's rows): a repeat that is a short line next to another,
// different short line is a list item, and stays, and so is a longer line
// between two short ones (a recipe between its timing and its portions).
import { wordCount, type CleanRule } from "../state.js";

const MIN_CHARS = 25;
const MIN_WORDS = 4;
/** Fewer words than this is a list item's length (prose paragraphs run longer). */
const LIST_ITEM_WORDS = 12;

export const repeatedParagraph: CleanRule = {
  name: "clean/repeated-paragraph",
  apply(state) {
    const seen = new Set<string>();
    const lines = [...state.contentLines()];
    const text = (k: number) => state.lines[lines[k]!]!.text.trim();
    /** A list item's length; a line of no words (an invisible character alone) is no item. */
    const short = (k: number) => {
      if (k < 0 || k >= lines.length) return false;
      const words = wordCount(text(k));
      return words > 0 && words < LIST_ITEM_WORDS;
    };
    /** A short line beside k that is not a copy of it (a headline printed twice is no list). */
    const listBeside = (k: number) => [k - 1, k + 1].some((j) => short(j) && text(j) !== text(k));
    /** A longer line between two short ones is a list's item too (a meal plan's recipe between its timing and its portions). */
    const inList = (k: number) => [k - 1, k + 1].every((j) => short(j) && text(j) !== text(k));
    lines.forEach((i, k) => {
      const line = state.lines[i]!.text;
      if (line.length < MIN_CHARS) return;
      const key = /\s\s|[\t\u00a0]/.test(line) ? line.replace(/[\s\u00a0]+/g, " ").trim() : line.trim();
      if (key.length < MIN_CHARS || wordCount(key) < MIN_WORDS) return;
      if (!seen.has(key)) seen.add(key);
      else if (!((short(k) && listBeside(k)) || inList(k))) state.removeLine(i, this.name);
    });
  },
};

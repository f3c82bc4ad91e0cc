// The publisher's footer: whatever few short lines follow the comment form,
// then, walking back from the end, copyright lines, postal addresses,
// company names, "about us" blurbs and footer links, up to the first line
// that is none of these.
import { ADDRESS_COUNTRIES, NAV_LINES } from "../../lexicon/page-chrome.js";
import { wordCount, type CleanRule, type CleanState } from "../state.js";

const FOOTERISH = [
  /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b/i,
  // street address: "30 N Gould ST STE R", "12 High Street, Floor 3"
  /^\d+[A-Za-z]?\s+(?:[\p{L}.]+\s+){0,5}(?:st|street|ave|avenue|rd|road|blvd|boulevard|lane|ln|drive|dr|way|plaza|square|sq)\b\.?(?:[,\s]+(?:ste|suite|floor|fl|unit|apt|#)\b.*)?$/iu,
  // "Sheridan, WY 82801", "London EC1A 1BB"
  /^[\p{L} .'-]{2,40},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$/u,
  /^(?:p\.?\s?o\.?\s+box|suite|ste\.?)\s+\S+/i,
  // a company's legal name
  /^[\p{Lu}][\p{L}&.' -]{1,60}\s(?:LLC|L\.L\.C\.|Ltd\.?|Limited|Inc\.?|GmbH|PLC|S\.A\.|Corp\.?|Corporation|Media Group|FZ-LLC|FZE)$/u,
  /^(?:powered by|designed by|developed by|made with)\b.{0,60}$/i,
  /^(?:tel|phone|fax|e-?mail)\s*[:.]?\s*\S.{0,60}$/i,
  /^[\w.+-]+@[\w-]+\.[\w.]+$/,
  /^(?:follow us(?: on)?|find us on|connect with us)\b.{0,60}$/i,
  /^(?:subscribe|sign up|register)\b.{0,40}\b(?:newsletter|updates|alerts|mailing list)\b.{0,40}$/i,
  // "A professional organisation dedicated to ..."
  /^(?:an?|the|we are an?)\s.{0,120}\b(?:organi[sz]ation|company|outlet|platform|agency|newsroom|publication|network|website|initiative|publisher)\b.{0,80}\b(?:dedicated|committed|devoted|specializ|specialis|focused)\b/i,
];

/** A short capitalised line without punctuation ("Erbil", "New York"). */
const WEAK = /^[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*){0,2}$/u;

/** Lines after the comment form are the page's tail when there are few and short ones. */
const MAX_TAIL_LINES = 8;

export const footer: CleanRule = {
  name: "clean/footer",
  apply(state) {
    removeAfterCommentForm(state, this.name);
    const found: { i: number; weak: boolean }[] = [];
    let sawCopyright = false;
    for (let i = state.lines.length - 1; i >= 0; i--) {
      if (state.isBlank(i)) continue;
      const text = state.lines[i].text.trim();
      const removed = !state.isKept(i);
      if (removed) {
        // A removed comment form or comment block still belongs to the page's tail.
        continue;
      }
      if (isFooterLine(text)) {
        if (FOOTERISH[0].test(text)) sawCopyright = true;
        found.push({ i, weak: false });
        continue;
      }
      // A town on its own line inside an address: kept only if more footer follows above it.
      if (found.length > 0 && WEAK.test(text)) {
        found.push({ i, weak: true });
        continue;
      }
      break;
    }
    while (found.length && found[found.length - 1].weak) found.pop();
    // A lone short line at the end is not enough to call it a footer.
    if (!sawCopyright && found.length < 2) return;
    for (const { i } of found) state.removeLine(i, this.name);
  },
};

function removeAfterCommentForm(state: CleanState, rule: string): void {
  let form = -1;
  for (let i = 0; i < state.lines.length; i++) if (state.removedBy[i] === "clean/comment-form") form = i;
  if (form < 0) return;
  const tail: number[] = [];
  for (let i = form + 1; i < state.lines.length; i++) if (state.isKept(i) && !state.isBlank(i)) tail.push(i);
  if (tail.length > MAX_TAIL_LINES || tail.some((i) => wordCount(state.lines[i].text) > 40)) return;
  for (const i of tail) state.removeLine(i, rule);
}

function isFooterLine(text: string): boolean {
  const bare = text.replace(/^[^\p{L}\p{N}©]+|[^\p{L}\p{N}]+$/gu, "").toLowerCase();
  if (NAV_LINES.has(bare) || ADDRESS_COUNTRIES.has(bare)) return true;
  return wordCount(text) <= 40 && FOOTERISH.some((re) => re.test(text));
}

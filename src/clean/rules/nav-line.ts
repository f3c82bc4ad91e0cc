// Navigation labels that stand alone on a line ("News", "Top", "logo", "Home"),
// and menu bars of short labels between separators ("Home | World | Sport").
import { NAV_LINES } from "../../lexicon/page-chrome.js";
import { lineRule } from "../state.js";

/** Three or more short capitalised labels separated by bars or dots, none a sentence. */
function isMenuBar(text: string): boolean {
  const parts = text.split(/\s*[|•·]\s*/).filter((p) => p !== "");
  if (parts.length < 3) return false;
  return parts.every((p) => p.split(/\s+/).length <= 3 && /^[\p{Lu}\d]/u.test(p) && !/[.!?,;:]$/.test(p));
}

/** "Home > World > Middle East", "More on Africa > Sahel": a breadcrumb trail of short labels. */
function isBreadcrumb(text: string): boolean {
  const parts = text.split(/\s+(?:>|»|›|\/)\s+/);
  if (parts.length < 3) return false;
  return parts.every((p) => p.split(/\s+/).length <= 4 && /^[\p{Lu}\d]/u.test(p) && !/[.!?,;]$/.test(p));
}

export const navLine = lineRule(
  "clean/nav-line",
  (text) => NAV_LINES.has(text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, "").toLowerCase()) || isMenuBar(text) || isBreadcrumb(text),
  160,
);

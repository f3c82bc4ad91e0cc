// Navigation labels that stand alone on a line ("News", "Top", "logo", "Home").
import { NAV_LINES } from "../lexicon.js";
import { lineRule } from "../state.js";

export const navLine = lineRule("clean/nav-line", (text) => NAV_LINES.has(text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, "").toLowerCase()), 60);

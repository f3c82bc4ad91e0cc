// Leftover markup in scraped text: tags, the tail of a link
// (`syrian/" class="auto-internal-link">syrian` → `Syrian`) and entities.
// A tag is one of HTML's elements: a title written in angle brackets
// (`<The Palace>`, `<Parasite>`, as Korean and Chinese texts cite works) is text.
// The anchor text stays; after a broken link, a country name or demonym
// gets back the capital that the link's slug took from it.
import { HTML_ELEMENTS, PROPER_NAMES } from "../../lexicon/page-chrome.js";
import type { CleanRule, CleanState } from "../state.js";

const PROPER = new Set(PROPER_NAMES);
/** `slug/" class="x" rel="y">`: the end of an opening tag whose start was lost. */
const TAG_TAIL = /[\w%./:?=&#~+-]{0,200}\/?"(?:\s+[\w:-]+=(?:"[^"]*"|'[^']*'))+\s*\/?>/g;
const TAG = /<\/?([a-zA-Z][\w:-]*)(?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g;
const ELEMENTS = new Set(HTML_ELEMENTS);

/** True for a tag of an HTML (or SVG, MathML, custom) element; false for words that only look like one. */
function isElement(m: RegExpExecArray, re: RegExp): boolean {
  if (re !== TAG) return true;
  const name = m[1]!.toLowerCase();
  // custom elements have a hyphen (<amp-img>), namespaced ones a colon (<o:p>)
  return ELEMENTS.has(name) || name.includes("-") || name.includes(":");
}
const ENTITY = /&(?:(amp|lt|gt|quot|apos|nbsp|ndash|mdash|lsquo|rsquo|ldquo|rdquo|hellip)|#(\d{1,6})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
};

export const markupFragment: CleanRule = {
  name: "clean/markup-fragment",
  apply(state) {
    for (const line of state.lines) {
      if (!state.isKept(line.index) || !/[<>&"]/.test(line.text)) continue;
      for (const re of [TAG_TAIL, TAG]) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(line.text))) {
          if (!isElement(m, re)) continue;
          const start = line.start + m.index;
          const end = start + m[0].length;
          state.removeRange(start, end, this.name);
          if (re === TAG_TAIL) restoreCapital(state, end);
        }
      }
      ENTITY.lastIndex = 0;
      let e: RegExpExecArray | null;
      while ((e = ENTITY.exec(line.text))) {
        let ch: string;
        if (e[1]) ch = NAMED[e[1]]!;
        else {
          // One UTF-16 unit only (the substitution is one character for one); "&#x110000;" names none at all.
          const code = e[2] ? Number(e[2]) : parseInt(e[3]!, 16);
          if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff)) continue;
          ch = String.fromCharCode(code);
        }
        const start = line.start + e.index;
        state.substitute(start, ch);
        state.removeRange(start + 1, start + e[0].length, this.name);
      }
    }
  },
};

/** Capitalises the anchor text right after a removed tag when it is a proper name written in lower case. */
function restoreCapital(state: CleanState, at: number): void {
  const m = /^[a-zü]+(?:[ -][a-zü]+){0,2}/.exec(state.text.slice(at, at + 40));
  if (!m) return;
  const words = m[0].split(/(?=[ -])/);
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(0, n).join("");
    if (!PROPER.has(phrase.replace(/-/g, " ").trim()) && !PROPER.has(phrase.trim())) continue;
    let offset = at;
    for (const w of words.slice(0, n)) {
      const lead = w.length - w.trimStart().replace(/^-/, "").length;
      state.substitute(offset + lead, w[lead].toUpperCase());
      offset += w.length;
    }
    return;
  }
}

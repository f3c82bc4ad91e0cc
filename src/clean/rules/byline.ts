// Bylines: "by Name", "Authored by ... via ...", "Via Outlet", wire credits
// and wire bylines ("Name, AP Auto Writer", "Name and Name, Associated Press"),
// the outlet-and-date line under a headline ("Outlet February 6, 2025
// News"), and "Published on <date>" lines at either end of the article.
import { bylineDate, headLines, readsLikeHeadline } from "../matchers.js";
import { endsLikeSentence, wordCount, type CleanRule } from "../state.js";

const NAME_WORD = "(?:[\\p{Lu}][\\p{L}.'’\\-]*|al-[\\p{L}'’\\-]+|el-[\\p{L}'’\\-]+|bin|ibn|abu|de|da|van|von|der|and|&)";
const BY_NAME = new RegExp(
  `^(?:[Bb]y|BY|[Ww]ritten by|[Rr]eported by|[Ee]dited by)\\s+[\\p{Lu}][\\p{L}.'’\\-]*(?:,?\\s+${NAME_WORD})*\\s*(?:[|•·,–—-].*)?$`,
  "u",
);
const AUTHORED = /^authored(?:\s+by\b.*|\s*(?:\.\.\.|…))?$/i;
/** Wire-service credits: "(Reporting by A; Editing by B)". */
const CREDITS = /^\(?(?:reporting|writing|editing|additional reporting|compiled|translated) by\b[^()]{2,160}\)?\.?$/i;
/** A wire agency's byline: "Name, AP National Writer", "Name and Name, Associated Press", the agency's name alone. */
const AGENCY = "(?:Associated Press|AP|Ap|Reuters|AFP|Agence France-Presse|UPI|dpa|Xinhua|Anadolu Agency)";
const PERSON = `[\\p{Lu}][\\p{L}.'’\\-]*(?:\\s+${NAME_WORD}){1,3}`;
const WIRE_BYLINE = new RegExp(
  `^(?:${PERSON}(?:(?:,\\s*|\\s+and\\s+)${PERSON})*,\\s+)?(?:[Tt]he\\s+)?${AGENCY}(?:(?:\\s+[\\p{Lu}][\\p{L}-]*){0,3}\\s+(?:Writer|Correspondent|Reporter|Editor|Photographer))?$`,
  "u",
);
const VIA = /^[Vv]ia\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*|\s+(?:the|of|and))*$/u;

export const byline: CleanRule = {
  name: "clean/byline",
  apply(state) {
    const head = new Set(headLines(state.lines));
    // The headline may hold a date; it is never taken for a byline.
    const content = state.contentLines();
    const headline = content[0];
    // "Published on ..." lines also close an article.
    const tail = new Set(content.slice(-6));
    for (let i = 0; i < state.lines.length; i++) {
      if (state.lines[i].text.length > 200 || !state.isKept(i) || state.isBlank(i)) continue;
      const text = state.lines[i].text.trim();
      const short = wordCount(text) <= 12 && !endsLikeSentence(text.replace(/\.\.\.$|…$/, ""));
      if (
        (short && (BY_NAME.test(text) || VIA.test(text))) ||
        (wordCount(text) <= 12 && AUTHORED.test(text)) ||
        CREDITS.test(text) ||
        (wordCount(text) <= 14 && WIRE_BYLINE.test(text)) ||
        (head.has(i) && isDatedByline(text, i === headline)) ||
        (tail.has(i) && i !== headline && isLeadByline(text))
      ) {
        state.removeLine(i, this.name);
      }
    }
  },
};

function isLeadByline(text: string): boolean {
  const b = bylineDate(text);
  return b?.lead ?? false;
}

function isDatedByline(text: string, isHeadline: boolean): boolean {
  const b = bylineDate(text);
  return b !== null && !(isHeadline && readsLikeHeadline(b));
}

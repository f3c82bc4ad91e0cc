// Short metadata lines marked by an emoji: date, time, counter or a short
// label ("📅 October 26, 2025", "🕒 9:53 AM", "🌐 External Source").
import { findDate, wordsBesideDate } from "../date-text.js";
import { endsLikeSentence, lineRule, wordCount } from "../state.js";

// biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists the joiner and the variation selector on purpose, to match them one by one
const LEAD = /^(?:\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*\s*)+/u;
const TIME = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i;
const COUNTER = /^[\d.,]+\s*[kKmM]?\s+\p{L}+$/u;

export const emojiMeta = lineRule(
  "clean/emoji-meta",
  (text) => {
    const lead = LEAD.exec(text);
    if (!lead) return false;
    const rest = text.slice(lead[0].length).trim();
    if (rest === "" || TIME.test(rest) || COUNTER.test(rest)) return true;
    const date = findDate(rest);
    if (date && wordsBesideDate(rest, date).length <= 3) return true;
    return wordCount(rest) <= 3 && !endsLikeSentence(rest);
  },
  160,
);

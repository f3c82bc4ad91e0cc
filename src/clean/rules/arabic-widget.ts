// Arabic pages' widgets and labels, whole lines: font size ("حجم الخط",
// "+A -A", "ع ع ع"), share and listen buttons, section labels above the
// headline ("آخر الأخبار", "التغطية الحية"), image captions and photo credits
// ("camera icon ...", "... (أ.ف.ب)", "- إنترنت", a short line said twice in
// a row), credit lines ("بغداد اليوم – متابعة", "وكالات", "Name ـ site.net",
// "المصدر:" and the outlet under it), promotions ("للتبرع ..."), bare links,
// file names and view counters. Only on a page written in Arabic.
import { normalizeArabic } from "../../lexicon/ar/letters.js";
import { AR_CREDIT_WORDS, AR_PHOTO_CREDITS, AR_PROMO_OPENERS, AR_SECTION_LINES, AR_SOURCE_LABELS, AR_WIDGET_LINES } from "../../lexicon/ar/page-chrome.js";
import { foldedSet, foldedWords, foldLine, isArabicPage } from "../arabic.js";
import { endsLikeSentence, wordCount, type CleanRule, type CleanState } from "../state.js";

const WIDGETS = foldedSet([...AR_WIDGET_LINES, ...AR_SECTION_LINES]);
const SOURCE_LABELS = foldedSet(AR_SOURCE_LABELS);
const CREDIT_WORDS = foldedSet(AR_CREDIT_WORDS);
const PHOTO_CREDITS = [...foldedSet(AR_PHOTO_CREDITS)];
/** A caption's last word that says the photo is from the archive ("صورة أرشيفية"). */
const ARCHIVE = foldedSet(["أرشيفية", "ارشيفية"]);

/** Longest line looked at, in words (a caption). */
const MAX_WORDS = 30;

/** Font-size buttons: "+A", "A-", "+A -A", "ع ع ع". */
const FONT_SIZE = /^(?:[+-]?\s*a\s*[+-]?\s*){1,3}$|^(?:ع\s*){2,3}$/;
/** An icon's name left before a widget's or a caption's text: "tag icon", "camera icon". */
const ICON = /^[a-z]+ icon/;
const BARE_LINK = /^(?:https?:\/\/|www\.)\S+$/;
const FILE_NAME = /^[\w.-]+\.(?:jpe?g|png|gif|webp|svg|mp4)$/;
/** A bare number with separators: a view or share counter ("1٬225"). */
const COUNTER = /^\d{1,3}(?:[٬,.]\d{3})*$/;
/** "Name ـ site.net": an author and the site. */
const NAME_SITE = /\s[a-z0-9-]+\.(?:net|com|org|info|news)$/;
const PROMO = [...foldedSet(AR_PROMO_OPENERS)];

function isCaption(folded: string, text: string): boolean {
  if (PHOTO_CREDITS.includes(folded)) return true;
  if (endsLikeSentence(text)) return false;
  // the credit closes the line: "(أ.ف.ب)", "( Google Maps)", "(الجيش اللبناني/ تويتر)", "- إنترنت", "ارشيفية"
  const line = normalizeArabic(text).trim();
  const tail = /\(([^()]{1,60})\)$/.exec(line)?.[1] ?? /\s[-–—]\s*([^\-–—]{1,30})$/.exec(line)?.[1];
  if (tail === undefined) return ARCHIVE.has(foldedWords(folded).at(-1) ?? "");
  return tail.split("/").some((part) => {
    const t = part.trim();
    return PHOTO_CREDITS.some((c) => t === c || t.endsWith(` ${c}`) || t.startsWith(`${c} `));
  });
}

/** A short line said twice in a row: an image's alternative text and its caption. */
function isCaptionPair(state: CleanState, i: number): boolean {
  const text = state.lines[i].text.trim();
  if (wordCount(text) > 12 || endsLikeSentence(text)) return false;
  const twin = (j: number) => j >= 0 && j < state.lines.length && state.lines[j].text.trim() === text;
  return twin(i - 1) || twin(i + 1);
}

function isCredit(folded: string): boolean {
  const words = foldedWords(folded);
  if (words.length === 0 || words.length > 6) return false;
  if (CREDIT_WORDS.has(folded)) return true;
  const dash = /\s[-–—ـ]\s*([^\-–—ـ]+)$/.exec(folded);
  return (dash !== null && CREDIT_WORDS.has(dash[1]!.trim())) || NAME_SITE.test(folded);
}

export const arabicWidget: CleanRule = {
  name: "clean/arabic-widget",
  apply(state) {
    if (!isArabicPage(state)) return;
    for (let i = 0; i < state.lines.length; i++) {
      if (!state.isKept(i) || state.isBlank(i) || state.lines[i].text.length > 300) continue;
      const text = state.lines[i].text.trim();
      // every widget, label, caption and credit is short: a paragraph is not folded
      if (wordCount(text) > MAX_WORDS) continue;
      const folded = foldLine(text);
      if (
        WIDGETS.has(folded) ||
        FONT_SIZE.test(folded) ||
        ICON.test(folded) ||
        BARE_LINK.test(folded) ||
        FILE_NAME.test(folded) ||
        COUNTER.test(folded) ||
        isCredit(folded) ||
        isCaption(folded, text) ||
        isCaptionPair(state, i) ||
        (wordCount(text) <= 25 && PROMO.some((p) => folded.startsWith(`${p} `)))
      )
        state.removeLine(i, this.name);
      else if (SOURCE_LABELS.has(folded)) {
        // "المصدر:" alone, and the outlet it names on the next line
        state.removeLine(i, this.name);
        let j = i + 1;
        while (j < state.lines.length && state.isBlank(j)) j++;
        if (j < state.lines.length && wordCount(state.lines[j].text) <= 4 && !endsLikeSentence(state.lines[j].text.trim())) state.removeLine(j, this.name);
      }
    }
  },
};

// Share, print and listen widgets, and audio player timers ("print-icon", "Listen to the article", "0:00").
import { lineRule } from "../state.js";
import { SHARE_BAR_WORDS } from "../../lexicon/page-chrome.js";

const WIDGETS = [
  /^(?:print|share|email|mail|save|bookmark|comment)[- ]?(?:icon|button|this(?: article| story| page)?)?$/i,
  /^listen to (?:the|this) (?:article|story|news|report)$/i,
  /^(?:play|pause|listen)(?: audio| now)?$/i,
  /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^share (?:on|via|to) [\w ]{2,20}$/i,
  /^(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|copy link|copy url)$/i,
  /^click to (?:share|print|email)\b.*$/i,
  /^\d{1,2}\s*(?:min|mins|minutes?)\s+read$/i,
  /^(?:font size|text size|a\+|a-|reading mode)$/i,
];

const NETWORK = /\b(?:share|tweet|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|instagram|youtube|tiktok|messenger|viber)\b/i;

/**
 * "(Twitter) (Reddit) (Email)", "Share via: Messenger / Copy link",
 * "Follow us on Instagram": a line made only of share-bar words, naming a
 * network or the act of sharing.
 */
function isShareBar(text: string): boolean {
  if (!NETWORK.test(text)) return false;
  const words = text
    .toLowerCase()
    .split(/[\s|•·:,[\]()/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}+-]+|[^\p{L}\p{N}+-]+$/gu, ""))
    .filter((w) => w !== "");
  return words.length >= 2 && words.every((w) => SHARE_BAR_WORDS.has(w));
}

/** "Reading time: 7 min", "Estimated reading time 5 minutes". */
const READING_TIME = /^(?:reading time|read time|estimated reading time)\s*:?\s*\d{1,2}\s*(?:min|mins|minutes?)\.?$/i;

export const shareWidget = lineRule("clean/share-widget", (text) => WIDGETS.some((re) => re.test(text)) || isShareBar(text) || READING_TIME.test(text), 100);

// Share, print and listen widgets, and audio player timers ("print-icon", "Listen to the article", "0:00").
import { lineRule } from "../state.js";

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

export const shareWidget = lineRule("clean/share-widget", (text) => WIDGETS.some((re) => re.test(text)), 100);

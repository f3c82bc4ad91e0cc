// Line shapes shared by the cleaning rules and the publication-date rules:
// crawler headers, bylines, emoji date lines, today bars, datelines.

import { findDate, isWeekdayDateLine, wordsBesideDate, type FoundDate } from "./date-text.js";
import { NAV_LINES } from "../lexicon/page-chrome.js";
import { endsLikeSentence, type Line } from "./state.js";

/** How many non-blank lines from the top count as the page head (bars, bylines, headline). */
export const HEAD_LINES = 12;

/** " date 2026-02-02 403": a fetcher's header line (date, optional HTTP status). */
const CRAWLER_DATE =
  /^\s*(?:date|fetched|crawled|retrieved|scraped|fetch[_-]date|crawl[_-]date)\s*[:=]?\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s+\d{3})?\s*$/i;
/** Other header lines a fetcher writes above the page ("url https://...", "status 200"). */
const CRAWLER_OTHER = /^\s*(?:url|status|http[_-]status|source[_-]url|final[_-]url|content[_-]type)\s*[:=]?\s*\S+(?:\s+\d{3})?\s*$/i;

export function crawlerHeaderDate(line: string): string | null {
  const m = CRAWLER_DATE.exec(line) ?? CRAWLER_PREFIX.exec(line);
  return m ? (findDate(m[1])?.iso ?? null) : null;
}

/** " date 2022-07-06 About 100 inmates ...": the fetcher's header run into the first line of the page. */
const CRAWLER_PREFIX = /^\s*date\s*[:=]?\s*(\d{4}-\d{2}-\d{2})(?:\s+\d{3})?\s+(?=\S)/i;

/** Length of a crawler header run into the start of a line, or 0. */
export function crawlerHeaderPrefix(line: string): number {
  return CRAWLER_PREFIX.exec(line)?.[0].length ?? 0;
}

export function isCrawlerHeader(line: string): boolean {
  return CRAWLER_DATE.test(line) || CRAWLER_OTHER.test(line);
}

const EMOJI_DATE = /^\s*(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}\uFE0F?)\s*/u;

/** "📅 October 26, 2025": a date line marked by a calendar emoji. */
export function emojiLineDate(line: string): string | null {
  const m = EMOJI_DATE.exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length);
  const found = findDate(rest);
  return found && wordsBesideDate(rest, found).length <= 3 ? found.iso : null;
}

const BYLINE_LEAD = /^\s*(?:by|published|posted|updated|last updated|first published|written by|date)\b/i;

/**
 * A byline with a date: "Outlet February 6, 2025 News", "By Name | March 3,
 * 2025", "Published: 3 March 2025 10:00 GMT", or a lone date line.
 */
export function bylineDate(line: string): { found: FoundDate; prefix: string; words: number; lead: boolean } | null {
  if (line.length > 160 || EMOJI_DATE.test(line) || CRAWLER_DATE.test(line)) return null;
  const found = findDate(line);
  if (!found) return null;
  const words = wordsBesideDate(line, found).length;
  if (words > 8) return null;
  // "March 3, 2025." is a byline; "The deadline is March 3, 2025." is not.
  if (endsLikeSentence(line) && !BYLINE_LEAD.test(line) && words > 2) return null;
  return { found, prefix: line.slice(0, found.index).trim(), words, lead: BYLINE_LEAD.test(line) };
}

/** A dated line that reads like a headline ("Iraq marks March 3, 2025 with ...") rather than a byline. */
export function readsLikeHeadline(b: { words: number; lead: boolean }): boolean {
  return !b.lead && b.words > 4;
}

/** The outlet named before a byline date ("Gulan Media February 6, 2025"), if it looks like a name. */
export function bylineOutlet(prefix: string): string | null {
  const p = prefix.replace(/[|•·,:–—-]+\s*$/, "").trim();
  if (!p || BYLINE_LEAD.test(p)) return null;
  const words = p.split(/\s+/);
  if (words.length > 4 || !words.every((w) => /^[\p{Lu}\d&]/u.test(w))) return null;
  return p;
}

/** Indices of the first non-blank lines: the page head. */
export function headLines(lines: Line[], count = HEAD_LINES): number[] {
  const out: number[] = [];
  for (const l of lines) {
    if (l.text.trim() === "") continue;
    out.push(l.index);
    if (out.length >= count) break;
  }
  return out;
}

/**
 * A site's "today" bar: a lone weekday-and-date line at the very top, above
 * the headline (only a logo or menu label may come before it). It tells when
 * the page was fetched, not when the article was written.
 */
export function isTodayBar(lines: Line[], i: number): boolean {
  if (!isWeekdayDateLine(lines[i].text) && !isWeekdayDateWithExtras(lines[i].text)) return false;
  for (let j = 0; j < i; j++) {
    const label = lines[j].text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").toLowerCase();
    if (label !== "" && !NAV_LINES.has(label)) return false;
  }
  return true;
}

/**
 * A bar whose date shares the line with other page furniture behind a
 * separator: "Friday, 20 February 2026 | Dubai 24°C", a second calendar
 * ("Monday, June 03, 2024 | Zul Qadah 26, 1445").
 */
function isWeekdayDateWithExtras(line: string): boolean {
  if (line.length > 100) return false;
  const parts = line.split(/\s+[|•·]\s+/);
  if (parts.length < 2 || !isWeekdayDateLine(parts[0])) return false;
  return parts.slice(1).every((p) => p.trim().split(/\s+/).length <= 5 && !/[.!?]$/.test(p.trim()));
}

export interface Dateline {
  /** As written, dash included: "DEIR EZ-ZOR, Syria (North Press) –". */
  text: string;
  outlet: string | null;
  date: string | null;
}

const DASH = /\s(–|—|--?)\s/;

/** "CITY, Country (Outlet) –" at the start of a paragraph. */
export function findDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 140);
  const dash = DASH.exec(head);
  if (!dash) return null;
  const prefix = head.slice(0, dash.index).trim();
  if (!prefix || prefix.split(/\s+/).length > 10 || /[.!?;:"“”]$/.test(prefix)) return null;
  const outletMatch = /\(([^()]{2,40})\)\s*$/.exec(prefix);
  const firstWord = prefix.split(/[\s,]+/)[0];
  const capsCity = /^[\p{Lu}][\p{Lu}'’.-]{2,}$/u.test(firstWord);
  const titleCity = /^[\p{Lu}][\p{L}'’.-]+$/u.test(firstWord) && outletMatch !== null && /,/.test(prefix);
  if (!capsCity && !titleCity) return null;
  // The part before the outlet is a place, possibly a date: no lower-case sentence words.
  const place = outletMatch ? prefix.slice(0, outletMatch.index) : prefix;
  const found = findDate(place);
  const placeOnly = found ? place.slice(0, found.index) + place.slice(found.end) : place;
  if (/\b(?:the|said|says|has|have|was|were|is|are|will)\b/.test(placeOnly)) return null;
  return { text: `${prefix} ${dash[1]}`, outlet: outletMatch ? outletMatch[1].trim() : null, date: found?.iso ?? null };
}

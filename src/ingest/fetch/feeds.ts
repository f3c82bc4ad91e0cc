// News feeds (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed) read with feedsmith into
// one item shape: a key to know the item again, the page it points to, its
// title and date, and its content when the feed carries it.

import { parseFeed } from "feedsmith";
import { decodeBytes } from "../decode.js";
import { normalizeDate } from "../dates.js";

export interface FeedItem {
  /** The guid or id, else the link: what tells the item apart from the others. */
  key: string;
  /** The item's page, absolute; null when the feed gives none. */
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD as the feed writes it, or null. */
  published: string | null;
  /** The item's full content when the feed carries it (HTML or text). */
  content: string | null;
}

export type FeedParse = { ok: true; format: string; title: string | null; items: FeedItem[] } | { ok: false; problem: string };

type Loose = Record<string, unknown>;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** An RSS (RFC 822) or ISO 8601 date as its calendar date, as written (never shifted to another zone). */
export function feedDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const iso = normalizeDate(value);
  if (iso) return iso;
  const m = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(value);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return null;
  return normalizeDate(`${m[3]}-${month + 1}-${m[1]}`);
}

function text(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (v && typeof v === "object" && typeof (v as Loose).value === "string") return ((v as Loose).value as string).trim() || null;
  return null;
}

function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const u = new URL(link, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

function firstDate(...values: unknown[]): string | null {
  for (const v of values) {
    const list = Array.isArray(v) ? v : [v];
    for (const x of list) {
      const d = feedDate(x);
      if (d) return d;
    }
  }
  return null;
}

function rssItem(item: Loose, base: string): FeedItem | null {
  const url = absolute(text(item.link), base);
  const dc = (item.dc ?? {}) as Loose;
  const content = (item.content ?? {}) as Loose;
  const key = text(item.guid) ?? url ?? text((item.rdf as Loose | undefined)?.about);
  if (!key) return null;
  return {
    key,
    url,
    title: text(item.title),
    published: firstDate(item.pubDate, dc.date, dc.dates),
    content: text(content.encoded) ?? null,
  };
}

function atomEntry(entry: Loose, base: string): FeedItem | null {
  const links = (Array.isArray(entry.links) ? entry.links : []) as Loose[];
  const alternate = links.find((l) => l.rel === undefined || l.rel === "alternate") ?? links[0];
  const url = absolute(text(alternate?.href), base);
  const key = text(entry.id) ?? url;
  if (!key) return null;
  return { key, url, title: text(entry.title), published: firstDate(entry.published, entry.updated), content: text(entry.content) };
}

function jsonItem(item: Loose, base: string): FeedItem | null {
  const url = absolute(text(item.url) ?? text(item.external_url), base);
  const key = text(item.id) ?? url;
  if (!key) return null;
  return {
    key,
    url,
    title: text(item.title),
    published: firstDate(item.date_published, item.date_modified),
    content: text(item.content_html) ?? text(item.content_text),
  };
}

/** Reads a feed's body. Never throws: a body that is not a feed is one problem. */
export function parseFeedBody(body: Buffer, feedUrl: string): FeedParse {
  const decoded = decodeBytes(body);
  if (!decoded.ok) return { ok: false, problem: `not a feed (${decoded.problem.replace(/\bfile\b/, "body")})` };
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(decoded.text) as { format: string; feed: unknown };
  } catch (err) {
    const name = (err as Error).name;
    const why = name === "DetectError" ? "not RSS, Atom, RDF or JSON Feed" : (err as Error).message.split("\n")[0];
    return { ok: false, problem: `not a readable feed (${name === "MalformedError" ? `malformed: ${why}` : why})` };
  }
  const feed = (parsed.feed ?? {}) as Loose;
  const raw = (parsed.format === "atom" ? feed.entries : feed.items) ?? [];
  const read = parsed.format === "atom" ? atomEntry : parsed.format === "json" ? jsonItem : rssItem;
  const items: FeedItem[] = [];
  const keys = new Set<string>();
  for (const r of Array.isArray(raw) ? (raw as Loose[]) : []) {
    const item = r && typeof r === "object" ? read(r, feedUrl) : null;
    if (!item || keys.has(item.key)) continue;
    keys.add(item.key);
    items.push(item);
  }
  return { ok: true, format: parsed.format, title: text(feed.title), items };
}

// Fetched pages and feed items as ingest outcomes, for the same loop that
// reads files: one outcome a page (a document, or the one problem that
// stopped it, naming the URL).

import type { IngestOutcome } from "../index.js";
import type { FetchClient } from "./client.js";
import { parseFeedBody, type FeedItem } from "./feeds.js";
import { fetchInfo, idFromUrl, pageDocument, sha256 } from "./page.js";
import { htmlDocument } from "../html.js";
import { textDocument } from "../text.js";
import { hasMarkup } from "../html.js";

/** Fetches one page and reads it as a document. Never throws. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/**
 * Fetches one page and reads it as a document. Never throws. With the
 * validators of an earlier fetch, the request is conditional, and a 304 is
 * an outcome passed over: nothing new to store.
 */
export async function fetchPage(
  client: FetchClient,
  url: string,
  opts: { id?: string; feed?: string | null; validators?: Validators | null } = {},
): Promise<IngestOutcome> {
  try {
    const headers: Record<string, string> = {};
    if (opts.validators?.etag) headers["if-none-match"] = opts.validators.etag;
    if (opts.validators?.lastModified) headers["if-modified-since"] = opts.validators.lastModified;
    const o = await client.get(url, headers);
    if (!o.ok) return { ok: false, file: url, problem: o.problem };
    if (o.res.status === 304) return { ok: false, file: url, problem: "not modified since it was last fetched (HTTP 304)", skipped: true };
    return pageDocument(o.res, opts);
  } catch (err) {
    return { ok: false, file: url, problem: `cannot be fetched (${(err as Error).message.split("\n")[0]})` };
  }
}

/** Fetches each URL in turn; `validators` gives those of a page fetched before (a conditional request). */
export async function* fetchPages(
  client: FetchClient,
  urls: readonly string[],
  validators: (url: string) => Promise<Validators | null> = async () => null,
): AsyncGenerator<IngestOutcome> {
  for (const url of urls) yield await fetchPage(client, url, { validators: await validators(url) });
}

export const FEED_ACCEPT =
  "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

/** What one poll of one feed came to; filled in while its outcomes are read. */
export interface FeedReport {
  feed: string;
  /** new: the feed was read; not-modified: 304; failed: the feed itself could not be read. */
  status: "new" | "not-modified" | "failed";
  problem: string | null;
  /** The validators of this answer, to send next time. */
  etag: string | null;
  lastModified: string | null;
  /** Items the feed lists, items already stored (same URL or same content), item pages that could not be fetched. */
  listed: number;
  known: number;
  failedItems: number;
}

export interface PollDeps {
  client: FetchClient;
  /** True when a page with this URL, or with this body hash, is stored already. */
  known(q: { url?: string; sha256?: string }): Promise<boolean>;
}

export function newReport(feed: string): FeedReport {
  return { feed, status: "new", problem: null, etag: null, lastModified: null, listed: 0, known: 0, failedItems: 0 };
}

/**
 * Polls one feed (a conditional request with the validators of its last
 * answer) and yields its new items as documents: an item stored before (same
 * URL, or same content under another URL) is neither stored nor, when its URL
 * is known, fetched again.
 */
export async function* pollFeed(
  feed: string,
  validators: { etag: string | null; lastModified: string | null },
  deps: PollDeps,
  report: FeedReport,
): AsyncGenerator<IngestOutcome> {
  const headers: Record<string, string> = { accept: FEED_ACCEPT };
  if (validators.etag) headers["if-none-match"] = validators.etag;
  if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
  const o = await deps.client.get(feed, headers);
  if (!o.ok) {
    report.status = "failed";
    report.problem = o.problem;
    yield { ok: false, file: feed, problem: o.problem };
    return;
  }
  report.etag = header(o.res.headers.etag);
  report.lastModified = header(o.res.headers["last-modified"]);
  if (o.res.status === 304) {
    report.status = "not-modified";
    report.etag ??= validators.etag;
    report.lastModified ??= validators.lastModified;
    return;
  }
  const parsed = parseFeedBody(o.res.body, o.res.finalUrl);
  if (!parsed.ok) {
    report.status = "failed";
    report.problem = parsed.problem;
    yield { ok: false, file: feed, problem: parsed.problem };
    return;
  }
  report.listed = parsed.items.length;
  for (const item of parsed.items) {
    const outcome = await readItem(feed, item, deps);
    if (outcome === null) {
      report.known++;
      continue;
    }
    if (!outcome.ok) report.failedItems++;
    yield outcome;
  }
}

/** One item as a document, or null when it is stored already. */
async function readItem(feed: string, item: FeedItem, deps: PollDeps): Promise<IngestOutcome | null> {
  // An item without a page of its own is read from the content the feed carries.
  const url = item.url ?? `${feed}#${encodeURIComponent(item.key)}`;
  if (await deps.known({ url })) return null;
  let outcome: IngestOutcome;
  if (item.url) outcome = await fetchPage(deps.client, item.url, { feed });
  else if (item.content) outcome = contentDocument(feed, url, item.content);
  else return { ok: false, file: url, problem: "the feed item has neither a link nor content" };
  if (!outcome.ok) return outcome;
  if (outcome.doc.meta.fetch && (await deps.known({ sha256: outcome.doc.meta.fetch.sha256 }))) return null;
  const meta = outcome.doc.meta;
  // The page's own metadata first; the feed's where the page says nothing.
  if (!meta.published && item.published) {
    meta.published = item.published;
    meta.publishedRule = "feed";
  }
  if (!meta.title && item.title) meta.title = item.title;
  return outcome;
}

function contentDocument(feed: string, url: string, content: string): IngestOutcome {
  const raw = Buffer.from(content, "utf8");
  const id = idFromUrl(url);
  const fetch = { ...fetchInfo({ url, finalUrl: url, status: 200, headers: {}, body: raw }, feed), sha256: sha256(raw) };
  if (hasMarkup(content)) {
    const r = htmlDocument(id, url, raw, content, []);
    if (!r.ok) return { ok: false, file: url, problem: r.problem };
    r.doc.meta.fetch = fetch;
    return { ok: true, file: url, doc: r.doc };
  }
  const doc = textDocument(id, url, raw, content, []);
  doc.meta.fetch = fetch;
  return { ok: true, file: url, doc };
}

function header(v: string | string[] | undefined): string | null {
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.trim() !== "" ? s.trim() : null;
}

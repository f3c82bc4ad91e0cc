// HTML pages: the main text through Readability (on linkedom), headline as
// the first line (where cleaning reads it, then keeps it as the title only:
// clean/rules/headline.ts), paragraphs separated by blank lines; metadata
// from the page's meta tags and JSON-LD. Without an article, the body text is used.

import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import type { RawDocument } from "../types.js";
import { emptyMeta } from "./text.js";
import { normalizeDate } from "./dates.js";
import { asciiLower, htmlShapeProblem } from "./html-shape.js";

/** True when the text looks like an HTML page whatever its file name. */
export function sniffHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(text.slice(0, 4096));
}

export interface HtmlMeta {
  title: string | null;
  published: string | null;
  publishedRule: "html-meta" | "json-ld" | null;
  outlet: string | null;
  url: string | null;
}

export type HtmlResult = { ok: true; doc: RawDocument } | { ok: false; problem: string };

type El = {
  tagName: string;
  childNodes: ArrayLike<Node>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  querySelector(sel: string): El | null;
};
type Node = { nodeType: number; textContent: string | null } & Partial<El>;
type Doc = El & { body: El | null; documentElement: El | null };

/** True when the text holds at least one tag, comment or doctype. */
export function hasMarkup(text: string): boolean {
  return /<(?:[a-z][a-z0-9-]*(?:[\s/][^<>]*)?>|\/[a-z][a-z0-9-]*\s*>|!--|!doctype\b)/i.test(text);
}

/**
 * The readable text and metadata of a page. Whatever goes wrong inside the
 * parser or Readability is an outcome for this page, never an exception.
 */
export function htmlDocument(id: string, origin: string, raw: Buffer, html: string, warnings: string[]): HtmlResult {
  // Measured before parsing: past its bounds, a page would cost the parser and Readability minutes.
  const tooBig = htmlShapeProblem(html, raw.length);
  if (tooBig) return { ok: false, problem: tooBig };
  try {
    return readPage(id, origin, raw, html, warnings);
  } catch (err) {
    const m = err instanceof Error ? err.message : String(err);
    return { ok: false, problem: `HTML could not be read (${m.split("\n")[0]})` };
  }
}

function parsePage(html: string): Doc {
  let document = parseHTML(html).document as unknown as Doc;
  // A fragment or bare text has no root element, and the parser's document then fails on every lookup: give it one.
  if (!document.documentElement) document = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Doc;
  dropComments(document);
  return document;
}

type Tree = { nodeType: number; childNodes: ArrayLike<Tree>; remove?: () => void };

/**
 * Removes every comment: they hold no article text, and one can hold what a
 * comment never should. An unclosed "<![CDATA[" becomes a comment running to
 * the end of the page, "-->" and all; written out and read again (as
 * Readability does), that comment breaks out into markup, and Readability
 * was seen to loop for ever over one such page.
 */
function dropComments(document: Doc): void {
  const comments: Tree[] = [];
  const stack: Tree[] = [document as unknown as Tree];
  while (stack.length) {
    const node = stack.pop()!;
    const kids = node.childNodes ?? [];
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.nodeType === 8) comments.push(k);
      else if (k.nodeType === 1) stack.push(k);
    }
  }
  for (const c of comments) c.remove?.();
}

function readPage(id: string, origin: string, raw: Buffer, html: string, warnings: string[]): HtmlResult {
  const document = parsePage(html);
  const meta = readHtmlMeta(document);
  const notes = [...warnings];
  let paragraphs: string[] = [];
  let articleTitle: string | null = null;
  try {
    // Readability changes the tree it reads: give it its own copy.
    const copy = parsePage(html);
    const article = new Readability(copy as never, { charThreshold: 200 }).parse();
    if (article?.content) {
      const inner = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document as unknown as Doc;
      if (inner.body) paragraphs = collectParagraphs(inner.body);
      articleTitle = clean(article.title ?? "") || null;
      if (!meta.published && article.publishedTime) {
        const d = normalizeDate(article.publishedTime);
        if (d) {
          meta.published = d;
          meta.publishedRule = "html-meta";
        }
      }
    }
  } catch {
    paragraphs = [];
  }
  if (paragraphs.join("").trim() === "") {
    paragraphs = document.body ? collectParagraphs(document.body, true) : [];
    if (paragraphs.join("").trim() === "") paragraphs = fallbackText(html);
    if (paragraphs.join("").trim() === "") return { ok: false, problem: "HTML holds no readable text" };
    notes.push("no article found by Readability: used the body text");
  }
  const titleEl = document.querySelector("title");
  const title = meta.title ?? articleTitle ?? firstHeading(document) ?? (titleEl?.textContent ? clean(titleEl.textContent) || null : null);
  if (title && normalizeSpace(paragraphs[0] ?? "") !== normalizeSpace(title)) paragraphs.unshift(title);
  const doc: RawDocument = {
    meta: { ...emptyMeta(id, origin, "html", notes), title, outlet: meta.outlet, url: meta.url, published: meta.published, publishedRule: meta.publishedRule },
    raw,
    text: paragraphs.join("\n\n"),
  };
  return { ok: true, doc };
}

export function readHtmlMeta(document: Doc): HtmlMeta {
  const metaContent = (...keys: string[]): string | null => {
    for (const key of keys) {
      for (const attr of ["property", "name", "itemprop"]) {
        const el = document.querySelector(`meta[${attr}="${key}"]`);
        const v = el?.getAttribute("content");
        if (v && v.trim()) return clean(v);
      }
    }
    return null;
  };
  const ld = readJsonLd(document);
  let published: string | null = null;
  let publishedRule: HtmlMeta["publishedRule"] = null;
  const metaDate = metaContent(
    "article:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "DC.date.issued",
    "dc.date",
    "parsely-pub-date",
    "sailthru.date",
    "og:published_time",
  );
  if (metaDate && normalizeDate(metaDate)) {
    published = normalizeDate(metaDate);
    publishedRule = "html-meta";
  } else if (ld.published && normalizeDate(ld.published)) {
    published = normalizeDate(ld.published);
    publishedRule = "json-ld";
  }
  // The <title> element usually carries the site's name too: Readability's title (which strips it) is preferred to it.
  const title = metaContent("og:title", "twitter:title") ?? ld.headline;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  return {
    title,
    published,
    publishedRule,
    outlet: metaContent("og:site_name", "application-name") ?? ld.publisher,
    url: (canonical && clean(canonical)) || metaContent("og:url") || ld.url,
  };
}

function readJsonLd(document: Doc): { published: string | null; headline: string | null; publisher: string | null; url: string | null } {
  const out = { published: null as string | null, headline: null as string | null, publisher: null as string | null, url: null as string | null };
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? "");
    } catch {
      continue;
    }
    for (const node of flattenLd(data)) {
      if (!out.published && typeof node.datePublished === "string") out.published = node.datePublished;
      if (!out.headline && typeof node.headline === "string") out.headline = clean(node.headline) || null;
      if (!out.url && typeof node.url === "string" && node.datePublished) out.url = node.url;
      const pub = node.publisher as Record<string, unknown> | undefined;
      if (!out.publisher && pub && typeof pub === "object" && typeof pub.name === "string") out.publisher = clean(pub.name) || null;
    }
  }
  return out;
}

/** Most JSON-LD objects read from one script. */
const MAX_LD_NODES = 1_000;

/** The objects of a JSON-LD value, arrays and "@graph" lists opened, in document order (without recursion: the nesting is the page's to choose). */
function flattenLd(data: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const stack: unknown[] = [data];
  const pushReversed = (list: unknown[]) => {
    for (let i = list.length - 1; i >= 0; i--) stack.push(list[i]);
  };
  while (stack.length && out.length < MAX_LD_NODES) {
    const d = stack.pop();
    if (Array.isArray(d)) pushReversed(d);
    else if (d && typeof d === "object") {
      const obj = d as Record<string, unknown>;
      out.push(obj);
      if (Array.isArray(obj["@graph"])) pushReversed(obj["@graph"]);
    }
  }
  return out;
}

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IMG", "FIGCAPTION", "BUTTON", "FORM", "IFRAME", "SELECT", "TEXTAREA", "INPUT"]);
/** Extra elements skipped when reading a whole body (no article found). */
const SKIP_IN_BODY = new Set(["NAV", "HEADER", "FOOTER", "ASIDE"]);
const BLOCK = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "DT",
  "DD",
  "TD",
  "TH",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "UL",
  "OL",
  "DL",
  "TABLE",
  "TBODY",
  "THEAD",
  "TR",
  "FIGURE",
  "HEADER",
  "FOOTER",
  "NAV",
  "ASIDE",
  "HR",
  "BR",
  "BODY",
]);

/** Paragraph texts in document order: each block element's inline text is one paragraph. */
export function collectParagraphs(root: El, wholeBody = false): string[] {
  const out: string[] = [];
  let current = "";
  let lastWasBr = false;
  const flush = () => {
    const t = clean(current);
    if (t) out.push(t);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? "";
      if (text.trim()) lastWasBr = false;
      current += text;
      return;
    }
    if (node.nodeType !== 1 || !node.tagName) return;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag) || (wholeBody && SKIP_IN_BODY.has(tag))) return;
    if (tag === "BR") {
      // One <br> breaks a line; two in a row separate paragraphs.
      if (lastWasBr) flush();
      else current += " ";
      lastWasBr = true;
      return;
    }
    lastWasBr = false;
    const block = BLOCK.has(tag);
    if (block) flush();
    const kids = node.childNodes ?? [];
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (block) flush();
  };
  walk(root as unknown as Node);
  flush();
  return out;
}

function firstHeading(document: Doc): string | null {
  const h = document.querySelector("h1");
  return h?.textContent ? clean(h.textContent) || null : null;
}

/** Last resort for pages the parser cannot make sense of: strip tags. */
function fallbackText(html: string): string[] {
  const text = withoutRawText(html)
    .replace(/<\/(p|div|h\d|li|br)>|<br\s*\/?>/gi, "\n")
    .replace(/<[^>]*>?/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
  return text.split(/\n+/).map(clean).filter(Boolean);
}

/**
 * The markup without its <script> and <style> elements, in one pass (a
 * pattern that looked for each one's end from every opening tag would scan
 * to the end of the page for each one left open).
 */
function withoutRawText(html: string): string {
  const lower = asciiLower(html);
  let out = "";
  let from = 0;
  let nextScript = lower.indexOf("<script");
  let nextStyle = lower.indexOf("<style");
  for (;;) {
    if (nextScript >= 0 && nextScript < from) nextScript = lower.indexOf("<script", from);
    if (nextStyle >= 0 && nextStyle < from) nextStyle = lower.indexOf("<style", from);
    const at = nextScript < 0 ? nextStyle : nextStyle < 0 ? nextScript : Math.min(nextScript, nextStyle);
    if (at < 0) break;
    const name = at === nextScript ? "script" : "style";
    const after = lower.charCodeAt(at + 1 + name.length);
    if (after >= 97 && after <= 122) {
      // "<scripts", "<styled": not the element
      out += html.slice(from, at + 1);
      from = at + 1;
      continue;
    }
    out += `${html.slice(from, at)} `;
    const end = lower.indexOf(`</${name}>`, at);
    if (end < 0) return out;
    from = end + name.length + 3;
  }
  return out + html.slice(from);
}

function clean(s: string): string {
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}

function normalizeSpace(s: string): string {
  return clean(s).toLowerCase();
}

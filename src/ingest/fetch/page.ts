// A fetched response as a document, read exactly as a file would be (HTML
// through Readability with its meta tags and JSON-LD, or plain text), with
// what the server said kept as the document's fetch metadata.

import { createHash } from "node:crypto";
import type { FetchInfo, RawDocument } from "../../types.js";
import { decodeBytes, type Decoded } from "../decode.js";
import { hasMarkup, htmlDocument, sniffHtml } from "../html.js";
import type { IngestOutcome } from "../index.js";
import { textDocument } from "../text.js";
import type { GetResponse } from "./http.js";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const TEXT_TYPES = new Set(["text/plain", ""]);

/** A readable, stable document id for a URL: host and path as a slug, with a short hash so two URLs never share one. */
export function idFromUrl(url: string): string {
  const u = new URL(url);
  const slug = `${u.hostname}${u.pathname}${u.search}`
    .toLowerCase()
    .replace(/\.(html?|php|aspx?)$/, "")
    .replace(/[^a-z0-9\u0600-\u06ff]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  const hash = createHash("sha256").update(u.href).digest("hex").slice(0, 8);
  return `${slug}-${hash}`;
}

export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function fetchInfo(res: GetResponse, feed: string | null = null): FetchInfo {
  const h = (name: string) => {
    const v = res.headers[name];
    return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
  };
  return {
    url: res.url,
    finalUrl: res.finalUrl,
    httpDate: h("date"),
    etag: h("etag"),
    lastModified: h("last-modified"),
    fetchedAt: new Date().toISOString(),
    sha256: sha256(res.body),
    feed,
  };
}

/** The media type and charset of a Content-Type header, lower case. */
export function contentType(header: string | string[] | undefined): { type: string; charset: string | null } {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return { type: "", charset: null };
  const [type, ...params] = value.split(";");
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean);
  return { type: type!.trim().toLowerCase(), charset: charset ? charset.toLowerCase() : null };
}

function decode(body: Buffer, charset: string | null): Decoded {
  if (charset && !/^(utf-?8|us-ascii|iso-8859-1|latin1|windows-1252)$/.test(charset)) {
    // A charset the server declares other than UTF-8 and its Western fallbacks (windows-1256 Arabic pages, say).
    try {
      const text = new TextDecoder(charset).decode(body);
      if (text.trim() !== "") return { ok: true, text, warnings: [`decoded as ${charset} (declared by the server)`] };
    } catch {
      // an unknown label: read the bytes as any file is read
    }
  }
  return decodeBytes(body);
}

export interface PageOptions {
  /** The document id (default: from the URL asked for). */
  id?: string;
  /** The feed the page was listed in. */
  feed?: string | null;
}

/** Reads a fetched page as a document. Never throws. */
export function pageDocument(res: GetResponse, opts: PageOptions = {}): IngestOutcome {
  const file = res.url;
  const { type, charset } = contentType(res.headers["content-type"]);
  const html = HTML_TYPES.has(type);
  if (!html && !TEXT_TYPES.has(type)) return { ok: false, file, problem: `not a page (content type ${type}): only HTML and plain text are read` };
  const decoded = decode(res.body, charset);
  if (!decoded.ok) return { ok: false, file, problem: decoded.problem.replace(/\bfile\b/, "page") };
  const id = opts.id ?? idFromUrl(res.url);
  const fetch = fetchInfo(res, opts.feed ?? null);
  let doc: RawDocument;
  if ((html && hasMarkup(decoded.text)) || (!html && sniffHtml(decoded.text))) {
    try {
      const r = htmlDocument(id, res.url, res.body, decoded.text, decoded.warnings);
      if (!r.ok) return { ok: false, file, problem: r.problem };
      doc = r.doc;
    } catch (err) {
      return { ok: false, file, problem: `HTML could not be read (${(err as Error).message.split("\n")[0]})` };
    }
  } else doc = textDocument(id, res.url, res.body, decoded.text, decoded.warnings);
  // The page's canonical URL when it names one, else where it was found.
  doc.meta.url = doc.meta.url ?? res.finalUrl;
  doc.meta.fetch = fetch;
  return { ok: true, file, doc };
}

// Plain text as scraped: the text is taken as is; cleaning does the rest.

import type { DocumentMeta, RawDocument } from "../types.js";

export function textDocument(id: string, origin: string, raw: Buffer, text: string, warnings: string[]): RawDocument {
  return { meta: emptyMeta(id, origin, "text", warnings), raw, text };
}

export function emptyMeta(id: string, origin: string, format: DocumentMeta["format"], warnings: string[]): DocumentMeta {
  return {
    id,
    title: null,
    outlet: null,
    url: null,
    published: null,
    publishedRule: null,
    dateline: null,
    origin,
    format,
    warnings: [...warnings],
  };
}

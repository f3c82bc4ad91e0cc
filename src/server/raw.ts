// Builds the RawDocument the pipeline takes from a JSON article posted to
// /api/ingest, with the ingest stage's readers: HTML through Readability (the
// readable text only, never the markup), text as is. Metadata given in the
// request wins over what the page says about itself.

import { htmlDocument } from "../ingest/html.js";
import { textDocument } from "../ingest/text.js";
import type { RawDocument } from "../types.js";
import { HttpError } from "./errors.js";
import type { IngestBody } from "./schemas.js";

export function rawFromBody(body: IngestBody): RawDocument {
  const origin = body.url ?? `api:${body.id}`;
  let doc: RawDocument;
  if (body.html !== undefined) {
    const r = htmlDocument(body.id, origin, Buffer.from(body.html, "utf8"), body.html, []);
    if (!r.ok) throw new HttpError(422, "unprocessable", `document '${body.id}': ${r.problem}`);
    doc = r.doc;
  } else {
    const text = body.text ?? "";
    doc = textDocument(body.id, origin, Buffer.from(text, "utf8"), text, []);
  }
  const meta = { ...doc.meta };
  if (body.title) meta.title = body.title;
  if (body.outlet) meta.outlet = body.outlet;
  if (body.url) meta.url = body.url;
  if (body.published) {
    meta.published = body.published;
    meta.publishedRule = "manifest";
  }
  return { ...doc, meta };
}

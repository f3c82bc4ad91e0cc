// Live ingest in the server: pages fetched under the same URL policy as the
// CLI (refusals are 422 with the same one-line reason), read and cleaned in
// the pipeline worker, stored with their fetch metadata; and, when the
// server runs with --watch, the watched feeds polled in the background.

import { createClient } from "../ingest/fetch/client.js";
import type { GetResponse } from "../ingest/fetch/http.js";
import { makePolicy } from "../ingest/fetch/url-policy.js";
import { DEFAULT_MAX_BYTES } from "../ingest/index.js";
import { contentType, fetchInfo, idFromUrl } from "../ingest/fetch/page.js";
import { newReport, pollFeed } from "../ingest/fetch/sources.js";
import { decodeBytes } from "../ingest/decode.js";
import { extractsLanguage, cleanAndDetect } from "../pipeline.js";
import { saveDocument } from "../store/save-document.js";
import type { PutResult, Store } from "../store/store.js";
import type { RawDocument } from "../types.js";
import type { LiveDeps as LiveOptions, ServerDeps } from "./deps.js";
import { HttpError } from "./errors.js";
import type { PipelineRunner } from "./pipeline-worker.js";

export interface FetchedSaved {
  put: PutResult;
  events: number;
}

/** Fetches one page and stores it with its events; a refusal or a failure is an HttpError with one line. */
export async function fetchAndSave(deps: ServerDeps, live: LiveOptions, url: string, id?: string): Promise<FetchedSaved> {
  const o = await live.client.get(url);
  if (!o.ok) {
    if (o.kind === "refused" || o.kind === "invalid") throw new HttpError(422, o.kind === "refused" ? "refused" : "bad_request", `${url}: ${o.problem}`);
    throw new HttpError(502, "upstream", `${url}: ${o.problem}`);
  }
  const cleaned = await deps.pipeline.prepare(ingestBodyOf(o.res, id ?? idFromUrl(url)));
  cleaned.meta.fetch = fetchInfo(o.res);
  cleaned.meta.origin = url;
  const saved = await save(deps.store, deps.pipeline, cleaned);
  if (saved.put.status !== "unchanged") await deps.reconcile(deps.store);
  return saved;
}

/** The fetched body as the worker's ingest job: HTML or text, decoded here (cheap), read and cleaned there. */
function ingestBodyOf(res: GetResponse, id: string) {
  const { type } = contentType(res.headers["content-type"]);
  if (type !== "" && type !== "text/html" && type !== "application/xhtml+xml" && type !== "text/plain") {
    throw new HttpError(422, "unprocessable", `${res.url}: not a page (content type ${type}): only HTML and plain text are read`);
  }
  const decoded = decodeBytes(res.body);
  if (!decoded.ok) throw new HttpError(422, "unprocessable", `${res.url}: ${decoded.problem.replace(/\bfile\b/, "page")}`);
  const html = type === "text/html" || type === "application/xhtml+xml" || (type === "" && /^\s*</.test(decoded.text));
  return { id, url: res.finalUrl, ...(html ? { html: decoded.text } : { text: decoded.text }) };
}

async function save(store: Store, pipeline: PipelineRunner, cleaned: Awaited<ReturnType<PipelineRunner["prepare"]>>): Promise<FetchedSaved> {
  const skip = extractsLanguage(cleaned.lang) ? null : `language ${cleaned.lang}: extraction reads English only`;
  const saved = await saveDocument(store, cleaned, { skip, extractor: (d) => pipeline.extract(d) });
  const events = saved.events ?? (await store.listEvents({ doc: saved.put.id })).length;
  return { put: saved.put, events };
}

/** One poll of every watched feed, as `sourced watch` does it; returns how many items were stored. */
export async function pollWatchedFeeds(deps: ServerDeps, live: LiveOptions): Promise<number> {
  const at = new Date().toISOString();
  let total = 0;
  const known = async (q: { url?: string; sha256?: string }) => (await deps.store.findFetched(q)) !== null;
  for (const feed of await deps.store.listFeeds()) {
    const report = newReport(feed.url);
    let stored = 0;
    const problems: string[] = [];
    for await (const outcome of pollFeed(feed.url, feed, { client: live.crawler, known }, report)) {
      if (!outcome.ok) {
        if (outcome.file !== feed.url) problems.push(`${outcome.file}: ${outcome.problem}`);
        continue;
      }
      try {
        const saved = await save(deps.store, deps.pipeline, clean(outcome.doc));
        if (saved.put.status !== "unchanged") stored++;
      } catch (err) {
        problems.push(`${outcome.file}: ${(err as Error).message.split("\n")[0]}`);
      }
    }
    total += stored;
    const complete = report.status !== "failed" && problems.length === 0;
    await deps.store.updateFeed(feed.url, {
      lastPollAt: at,
      itemsSeen: feed.itemsSeen + stored,
      lastError: report.problem ?? (problems.length ? `${problems.length} item(s) could not be read; first: ${problems[0]}` : null),
      ...(complete ? { etag: report.etag, lastModified: report.lastModified } : {}),
    });
  }
  if (total > 0) await deps.reconcile(deps.store);
  return total;
}

function clean(raw: RawDocument) {
  return cleanAndDetect(raw);
}

/** Polls the watched feeds every everyMs until stopped; one poll at a time; stop waits for the poll in hand. */
export function startPolling(deps: ServerDeps, live: LiveOptions, everyMs: number): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = pollWatchedFeeds(deps, live).then(
      () => undefined,
      // a poll's problems are kept in each feed's lastError; the next poll runs regardless
      () => undefined,
    );
    void running.then(() => {
      if (!stopped) timer = setTimeout(tick, everyMs);
    });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** How the server fetches: `sourced serve --allow-host … --contact … --watch 15m`. */
export interface LiveSettings {
  allowHosts?: string[];
  contact?: string;
  maxBytes?: number;
  timeoutMs?: number;
  rate?: number;
  /** Poll the watched feeds this often; unset, the server does not poll. */
  watchEveryMs?: number | null;
  ignoreRobots?: boolean;
  /** Retries and their first wait (tests shorten them). */
  retries?: number;
  backoffMs?: number;
}

export function liveDeps(s: LiveSettings): LiveOptions {
  const policy = makePolicy(s.allowHosts ?? []);
  const common = {
    policy,
    maxBytes: s.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: s.timeoutMs,
    rate: s.rate,
    contact: s.contact ?? process.env.SOURCED_CONTACT,
    retries: s.retries,
    backoffMs: s.backoffMs,
  };
  return {
    policy,
    client: createClient({ ...common, robots: false }),
    crawler: createClient({ ...common, robots: s.ignoreRobots !== true }),
    everyMs: s.watchEveryMs ?? null,
  };
}

// What every route plug-in receives from createApp.

import type { Store } from "../store/store.js";
import type { FetchClient } from "../ingest/fetch/client.js";
import type { UrlPolicy } from "../ingest/fetch/url-policy.js";
import type { ApiToken } from "./auth.js";
import type { PipelineRunner } from "./pipeline-worker.js";

export interface ServerDeps {
  store: Store;
  /** Named bearer tokens for write endpoints; none disables writes (403). */
  tokens: ApiToken[];
  /** Rebuilds stories/series/conflicts over the whole store after a write. */
  reconcile: (store: Store) => Promise<void>;
  /** Runs reading, cleaning and extraction off the event loop. */
  pipeline: PipelineRunner;
  /** Fetching by URL and watching feeds; absent, /api/fetch and adding feeds are refused. */
  live?: LiveDeps;
}

/** What fetching takes: the URL policy, a client for pages asked for, one for feeds (robots.txt respected), the poll interval. */
export interface LiveDeps {
  policy: UrlPolicy;
  client: FetchClient;
  crawler: FetchClient;
  /** Time between polls of the watched feeds; null when the server does not poll. */
  everyMs: number | null;
}

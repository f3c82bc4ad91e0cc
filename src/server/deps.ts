// What every route plug-in receives from createApp.

import type { Store } from "../store/store.js";
import type { PipelineRunner } from "./pipeline-worker.js";

export interface ServerDeps {
  store: Store;
  /** Bearer token for write endpoints; undefined disables writes (403). */
  token?: string;
  /** Rebuilds stories/series/conflicts over the whole store after a write. */
  reconcile: (store: Store) => Promise<void>;
  /** Runs reading, cleaning and extraction off the event loop. */
  pipeline: PipelineRunner;
}

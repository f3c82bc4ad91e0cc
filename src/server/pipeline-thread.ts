// The worker thread behind the HTTP ingest routes: reading, cleaning and
// extraction are CPU-heavy and synchronous, so they run here, off the
// server's event loop, one job at a time.

import { parentPort } from "node:worker_threads";
import { cleanAndDetect, extractFromCleaned } from "../pipeline.js";
import type { CleanedDocument } from "../types.js";
import { rawFromBody } from "./raw.js";
import type { IngestBody } from "./schemas.js";
import { runJob, type Job } from "./pipeline-jobs.js";

parentPort?.on("message", (msg: { seq: number; job: Job }) => {
  parentPort!.postMessage({
    seq: msg.seq,
    ...runJob(msg.job, { rawFromBody, cleanDocument: cleanAndDetect, extract: (d: CleanedDocument) => extractFromCleaned(d).events }),
  });
});

export type { IngestBody };

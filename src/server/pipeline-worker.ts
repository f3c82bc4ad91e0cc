// One worker thread that runs the pipeline for the HTTP API, so that a heavy
// page never blocks the server for other users. Jobs queue in order. Where
// the compiled worker file is absent (running from TypeScript sources), the
// jobs run in-process instead.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { CleanedDocument, ExtractedEvent } from "../types.js";
import { HttpError } from "./errors.js";
import { runJob, type Job, type JobResult } from "./pipeline-jobs.js";
import type { IngestBody } from "./schemas.js";

export interface PipelineRunner {
  /** Reads and cleans a posted article; an unreadable one is a 422 HttpError. */
  prepare(body: IngestBody): Promise<CleanedDocument>;
  extract(doc: CleanedDocument): Promise<ExtractedEvent[]>;
  close(): Promise<void>;
}

const threadFile = fileURLToPath(new URL("./pipeline-thread.js", import.meta.url));

function unwrap(r: JobResult): { cleaned: CleanedDocument; events: ExtractedEvent[] } {
  if (!r.ok) throw new HttpError(r.status, r.code, r.message);
  return { cleaned: r.cleaned!, events: r.events! };
}

/** In-process: the same jobs on the calling thread (tests from sources). */
async function inProcess(job: Job): Promise<JobResult> {
  const [{ rawFromBody }, { cleanAndDetect, extractFromCleaned }] = await Promise.all([import("./raw.js"), import("../pipeline.js")]);
  return runJob(job, { rawFromBody, cleanDocument: cleanAndDetect, extract: (d) => extractFromCleaned(d).events });
}

export function createPipelineRunner(): PipelineRunner {
  let worker: Worker | null = null;
  let seq = 0;
  const waiting = new Map<number, (r: JobResult) => void>();

  const failAll = (message: string) => {
    for (const done of waiting.values()) done({ ok: false, status: 500, code: "internal", message });
    waiting.clear();
    worker = null;
  };

  const start = (): Worker | null => {
    if (worker) return worker;
    if (!existsSync(threadFile)) return null;
    const w = new Worker(threadFile);
    w.unref();
    w.on("message", (m: { seq: number } & JobResult) => {
      const done = waiting.get(m.seq);
      waiting.delete(m.seq);
      done?.(m);
    });
    w.on("error", (err) => failAll(`pipeline worker failed: ${err.message}`));
    w.on("exit", () => failAll("pipeline worker stopped"));
    worker = w;
    return w;
  };

  const run = (job: Job): Promise<JobResult> => {
    const w = start();
    if (!w) return inProcess(job);
    return new Promise((resolve) => {
      const n = ++seq;
      waiting.set(n, resolve);
      w.postMessage({ seq: n, job });
    });
  };

  return {
    async prepare(body) {
      return unwrap(await run({ kind: "prepare", body })).cleaned;
    },
    async extract(doc) {
      return unwrap(await run({ kind: "extract", doc })).events;
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

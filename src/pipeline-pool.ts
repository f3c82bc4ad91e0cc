// The CPU-heavy part of ingest (cleaning, language detection, extraction) in
// N worker threads, for `sourced ingest --workers N`. A job is one raw
// document; the same function runs in a thread and, where no thread can
// start (running from TypeScript sources), in-process.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { cleanAndDetect, extractFromCleaned, extractsLanguage } from "./pipeline.js";
import type { CleanedDocument, ExtractedEvent, RawDocument } from "./types.js";

export interface PrepareJob {
  raw: RawDocument;
  /** Extract events too (when the document's language is one the extractor reads). */
  extract: boolean;
}

export type Prepared = { ok: true; cleaned: CleanedDocument; events: ExtractedEvent[] | null; extractError: string | null } | { ok: false; problem: string };

type Job = { kind: "prepare"; job: PrepareJob } | { kind: "extract"; doc: CleanedDocument };
type Result = { kind: "prepare"; prepared: Prepared } | { kind: "extract"; events: ExtractedEvent[] | null; error: string | null };

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split("\n")[0]!;

/** Buffers cross a thread as Uint8Array: make them Buffers again. */
function revive<T extends { raw: Buffer }>(doc: T): T {
  return Buffer.isBuffer(doc.raw) ? doc : { ...doc, raw: Buffer.from(doc.raw) };
}

export function prepareDocument(job: PrepareJob): Prepared {
  let cleaned: CleanedDocument;
  try {
    cleaned = cleanAndDetect(revive(job.raw));
  } catch (err) {
    return { ok: false, problem: `cannot be cleaned (${firstLine(err)})` };
  }
  if (!job.extract || !extractsLanguage(cleaned.lang)) return { ok: true, cleaned, events: null, extractError: null };
  try {
    return { ok: true, cleaned, events: extractFromCleaned(cleaned).events, extractError: null };
  } catch (err) {
    return { ok: true, cleaned, events: null, extractError: firstLine(err) };
  }
}

/** Runs one job (in a thread or in-process). */
export function runPoolJob(job: Job): Result {
  if (job.kind === "prepare") return { kind: "prepare", prepared: prepareDocument(job.job) };
  try {
    return { kind: "extract", events: extractFromCleaned(revive(job.doc)).events, error: null };
  } catch (err) {
    return { kind: "extract", events: null, error: firstLine(err) };
  }
}

export interface PipelinePool {
  readonly threads: number;
  prepare(job: PrepareJob): Promise<Prepared>;
  /** Extraction alone, for a document cleaned before (throws on failure, as in-process extraction does). */
  extract(doc: CleanedDocument): Promise<ExtractedEvent[]>;
  close(): Promise<void>;
}

const threadFile = fileURLToPath(new URL("./pipeline-pool-thread.js", import.meta.url));

interface Slot {
  worker: Worker;
  busy: number;
  waiting: Map<number, (r: Result) => void>;
}

/** A pool of `size` threads; 0 threads (or no compiled thread file) runs jobs in-process, one at a time. */
export function createPipelinePool(size: number): PipelinePool {
  const slots: Slot[] = [];
  let broken: string | null = null;
  if (size > 0 && existsSync(threadFile)) {
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(threadFile), busy: 0, waiting: new Map() };
      slot.worker.on("message", (m: { seq: number; result: Result }) => {
        const done = slot.waiting.get(m.seq);
        slot.waiting.delete(m.seq);
        slot.busy--;
        done?.(m.result);
      });
      const fail = (why: string) => {
        broken = why;
        for (const done of slot.waiting.values()) done({ kind: "prepare", prepared: { ok: false, problem: why } });
        slot.waiting.clear();
      };
      slot.worker.on("error", (err) => fail(`pipeline worker failed: ${err.message}`));
      slot.worker.on("exit", () => fail("pipeline worker stopped"));
      slots.push(slot);
    }
  }
  let seq = 0;
  const run = async (job: Job): Promise<Result> => {
    if (slots.length === 0 || broken) return runPoolJob(job);
    const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    const n = ++seq;
    return new Promise((resolve) => {
      slot.waiting.set(n, resolve);
      slot.worker.postMessage({ seq: n, job });
    });
  };
  return {
    threads: slots.length,
    async prepare(job) {
      const r = await run({ kind: "prepare", job });
      if (r.kind !== "prepare") return { ok: false, problem: "pipeline worker answered the wrong job" };
      return r.prepared.ok ? { ...r.prepared, cleaned: revive(r.prepared.cleaned) } : r.prepared;
    },
    async extract(doc) {
      const r = await run({ kind: "extract", doc });
      if (r.kind !== "extract") throw new Error(r.kind === "prepare" && !r.prepared.ok ? r.prepared.problem : "pipeline worker answered the wrong job");
      if (r.error !== null) throw new Error(r.error);
      return r.events!;
    },
    async close() {
      const all = slots.splice(0);
      for (const s of all) s.worker.removeAllListeners("exit");
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}

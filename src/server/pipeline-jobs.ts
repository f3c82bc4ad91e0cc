// Jobs the server hands to its pipeline worker, and how one is run; the same
// function runs in the worker and, where no worker can start, in-process.

import type { CleanedDocument, ExtractedEvent, RawDocument } from "../types.js";
import { HttpError } from "./errors.js";
import type { IngestBody } from "./schemas.js";

export type Job = { kind: "prepare"; body: IngestBody } | { kind: "extract"; doc: CleanedDocument };

export type JobResult = { ok: true; cleaned?: CleanedDocument; events?: ExtractedEvent[] } | { ok: false; status: number; code: string; message: string };

export interface JobStages {
  rawFromBody(body: IngestBody): RawDocument;
  cleanDocument(raw: RawDocument): CleanedDocument;
  extract(doc: CleanedDocument): ExtractedEvent[];
}

/** Buffers cross a thread as Uint8Array: make them Buffers again. */
function revive(doc: CleanedDocument): CleanedDocument {
  return Buffer.isBuffer(doc.raw) ? doc : { ...doc, raw: Buffer.from(doc.raw) };
}

export function runJob(job: Job, stages: JobStages): JobResult {
  try {
    if (job.kind === "extract") return { ok: true, events: stages.extract(revive(job.doc)) };
    const raw = stages.rawFromBody(job.body);
    if (!raw.text.trim()) return { ok: false, status: 422, code: "unprocessable", message: `document '${job.body.id}' has no readable text` };
    return { ok: true, cleaned: stages.cleanDocument(raw) };
  } catch (err) {
    if (err instanceof HttpError) return { ok: false, status: err.status, code: err.code, message: err.message };
    return { ok: false, status: 500, code: "internal", message: (err instanceof Error ? err.message : String(err)).split("\n")[0]! };
  }
}

// The ingest loop shared by `ingest` and `demo`: read, clean, store, extract,
// store events; one line per bad input and the batch goes on. A signal
// (Ctrl-C, SIGTERM) lets the current document finish its transactions, then
// stops the batch; a second signal exits at once (every write is one SQLite
// transaction, so nothing is ever half-written).

import cliProgress from "cli-progress";
import { countDocuments, readSources } from "../ingest/index.js";
import { EXTRACTOR_VERSION, cleanAndDetect, extractsLanguage } from "../pipeline.js";
import { breathe, saveDocument } from "../store/save-document.js";
import type { Store } from "../store/store.js";
import type { RawDocument } from "../types.js";
import { CliError } from "./errors.js";

export interface IngestOptions {
  maxBytes?: number;
  /** Let manifests read files outside their own folders. */
  allowOutside?: boolean;
  /** Run extraction on new and changed documents (default true). */
  extract?: boolean;
  /** Show a progress bar on stderr. */
  progress?: boolean;
  /** Also re-extract documents whose content is unchanged (so their events come from this extractor). */
  reextractUnchanged?: boolean;
}

export interface IngestedDoc {
  file: string;
  id: string;
  version: number;
  status: "inserted" | "unchanged" | "new-version";
  /** ISO 639-1, or null when not known. */
  lang: string | null;
  events: number | null;
}

export interface IngestSummary {
  inserted: number;
  unchanged: number;
  newVersions: number;
  failed: number;
  /** Files passed over: not an input ingest reads (another type, a FIFO, a link loop). */
  skipped: number;
  /** Documents stored without extraction because they are not in English (counted in inserted or new versions too). */
  otherLanguages: number;
  events: number;
  extractorVersion: string | null;
  documents: IngestedDoc[];
  problems: { file: string; problem: string }[];
  skippedFiles: { file: string; reason: string }[];
  interrupted: boolean;
}

/** Exit status of an interrupted batch (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

function message(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.split("\n")[0]!;
}

export async function runIngest(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const extract = opts.extract ?? true;
  const summary: IngestSummary = {
    inserted: 0,
    unchanged: 0,
    newVersions: 0,
    failed: 0,
    skipped: 0,
    otherLanguages: 0,
    events: 0,
    extractorVersion: extract ? EXTRACTOR_VERSION : null,
    documents: [],
    problems: [],
    skippedFiles: [],
    interrupted: false,
  };

  let stopping = false;
  const onSignal = () => {
    if (stopping) process.exit(EXIT_INTERRUPTED);
    stopping = true;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  let bar: cliProgress.SingleBar | null = null;
  const firstFileOfId = new Map<string, string>();
  // One line a file at most: what there is to say about it is joined.
  const line = (file: string, texts: string[]) => {
    if (texts.length === 0) return;
    if (bar) process.stderr.write("\r\x1b[K");
    process.stderr.write(`sourced: ${file}: ${texts.join("; ")}\n`);
  };

  try {
    if (opts.progress) {
      const total = await countDocuments(paths); // a manifest counts its lines
      bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: "ingest [{bar}] {value}/{total} {file}", clearOnComplete: true, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(total, 1), 0, { file: "" });
    }
    let done = 0;

    for await (const outcome of readSources(paths, { maxBytes: opts.maxBytes, allowOutside: opts.allowOutside })) {
      if (stopping) break;
      done++;
      if (bar) {
        if (done > bar.getTotal()) bar.setTotal(done);
        bar.update(done, { file: outcome.file.length > 40 ? `…${outcome.file.slice(-39)}` : outcome.file });
      }
      if (!outcome.ok) {
        if (outcome.skipped) {
          summary.skipped++;
          summary.skippedFiles.push({ file: outcome.file, reason: outcome.problem });
        } else {
          summary.failed++;
          summary.problems.push({ file: outcome.file, problem: outcome.problem });
        }
        line(outcome.file, [outcome.problem]);
        continue;
      }
      const { file, doc: raw } = outcome;
      const notes: string[] = outcome.note ? [outcome.note] : [];
      const failed = await ingestOne(file, raw, notes);
      if (failed !== null) {
        summary.failed++;
        summary.problems.push({ file, problem: failed });
        notes.push(failed);
      }
      line(file, notes);
    }
  } finally {
    bar?.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  summary.interrupted = stopping;
  return summary;

  /** Cleans, stores and extracts one document; notes gather what is worth saying; the problem that stopped it, or null. */
  async function ingestOne(file: string, raw: RawDocument, notes: string[]): Promise<string | null> {
    const id = raw.meta.id;
    const earlier = firstFileOfId.get(id);
    if (earlier !== undefined && earlier !== file) notes.push(`same document id "${id}" as ${earlier}; stored as its next version`);
    else firstFileOfId.set(id, file);

    await breathe(); // after reading
    let cleaned;
    try {
      cleaned = cleanAndDetect(raw);
    } catch (err) {
      return `cannot be cleaned (${message(err)})`;
    }
    await breathe(); // after cleaning
    // a language the extractor does not read: stored, pending, with the reason
    const other = !extractsLanguage(cleaned.lang);
    const skip = other ? `language ${cleaned.lang}: extraction reads English and Arabic only` : null;
    // the document and its events in one transaction (a kill leaves both or neither)
    const saved = await saveDocument(store, cleaned, { extract, skip, reextractUnchanged: opts.reextractUnchanged });
    const put = saved.put;
    const entry: IngestedDoc = { file, id: put.id, version: put.version, status: put.status, lang: cleaned.lang ?? null, events: saved.events };
    summary.documents.push(entry);
    if (put.status === "inserted") summary.inserted++;
    else if (put.status === "new-version") summary.newVersions++;
    else summary.unchanged++;
    if (extract && other && (put.status !== "unchanged" || opts.reextractUnchanged)) {
      summary.otherLanguages++;
      notes.push(`language ${cleaned.lang}: stored, no events extracted (extraction reads English and Arabic only)`);
    }
    if (saved.problem) return `stored, but ${saved.problem}; retry with \`sourced extract --pending\``;
    summary.events += saved.events ?? 0;
    return null;
  }
}

export function summaryLine(s: IngestSummary): string {
  const parts = [
    `${s.inserted} inserted`,
    `${s.unchanged} unchanged`,
    `${s.newVersions} new version${s.newVersions === 1 ? "" : "s"}`,
    `${s.failed} failed`,
    `${s.skipped} skipped`,
    s.extractorVersion === null ? "extraction skipped" : `${s.events} event${s.events === 1 ? "" : "s"}`,
  ];
  if (s.otherLanguages > 0) parts.push(`${s.otherLanguages} not in English (no events extracted)`);
  return parts.join(", ");
}

/** Throws the interrupt as a one-line error with exit status 130. */
export function throwIfInterrupted(s: IngestSummary): void {
  if (s.interrupted) throw new CliError(`interrupted after ${s.documents.length} document(s); every stored document is complete`, EXIT_INTERRUPTED);
}

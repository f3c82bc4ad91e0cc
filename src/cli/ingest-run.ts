// The ingest loop shared by `ingest` and `demo`: read, clean, store, extract,
// store events; one line per bad input and the batch goes on. A signal
// (Ctrl-C, SIGTERM) lets the current document finish its transactions, then
// stops the batch; a second signal exits at once (every write is one SQLite
// transaction, so nothing is ever half-written).

import cliProgress from "cli-progress";
import { countDocuments, readSources, type IngestOutcome, type ReadOptions } from "../ingest/index.js";
import { EXTRACTOR_VERSION, cleanAndDetect, extractsLanguage, prepareExtraction } from "../pipeline.js";
import { createPipelinePool, type PipelinePool, type Prepared } from "../pipeline-pool.js";
import { breathe, saveDocument } from "../store/save-document.js";
import type { Store } from "../store/store.js";
import type { CleanedDocument, ExtractedEvent, RawDocument } from "../types.js";
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
  /** Clean and extract in this many worker threads (0 or absent: in this thread); documents are stored in input order all the same. */
  workers?: number;
  /** Fetches the pages manifest lines name by url alone. */
  fetchUrl?: ReadOptions["fetchUrl"];
  /** Documents from elsewhere (fetched pages, feed items) instead of the paths, with how many there will be. */
  sources?: { outcomes: AsyncIterable<IngestOutcome>; total: number };
}

export interface IngestedDoc {
  file: string;
  id: string;
  version: number;
  status: "inserted" | "unchanged" | "new-version";
  /** ISO 639-1, or null when not known. */
  lang: string | null;
  /** The publication date (YYYY-MM-DD), or null when neither the manifest nor the page gives one. */
  published: string | null;
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
  /** Documents extracted without a publication date: their relative dates ("on Monday") stay unresolved. */
  undated: number;
  extractorVersion: string | null;
  documents: IngestedDoc[];
  problems: { file: string; problem: string }[];
  skippedFiles: { file: string; reason: string }[];
  interrupted: boolean;
}

/** What became of a document whose id an earlier file of the batch had, as the summary counts it. */
const SAME_ID_OUTCOME: Record<IngestedDoc["status"], string> = {
  "new-version": "stored as its next version",
  unchanged: "same content, counted as unchanged",
  inserted: "stored",
};

/** What the progress bar says before its first document, while extraction's reference data loads. */
export const LOADING_NOTE = "loading the place gazetteer before the first document (a few seconds)…";

/** How to date a document that gives no date of its own; said in the summary when some were extracted undated. */
export const UNDATED_HINT = 'relative dates left unresolved; give each a "published" date in a JSON Lines manifest, see `sourced ingest --help`';

/** Exit status of an interrupted batch (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

/** A read document on its way to the store, with what a worker made of it. */
interface Work {
  raw: RawDocument;
  prepared?: Prepared;
}

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
    undated: 0,
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

  const pool: PipelinePool | null = (opts.workers ?? 0) > 0 ? createPipelinePool(opts.workers!) : null;
  const window = pool ? pool.threads * 2 : 0;
  const inFlight: { file: string; notes: string[]; work: Promise<Work> }[] = [];
  const finishNext = async () => {
    const { file, notes, work } = inFlight.shift()!;
    const failed = await ingestOne(file, await work, notes);
    if (failed !== null) {
      summary.failed++;
      summary.problems.push({ file, problem: failed });
      notes.push(failed);
    }
    line(file, notes);
  };

  try {
    if (opts.progress && extract) {
      // the bar would sit at 0 without a word while this loads: say so, then clear the note in a terminal
      const tty = process.stderr.isTTY === true;
      process.stderr.write(`sourced: ${LOADING_NOTE}${tty ? "" : "\n"}`);
      await breathe();
      prepareExtraction();
      if (tty) process.stderr.write("\r\x1b[K");
    }
    if (opts.progress) {
      const total = opts.sources ? opts.sources.total : await countDocuments(paths); // a manifest counts its lines
      bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: "ingest [{bar}] {value}/{total} {file}", clearOnComplete: true, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(total, 1), 0, { file: "" });
    }
    let done = 0;

    const outcomes = opts.sources?.outcomes ?? readSources(paths, { maxBytes: opts.maxBytes, allowOutside: opts.allowOutside, fetchUrl: opts.fetchUrl });
    for await (const outcome of outcomes) {
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
      // With workers, several documents are cleaned and extracted at once; they are stored in input order.
      const work = startOne(raw);
      work.catch(() => {}); // awaited in turn by finishNext; not an unhandled rejection meanwhile
      inFlight.push({ file, notes, work });
      while (inFlight.length > window) await finishNext();
    }
    while (inFlight.length > 0) await finishNext();
  } finally {
    await pool?.close();
    bar?.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  summary.interrupted = stopping;
  return summary;

  /**
   * Starts the CPU-heavy part of one document: in this thread, the raw
   * document itself (cleaned when stored); with workers, cleaning and, when
   * the stored version will not do, extraction in a thread.
   */
  async function startOne(raw: RawDocument): Promise<Work> {
    if (!pool) return { raw };
    // Only the id and the raw bytes decide whether the document is new: skip extraction of what is stored and extracted.
    const peek = await store.peekDocument({ ...raw, cleanText: "", removed: [] });
    const needed = extract && (peek.status !== "unchanged" || !peek.extracted || opts.reextractUnchanged === true);
    return { raw, prepared: await pool.prepare({ raw, extract: needed }) };
  }

  /** Stores one document with its events; notes gather what is worth saying; the problem that stopped it, or null. */
  async function ingestOne(file: string, work: Work, notes: string[]): Promise<string | null> {
    const { raw, prepared } = work;
    const id = raw.meta.id;
    const earlier = firstFileOfId.get(id);
    if (earlier === undefined || earlier === file) firstFileOfId.set(id, file);
    // said after storing, in the words of what the store did (the summary counts the same)
    const sameId = earlier !== undefined && earlier !== file ? `same document id "${id}" as ${earlier}` : null;

    let cleaned: CleanedDocument;
    let extractor: ((doc: CleanedDocument) => Promise<ExtractedEvent[]>) | undefined;
    if (prepared) {
      if (!prepared.ok) return prepared.problem;
      const done = prepared;
      cleaned = done.cleaned;
      // Events made in a worker serve for the very document they were made from; anything else is extracted now.
      extractor = async (doc) => {
        if (doc !== done.cleaned) return pool!.extract(doc);
        if (done.extractError !== null) throw new Error(done.extractError);
        return done.events ?? pool!.extract(doc);
      };
    } else {
      await breathe(); // after reading
      try {
        cleaned = cleanAndDetect(raw);
      } catch (err) {
        return `cannot be cleaned (${message(err)})`;
      }
      await breathe(); // after cleaning
    }
    // a language the extractor does not read: stored, pending, with the reason
    const other = !extractsLanguage(cleaned.lang);
    const skip = other ? `language ${cleaned.lang}: extraction reads English and Arabic only` : null;
    // the document and its events in one transaction (a kill leaves both or neither)
    const saved = await saveDocument(store, cleaned, { extract, skip, reextractUnchanged: opts.reextractUnchanged, extractor });
    const put = saved.put;
    if (sameId !== null) notes.push(`${sameId}; ${SAME_ID_OUTCOME[put.status]}`);
    const published = cleaned.meta.published;
    const entry: IngestedDoc = { file, id: put.id, version: put.version, status: put.status, lang: cleaned.lang ?? null, published, events: saved.events };
    summary.documents.push(entry);
    if (put.status === "inserted") summary.inserted++;
    else if (put.status === "new-version") summary.newVersions++;
    else summary.unchanged++;
    if (extract && other && (put.status !== "unchanged" || opts.reextractUnchanged)) {
      summary.otherLanguages++;
      notes.push(`language ${cleaned.lang}: stored, no events extracted (extraction reads English and Arabic only)`);
    }
    if (saved.events !== null && published === null) summary.undated++;
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
  if (s.undated > 0) parts.push(`${s.undated} undated (${UNDATED_HINT})`);
  return parts.join(", ");
}

/** Throws the interrupt as a one-line error with exit status 130. */
export function throwIfInterrupted(s: IngestSummary): void {
  if (s.interrupted) throw new CliError(`interrupted after ${s.documents.length} document(s); every stored document is complete`, EXIT_INTERRUPTED);
}

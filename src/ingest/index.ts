// Ingest: paths in, raw documents out. Plain text as scraped, HTML pages
// (through Readability) and JSON Lines manifests. Bad input is an outcome,
// never an exception: one clear problem for the file, and the batch goes on.

import { readFile, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from "node:path";
import type { RawDocument } from "../types.js";
import { decodeBytes } from "./decode.js";
import { normalizeDate } from "./dates.js";
import { hasMarkup, htmlDocument, sniffHtml } from "./html.js";
import { parseManifest, type ManifestLine } from "./manifest.js";
import { textDocument } from "./text.js";
import { isHtmlPath, isManifestPath, walkPaths, type Listed } from "./walk.js";

/** A document read (with a note worth a line to the user, when there is one), or the one problem that stopped it. */
export type IngestOutcome =
  | { ok: true; file: string; doc: RawDocument; note?: string }
  /** skipped: the file is not an input ingest reads (another type, a FIFO, a link loop), rather than a broken one. */
  | { ok: false; file: string; problem: string; skipped?: boolean };

const NO_MARKUP = "named as HTML but holds no markup: read as plain text";

export interface ReadOptions {
  /** Files larger than this are refused (default 20 MB). */
  maxBytes?: number;
  /**
   * Let a manifest read files outside its own folder. Off by default: a
   * manifest from elsewhere must not be able to read any file on the machine.
   */
  allowOutside?: boolean;
  /**
   * Fetches a page a manifest line names by url alone (`sourced fetch`,
   * `sourced ingest`: the fetcher of src/ingest/fetch/, under its URL policy).
   * Without it such a line is a problem.
   */
  fetchUrl?: (url: string, id: string | undefined) => Promise<IngestOutcome>;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The files to read and the files passed over, folders walked and sorted.
 * Files that a manifest in the list covers are left out: the manifest reads
 * them, with its metadata.
 */
async function listEntries(paths: string[]): Promise<Listed[]> {
  const entries = await walkPaths(paths);
  const covered = new Set<string>();
  for (const e of entries) {
    if (e.skipped !== undefined || e.problem !== undefined || !isManifestPath(e.path)) continue;
    const text = await readSmallText(e.path);
    if (text === null) continue;
    for (const m of parseManifest(e.path, text)) if (m.ok && m.path !== null) covered.add(resolve(m.path));
  }
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = resolve(e.path);
    if (seen.has(key) || (covered.has(key) && !isManifestPath(e.path))) return false;
    seen.add(key);
    return true;
  });
}

/** The files to read, folders walked and sorted (files passed over left out). */
export async function listSources(paths: string[]): Promise<string[]> {
  return (await listEntries(paths)).filter((e) => e.skipped === undefined && e.problem === undefined).map((e) => e.path);
}

/** How many outcomes the paths will give (a manifest counts its lines, a file passed over one), for a progress bar. */
export async function countDocuments(paths: string[]): Promise<number> {
  let n = 0;
  for (const e of await listEntries(paths)) {
    if (e.skipped !== undefined || e.problem !== undefined || !isManifestPath(e.path)) {
      n++;
      continue;
    }
    const text = await readSmallText(e.path);
    n += text === null ? 1 : Math.max(1, parseManifest(e.path, text).length);
  }
  return n;
}

export async function* readSources(paths: string[], opts: ReadOptions = {}): AsyncGenerator<IngestOutcome> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const e of await listEntries(paths)) {
    if (e.skipped !== undefined) yield { ok: false, file: e.path, problem: `skipped (${e.skipped})`, skipped: true };
    else if (e.problem !== undefined) yield { ok: false, file: e.path, problem: e.problem };
    else if (isManifestPath(e.path)) yield* readManifest(e.path, maxBytes, opts);
    else yield await readOne(e.path, maxBytes);
  }
}

/** Reads one file as an article (text or HTML). Never throws: anything that goes wrong is the file's problem. */
export async function readOne(file: string, maxBytes = DEFAULT_MAX_BYTES, id = idFromPath(file)): Promise<IngestOutcome> {
  try {
    return await readArticle(file, maxBytes, id);
  } catch (err) {
    const m = err instanceof Error ? err.message : String(err);
    return { ok: false, file, problem: `cannot be read (${m.split("\n")[0]})` };
  }
}

async function readArticle(file: string, maxBytes: number, id: string): Promise<IngestOutcome> {
  const loaded = await loadBytes(file, maxBytes);
  if (!loaded.ok) return { ok: false, file, problem: loaded.problem };
  const decoded = decodeBytes(loaded.bytes);
  if (!decoded.ok) return { ok: false, file, problem: decoded.problem };
  if (isHtmlPath(file) && !hasMarkup(decoded.text)) {
    const warnings = [...decoded.warnings, NO_MARKUP];
    return { ok: true, file, doc: textDocument(id, file, loaded.bytes, decoded.text, warnings), note: NO_MARKUP };
  }
  if (isHtmlPath(file) || sniffHtml(decoded.text)) {
    const r = htmlDocument(id, file, loaded.bytes, decoded.text, decoded.warnings);
    return r.ok ? { ok: true, file, doc: r.doc } : { ok: false, file, problem: r.problem };
  }
  return { ok: true, file, doc: textDocument(id, file, loaded.bytes, decoded.text, decoded.warnings) };
}

async function* readManifest(file: string, maxBytes: number, opts: ReadOptions): AsyncGenerator<IngestOutcome> {
  const allowOutside = opts.allowOutside ?? false;
  const loaded = await loadBytes(file, maxBytes);
  if (!loaded.ok) {
    yield { ok: false, file, problem: loaded.problem };
    return;
  }
  const decoded = decodeBytes(loaded.bytes);
  if (!decoded.ok) {
    yield { ok: false, file, problem: decoded.problem };
    return;
  }
  const entries = parseManifest(file, decoded.text);
  if (entries.length === 0) yield { ok: false, file, problem: "manifest lists no articles" };
  for (const e of entries) {
    const where = `${file}:${e.line}`;
    if (!e.ok) {
      yield { ok: false, file: where, problem: e.problem };
      continue;
    }
    if (e.path === null) {
      yield await fetchLine(where, e.entry, opts.fetchUrl);
      continue;
    }
    if (!allowOutside && !(await isInside(dirname(file), e.path))) {
      yield { ok: false, file: where, problem: `${e.entry.path} is outside the manifest's folder (pass --allow-outside to read it)` };
      continue;
    }
    const outcome = await readOne(e.path, maxBytes, e.entry.id ?? idFromPath(e.path));
    if (!outcome.ok) {
      yield { ok: false, file: where, problem: `${e.path}: ${outcome.problem}` };
      continue;
    }
    yield { ok: true, file: where, doc: applyManifest(outcome.doc, e.entry), ...(outcome.note ? { note: `${e.path}: ${outcome.note}` } : {}) };
  }
}

/** A manifest line that gives only a url: the page fetched, with the line's metadata over the page's. */
async function fetchLine(where: string, entry: ManifestLine, fetchUrl: ReadOptions["fetchUrl"]): Promise<IngestOutcome> {
  const url = entry.url!.trim();
  if (!fetchUrl) return { ok: false, file: where, problem: `gives only a url (${url}), which cannot be fetched when reading files only: give a "path"` };
  const outcome = await fetchUrl(url, entry.id);
  if (!outcome.ok) return { ...outcome, file: where, problem: `${url}: ${outcome.problem}` };
  return { ok: true, file: where, doc: applyManifest(outcome.doc, entry), ...(outcome.note ? { note: `${url}: ${outcome.note}` } : {}) };
}

/**
 * True when path lies inside folder once symbolic links are followed (a link
 * inside the folder to a file outside it is outside). A path that does not
 * exist is judged as written, and reading it then reports it missing.
 */
async function isInside(folder: string, path: string): Promise<boolean> {
  const within = (base: string, p: string) => {
    const rel = relative(base, p);
    return rel !== "" && rel.split(sep)[0] !== ".." && !isAbsolute(rel);
  };
  let realFolder: string;
  try {
    realFolder = await realpath(folder);
  } catch {
    return false;
  }
  try {
    return within(realFolder, await realpath(path));
  } catch {
    return within(resolve(folder), resolve(path)) || within(realFolder, resolve(path));
  }
}

function applyManifest(doc: RawDocument, entry: ManifestLine): RawDocument {
  const meta = { ...doc.meta, format: "manifest" as const, warnings: [...doc.meta.warnings] };
  if (entry.title?.trim()) meta.title = entry.title.trim();
  if (entry.outlet?.trim()) meta.outlet = entry.outlet.trim();
  if (entry.url?.trim()) {
    meta.url = entry.url.trim();
    if (!meta.fetch) meta.origin = meta.url;
  }
  if (entry.published?.trim()) {
    const d = normalizeDate(entry.published);
    if (d) {
      meta.published = d;
      meta.publishedRule = "manifest";
    } else meta.warnings.push(`manifest date "${entry.published}" not understood (expected YYYY-MM-DD)`);
  }
  return { ...doc, meta };
}

type Loaded = { ok: true; bytes: Buffer } | { ok: false; problem: string };

async function loadBytes(file: string, maxBytes: number): Promise<Loaded> {
  let size: number;
  try {
    const s = await stat(file);
    if (s.isDirectory()) return { ok: false, problem: "is a folder, not a file" };
    // Never opened: reading a FIFO or a device could wait, or read, forever.
    if (s.isFIFO()) return { ok: false, problem: "a FIFO, not a regular file" };
    if (!s.isFile()) return { ok: false, problem: "not a regular file" };
    size = s.size;
  } catch (err) {
    return { ok: false, problem: fsProblem(err) };
  }
  if (size > maxBytes) return { ok: false, problem: `too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})` };
  try {
    return { ok: true, bytes: await readFile(file) };
  } catch (err) {
    return { ok: false, problem: fsProblem(err) };
  }
}

async function readSmallText(file: string): Promise<string | null> {
  const loaded = await loadBytes(file, DEFAULT_MAX_BYTES);
  if (!loaded.ok) return null;
  const d = decodeBytes(loaded.bytes);
  return d.ok ? d.text : null;
}

function fsProblem(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === "ENOENT") return "file not found";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder, not a file";
  if (code === "ELOOP") return "a symbolic link loop";
  return `cannot be read (${code ?? "unknown error"})`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** The document id of a file: its name without the extension. */
export function idFromPath(file: string): string {
  return basename(file, extname(file));
}

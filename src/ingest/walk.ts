// Which files a list of paths stands for: files as given, folders walked
// recursively (sorted, hidden entries left out). A file ingest cannot read
// (another type, or not a regular file) is listed with the reason it is
// skipped, whether a folder walk met it or it was named, so that no file is
// passed over without a word.

import type { Dirent, Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/** Extensions ingest reads; a file with no extension is read as text. */
export const SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set([".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"]);

export function isManifestPath(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === ".jsonl" || ext === ".ndjson";
}

export function isHtmlPath(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === ".html" || ext === ".htm" || ext === ".xhtml";
}

/** A file to read, or one passed over: `skipped` says why it is not an input, `problem` why it could not be looked at. */
export type Listed =
  | { path: string; skipped?: undefined; problem?: undefined }
  | { path: string; skipped: string; problem?: undefined }
  | { path: string; problem: string; skipped?: undefined };

/** Why a file of this kind is not read, or null when it is read. */
function unsupported(path: string, s: Stats | Dirent): string | null {
  if (s.isFIFO()) return "a FIFO, not a regular file";
  if (s.isSocket()) return "a socket, not a regular file";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "a device, not a regular file";
  if (!s.isFile()) return "not a regular file";
  const ext = extname(path).toLowerCase();
  if (ext !== "" && !SUPPORTED_EXTENSIONS.has(ext)) return `unsupported file type ${ext}`;
  return null;
}

function code(err: unknown): string | undefined {
  return (err as { code?: string }).code;
}

/**
 * Expands folders into the files they hold. A path that does not exist is
 * kept as is so that reading it reports the problem in its turn. Never
 * opens anything but folders: a FIFO is only looked at, never read.
 */
export async function walkPaths(paths: string[]): Promise<Listed[]> {
  const out: Listed[] = [];
  const walked = new Set<string>();
  for (const p of paths) {
    let s: Stats;
    try {
      s = await stat(p);
    } catch (err) {
      if (code(err) === "ELOOP") out.push({ path: p, skipped: "a symbolic link loop" });
      else out.push({ path: p });
      continue;
    }
    if (s.isDirectory()) {
      const real = await realpath(p).catch(() => p);
      if (walked.has(real)) continue; // named twice: its files are listed once
      walked.add(real);
      await walkFolder(p, walked, out);
      continue;
    }
    const why = unsupported(p, s);
    out.push(why ? { path: p, skipped: why } : { path: p });
  }
  return out;
}

async function walkFolder(dir: string, walked: Set<string>, out: Listed[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const c = code(err);
    out.push({
      path: dir,
      problem: c === "EACCES" || c === "EPERM" ? "folder cannot be read (permission denied)" : `folder cannot be read (${c ?? "unknown error"})`,
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    // A link is judged by what it points to; a plain entry by its own type (no need to look again).
    let kind: Stats | Dirent = e;
    const known = e.isFile() || e.isDirectory() || e.isSymbolicLink() || e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice();
    if (e.isSymbolicLink() || !known) {
      try {
        kind = await stat(full);
      } catch (err) {
        const c = code(err);
        if (c === "ELOOP") out.push({ path: full, skipped: "a symbolic link loop" });
        else if (c === "ENOENT") out.push({ path: full, problem: "file not found (a symbolic link to nothing)" });
        else out.push({ path: full, problem: `cannot be read (${c ?? "unknown error"})` });
        continue;
      }
    }
    if (kind.isDirectory()) {
      const real = await realpath(full).catch(() => full);
      if (walked.has(real)) {
        out.push({ path: full, skipped: "a link to a folder already walked" });
        continue;
      }
      walked.add(real);
      await walkFolder(full, walked, out);
      continue;
    }
    const why = unsupported(e.name, kind);
    out.push(why ? { path: full, skipped: why } : { path: full });
  }
}

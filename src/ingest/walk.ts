// Which files a list of paths stands for: files as given, folders walked
// recursively (sorted, hidden entries skipped, only article-like extensions).

import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/** Extensions picked up when a folder is walked (a file named explicitly is always read). */
export const WALKED_EXTENSIONS: ReadonlySet<string> = new Set([".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"]);

export function isManifestPath(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === ".jsonl" || ext === ".ndjson";
}

export function isHtmlPath(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === ".html" || ext === ".htm" || ext === ".xhtml";
}

/**
 * Expands folders into the files they hold. A path that does not exist is
 * kept as is so that reading it reports the problem in its turn.
 */
export async function walkPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch {
      out.push(p);
      continue;
    }
    if (s.isDirectory()) for (const f of await walkFolder(p)) out.push(f);
    else out.push(p);
  }
  return out;
}

async function walkFolder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) for (const f of await walkFolder(full)) out.push(f);
    else if (e.isFile() && WALKED_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

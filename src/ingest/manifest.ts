// JSON Lines manifests: one article a line, {"path" | "url", "id",
// "published", "outlet", "title", "url"}; `path` is relative to the
// manifest's folder; a line with a `url` and no `path` names a page to fetch.
// Manifest metadata overrides what the file (or page) says.

import { dirname, join, isAbsolute } from "node:path";
import { z } from "zod";

export const ManifestLine = z.object({
  path: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  published: z.string().optional(),
  outlet: z.string().optional(),
  title: z.string().optional(),
});
export type ManifestLine = z.infer<typeof ManifestLine>;

/** path is null for a line that gives only a url: the page is to be fetched. */
export type ManifestEntry = { ok: true; line: number; path: string | null; entry: ManifestLine } | { ok: false; line: number; problem: string };

/** Parses a manifest's text; every non-blank line gives an entry or a problem. */
export function parseManifest(manifestPath: string, text: string): ManifestEntry[] {
  const base = dirname(manifestPath);
  const out: ManifestEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const src = lines[i].trim();
    if (src === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(src);
    } catch {
      out.push({ ok: false, line, problem: `line ${line} is not valid JSON` });
      continue;
    }
    const parsed = ManifestLine.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `"${issue.path.join(".")}"` : "the line";
      out.push({
        ok: false,
        line,
        problem: `line ${line}: ${where} ${issue ? describeIssue(issue.code) : "is invalid"} (expected an object with "path", "id", "published", "outlet", "title", "url")`,
      });
      continue;
    }
    const entry = parsed.data;
    if (!entry.path) {
      if (entry.url) out.push({ ok: true, line, path: null, entry });
      else out.push({ ok: false, line, problem: `line ${line} has no "path" (or "url")` });
      continue;
    }
    out.push({ ok: true, line, path: isAbsolute(entry.path) ? entry.path : join(base, entry.path), entry });
  }
  return out;
}

function describeIssue(code: string): string {
  return code === "invalid_type" ? "has the wrong type" : "is invalid";
}

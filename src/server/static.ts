// Serves the built page (web/dist/) at `/`. Only files under the root are
// served; anything else that is not /api/ falls back to index.html.

import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { notFound } from "./errors.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** web/dist relative to this module, in src/server/ and in dist/server/ alike. */
export function defaultWebRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, "..", "..", "web", "dist");
}

export function staticFiles(app: FastifyInstance, root: string): void {
  const base = resolve(root);
  const cache = new Map<string, Buffer>();
  const read = (file: string): Buffer | null => {
    const hit = cache.get(file);
    if (hit) return hit;
    if (!existsSync(file) || !statSync(file).isFile()) return null;
    const buf = readFileSync(file);
    cache.set(file, buf);
    return buf;
  };

  app.get("/*", async (req, reply) => {
    const url = req.url.split("?")[0];
    if (url.startsWith("/api/") || url === "/api") throw notFound(`no route ${req.method} ${url}`);
    let rel: string;
    try {
      rel = decodeURIComponent(url);
    } catch {
      throw notFound("bad path");
    }
    if (rel.includes("\0")) throw notFound("bad path");
    const file = normalize(join(base, rel));
    if (file !== base && !file.startsWith(base + sep)) throw notFound("bad path");
    let body = rel.endsWith("/") ? null : read(file);
    let type = TYPES[extname(file)] ?? "application/octet-stream";
    if (!body) {
      if (extname(rel)) throw notFound(`no file ${rel}`);
      body = read(join(base, "index.html"));
      type = TYPES[".html"];
      if (!body) throw notFound("the web page is not built: run `npm run build:web`");
    }
    const immutable = url.startsWith("/assets/");
    reply.header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    return reply.type(type).send(body);
  });
}

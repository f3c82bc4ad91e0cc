// Headers every response carries, and ETags on GET responses.

import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

export function securityHeaders(app: FastifyInstance): void {
  app.addHook("onRequest", async (_req, reply) => {
    reply.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "no-referrer");
    reply.header("X-Frame-Options", "DENY");
    reply.header("Cross-Origin-Opener-Policy", "same-origin");
    reply.header("Cross-Origin-Resource-Policy", "same-origin");
  });
}

/** Strong ETag = hash of the body; a matching If-None-Match gets a 304. */
export function etags(app: FastifyInstance): void {
  app.addHook("onSend", async (req, reply, payload) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || reply.statusCode !== 200) return payload;
    let body: string | Buffer;
    if (typeof payload === "string" || Buffer.isBuffer(payload)) body = payload;
    else return payload;
    const tag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    reply.header("ETag", tag);
    const inm = req.headers["if-none-match"];
    if (inm?.split(",").some((t) => t.trim().replace(/^W\//, "") === tag || t.trim() === "*")) {
      reply.code(304);
      reply.removeHeader("Content-Type");
      reply.removeHeader("Content-Length");
      return "";
    }
    return payload;
  });
}

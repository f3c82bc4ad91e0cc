// One GET, safely: every hop's URL passes the policy (url-policy.ts) before
// anything is sent, the socket connects to the address that was checked, at
// most 5 redirects are followed (each one checked again), the body is
// refused past a size limit (counted after decompression), and the whole
// exchange has one deadline. Failures are outcomes with one clear problem,
// never exceptions.

import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { checkUrl, type CheckedUrl, type UrlPolicy } from "./url-policy.js";

export const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_REDIRECTS = 5;

export interface GetOptions {
  policy: UrlPolicy;
  /** Bodies larger than this (after decompression) are refused. */
  maxBytes: number;
  /** One deadline for the whole exchange, redirects and body included. */
  timeoutMs?: number;
  userAgent: string;
  /** Extra request headers (If-None-Match, If-Modified-Since, Accept). */
  headers?: Record<string, string>;
  maxRedirects?: number;
}

export interface GetResponse {
  /** The URL asked for. */
  url: string;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Empty for 304 Not Modified. */
  body: Buffer;
}

/** refused: the policy said no; http: the server answered with an error status; robots: robots.txt disallows it. */
export type FailureKind = "refused" | "invalid" | "timeout" | "too-large" | "network" | "http" | "redirects" | "robots";

export type GetOutcome =
  | { ok: true; res: GetResponse }
  | { ok: false; url: string; kind: FailureKind; problem: string; status?: number; retryAfterMs?: number };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function safeGet(url: string, opts: GetOptions): Promise<GetOutcome> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const maxRedirects = opts.maxRedirects ?? MAX_REDIRECTS;
  let current = url;
  const fail = (kind: FailureKind, problem: string, extra: { status?: number; retryAfterMs?: number } = {}): GetOutcome => ({
    ok: false,
    url,
    kind,
    problem,
    ...extra,
  });
  for (let hop = 0; ; hop++) {
    const checked = await checkUrl(current, opts.policy);
    if (!checked.ok) {
      const via = hop > 0 ? `redirected to ${current}: ` : "";
      return fail(checked.problem.startsWith("refused") ? "refused" : "invalid", `${via}${checked.problem}`);
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) return fail("timeout", `timed out after ${seconds(timeoutMs)}`);
    let res: Hop;
    try {
      res = await oneHop(checked.target, opts, remaining);
    } catch (err) {
      const e = err as { code?: string; message?: string };
      if (e.code === "TIMEOUT") return fail("timeout", `timed out after ${seconds(timeoutMs)}`);
      if (e.code === "TOO_LARGE") return fail("too-large", e.message ?? "too large");
      return fail("network", `cannot be fetched (${e.code ?? e.message?.split("\n")[0] ?? "network error"})`);
    }
    if (REDIRECTS.has(res.status) && typeof res.headers.location === "string") {
      if (hop >= maxRedirects) return fail("redirects", `too many redirects (more than ${maxRedirects})`);
      try {
        current = new URL(res.headers.location, current).href;
      } catch {
        return fail("invalid", `redirected to an invalid URL (${res.headers.location.slice(0, 200)})`);
      }
      continue;
    }
    if (res.status >= 400) {
      const retryAfterMs = retryAfter(res.headers["retry-after"]);
      return fail("http", `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`, {
        status: res.status,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      });
    }
    return { ok: true, res: { url, finalUrl: current, status: res.status, headers: res.headers, body: res.body } };
  }
}

interface Hop {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function oneHop(target: CheckedUrl, opts: GetOptions, timeoutMs: number): Promise<Hop> {
  const { url, host, address, family } = target;
  // Host names resolve to the checked address and nothing else (an address literal is connected to as is).
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const https_ = url.protocol === "https:";
  const headers: Record<string, string> = {
    "user-agent": opts.userAgent,
    accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
    "accept-encoding": "gzip, deflate, br",
    ...(opts.headers ?? {}),
  };
  return new Promise<Hop>((resolve, reject) => {
    let settled = false;
    const done = (err: Error | null, hop?: Hop) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        req.destroy();
        reject(err);
      } else resolve(hop!);
    };
    const req = (https_ ? https : http).request({
      protocol: url.protocol,
      hostname: host,
      port: url.port || (https_ ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: "GET",
      headers,
      lookup: pinned,
      agent: false,
      // TLS checks the certificate against the name (SNI carries names only, never an address).
      ...(https_ && !isIP(host) ? { servername: host } : {}),
    });
    const timer = setTimeout(() => done(coded("TIMEOUT", "timed out")), timeoutMs);
    req.on("error", (err) => done(err));
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) || status === 304 || status >= 400) {
        // The body of a redirect, a 304 or an error is not read.
        res.resume();
        done(null, { status, statusText: res.statusMessage ?? "", headers: res.headers, body: Buffer.alloc(0) });
        return;
      }
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        done(coded("TOO_LARGE", tooLarge(opts.maxBytes, declared)));
        return;
      }
      let stream: Readable = res;
      const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
      if (encoding === "gzip" || encoding === "x-gzip") stream = res.pipe(createGunzip());
      else if (encoding === "deflate") stream = res.pipe(createInflate());
      else if (encoding === "br") stream = res.pipe(createBrotliDecompress());
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > opts.maxBytes) {
          done(coded("TOO_LARGE", tooLarge(opts.maxBytes)));
          stream.destroy();
          return;
        }
        chunks.push(chunk);
      });
      stream.on("error", (err) => done(coded("BAD_BODY", `the body cannot be read (${err.message.split("\n")[0]})`)));
      res.on("aborted", () => done(coded("ECONNRESET", "connection closed")));
      stream.on("end", () => done(null, { status, statusText: res.statusMessage ?? "", headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.end();
  });
}

function coded(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

function tooLarge(limit: number, size?: number): string {
  return size === undefined ? `too large (more than ${formatBytes(limit)}, the limit)` : `too large (${formatBytes(size)}; the limit is ${formatBytes(limit)})`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`;
}

/** Retry-After as milliseconds (seconds or an HTTP date). */
function retryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}

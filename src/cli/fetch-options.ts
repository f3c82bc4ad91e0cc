// The options `fetch`, `watch` and `ingest` share for reaching the web:
// the URL policy's allow-list, size, time and pace limits, the contact in
// the User-Agent; and the fetch client they make.

// The fetcher and the readers load only when a command runs: every `sourced`
// start registers these options, and should not pay for the HTML reader.

import type { Command } from "commander";
import type { FetchClient } from "../ingest/fetch/client.js";
import type { ReadOptions } from "../ingest/index.js";
import { CliError } from "./errors.js";
import { parseBytes, parseNonNegativeInt } from "./shared.js";

export interface WebOpts {
  allowHost: string[];
  maxBytes?: string;
  timeout?: string;
  rate?: string;
  retries?: string;
  contact?: string;
  ignoreRobots?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Adds the options every command that fetches takes. */
export function webOptions(cmd: Command): Command {
  return cmd
    .option("--allow-host <host>", "reach this host even if it resolves to a private or local address (repeatable; also SOURCED_ALLOW_HOSTS)", collect, [])
    .option("--max-bytes <n>", "refuse pages larger than this (e.g. 500000, 5MB; default 20MB)")
    .option("--timeout <duration>", "give up on a request after this long (e.g. 10s; default 30s)")
    .option("--rate <n>", "requests a second to any one host (default 1)")
    .option("--retries <n>", "tries again this many times on 5xx, 429 and timeouts, waiting longer each time (default 2)")
    .option("--contact <email-or-url>", "how site owners can reach you, put in the User-Agent (also SOURCED_CONTACT)");
}

/** "30s", "15m", "1h", "500ms" → milliseconds. */
export function parseDuration(name: string, v: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(v.trim());
  if (!m) throw new CliError(`${name}: '${v}' is not a duration (e.g. 30s, 15m, 1h)`);
  const ms = Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as "ms" | "s" | "m" | "h"];
  if (ms <= 0) throw new CliError(`${name}: must be more than 0`);
  return ms;
}

export function parseRate(v: string): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n <= 0) throw new CliError(`--rate: '${v}' is not a number of requests a second above 0 (e.g. 1, 0.5)`);
  return n;
}

export interface Web {
  client: FetchClient;
  maxBytes: number;
  /** The page fetcher for manifest lines that give only a url. */
  fetchUrl: NonNullable<ReadOptions["fetchUrl"]>;
}

export async function makeWeb(opts: WebOpts, crawler: { robots: boolean }): Promise<Web> {
  const [{ createClient }, { DEFAULT_TIMEOUT_MS }, { fetchPage }, { makePolicy }, { DEFAULT_MAX_BYTES }] = await Promise.all([
    import("../ingest/fetch/client.js"),
    import("../ingest/fetch/http.js"),
    import("../ingest/fetch/sources.js"),
    import("../ingest/fetch/url-policy.js"),
    import("../ingest/index.js"),
  ]);
  const maxBytes = opts.maxBytes === undefined ? DEFAULT_MAX_BYTES : parseBytes("--max-bytes", opts.maxBytes);
  const client = createClient({
    policy: makePolicy(opts.allowHost),
    maxBytes,
    timeoutMs: opts.timeout === undefined ? DEFAULT_TIMEOUT_MS : parseDuration("--timeout", opts.timeout),
    rate: opts.rate === undefined ? undefined : parseRate(opts.rate),
    retries: opts.retries === undefined ? undefined : parseNonNegativeInt("--retries", opts.retries),
    contact: opts.contact ?? process.env.SOURCED_CONTACT,
    robots: crawler.robots,
  });
  return { client, maxBytes, fetchUrl: (url, id) => fetchPage(client, url, id ? { id } : {}) };
}

/** True for an argument that names a URL rather than a file. */
export function isUrlArgument(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
}

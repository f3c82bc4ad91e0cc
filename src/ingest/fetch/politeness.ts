// Politeness toward the sites fetched: at most `rate` requests a second to
// any one host (one by default), and retries with growing waits when a
// server is briefly unwell (5xx, 429, a timeout, a dropped connection).

import type { GetOutcome } from "./http.js";

export const DEFAULT_RATE = 1;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_BACKOFF_MS = 1000;
/** The longest wait a Retry-After header or a robots.txt Crawl-delay can ask for. */
export const MAX_WAIT_MS = 60_000;

export type Sleep = (ms: number) => Promise<void>;
export const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Spaces the requests to each host: one every `1000 / rate` ms, or a host's own longer delay. */
export class HostGate {
  private readonly next = new Map<string, number>();
  private readonly slower = new Map<string, number>();
  private readonly intervalMs: number;

  constructor(
    rate = DEFAULT_RATE,
    private readonly wait: Sleep = sleep,
    private readonly now: () => number = Date.now,
  ) {
    if (!(rate > 0)) throw new Error(`rate must be more than 0 (got ${rate})`);
    this.intervalMs = 1000 / rate;
  }

  /** A longer interval for one host (its robots.txt Crawl-delay), capped. */
  setDelay(host: string, ms: number): void {
    this.slower.set(host, Math.min(ms, MAX_WAIT_MS));
  }

  /** Resolves when a request to host may go; reserves its slot at once, so concurrent callers queue. */
  async take(host: string): Promise<void> {
    const t = this.now();
    const at = Math.max(t, this.next.get(host) ?? 0);
    this.next.set(host, at + Math.max(this.intervalMs, this.slower.get(host) ?? 0));
    if (at > t) await this.wait(at - t);
  }
}

/** Whether a failed GET is worth another try: the server may be well again in a moment. */
export function retryable(o: GetOutcome): boolean {
  if (o.ok) return false;
  if (o.kind === "timeout" || o.kind === "network") return true;
  return o.kind === "http" && (o.status === 429 || (o.status !== undefined && o.status >= 500));
}

export interface RetryOptions {
  retries?: number;
  backoffMs?: number;
  wait?: Sleep;
}

/** Runs attempt until it succeeds, fails for good, or the retries run out; waits backoff, 2×backoff, 4×… (or the server's Retry-After) between. */
export async function withRetries(attempt: () => Promise<GetOutcome>, opts: RetryOptions = {}): Promise<GetOutcome> {
  const retries = opts.retries ?? DEFAULT_RETRIES;
  const backoff = opts.backoffMs ?? DEFAULT_BACKOFF_MS;
  const wait = opts.wait ?? sleep;
  let outcome = await attempt();
  for (let i = 0; i < retries && retryable(outcome); i++) {
    const asked = outcome.ok ? undefined : outcome.retryAfterMs;
    await wait(Math.min(asked ?? backoff * 2 ** i, MAX_WAIT_MS));
    outcome = await attempt();
  }
  if (!outcome.ok && retries > 0 && retryable(outcome)) return { ...outcome, problem: `${outcome.problem} (after ${retries + 1} tries)` };
  return outcome;
}

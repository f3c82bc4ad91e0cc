// The fetcher every way in uses: the safe GET (http.ts) under the URL policy,
// paced per host, retried when a server is briefly unwell, with robots.txt
// respected when asked, and a User-Agent that names sourced and, when given,
// a way to reach whoever runs it.

import { readFileSync } from "node:fs";
import { DEFAULT_TIMEOUT_MS, safeGet, type GetOutcome } from "./http.js";
import { DEFAULT_BACKOFF_MS, DEFAULT_RATE, DEFAULT_RETRIES, HostGate, sleep, withRetries, type Sleep } from "./politeness.js";
import { RobotsCache } from "./robots.js";
import { checkUrl, type UrlPolicy } from "./url-policy.js";

export interface ClientOptions {
  policy: UrlPolicy;
  maxBytes: number;
  timeoutMs?: number;
  /** Requests a second to any one host. */
  rate?: number;
  retries?: number;
  backoffMs?: number;
  /** Respect robots.txt (a crawler that follows feeds does; a page a user names is fetched as asked). */
  robots?: boolean;
  /** An e-mail address or URL for site owners, put in the User-Agent. */
  contact?: string;
  wait?: Sleep;
}

export interface FetchClient {
  readonly userAgent: string;
  get(url: string, headers?: Record<string, string>): Promise<GetOutcome>;
}

let version: string | null = null;
function packageVersion(): string {
  if (version === null) {
    try {
      version = (JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string }).version;
    } catch {
      version = "0";
    }
  }
  return version;
}

/** "sourced/0.1.0 (news event monitor; +mailto:desk@example.org)". */
export function userAgent(contact?: string): string {
  const c = contact?.trim().replace(/[\r\n()]/g, "");
  const reach = c ? `+${c.includes("@") && !c.includes(":") ? `mailto:${c}` : c}` : "no contact given";
  return `sourced/${packageVersion()} (news event monitor; ${reach})`;
}

export function createClient(opts: ClientOptions): FetchClient {
  const wait = opts.wait ?? sleep;
  const gate = new HostGate(opts.rate ?? DEFAULT_RATE, wait);
  const ua = userAgent(opts.contact);
  const once = (url: string, headers?: Record<string, string>) =>
    withRetries(
      async () => {
        await gate.take(new URL(url).host);
        return safeGet(url, { policy: opts.policy, maxBytes: opts.maxBytes, timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, userAgent: ua, headers });
      },
      { retries: opts.retries ?? DEFAULT_RETRIES, backoffMs: opts.backoffMs ?? DEFAULT_BACKOFF_MS, wait },
    );
  const robots = opts.robots ? new RobotsCache((url) => once(url)) : null;
  return {
    userAgent: ua,
    async get(url, headers) {
      if (robots) {
        // The policy first: a refused host is refused, not asked for its robots.txt.
        const checked = await checkUrl(url, opts.policy);
        if (!checked.ok) return { ok: false, url, kind: checked.problem.startsWith("refused") ? "refused" : "invalid", problem: checked.problem };
        const verdict = await robots.check(url);
        if (!verdict.allowed) return { ok: false, url, kind: "robots", problem: verdict.problem };
        if (verdict.crawlDelayMs) gate.setDelay(new URL(url).host, verdict.crawlDelayMs);
      }
      return once(url, headers);
    },
  };
}

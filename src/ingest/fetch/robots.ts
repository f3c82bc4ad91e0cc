// robots.txt, read once per site and kept for the client's life (one poll).
// A missing file (4xx) allows everything; a server error or an unreachable
// file disallows the site for now, as RFC 9309 asks. Crawl-delay slows the
// host's gate.

import robotsParserModule from "robots-parser";
import type { GetOutcome } from "./http.js";

/** The product token sites name in robots.txt to address this crawler. */
export const ROBOTS_AGENT = "sourced";

// The package is CommonJS and exports the function itself, where its types declare a default export.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robot = ReturnType<typeof robotsParser>;
type Rules = { kind: "rules"; robot: Robot } | { kind: "allow-all" } | { kind: "unreachable"; problem: string };

export type RobotsVerdict = { allowed: true; crawlDelayMs?: number } | { allowed: false; problem: string };

export class RobotsCache {
  private readonly sites = new Map<string, Promise<Rules>>();

  constructor(private readonly get: (url: string) => Promise<GetOutcome>) {}

  async check(url: string): Promise<RobotsVerdict> {
    const u = new URL(url);
    if (u.pathname === "/robots.txt") return { allowed: true };
    const origin = u.origin;
    let rules = this.sites.get(origin);
    if (!rules) {
      rules = this.load(origin);
      this.sites.set(origin, rules);
    }
    const r = await rules;
    if (r.kind === "allow-all") return { allowed: true };
    if (r.kind === "unreachable") return { allowed: false, problem: `${origin}/robots.txt ${r.problem}: not fetched (pass --ignore-robots to fetch anyway)` };
    if (r.robot.isDisallowed(url, ROBOTS_AGENT)) return { allowed: false, problem: "disallowed by robots.txt (pass --ignore-robots to fetch anyway)" };
    const delay = r.robot.getCrawlDelay(ROBOTS_AGENT);
    return delay !== undefined && delay > 0 ? { allowed: true, crawlDelayMs: delay * 1000 } : { allowed: true };
  }

  private async load(origin: string): Promise<Rules> {
    const robotsUrl = `${origin}/robots.txt`;
    const o = await this.get(robotsUrl);
    if (o.ok) return { kind: "rules", robot: robotsParser(robotsUrl, o.res.body.toString("utf8")) };
    if (o.kind === "http" && o.status !== undefined && o.status >= 400 && o.status < 500) return { kind: "allow-all" };
    return { kind: "unreachable", problem: `could not be read (${o.problem})` };
  }
}

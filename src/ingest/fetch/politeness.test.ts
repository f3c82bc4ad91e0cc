import { describe, expect, it } from "vitest";
import type { GetOutcome } from "./http.js";
import { HostGate, retryable, withRetries } from "./politeness.js";

/** A clock that only moves when someone sleeps. */
function fakeTime() {
  let t = 0;
  const waits: number[] = [];
  return {
    now: () => t,
    wait: async (ms: number) => {
      waits.push(ms);
      t += ms;
    },
    waits,
  };
}

const ok: GetOutcome = { ok: true, res: { url: "u", finalUrl: "u", status: 200, headers: {}, body: Buffer.alloc(0) } };
const http = (status: number, retryAfterMs?: number): GetOutcome => ({
  ok: false,
  url: "u",
  kind: "http",
  status,
  problem: `HTTP ${status}`,
  ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
});
const timeout: GetOutcome = { ok: false, url: "u", kind: "timeout", problem: "timed out after 1s" };
const refused: GetOutcome = { ok: false, url: "u", kind: "refused", problem: "refused: …" };

describe("HostGate", () => {
  it("spaces requests to one host and leaves other hosts alone", async () => {
    const clock = fakeTime();
    const gate = new HostGate(2, clock.wait, clock.now);
    await gate.take("a.example");
    await gate.take("b.example");
    await gate.take("a.example");
    await gate.take("a.example");
    expect(clock.waits).toEqual([500, 500]);
  });

  it("queues concurrent callers one slot apart", async () => {
    const clock = fakeTime();
    const gate = new HostGate(1, async (ms) => void clock.waits.push(ms), clock.now);
    await Promise.all([gate.take("a"), gate.take("a"), gate.take("a")]);
    expect(clock.waits).toEqual([1000, 2000]);
  });

  it("takes a host's longer delay (Crawl-delay)", async () => {
    const clock = fakeTime();
    const gate = new HostGate(1, clock.wait, clock.now);
    gate.setDelay("slow.example", 5000);
    await gate.take("slow.example");
    await gate.take("slow.example");
    expect(clock.waits).toEqual([5000]);
  });

  it("refuses a rate of zero", () => {
    expect(() => new HostGate(0)).toThrow(/more than 0/);
  });
});

describe("withRetries", () => {
  it("retries 5xx, 429 and timeouts with growing waits, and stops at the first success", async () => {
    const clock = fakeTime();
    const answers = [http(500), timeout, ok];
    const r = await withRetries(async () => answers.shift()!, { retries: 3, backoffMs: 100, wait: clock.wait });
    expect(r.ok).toBe(true);
    expect(clock.waits).toEqual([100, 200]);
  });

  it("says how many tries it made when they all fail", async () => {
    const clock = fakeTime();
    const r = await withRetries(async () => http(503), { retries: 2, backoffMs: 10, wait: clock.wait });
    expect(r).toMatchObject({ ok: false, problem: "HTTP 503 (after 3 tries)" });
    expect(clock.waits).toEqual([10, 20]);
  });

  it("waits what Retry-After asks, within bounds", async () => {
    const clock = fakeTime();
    const answers = [http(429, 3000), http(503, 10 * 60_000), ok];
    await withRetries(async () => answers.shift()!, { retries: 2, backoffMs: 10, wait: clock.wait });
    expect(clock.waits).toEqual([3000, 60_000]);
  });

  it("does not retry what another try cannot mend", async () => {
    for (const o of [http(404), http(403), refused]) {
      let calls = 0;
      await withRetries(
        async () => {
          calls++;
          return o;
        },
        { retries: 3, wait: async () => {} },
      );
      expect(calls).toBe(1);
      expect(retryable(o)).toBe(false);
    }
  });
});

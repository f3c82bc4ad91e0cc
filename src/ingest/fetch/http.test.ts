import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeGet, type GetOptions } from "./http.js";
import { makePolicy, type ResolvedAddress } from "./url-policy.js";

let server: Server;
let port = 0;
const seen: { path: string; host: string | undefined; ua: string | undefined; inm: string | undefined }[] = [];

function handler(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? "/";
  seen.push({ path, host: req.headers.host, ua: req.headers["user-agent"], inm: req.headers["if-none-match"] });
  const redirect = (to: string, status = 302) => {
    res.writeHead(status, { location: to });
    res.end();
  };
  if (path === "/page") {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", etag: '"v1"' });
    res.end("<html><body><p>Hello</p></body></html>");
  } else if (path === "/etag") {
    if (req.headers["if-none-match"] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' });
      res.end();
    } else {
      res.writeHead(200, { etag: '"v1"' });
      res.end("body");
    }
  } else if (path === "/hop1") redirect("/hop2", 301);
  else if (path === "/hop2") redirect(`http://127.0.0.1:${port}/page`, 307);
  else if (path.startsWith("/loop/")) redirect(`/loop/${Number(path.slice(6)) + 1}`);
  else if (path === "/to-localhost") redirect(`http://localhost:${port}/page`);
  else if (path === "/to-private") redirect("http://10.0.0.1/secret");
  else if (path === "/to-metadata") redirect("http://[::ffff:169.254.169.254]/latest/meta-data/");
  else if (path === "/to-file") redirect("file:///etc/passwd");
  else if (path === "/slow") {
    setTimeout(() => {
      if (!res.destroyed) res.end("late");
    }, 3000);
  } else if (path === "/slow-body") {
    res.writeHead(200, { "content-type": "text/plain" });
    res.write("first part ");
    setTimeout(() => {
      if (!res.destroyed) res.end("second part");
    }, 3000);
  } else if (path === "/big-declared") {
    res.writeHead(200, { "content-length": String(200_000) });
    res.end(Buffer.alloc(200_000, 97));
  } else if (path === "/big-chunked") {
    res.writeHead(200, { "content-type": "text/plain" });
    for (let i = 0; i < 20; i++) res.write(Buffer.alloc(10_000, 98));
    res.end();
  } else if (path === "/gzip-bomb") {
    res.writeHead(200, { "content-encoding": "gzip", "content-type": "text/plain" });
    res.end(gzipSync(Buffer.alloc(5_000_000, 0x20)));
  } else if (path === "/gzip-small") {
    res.writeHead(200, { "content-encoding": "gzip", "content-type": "text/plain" });
    res.end(gzipSync(Buffer.from("compressed hello")));
  } else if (path === "/error") {
    res.writeHead(503, { "retry-after": "7" });
    res.end("down");
  } else {
    res.writeHead(404);
    res.end();
  }
}

beforeAll(async () => {
  server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

const table: Record<string, string[]> = { localhost: ["127.0.0.1"], "pinned.example": ["127.0.0.1"] };
const lookups: string[] = [];
const resolve = async (host: string): Promise<ResolvedAddress[]> => {
  lookups.push(host);
  const found = table[host];
  if (!found) throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
  return found.map((address) => ({ address, family: 4 as const }));
};

function opts(extra: Partial<GetOptions> = {}, allow = ["127.0.0.1"]): GetOptions {
  return { policy: makePolicy(allow, "", resolve), maxBytes: 100_000, timeoutMs: 2000, userAgent: "sourced-test/1 (+test@example.org)", ...extra };
}
const base = () => `http://127.0.0.1:${port}`;

describe("safeGet", () => {
  it("fetches a page, with its headers and the user agent", async () => {
    const r = await safeGet(`${base()}/page`, opts());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.res.status).toBe(200);
    expect(r.res.body.toString()).toContain("Hello");
    expect(r.res.headers.etag).toBe('"v1"');
    expect(r.res.finalUrl).toBe(`${base()}/page`);
    expect(seen.at(-1)?.ua).toBe("sourced-test/1 (+test@example.org)");
  });

  it("sends conditional headers and reports 304 as a response with no body", async () => {
    const r = await safeGet(`${base()}/etag`, opts({ headers: { "if-none-match": '"v1"' } }));
    expect(r.ok && r.res.status).toBe(304);
    expect(r.ok && r.res.body.length).toBe(0);
  });

  it("follows redirects and keeps the final URL", async () => {
    const r = await safeGet(`${base()}/hop1`, opts());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.res.url).toBe(`${base()}/hop1`);
      expect(r.res.finalUrl).toBe(`${base()}/page`);
    }
  });

  it("stops after 5 redirects", async () => {
    const r = await safeGet(`${base()}/loop/0`, opts());
    expect(r).toMatchObject({ ok: false, kind: "redirects", problem: "too many redirects (more than 5)" });
    expect(seen.filter((s) => s.path.startsWith("/loop/")).map((s) => s.path)).toEqual(["/loop/0", "/loop/1", "/loop/2", "/loop/3", "/loop/4", "/loop/5"]);
  });

  it("refuses a redirect to a private address, without connecting to it", async () => {
    const r = await safeGet(`${base()}/to-private`, opts());
    expect(r).toMatchObject({ ok: false, kind: "refused" });
    if (!r.ok)
      expect(r.problem).toBe(
        "redirected to http://10.0.0.1/secret: refused: 10.0.0.1 is a private address, in 10.0.0.0/8 (pass --allow-host 10.0.0.1 to reach it on purpose)",
      );
  });

  it("refuses a redirect to a name that resolves to loopback, though the first host was allowed", async () => {
    const before = seen.length;
    const r = await safeGet(`${base()}/to-localhost`, opts());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain("localhost resolves to 127.0.0.1, a loopback address");
    expect(seen.slice(before).map((s) => s.path)).toEqual(["/to-localhost"]);
  });

  it("refuses a redirect to the metadata address written as IPv4-mapped IPv6", async () => {
    const r = await safeGet(`${base()}/to-metadata`, opts());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/link-local.*IPv4-mapped 169\.254\.169\.254/);
  });

  it("refuses a redirect to another scheme", async () => {
    const r = await safeGet(`${base()}/to-file`, opts());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe("redirected to file:///etc/passwd: refused: only http: and https: URLs are fetched, not file:");
  });

  it("refuses a name that resolves to 127.0.0.1 when it is not allow-listed, sending nothing", async () => {
    const before = seen.length;
    const r = await safeGet(`http://pinned.example:${port}/page`, opts());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain("pinned.example resolves to 127.0.0.1, a loopback address");
    expect(seen.length).toBe(before);
  });

  it("connects an allow-listed name to the address it checked, with one lookup and the name as Host", async () => {
    const before = lookups.length;
    const r = await safeGet(`http://pinned.example:${port}/page`, opts({}, ["pinned.example"]));
    expect(r.ok).toBe(true);
    expect(lookups.slice(before)).toEqual(["pinned.example"]);
    expect(seen.at(-1)?.host).toBe(`pinned.example:${port}`);
  });

  it("connects to the address it checked, whatever a rebinding name answers next", async () => {
    // The policy's resolver answers public once (checked, allowed) and loopback after; the system resolver says loopback
    // for localhost. Any lookup after the check would reach the test server.
    let calls = 0;
    const rebinding = async (): Promise<ResolvedAddress[]> => [{ address: calls++ === 0 ? "93.184.216.34" : "127.0.0.1", family: 4 }];
    const before = seen.length;
    const r = await safeGet(`http://localhost:${port}/page`, { ...opts({ timeoutMs: 500 }), policy: makePolicy([], "", rebinding) });
    expect(calls).toBe(1);
    expect(r.ok).toBe(false);
    expect(seen.length).toBe(before);
  });

  it("gives up on a slow server at the deadline", async () => {
    const t0 = Date.now();
    const r = await safeGet(`${base()}/slow`, opts({ timeoutMs: 300 }));
    expect(r).toMatchObject({ ok: false, kind: "timeout", problem: "timed out after 0.3s" });
    expect(Date.now() - t0).toBeLessThan(2500);
  });

  it("gives up on a body that stalls past the deadline", async () => {
    const r = await safeGet(`${base()}/slow-body`, opts({ timeoutMs: 300 }));
    expect(r).toMatchObject({ ok: false, kind: "timeout" });
  });

  it("refuses a body larger than the limit, declared or not, compressed or not", async () => {
    const declared = await safeGet(`${base()}/big-declared`, opts());
    expect(declared).toMatchObject({ ok: false, kind: "too-large", problem: "too large (195.3 KB; the limit is 97.7 KB)" });
    const chunked = await safeGet(`${base()}/big-chunked`, opts());
    expect(chunked).toMatchObject({ ok: false, kind: "too-large" });
    const bomb = await safeGet(`${base()}/gzip-bomb`, opts());
    expect(bomb).toMatchObject({ ok: false, kind: "too-large" });
  });

  it("decompresses gzip", async () => {
    const r = await safeGet(`${base()}/gzip-small`, opts());
    expect(r.ok && r.res.body.toString()).toBe("compressed hello");
  });

  it("reports an error status with its Retry-After", async () => {
    const r = await safeGet(`${base()}/error`, opts());
    expect(r).toMatchObject({ ok: false, kind: "http", status: 503, retryAfterMs: 7000, problem: "HTTP 503 Service Unavailable" });
  });

  it("reports a refused connection as a network problem", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const r = await safeGet(`http://127.0.0.1:${deadPort}/`, opts());
    expect(r).toMatchObject({ ok: false, kind: "network", problem: "cannot be fetched (ECONNREFUSED)" });
  });
});

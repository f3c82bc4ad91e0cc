// The page's files: served from the web root only, with the same headers.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { CONTENT_SECURITY_POLICY } from "../../src/server/security.js";
import { seededStore, type TestStore } from "./corpus.js";

let db: TestStore;
let server: RunningServer;
let root: string;

/** A raw GET that keeps the path as written (fetch would normalise "../"). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "sourced-static-"));
  const web = join(root, "web");
  mkdirSync(join(web, "assets"), { recursive: true });
  writeFileSync(join(web, "index.html"), "<!doctype html><title>page</title>");
  writeFileSync(join(web, "assets", "app.js"), "console.log(1)");
  writeFileSync(join(root, "secret.txt"), "outside the web root");
  db = await seededStore({ reconcile: false });
  server = await startServer({ store: db.store, port: 0, webRoot: web });
});

afterAll(async () => {
  await server?.close();
  await db?.cleanup();
  rmSync(root, { recursive: true, force: true });
});

describe("static files", () => {
  it("serves the page at / with the security headers", async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).toContain("<title>page</title>");
  });

  it("serves assets with their type and long caching", async () => {
    const res = await fetch(new URL("/assets/app.js", server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/javascript/);
    expect(res.headers.get("cache-control")).toMatch(/immutable/);
    expect((await fetch(new URL("/assets/none.js", server.url))).status).toBe(404);
  });

  it("falls back to the page for app paths, never for API paths", async () => {
    expect((await fetch(new URL("/some/view", server.url))).status).toBe(200);
    const api = await fetch(new URL("/api/unknown", server.url));
    expect(api.status).toBe(404);
    expect((await api.json()).error).toBe("not_found");
  });

  it("never serves a file outside the web root", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/..%5csecret.txt"]) {
      const res = await rawGet(path);
      expect(res.body, path).not.toContain("outside the web root");
    }
  });
});

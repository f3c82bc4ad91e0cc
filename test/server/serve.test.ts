// `sourced serve` as a user runs it: prints its URL, serves the database,
// refuses bad options with one line.

import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { seededStore, type TestStore } from "./corpus.js";

const CLI = ["--import", "tsx", join("src", "cli", "main.ts")];

function run(args: string[], env: Record<string, string> = {}): { child: ChildProcess; output: Promise<string>; firstUrl: Promise<string> } {
  const child = spawn(process.execPath, [...CLI, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const firstUrl = new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /Serving on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on("exit", () => reject(new Error(`exited: ${out}`)));
  });
  const output = new Promise<string>((resolve) => {
    let all = "";
    child.stdout!.on("data", (b: Buffer) => (all += b.toString()));
    child.stderr!.on("data", (b: Buffer) => (all += b.toString()));
    child.on("exit", () => resolve(all));
  });
  firstUrl.catch(() => {});
  return { child, output, firstUrl };
}

let db: TestStore;
let dbFile: string;

beforeAll(async () => {
  db = await seededStore();
  dbFile = join(db.dir, "test.db");
  await db.store.close();
});

afterAll(async () => {
  await db.cleanup().catch(() => {});
});

describe("sourced serve", () => {
  it("prints the URL on 127.0.0.1 and serves the database, read-only without a token", async () => {
    const { child, firstUrl, output } = run(["--db", dbFile, "serve", "--port", "0"]);
    try {
      const url = await firstUrl;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const docs = (await (await fetch(new URL("/api/documents", url))).json()) as { documents: unknown[] };
      expect(docs.documents).toHaveLength(4);
      const write = await fetch(new URL("/api/extract", url), { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      expect(write.status).toBe(403);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await output).toMatch(/Read-only/);
  });

  it("takes the token from SOURCED_TOKEN", async () => {
    const { child, firstUrl } = run(["--db", dbFile, "serve", "--port", "0"], { SOURCED_TOKEN: "env-token" });
    try {
      const url = await firstUrl;
      const res = await fetch(new URL("/api/extract", url), {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer env-token" },
        body: JSON.stringify({ ids: [] }),
      });
      expect(res.status).toBe(200);
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("refuses a bad port and a missing database with one line, no stack", async () => {
    const bad = run(["--db", dbFile, "serve", "--port", "http"]);
    const out1 = await bad.output;
    expect(out1.trim()).toBe("sourced: --port: 'http' is not a port number (0-65535)");
    const missing = run(["--db", join(db.dir, "nope.db"), "serve"]);
    const out2 = await missing.output;
    expect(out2.trim().split("\n")).toHaveLength(1);
    expect(out2).toMatch(/nope\.db: no such database/);
  });
});

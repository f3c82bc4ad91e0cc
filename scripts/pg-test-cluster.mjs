#!/usr/bin/env node
// A throw-away PostgreSQL cluster for the tests and the benchmark: `initdb`
// into a temp folder, `pg_ctl start` on a free loopback port with its unix
// socket in that folder, one database, and on stop the cluster is stopped and
// its folder deleted.
//
//   node scripts/pg-test-cluster.mjs -- COMMAND ARGS...
//     runs COMMAND with SOURCED_TEST_PG_URL (and SOURCED_BENCH_PG_URL) set to
//     the cluster's URL, then stops the cluster; exits with COMMAND's status.
//
// Used as a module by test/pg-setup.ts (vitest's global setup). The server
// binaries are looked up on the PATH, then in /usr/lib/postgresql/<version>/bin
// (where Debian's packages put them). PostgreSQL refuses to run as root: when
// run as root, the cluster runs as the `postgres` user (runuser), which owns
// the temp folder.

import { spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPgBin() {
  const onPath = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  if (onPath.status === 0 && onPath.stdout.trim()) {
    const initdb = onPath.stdout.trim();
    return initdb.slice(0, initdb.lastIndexOf("/"));
  }
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], "bin") : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function userId(name) {
  const r = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const g = spawnSync("id", ["-g", name], { encoding: "utf8" });
  return r.status === 0 && g.status === 0 ? { uid: Number(r.stdout), gid: Number(g.stdout) } : null;
}

/**
 * Starts a cluster; resolves to { url, dir, stop }. Throws one line when
 * PostgreSQL is not installed or does not start.
 */
export async function startCluster({ database = "sourced_test" } = {}) {
  const bin = findPgBin();
  if (!bin) throw new Error("PostgreSQL is not installed (no initdb on the PATH or in /usr/lib/postgresql/*/bin)");
  const dir = mkdtempSync(join(tmpdir(), "sourced-pg-"));
  const data = join(dir, "data");
  // As root, run the server as the postgres user, which must own its folder.
  let asUser = [];
  if (process.getuid?.() === 0) {
    const pg = userId("postgres");
    if (!pg) throw new Error("running as root and there is no `postgres` user to run PostgreSQL as");
    chownSync(dir, pg.uid, pg.gid);
    chmodSync(dir, 0o700);
    asUser = ["runuser", "-u", "postgres", "--"];
  }
  const run = (cmd, args) => {
    const full = [...asUser, join(bin, cmd), ...args];
    const r = spawnSync(full[0], full.slice(1), { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${(r.stderr || r.stdout || String(r.error)).trim().split("\n").pop()}`);
  };
  const port = await freePort();
  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", "sourced", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    const serverOpts = `-k ${dir} -p ${port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run("pg_ctl", ["-D", data, "-o", serverOpts, "-l", join(dir, "server.log"), "-w", "-t", "60", "start"]);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const stop = () => {
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // already stopped: the folder goes all the same
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const { default: pg } = await import("pg");
    const admin = new pg.Client({ connectionString: `postgres://sourced@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
  } catch (err) {
    stop();
    throw err;
  }
  return { url: `postgres://sourced@127.0.0.1:${port}/${database}`, dir, stop };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--");
  const command = i < 0 ? [] : process.argv.slice(i + 1);
  if (command.length === 0) {
    process.stderr.write("usage: node scripts/pg-test-cluster.mjs -- COMMAND [ARGS...]\n");
    process.exit(2);
  }
  let cluster;
  try {
    cluster = await startCluster();
  } catch (err) {
    process.stderr.write(`pg-test-cluster: ${err.message}\n`);
    process.exit(1);
  }
  const child = spawn(command[0], command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, SOURCED_TEST_PG_URL: cluster.url, SOURCED_BENCH_PG_URL: cluster.url },
  });
  const forward = (sig) => child.kill(sig);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("close", (code, signal) => {
    cluster.stop();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

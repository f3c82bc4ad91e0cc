// Runs the built command line (`node dist/cli/main.js`) in a temp folder.
// `npm test` builds first; run `npm run build` before running these alone.

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const MAIN = join(ROOT, "dist", "cli", "main.js");

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first (npm test does)`);
}

/**
 * Runs the built CLI as a child process without blocking this worker's event
 * loop (a blocked worker cannot answer the test runner, which then fails the run).
 */
export async function sourced(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const { child, done } = sourcedAsync(cwd, args, env);
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  try {
    return await done;
  } finally {
    clearTimeout(timer);
  }
}

export function sourcedAsync(cwd: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd, env: { ...process.env, SOURCED_DEBUG: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const done = new Promise<Run>((res) => child.on("close", (code, signal) => res({ code, signal, stdout, stderr })));
  return { child, done };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "sourced-cli-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function write(dir: string, name: string, text: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** Short articles written for these tests. */
export const ARTICLES = {
  transfer: `Prisoners moved across the border

By Staff Writer | March 4, 2025

QAMISHLI — Around 120 detainees held by a Kurdish-led force were driven from a prison in Hasakah to Iraq on Monday, two officials said. The transfer is the second this month.
`,
  trial: `Court hands down sentences

A court in Baghdad sentenced five foreign fighters to life in prison on Sunday, according to a judicial source. Their lawyers said they would appeal.
`,
  camp: `Camp numbers fall

About 30,000 people remain in a desert camp in north-east Syria, an aid group said on Thursday. Many are children.
`,
};

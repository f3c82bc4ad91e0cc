// Helpers every command shares: the store from the global --db option,
// option parsers that fail with one line, and stdout writing that tolerates
// a closed pipe (`sourced events | head`).

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { CSV_BOM } from "../export/csv.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/store.js";
import { CliError } from "./errors.js";

/** The package root (where package.json, examples/ and data/ live), from src/cli or dist/cli alike. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export function dbPath(cmd: Command): string {
  return (cmd.optsWithGlobals() as { db?: string }).db ?? "sourced.db";
}

/**
 * Opens the store named by --db. With `mustExist`, a missing file is an
 * error rather than a new empty database.
 */
export function openStoreFor(cmd: Command, opts: { mustExist?: boolean } = {}): Store {
  const path = dbPath(cmd);
  if (opts.mustExist && path !== ":memory:" && !/^postgres/.test(path) && !existsSync(path)) {
    throw new CliError(`${path}: no such database (run \`sourced ingest\` first, or pass --db)`);
  }
  try {
    return openStore(path);
  } catch (err) {
    throw new CliError(`${path}: cannot open as a sourced database (${(err as Error).message})`);
  }
}

/** Runs fn with the store open, closing it whatever happens. */
export async function withStore<T>(cmd: Command, opts: { mustExist?: boolean }, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openStoreFor(cmd, opts);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function parseNonNegativeInt(name: string, v: string): number {
  if (!/^\d+$/.test(v)) throw new CliError(`${name}: '${v}' is not a whole number`);
  return Number(v);
}

/** Bytes, with an optional k/m/g suffix (powers of 1024). */
export function parseBytes(name: string, v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(v.trim());
  if (!m) throw new CliError(`${name}: '${v}' is not a size (e.g. 500000, 2MB)`);
  const mult = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  const n = Math.floor(Number(m[1]) * mult);
  if (n <= 0) throw new CliError(`${name}: must be more than 0`);
  return n;
}

export function parseFraction(name: string, v: string): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n < 0 || n > 1) throw new CliError(`${name}: '${v}' is not a number from 0 to 1`);
  return n;
}

export function parseChoice<T extends string>(name: string, v: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(v)) throw new CliError(`${name}: '${v}' is not one of ${choices.join(", ")}`);
  return v as T;
}

let pipeClosed = false;
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") pipeClosed = true;
  else throw err;
});

/** Writes to stdout, waiting when the pipe is full; stops quietly when the reader went away. */
export async function out(text: string): Promise<void> {
  if (pipeClosed || text === "") return;
  if (!process.stdout.write(text)) {
    await new Promise<void>((resolve) => {
      const done = () => {
        process.stdout.off("drain", done);
        process.stdout.off("error", done);
        resolve();
      };
      process.stdout.once("drain", done);
      process.stdout.once("error", done);
    });
  }
}

export function warn(line: string): void {
  process.stderr.write(`sourced: ${line}\n`);
}

/** "Example:" help text for a command. */
export function examples(...lines: string[]): string {
  return `\nExample${lines.length > 1 ? "s" : ""}:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}

/** The terminal's width when stdout is one; tables are fitted to it. */
export function terminalWidth(): number | undefined {
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : undefined;
}

/** A date bound: YYYY, YYYY-MM or YYYY-MM-DD. */
export function parseDateBound(name: string, v: string): string {
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(v)) throw new CliError(`${name}: '${v}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return v;
}

/** An ISO 3166-1 alpha-2 country code, upper-cased. */
export function parseCountry(name: string, v: string): string {
  if (!/^[A-Za-z]{2}$/.test(v)) throw new CliError(`${name}: '${v}' is not a two-letter country code (e.g. SY, IQ)`);
  return v.toUpperCase();
}

export function parseLang(name: string, v: string): string {
  if (!/^[A-Za-z]{2}$/.test(v)) throw new CliError(`${name}: '${v}' is not a two-letter language code (e.g. en, ar)`);
  return v.toLowerCase();
}

/** The `--bom` option of the commands that write CSV. */
export const BOM_FLAG = "--bom";
export const BOM_HELP = "start CSV output with a UTF-8 byte order mark, so that Excel reads accents and non-Latin scripts right";

/** The byte order mark to put before CSV output, or ""; `--bom` with another format is a usage error. */
export function bomFor(bom: boolean | undefined, isCsv: boolean): string {
  if (!bom) return "";
  if (!isCsv) throw new CliError("--bom: only for CSV output");
  return CSV_BOM;
}

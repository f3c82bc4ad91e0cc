#!/usr/bin/env node
// The `sourced` command. Each file in ./commands/ registers one command
// (plug-in style): `export function register(program: Command): void`.

import { Command } from "commander";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CliError } from "./errors.js";

const here = dirname(fileURLToPath(import.meta.url));

export async function buildProgram(): Promise<Command> {
  const program = new Command("sourced")
    .description("Turn news reports into evidence-linked event data.")
    .option("--db <path>", "SQLite database file", "sourced.db")
    .showHelpAfterError();
  const dir = join(here, "commands");
  const files = readdirSync(dir)
    .filter((f) => /\.(js|ts)$/.test(f) && !/\.(test|d)\.(js|ts)$/.test(f))
    .sort();
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { register?: (p: Command) => void };
    mod.register?.(program);
  }
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (err) {
    return reportError(err);
  }
}

function reportError(err: unknown): number {
  if (err instanceof CliError) {
    process.stderr.write(`sourced: ${err.message}\n`);
    return err.exitCode;
  }
  const e = err as { code?: string; exitCode?: number; message?: string };
  if (typeof e?.code === "string" && e.code.startsWith("commander.")) return e.exitCode ?? 1;
  process.stderr.write(`sourced: ${e?.message ?? String(err)}\n`);
  if (process.env.SOURCED_DEBUG === "1" && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return 1;
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === (await import("node:fs")).realpathSync(process.argv[1]);
if (invokedDirectly) {
  main(process.argv).then((code) => process.exit(code));
}

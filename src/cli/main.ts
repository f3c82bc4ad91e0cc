#!/usr/bin/env node
// The `sourced` command. Each file in ./commands/ registers one command
// (plug-in style): `export function register(program: Command): void`.

import { Command, Option } from "commander";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CliError } from "./errors.js";

const here = dirname(fileURLToPath(import.meta.url));

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(here, "..", "..", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

/** A usage error is one line and a pointer to the command's help, not the whole help. */
function oneLineErrors(cmd: Command): void {
  cmd.configureOutput({
    outputError: (text, write) => {
      const line = text
        .trim()
        .split("\n")[0]!
        .replace(/^error: /, "");
      const name = cmd.name() === "sourced" ? "sourced" : `sourced ${cmd.name()}`;
      write(`sourced: ${line} (see \`${name} --help\`)\n`);
    },
  });
}

export async function buildProgram(): Promise<Command> {
  const program = new Command("sourced")
    .description("Turn news reports into evidence-linked event data.")
    .addOption(new Option("--db <path>", "SQLite database file, or a postgres:// URL").env("SOURCED_DB").default("sourced.db"));
  program.addHelpText("after", "\n`sourced --version` prints the version; `sourced COMMAND --help` explains a command.");
  oneLineErrors(program);
  const dir = join(here, "commands");
  const files = readdirSync(dir)
    .filter((f) => /\.(js|ts)$/.test(f) && !/\.(test|d)\.(js|ts)$/.test(f))
    .sort();
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { register?: (p: Command) => void };
    mod.register?.(program);
  }
  for (const c of program.commands) oneLineErrors(c);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  // Not a commander option: `show ID --version N` is the show command's own.
  if (argv.length === 3 && (argv[2] === "--version" || argv[2] === "-V")) {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
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

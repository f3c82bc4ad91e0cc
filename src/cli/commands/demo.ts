// sourced demo: ingests the bundled example corpus and summarises it.

import { existsSync, readdirSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { Command } from "commander";
import { formatTable } from "../../export/table.js";
import { EVENT_TYPES } from "../../types.js";
import { CliError } from "../errors.js";
import { dbPath, examples, out, PACKAGE_ROOT, withStore } from "../shared.js";

export const EXAMPLE_CORPUS = join(PACKAGE_ROOT, "examples", "corpus");

/** The corpus's articles and manifest: its README describes it and is not an input. */
function corpusPaths(): string[] {
  return readdirSync(EXAMPLE_CORPUS)
    .filter((name) => name !== "README.md" && !name.startsWith("."))
    .sort()
    .map((name) => join(EXAMPLE_CORPUS, name));
}

export function register(program: Command): void {
  program
    .command("demo")
    .description("Ingest the bundled example articles into the database and summarise what was found")
    .option("--serve", "serve the page afterwards (the default in a terminal)")
    .option("--no-serve", "only ingest and summarise")
    .option("--port <n>", "port for the page", "8080")
    .addHelpText("after", examples("sourced demo", "sourced --db /tmp/demo.db demo"))
    .action(async (opts: { serve?: boolean; port: string }, cmd: Command) => {
      if (!existsSync(EXAMPLE_CORPUS)) throw new CliError(`the example corpus is missing (${EXAMPLE_CORPUS})`);
      const { runIngest, summaryLine, throwIfInterrupted } = await import("../ingest-run.js");
      await withStore(cmd, {}, async (store) => {
        const summary = await runIngest(store, corpusPaths(), {
          progress: process.stdout.isTTY === true,
          // The summary should show what this build finds, even over an older database.
          reextractUnchanged: true,
        });
        throwIfInterrupted(summary);
        const docs = await store.listDocuments();
        const events = await store.listEvents();
        const byType = new Map<string, number>();
        for (const e of events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
        const typeRows = EVENT_TYPES.filter((t) => byType.has(t)).map((t) => [t, byType.get(t)!]);
        let text = `Example corpus ingested into ${dbPath(cmd)}: ${summaryLine(summary)}\n\n`;
        text += `${docs.length} document(s):\n`;
        text += formatTable(
          ["id", "published", "outlet", "title", "events"],
          docs.map((d) => [d.id, d.published ?? "", d.outlet ?? "", d.title ?? "", d.events]),
          { widths: { title: 50, id: 32 } },
        );
        text += `\n${events.length} event(s)${typeRows.length ? " by type:" : "."}\n`;
        if (typeRows.length) text += formatTable(["type", "events"], typeRows);
        const me = invokedAs();
        text += `\nNext: \`${me} events --format table\`, \`${me} docs\`, \`${me} show <id> --removed\`.\n`;
        await out(text);
        if (summary.failed > 0) process.exitCode = 1;
      });
      if (opts.serve ?? process.stdout.isTTY === true) await (await import("./serve.js")).serveAfterDemo(cmd, { port: opts.port });
    });
}

/** How the user can run the command again: `sourced` when it is on the PATH, else the script itself. */
export function invokedAs(): string {
  const script = process.argv[1] ?? "";
  if (basename(script) === "sourced") return "sourced";
  const rel = relative(process.cwd(), script) || script;
  return `node ${rel.includes(" ") ? JSON.stringify(rel) : rel}`;
}

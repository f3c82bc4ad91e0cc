// sourced ingest PATH... [--max-bytes N] [--no-extract] [--allow-outside] [--workers N] [--json]

import type { Command } from "commander";
import { examples, out, parseBytes, parseNonNegativeInt, withStore } from "../shared.js";
import { makeWeb, type Web } from "../fetch-options.js";

interface Opts {
  maxBytes?: string;
  extract: boolean;
  allowOutside?: boolean;
  workers?: string;
  allowHost: string[];
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command("ingest")
    .description("Read article files or folders, clean them, store them and extract their events")
    .argument("<paths...>", "files (.txt, .html, .jsonl manifests) or folders")
    .option("--max-bytes <n>", "refuse files larger than this (e.g. 500000, 5MB)")
    .option("--no-extract", "store the documents without extracting events")
    .option("--allow-outside", "let a manifest read files outside its own folder")
    .option("--workers <n>", "clean and extract in this many worker threads (documents are stored in input order all the same)")
    .option(
      "--allow-host <host>",
      "let manifest lines that give only a url reach this private or local host (repeatable)",
      (v: string, p: string[]) => [...p, v],
      [] as string[],
    )
    .option("--json", "print the summary as JSON")
    .addHelpText(
      "after",
      `${examples("sourced ingest articles/ --db news.db", "sourced ingest report.html feed.jsonl --json")}
Dates: an event's date is resolved against the article's publication date,
read from the page (meta tags, JSON-LD, a byline or dateline). A plain-text
article, or a page that gives none, is undated: "on Monday" then stays
unresolved. Give such articles a date with a JSON Lines manifest, one line
an article, and ingest the manifest:
  {"path": "report.txt", "published": "2025-03-04", "outlet": "...", "title": "..."}
`,
    )
    .action(async (paths: string[], opts: Opts, cmd: Command) => {
      const maxBytes = opts.maxBytes === undefined ? undefined : parseBytes("--max-bytes", opts.maxBytes);
      const workers = opts.workers === undefined ? 0 : parseNonNegativeInt("--workers", opts.workers);
      // Loaded on use: the pipeline is heavy, and every `sourced` start would pay for it.
      const { runIngest, summaryLine, throwIfInterrupted } = await import("../ingest-run.js");
      // Manifest lines that give only a url are fetched as `sourced fetch` does (the fetcher made on first use).
      let web: Promise<Web> | null = null;
      const fetchUrl = async (url: string, id: string | undefined) =>
        (await (web ??= makeWeb({ allowHost: opts.allowHost, maxBytes: opts.maxBytes }, { robots: false }))).fetchUrl(url, id);
      const summary = await withStore(cmd, {}, (store) =>
        runIngest(store, paths, {
          maxBytes,
          extract: opts.extract,
          allowOutside: opts.allowOutside === true,
          workers,
          fetchUrl,
          progress: process.stdout.isTTY === true && !opts.json,
        }),
      );
      await out(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : `${summaryLine(summary)}\n`);
      throwIfInterrupted(summary);
      if (summary.failed > 0) process.exitCode = 1;
    });
}

// sourced watch [FEED...] [--feeds FILE] [--once | --every 15m] [--ignore-robots] [web options]

import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { CliError } from "../errors.js";
import { makeWeb, parseDuration, webOptions, type WebOpts } from "../fetch-options.js";
import { examples, out, withStore } from "../shared.js";

interface Opts extends WebOpts {
  once?: boolean;
  every: string;
  feeds?: string;
  extract: boolean;
}

/** Exit status of a watch stopped by a signal (128 + SIGINT). */
const EXIT_INTERRUPTED = 130;

/** Feed URLs of a file: one a line; blank lines and lines starting with # are left out. */
function readFeedList(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new CliError(`${file}: ${code === "ENOENT" ? "file not found" : `cannot be read (${code ?? "unknown error"})`}`);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

export function register(program: Command): void {
  const cmd = program
    .command("watch")
    .description("Poll news feeds (RSS, Atom, JSON Feed) and ingest their new items; one line per poll")
    .argument("[feeds...]", "feed URLs (default: the feeds this database already watches)");
  webOptions(cmd)
    .option("--feeds <file>", "read feed URLs from a file, one a line (# starts a comment)")
    .option("--once", "poll each feed one time, then stop")
    .option("--every <duration>", "time between polls (e.g. 5m, 1h)", "15m")
    .option("--ignore-robots", "fetch what robots.txt disallows")
    .option("--no-extract", "store the documents without extracting events")
    .addHelpText(
      "after",
      `${examples(
        "sourced watch --once https://news.example.org/rss.xml",
        "sourced watch --feeds feeds.txt --every 15m --contact desk@example.org",
        "sourced watch --once --allow-host 127.0.0.1 http://127.0.0.1:8000/feed.xml",
      )}
Each feed is asked with If-None-Match / If-Modified-Since; an item already
stored (same URL, or same content under another URL) is not fetched or stored
again. Requests to one host are spaced (--rate, one a second by default),
retried with growing waits on 5xx and timeouts, and robots.txt is respected.
Feeds named here are remembered in the database; \`sourced watch\` with no feed
polls them. Every poll that stores something reconciles once.
`,
    )
    .action(async (args: string[], opts: Opts, command: Command) => {
      const everyMs = parseDuration("--every", opts.every);
      const web = await makeWeb(opts, { robots: opts.ignoreRobots !== true });
      const named = [...args, ...(opts.feeds ? readFeedList(opts.feeds) : [])];
      for (const f of named) if (!/^https?:\/\//i.test(f)) throw new CliError(`${f}: not a feed URL (http:// or https://)`);
      const { pollFeeds, pollLine } = await import("../watch-run.js");
      await withStore(command, {}, async (store) => {
        const feeds = named.length > 0 ? [...new Set(named)] : (await store.listFeeds()).map((f) => f.url);
        if (feeds.length === 0) throw new CliError("no feeds to watch: name feed URLs or --feeds FILE");
        for (const f of feeds) if (!(await store.getFeed(f))) await store.addFeed(f);
        let stop = false;
        let wake: (() => void) | null = null;
        const onSignal = () => {
          stop = true;
          wake?.();
        };
        // A signal during a poll lets the document in hand finish (the ingest loop sees it too); between polls it ends the watch at once.
        process.on("SIGINT", onSignal);
        process.on("SIGTERM", onSignal);
        try {
          for (;;) {
            const s = await pollFeeds(store, feeds, web.client, { extract: opts.extract });
            await out(`${pollLine(s)}\n`);
            if (s.interrupted || stop) throw new CliError("interrupted; every stored document is complete", EXIT_INTERRUPTED);
            if (opts.once) {
              if (s.failed > 0) process.exitCode = 1;
              return;
            }
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, everyMs);
              wake = () => {
                clearTimeout(timer);
                resolve();
              };
              if (stop) wake();
            });
            wake = null;
            if (stop) throw new CliError("stopped between polls; every stored document is complete", EXIT_INTERRUPTED);
          }
        } finally {
          process.off("SIGINT", onSignal);
          process.off("SIGTERM", onSignal);
        }
      });
    });
}

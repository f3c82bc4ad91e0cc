// sourced fetch URL... [--allow-host HOST]... [--max-bytes N] [--timeout 30s] [--rate N] [--contact C] [--no-extract] [--json]

import type { Command } from "commander";
import type { IngestOutcome } from "../../ingest/index.js";
import { CliError } from "../errors.js";
import { isUrlArgument, makeWeb, webOptions, type WebOpts } from "../fetch-options.js";
import { examples, out, withStore } from "../shared.js";

interface Opts extends WebOpts {
  extract: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command("fetch")
    .description("Fetch web pages by URL (or the url lines of JSONL manifests) and ingest them like files: clean, store, extract")
    .argument("<urls...>", "http(s) URLs, or .jsonl manifests whose lines give a url");
  webOptions(cmd)
    .option("--no-extract", "store the documents without extracting events")
    .option("--json", "print the summary as JSON")
    .addHelpText(
      "after",
      `${examples(
        "sourced fetch https://news.example.org/2025/03/04/transfer.html",
        "sourced fetch links.jsonl --contact desk@example.org",
        "sourced fetch --allow-host wiki.internal http://wiki.internal/report",
      )}
Only http: and https: URLs are fetched. A host that resolves to a loopback,
private, link-local (cloud metadata), carrier-grade NAT, multicast or
reserved address is refused, on every redirect too (at most 5), unless it is
named with --allow-host or in SOURCED_ALLOW_HOSTS. The final URL and the
server's Date, ETag and Last-Modified are kept with the document.
`,
    )
    .action(async (args: string[], opts: Opts, command: Command) => {
      const web = await makeWeb(opts, { robots: false });
      const urls = args.filter(isUrlArgument);
      const manifests = args.filter((a) => !isUrlArgument(a));
      const bad = manifests.find((m) => !/\.jsonl$/i.test(m));
      if (bad) throw new CliError(`${bad}: not a URL (http:// or https://) or a .jsonl manifest`);
      const { fetchPages } = await import("../../ingest/fetch/sources.js");
      const { runIngest, summaryLine, throwIfInterrupted } = await import("../ingest-run.js");
      const summary = await withStore(command, {}, async (store) => {
        // A page fetched before is asked for conditionally: an unchanged page costs a 304, not a download.
        const validators = async (url: string) => {
          const found = await store.findFetched({ url });
          return found && found.fetch.url === url ? { etag: found.fetch.etag, lastModified: found.fetch.lastModified } : null;
        };
        const ingest = (paths: string[], sources?: { outcomes: AsyncIterable<IngestOutcome>; total: number }) =>
          runIngest(store, paths, {
            maxBytes: web.maxBytes,
            extract: opts.extract,
            progress: process.stdout.isTTY === true && !opts.json,
            fetchUrl: web.fetchUrl,
            ...(sources ? { sources } : {}),
          });
        const fromUrls = urls.length > 0 ? await ingest([], { outcomes: fetchPages(web.client, urls, validators), total: urls.length }) : null;
        if (fromUrls?.interrupted || manifests.length === 0) return fromUrls!;
        const fromManifests = await ingest(manifests);
        return fromUrls ? merge(fromUrls, fromManifests) : fromManifests;
      });
      await out(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : `${summaryLine(summary)}\n`);
      throwIfInterrupted(summary);
      if (summary.failed > 0) process.exitCode = 1;
    });
}

type Summary = Awaited<ReturnType<typeof import("../ingest-run.js")["runIngest"]>>;

function merge(a: Summary, b: Summary): Summary {
  return {
    inserted: a.inserted + b.inserted,
    unchanged: a.unchanged + b.unchanged,
    newVersions: a.newVersions + b.newVersions,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
    otherLanguages: a.otherLanguages + b.otherLanguages,
    undated: a.undated + b.undated,
    events: a.events + b.events,
    extractorVersion: a.extractorVersion,
    documents: [...a.documents, ...b.documents],
    problems: [...a.problems, ...b.problems],
    skippedFiles: [...a.skippedFiles, ...b.skippedFiles],
    interrupted: a.interrupted || b.interrupted,
  };
}

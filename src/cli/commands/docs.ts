// sourced docs [--format table|json]

import type { Command } from "commander";
import { formatTable } from "../../export/table.js";
import { examples, out, parseChoice, parseLang, terminalWidth, withStore } from "../shared.js";

export function register(program: Command): void {
  program
    .command("docs")
    .description("List the stored documents with their metadata and event counts")
    .option("--format <format>", "table or json", "table")
    .option("--lang <code>", "only documents in this language (ISO 639-1: en, ar)")
    .addHelpText("after", examples("sourced docs", "sourced docs --format json --db news.db", "sourced docs --lang ar"))
    .action(async (opts: { format: string; lang?: string }, cmd: Command) => {
      const format = parseChoice("--format", opts.format, ["table", "json"] as const);
      const lang = opts.lang === undefined ? undefined : parseLang("--lang", opts.lang);
      await withStore(cmd, { mustExist: true }, async (store) => {
        const docs = (await store.listDocuments()).filter((d) => lang === undefined || d.lang === lang);
        if (format === "json") {
          await out(`${JSON.stringify(docs, null, 2)}\n`);
          return;
        }
        if (docs.length === 0) {
          process.stderr.write("sourced: no documents stored\n");
          return;
        }
        const rows = docs.map((d) => [
          d.id,
          d.version,
          d.published ?? "",
          d.publishedRule ?? "",
          d.lang ?? "",
          d.outlet ?? "",
          d.title ?? "",
          d.chars,
          d.events,
        ]);
        await out(
          formatTable(["id", "version", "published", "rule", "lang", "outlet", "title", "chars", "events"], rows, {
            widths: { title: 48, id: 32 },
            maxWidth: terminalWidth(),
          }),
        );
      });
    });
}

// sourced events --format jsonl|csv|table [--doc ID] [--type T] [--min-confidence X] ...

import type { Command } from "commander";
import type { Format } from "../../export/index.js";
import type { EventFilter } from "../../store/store.js";
import { EVENT_TYPES, STATUSES, type EventRecord } from "../../types.js";
import { noteSuppressed } from "../review-lines.js";
import {
  BOM_FLAG,
  BOM_HELP,
  bomFor,
  examples,
  out,
  parseChoice,
  parseCountry,
  parseDateBound,
  parseFraction,
  parseLang,
  terminalWidth,
  warn,
  withStore,
} from "../shared.js";

interface Opts {
  format: string;
  doc?: string;
  type?: string;
  status?: string;
  country?: string;
  from?: string;
  to?: string;
  q?: string;
  minConfidence?: string;
  lang?: string;
  bom?: boolean;
}

const PAGE = 500;
const FORMATS: readonly Format[] = ["jsonl", "csv", "table"];

export function register(program: Command): void {
  program
    .command("events")
    .description("Print the stored events as exchange records (JSON Lines, CSV or a table)")
    .option("--format <format>", `output format: ${FORMATS.join(", ")}`, "jsonl")
    .option("--doc <id>", "only events of this document")
    .option("--type <type>", `only this type (${EVENT_TYPES.join(", ")})`)
    .option("--status <status>", `only this status (${STATUSES.join(", ")})`)
    .option("--country <iso>", "only events with this ISO country as origin, destination or location")
    .option("--from <date>", "only events dated on or after this (YYYY[-MM[-DD]])")
    .option("--to <date>", "only events dated on or before this (YYYY[-MM[-DD]])")
    .option("--q <words>", "only events whose evidence, subject, actor, group, source or places hold these words")
    .option("--min-confidence <x>", "only events at least this sure (0 to 1)")
    .option("--lang <code>", "only events read from documents in this language (ISO 639-1: en, ar)")
    .option(BOM_FLAG, BOM_HELP)
    .addHelpText(
      "after",
      examples(
        "sourced events --format jsonl > events.jsonl",
        "sourced events --format table --type transfer --min-confidence 0.6",
        "sourced events --format csv --bom > events.csv",
        "sourced events --lang ar --format table",
      ),
    )
    .action(async (opts: Opts, cmd: Command) => {
      const format = parseChoice<Format>("--format", opts.format, FORMATS);
      const bom = bomFor(opts.bom, format === "csv");
      const filter: EventFilter = {};
      if (opts.doc !== undefined) filter.doc = opts.doc;
      if (opts.type !== undefined) filter.type = parseChoice("--type", opts.type, EVENT_TYPES);
      if (opts.status !== undefined) filter.status = parseChoice("--status", opts.status, STATUSES);
      if (opts.country !== undefined) filter.country = parseCountry("--country", opts.country);
      if (opts.from !== undefined) filter.from = parseDateBound("--from", opts.from);
      if (opts.to !== undefined) filter.to = parseDateBound("--to", opts.to);
      if (opts.q !== undefined) filter.q = opts.q;
      if (opts.minConfidence !== undefined) filter.minConfidence = parseFraction("--min-confidence", opts.minConfidence);
      if (opts.lang !== undefined) filter.lang = parseLang("--lang", opts.lang);

      // Loaded on use (zod and the exporters are not needed to start `sourced`).
      const { CSV_COLUMNS, checkRecord, csvLine, csvRow, eventsTable } = await import("../../export/index.js");
      await withStore(cmd, { mustExist: true }, async (store) => {
        let count = 0;
        let invalid = 0;
        const forTable: EventRecord[] = [];
        let after: string | undefined;
        for (;;) {
          const page = await store.listEvents({ ...filter, limit: PAGE, after });
          if (page.length === 0) break;
          after = page[page.length - 1]!.id;
          let chunk = "";
          for (const e of page) {
            const checked = checkRecord(e);
            if (!checked.ok) {
              invalid++;
              warn(`event ${e.id} of ${e.doc}: ${checked.problem}; left out`);
              continue;
            }
            const r = checked.record;
            if (format === "table") forTable.push(r);
            else {
              if (format === "csv" && count === 0) chunk += bom + csvLine(CSV_COLUMNS);
              // The document's language follows the format's fields (it is not one of them).
              const withLang = { ...r, lang: e.lang ?? null };
              chunk += format === "csv" ? csvLine(csvRow(withLang, e.id, e.uid)) : `${JSON.stringify(withLang)}\n`;
            }
            count++;
          }
          await out(chunk);
          if (page.length < PAGE) break;
        }
        if (format === "table" && count > 0) await out(eventsTable(forTable, { maxWidth: terminalWidth() }));
        if (count === 0) process.stderr.write("sourced: no events match\n");
        await noteSuppressed(store, filter);
        if (invalid > 0) process.exitCode = 1;
      });
    });
}

// sourced series [--type T] [--from CC] [--to CC] [--group G] [--format table|json|csv]

import type { Command } from "commander";
import { seriesCsv, seriesTable } from "../../export/views.js";
import { currentReconciliation } from "../../reconcile/index.js";
import { canonicalGroup } from "../../reconcile/util.js";
import { EVENT_TYPES } from "../../types.js";
import { CliError } from "../errors.js";
import { BOM_FLAG, BOM_HELP, bomFor, examples, out, parseChoice, withStore } from "../shared.js";

const FORMATS = ["table", "json", "csv"] as const;

function country(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^[A-Za-z]{2}$/.test(v)) throw new CliError(`${name}: '${v}' is not a two-letter ISO country code`);
  return v.toUpperCase();
}

export function register(program: Command): void {
  program
    .command("series")
    .description("Running totals and stocks of one quantity over time, with planned ceilings beside them")
    .option("--type <type>", `only this type (${EVENT_TYPES.join(", ")})`)
    .option("--from <cc>", "only series whose origin country is this (ISO 3166-1 alpha-2)")
    .option("--to <cc>", "only series whose destination country is this")
    .option("--group <name>", "only series of this group (aliases such as ISIS fold onto Islamic State)")
    .option("--format <format>", `output format: ${FORMATS.join(", ")}`, "table")
    .option(BOM_FLAG, BOM_HELP)
    .addHelpText("after", examples("sourced series --type transfer --from SY --to IQ", "sourced series --group ISIS --format csv"))
    .action(async (opts: { type?: string; from?: string; to?: string; group?: string; format: string; bom?: boolean }, cmd: Command) => {
      const format = parseChoice("--format", opts.format, FORMATS);
      const bom = bomFor(opts.bom, format === "csv");
      const type = opts.type === undefined ? undefined : parseChoice("--type", opts.type, EVENT_TYPES);
      const from = country("--from", opts.from);
      const to = country("--to", opts.to);
      const group = opts.group === undefined ? undefined : canonicalGroup(opts.group)!.toLowerCase();
      await withStore(cmd, { mustExist: true }, async (store) => {
        const r = await currentReconciliation(store);
        const has = (key: string | null, cc: string) => (key ?? "").split("+").includes(cc);
        const series = r.series.filter(
          (s) =>
            (!type || s.type === type) &&
            (!from || has(s.originCountry, from)) &&
            (!to || has(s.destinationCountry, to)) &&
            (!group || (s.group ?? "").toLowerCase() === group),
        );
        if (format === "json") await out(`${JSON.stringify(series, null, 2)}\n`);
        else if (format === "csv") await out(bom + seriesCsv(series));
        else if (series.length) await out(seriesTable(series));
        if (!series.length) process.stderr.write("sourced: no series match\n");
      });
    });
}

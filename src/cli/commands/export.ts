// sourced export --format geojson|acled [--out FILE]: stories for maps and spreadsheets.

import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { toAcledCsv } from "../../export/acled.js";
import { toGeoJson } from "../../export/geojson.js";
import { currentReconciliation } from "../../reconcile/index.js";
import type { StoredEvent } from "../../types.js";
import { CliError } from "../errors.js";
import { BOM_FLAG, BOM_HELP, bomFor, examples, out, parseChoice, withStore } from "../shared.js";

const FORMATS = ["geojson", "acled"] as const;

export function register(program: Command): void {
  program
    .command("export")
    .description("Export stories as GeoJSON (points and origin→destination lines) or ACLED-style CSV")
    .requiredOption("--format <format>", `output format: ${FORMATS.join(", ")}`)
    .option("--out <file>", "write to this file instead of standard output")
    .option(BOM_FLAG, `${BOM_HELP} (acled)`)
    .addHelpText("after", examples("sourced export --format geojson --out stories.geojson", "sourced export --format acled > stories.csv"))
    .action(async (opts: { format: string; out?: string; bom?: boolean }, cmd: Command) => {
      const format = parseChoice("--format", opts.format, FORMATS);
      const bom = bomFor(opts.bom, format === "acled");
      await withStore(cmd, { mustExist: true }, async (store) => {
        const r = await currentReconciliation(store);
        const events = new Map<string, StoredEvent>();
        for (const s of r.stories)
          for (const m of s.mentions) {
            const e = await store.getEvent(m.eventId);
            if (e) events.set(e.id, e);
          }
        const text = format === "geojson" ? `${JSON.stringify(toGeoJson(r, events), null, 2)}\n` : bom + toAcledCsv(r, events);
        if (opts.out) {
          try {
            writeFileSync(opts.out, text);
          } catch (err) {
            throw new CliError(`${opts.out}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
          }
          process.stderr.write(`sourced: wrote ${r.stories.length} stories to ${opts.out}\n`);
        } else await out(text);
      });
    });
}

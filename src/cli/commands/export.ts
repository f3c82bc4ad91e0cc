// sourced export --format geojson|acled [--geometry point|line] [--excel] [--out FILE]:
// stories for maps and spreadsheets.

import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { acledExport, describeLeftOut } from "../../export/acled.js";
import { GEOMETRIES, geoJsonExport } from "../../export/geojson.js";
import { currentReconciliation } from "../../reconcile/index.js";
import type { StoredEvent } from "../../types.js";
import { CliError } from "../errors.js";
import { noteSuppressed } from "../review-lines.js";
import { BOM_FLAG, BOM_HELP, bomFor, examples, out, parseChoice, withStore } from "../shared.js";

const FORMATS = ["geojson", "acled"] as const;

export function register(program: Command): void {
  program
    .command("export")
    .description("Export stories as GeoJSON (points, or origin→destination lines) or ACLED-compatible CSV")
    .requiredOption("--format <format>", `output format: ${FORMATS.join(", ")}`)
    .option("--geometry <geometry>", `geojson: ${GEOMETRIES.join(" or ")} features (points where stories happened, lines of movements)`, "point")
    .option("--excel", "acled: for spreadsheets (UTF-8 byte order mark, cells that would run as formulas neutralised)")
    .option(BOM_FLAG, `${BOM_HELP} (acled; the same as --excel)`)
    .option("--out <file>", "write to this file instead of standard output")
    .addHelpText(
      "after",
      examples(
        "sourced export --format geojson --out stories.geojson",
        "sourced export --format geojson --geometry line --out movements.geojson",
        "sourced export --format acled --excel --out stories.csv",
      ),
    )
    .action(async (opts: { format: string; geometry: string; excel?: boolean; bom?: boolean; out?: string }, cmd: Command) => {
      const format = parseChoice("--format", opts.format, FORMATS);
      const geometry = parseChoice("--geometry", opts.geometry, GEOMETRIES);
      const bom = bomFor(opts.bom, format === "acled");
      await withStore(cmd, { mustExist: true }, async (store) => {
        const r = await currentReconciliation(store);
        const events = new Map<string, StoredEvent>();
        for (const s of r.stories)
          for (const m of s.mentions) {
            const e = await store.getEvent(m.eventId);
            if (e) events.set(e.id, e);
          }
        let text: string;
        let written: number;
        let left: Partial<Record<string, number>>;
        if (format === "geojson") {
          const g = geoJsonExport(r, events, geometry);
          text = `${JSON.stringify(g.collection, null, 2)}\n`;
          written = g.collection.features.length;
          left = g.left;
        } else {
          const a = acledExport(r, events, { excel: opts.excel || bom !== "" });
          text = a.csv;
          written = a.rows;
          left = a.left;
        }
        await noteSuppressed(store);
        const leftOut = describeLeftOut(left);
        if (leftOut)
          process.stderr.write(
            `sourced: left out ${Object.values(left).reduce((a, b) => (a ?? 0) + (b ?? 0), 0)} of ${r.stories.length} stories (${leftOut})\n`,
          );
        if (opts.out) {
          try {
            writeFileSync(opts.out, text);
          } catch (err) {
            throw new CliError(`${opts.out}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
          }
          process.stderr.write(`sourced: wrote ${written} stories to ${opts.out}\n`);
        } else await out(text);
      });
    });
}

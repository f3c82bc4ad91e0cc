// sourced facilities [--country CC] [--kind K] [--format table|json|geojson]
// sourced facility ID

import type { Command } from "commander";
import { facilitiesGeoJson, facilitiesTable, facilityDetail, facilityJson } from "../../export/facilities.js";
import { buildFacilities, findFacility } from "../../reconcile/facilities/index.js";
import { FACILITY_KINDS } from "../../types.js";
import { CliError } from "../errors.js";
import { examples, out, parseChoice, withStore } from "../shared.js";

const FORMATS = ["table", "json", "geojson"] as const;

export function register(program: Command): void {
  program
    .command("facilities")
    .description("Prisons and camps the reports name: who held each from when to when, how many it holds, what moved in and out")
    .option("--country <cc>", "only facilities in this country (ISO 3166-1 alpha-2)")
    .option("--kind <kind>", `only this kind (${FACILITY_KINDS.join(", ")})`)
    .option("--format <format>", `output format: ${FORMATS.join(", ")}`, "table")
    .addHelpText(
      "after",
      examples("sourced facilities --country SY", "sourced facilities --kind camp --format json", "sourced facilities --format geojson > facilities.geojson"),
    )
    .action(async (opts: { country?: string; kind?: string; format: string }, cmd: Command) => {
      const format = parseChoice("--format", opts.format, FORMATS);
      const kind = opts.kind === undefined ? undefined : parseChoice("--kind", opts.kind, FACILITY_KINDS);
      if (opts.country !== undefined && !/^[A-Za-z]{2}$/.test(opts.country))
        throw new CliError(`--country: '${opts.country}' is not a two-letter ISO country code`);
      const country = opts.country?.toUpperCase();
      await withStore(cmd, { mustExist: true }, async (store) => {
        const fs = (await buildFacilities(store)).filter((f) => (!country || f.country === country) && (!kind || f.kind === kind));
        if (format === "json") await out(`${JSON.stringify(fs.map(facilityJson), null, 2)}\n`);
        else if (format === "geojson") await out(`${JSON.stringify(facilitiesGeoJson(fs), null, 2)}\n`);
        else if (fs.length) await out(facilitiesTable(fs));
        if (!fs.length) process.stderr.write("sourced: no facilities match\n");
      });
    });

  program
    .command("facility")
    .argument("<id>", "facility id (see `sourced facilities`)")
    .description("One facility: its control intervals with the sentences that state them, its population, its events, and why records were tied to it")
    .addHelpText("after", examples("sourced facility fac-al-hol"))
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      await withStore(cmd, { mustExist: true }, async (store) => {
        const { facility: f, via } = await findFacility(store, id);
        if (!f) throw new CliError(`no facility '${id}' (see \`sourced facilities\`)`);
        if (via) process.stderr.write(`sourced: facility ${via} was merged into ${f.id}\n`);
        await out(facilityDetail(f));
      });
    });
}

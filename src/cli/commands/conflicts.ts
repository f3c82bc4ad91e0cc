// sourced conflicts [--format table|json|csv]

import type { Command } from "commander";
import { conflictsCsv, conflictsTable } from "../../export/views.js";
import { currentReconciliation } from "../../reconcile/index.js";
import { BOM_FLAG, BOM_HELP, bomFor, examples, out, parseChoice, withStore } from "../shared.js";

const FORMATS = ["table", "json", "csv"] as const;
const KINDS = ["decreasing-cumulative", "figure-disagreement", "account-disagreement"] as const;

export function register(program: Command): void {
  program
    .command("conflicts")
    .description("Claims that cannot all be true: falling running totals, disagreeing figures, clashing accounts")
    .option("--kind <kind>", `only this kind (${KINDS.join(", ")})`)
    .option("--format <format>", `output format: ${FORMATS.join(", ")}`, "table")
    .option(BOM_FLAG, BOM_HELP)
    .addHelpText("after", examples("sourced conflicts", "sourced conflicts --kind account-disagreement --format json"))
    .action(async (opts: { kind?: string; format: string; bom?: boolean }, cmd: Command) => {
      const format = parseChoice("--format", opts.format, FORMATS);
      const bom = bomFor(opts.bom, format === "csv");
      const kind = opts.kind === undefined ? undefined : parseChoice("--kind", opts.kind, KINDS);
      await withStore(cmd, { mustExist: true }, async (store) => {
        const r = await currentReconciliation(store);
        const conflicts = r.conflicts.filter((c) => !kind || c.kind === kind);
        if (format === "json") await out(`${JSON.stringify(conflicts, null, 2)}\n`);
        else if (format === "csv") await out(bom + conflictsCsv(conflicts));
        else if (conflicts.length) await out(conflictsTable(conflicts));
        if (!conflicts.length) process.stderr.write("sourced: no conflicts found\n");
      });
    });
}

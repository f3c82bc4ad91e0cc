// sourced reconcile [--full]: bring copies, stories, series and conflicts up to date with the store.

import type { Command } from "commander";
import { runReconciliation, updateReconciliation } from "../../reconcile/index.js";
import { examples, out, withStore } from "../shared.js";

export function register(program: Command): void {
  program
    .command("reconcile")
    .description("Bring copy groups, stories, series and conflicts up to date with the stored events (story ids kept from the last run)")
    .option("--full", "rebuild from every stored event in one pass, without the incremental state (the same result)")
    .addHelpText("after", examples("sourced reconcile", "sourced --db news.db reconcile --full"))
    .action(async (opts: { full?: boolean }, cmd: Command) => {
      await withStore(cmd, { mustExist: true }, async (store) => {
        const r = opts.full ? await runReconciliation(store) : (await updateReconciliation(store)).reconciliation;
        const mentions = r.stories.reduce((n, s) => n + s.mentions.length, 0);
        await out(
          `${r.stories.length} stories from ${mentions} records, ${r.copyGroups.length} copy groups, ${r.series.length} series, ${r.conflicts.length} conflicts\n`,
        );
      });
    });
}

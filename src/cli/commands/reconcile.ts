// sourced reconcile: rebuild copies, stories, series and conflicts from the store.

import type { Command } from "commander";
import { runReconciliation } from "../../reconcile/index.js";
import { examples, out, withStore } from "../shared.js";

export function register(program: Command): void {
  program
    .command("reconcile")
    .description("Rebuild copy groups, stories, series and conflicts over every stored event")
    .addHelpText("after", examples("sourced reconcile", "sourced --db news.db reconcile"))
    .action(async (_opts: unknown, cmd: Command) => {
      await withStore(cmd, { mustExist: true }, async (store) => {
        const r = await runReconciliation(store);
        const mentions = r.stories.reduce((n, s) => n + s.mentions.length, 0);
        await out(
          `${r.stories.length} stories from ${mentions} records, ${r.copyGroups.length} copy groups, ${r.series.length} series, ${r.conflicts.length} conflicts\n`,
        );
      });
    });
}

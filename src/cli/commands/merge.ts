// sourced merge STORY_A STORY_B [--note TEXT]: an analyst's merge that survives re-extraction.

import type { Command } from "commander";
import { currentReconciliation, runReconciliation } from "../../reconcile/index.js";
import { shortHash } from "../../reconcile/util.js";
import { recordOverride } from "../../reconcile/review.js";
import { analystName } from "../analyst.js";
import { CliError } from "../errors.js";
import { examples, out, withStore } from "../shared.js";
import { findStory, mentionKey } from "../story-lookup.js";

export function register(program: Command): void {
  program
    .command("merge")
    .argument("<storyA>", "story id")
    .argument("<storyB>", "story id to merge into the first")
    .option("--note <text>", "why (kept with the override and shown by explain)")
    .option("--by <name>", "who decides (kept in the review history; default: SOURCED_ANALYST, else the user name)")
    .description("Merge two stories that report one event; kept as an override keyed by evidence, so it survives re-extraction")
    .addHelpText("after", examples('sourced merge st_3f9a1c02de st_88b0e41f7a --note "same convoy, reported a day apart"'))
    .action(async (a: string, b: string, opts: { note?: string; by?: string }, cmd: Command) => {
      if (a === b) throw new CliError(`${a}: cannot merge a story with itself`);
      const author = analystName(opts.by);
      await withStore(cmd, { mustExist: true }, async (store) => {
        const r = await currentReconciliation(store);
        const sa = await findStory(store, r, a);
        const sb = await findStory(store, r, b);
        const keys = [await mentionKey(store, sa.mentions[0]), await mentionKey(store, sb.mentions[0])];
        const createdAt = new Date().toISOString();
        await recordOverride(
          store,
          { id: `ov_${shortHash(`merge|${keys.join("|")}|${createdAt}`)}`, action: "merge", keys, createdAt, note: opts.note ?? null },
          author,
        );
        const next = await runReconciliation(store);
        const merged = next.stories.find((s) => s.mentions.some((m) => m.eventId === sa.mentions[0].eventId));
        await out(`merged ${a} and ${b} into ${merged?.id ?? "?"}\n`);
      });
    });
}

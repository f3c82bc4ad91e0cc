// sourced split STORY_ID EVENT_ID: detach one record from a story, kept as an override.

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
    .command("split")
    .argument("<story>", "story id")
    .argument("<event>", "id of the record to detach, its row id or its event id ev_... (see `sourced explain STORY`)")
    .option("--note <text>", "why (kept with the override and shown by explain)")
    .option("--by <name>", "who decides (kept in the review history; default: SOURCED_ANALYST, else the user name)")
    .description("Detach a record from a story into its own; kept as an override keyed by evidence, so it survives re-extraction")
    .addHelpText("after", examples('sourced split st_3f9a1c02de 42 --note "a different convoy"'))
    .action(async (id: string, eventId: string, opts: { note?: string; by?: string }, cmd: Command) => {
      const author = analystName(opts.by);
      await withStore(cmd, { mustExist: true }, async (store) => {
        const r = await currentReconciliation(store);
        const s = await findStory(store, r, id);
        const m = s.mentions.find((x) => x.eventId === eventId || x.eventUid === eventId);
        if (!m) throw new CliError(`${eventId}: not a record of story ${id} (see \`sourced explain ${id}\`)`);
        if (s.mentions.length === 1) throw new CliError(`${id}: has only one record; nothing to split`);
        const key = await mentionKey(store, m);
        const createdAt = new Date().toISOString();
        await recordOverride(
          store,
          { id: `ov_${shortHash(`split|${key}|${createdAt}`)}`, action: "split", keys: [key], createdAt, note: opts.note ?? null },
          author,
        );
        const next = await runReconciliation(store);
        const own = next.stories.find((x) => x.mentions.some((mm) => mm.eventId === m.eventId));
        await out(`split ${eventId} off ${id}: now story ${own?.id ?? "?"}\n`);
      });
    });
}

// sourced stories [ID] [--type T] [--format table|json|csv]

import type { Command } from "commander";
import { storiesCsv, storiesTable } from "../../export/views.js";
import { currentReconciliation } from "../../reconcile/index.js";
import { findStory } from "../story-lookup.js";
import { EVENT_TYPES } from "../../types.js";
import { BOM_FLAG, BOM_HELP, bomFor, examples, out, parseChoice, withStore } from "../shared.js";

const FORMATS = ["table", "json", "csv"] as const;

export function register(program: Command): void {
  program
    .command("stories")
    .description("List stories: one real-world event with every document that reports it")
    .argument("[id]", "only this story (a retired id leads to its successor)")
    .option("--type <type>", `only this type (${EVENT_TYPES.join(", ")})`)
    .option("--format <format>", `output format: ${FORMATS.join(", ")}`, "table")
    .option(BOM_FLAG, BOM_HELP)
    .addHelpText(
      "after",
      examples("sourced stories --type transfer", "sourced stories --format csv > stories.csv", "sourced stories st_3f9a1c02de --format json"),
    )
    .action(async (id: string | undefined, opts: { type?: string; format: string; bom?: boolean }, cmd: Command) => {
      const format = parseChoice("--format", opts.format, FORMATS);
      const bom = bomFor(opts.bom, format === "csv");
      const type = opts.type === undefined ? undefined : parseChoice("--type", opts.type, EVENT_TYPES);
      await withStore(cmd, { mustExist: true }, async (store) => {
        const r = await currentReconciliation(store);
        const stories = id ? [await findStory(store, r, id)] : r.stories.filter((s) => !type || s.type === type);
        if (format === "json") await out(`${JSON.stringify(stories, null, 2)}\n`);
        else if (format === "csv") {
          // The records give the evidence whose ranges widen the low/best/high figures.
          const events = [];
          for (const id of new Set(stories.flatMap((s) => s.mentions.map((m) => m.eventId)))) {
            const e = await store.getEvent(id);
            if (e) events.push(e);
          }
          await out(bom + storiesCsv(stories, events));
        } else if (stories.length) await out(storiesTable(stories));
        if (!stories.length) process.stderr.write("sourced: no stories match\n");
      });
    });
}

// sourced show ID [--raw | --removed] [--version N]: a document; or a story (st_...) or an event (ev_...) by its stable id

import type { Command } from "commander";
import { storiesTable } from "../../export/views.js";
import { currentReconciliation } from "../../reconcile/index.js";
import { CliError } from "../errors.js";
import { findStory } from "../story-lookup.js";
import { examples, out, parseNonNegativeInt, withStore } from "../shared.js";

export function register(program: Command): void {
  program
    .command("show")
    .description("Print a stored document's cleaned text (or its original, or what cleaning removed)")
    .argument("<id>", "document id (see `sourced docs`), or a story id st_... (a retired one leads to its successor) or an event id ev_...")
    .option("--raw", "the original bytes as ingested")
    .option("--removed", "the spans cleaning removed, with the rule that removed each")
    .option("--version <n>", "a given version instead of the latest")
    .addHelpText("after", examples("sourced show wire_0412", "sourced show wire_0412 --removed"))
    .action(async (id: string, opts: { raw?: boolean; removed?: boolean; version?: string }, cmd: Command) => {
      if (opts.raw && opts.removed) throw new CliError("--raw and --removed cannot be used together");
      const version = opts.version === undefined ? undefined : parseNonNegativeInt("--version", opts.version);
      await withStore(cmd, { mustExist: true }, async (store) => {
        const doc = await store.getDocument(id, version);
        if (!doc && version === undefined && !opts.raw && !opts.removed && /^st_[0-9a-f]{10}(?:_\d+)?$/.test(id)) {
          const s = await findStory(store, await currentReconciliation(store), id);
          await out(storiesTable([s]));
          return;
        }
        if (!doc && version === undefined && !opts.raw && !opts.removed && /^ev_[0-9a-f]{12}(?:_\d+)?$/.test(id)) {
          const e = await store.getEvent(id);
          if (!e) throw new CliError(`no event '${id}'`);
          await out(`${JSON.stringify(e, null, 2)}\n`);
          return;
        }
        if (!doc) throw new CliError(version === undefined ? `no document '${id}'` : `no version ${version} of document '${id}'`);
        if (opts.raw) {
          await new Promise<void>((resolve) => process.stdout.write(doc.raw, () => resolve()));
          return;
        }
        if (opts.removed) {
          if (doc.removed.length === 0) {
            process.stderr.write(`sourced: cleaning removed nothing from '${id}'\n`);
            return;
          }
          // One span a line: offsets into the pre-cleaning text, the rule, the text as a JSON string.
          const lines = doc.removed.map((s) => `${s.start}-${s.end}\t${s.rule}\t${JSON.stringify(s.text)}\n`);
          await out(lines.join(""));
          return;
        }
        await out(doc.cleanText.endsWith("\n") ? doc.cleanText : `${doc.cleanText}\n`);
      });
    });
}

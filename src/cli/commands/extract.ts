// sourced extract [--doc ID]: re-runs extraction over stored documents.

import type { Command } from "commander";
import { CliError } from "../errors.js";
import { examples, out, warn, withStore } from "../shared.js";

export function register(program: Command): void {
  program
    .command("extract")
    .description("Re-run event extraction over stored documents (latest versions)")
    .option("--doc <id>", "only this document")
    .option("--pending", "only the documents whose latest version was stored without an extraction run (says why each was pending)")
    .option("--json", "print the summary as JSON")
    .addHelpText("after", examples("sourced extract", "sourced extract --doc wire_0412", "sourced extract --pending"))
    .action(async (opts: { doc?: string; json?: boolean; pending?: boolean }, cmd: Command) => {
      if (opts.doc !== undefined && opts.pending) throw new CliError("--doc and --pending cannot be combined");
      const { EXTRACTOR_VERSION, extractFromCleaned, extractsLanguage } = await import("../../pipeline.js");
      await withStore(cmd, { mustExist: true }, async (store) => {
        let ids: string[];
        if (opts.pending) {
          const pending = await store.listPending();
          warn(`${pending.length} document(s) pending extraction`);
          for (const p of pending) warn(`${p.id} (version ${p.version}): ${p.reason}`);
          ids = pending.map((p) => p.id);
        } else ids = opts.doc !== undefined ? [opts.doc] : (await store.listDocuments()).map((d) => d.id);
        if (opts.doc !== undefined && !(await store.getDocument(opts.doc))) throw new CliError(`no document '${opts.doc}'`);
        let events = 0;
        let failed = 0;
        let otherLanguages = 0;
        const perDoc: { id: string; version: number; events: number | null }[] = [];
        for (const id of ids) {
          const doc = await store.getDocument(id);
          if (!doc) continue;
          if (!extractsLanguage(doc.lang)) {
            otherLanguages++;
            warn(`${id}: language ${doc.lang}: no events extracted (extraction reads English and Arabic only)`);
            continue;
          }
          try {
            const found = extractFromCleaned(doc).events;
            await store.replaceEvents(id, doc.version, EXTRACTOR_VERSION, found);
            events += found.length;
            perDoc.push({ id, version: doc.version, events: found.length });
          } catch (err) {
            failed++;
            perDoc.push({ id, version: doc.version, events: null });
            warn(`${id}: extraction failed (${(err as Error).message.split("\n")[0]})`);
          }
        }
        const summary = { extractorVersion: EXTRACTOR_VERSION, documents: perDoc.length, failed, otherLanguages, events, perDoc };
        await out(
          opts.json
            ? `${JSON.stringify(summary, null, 2)}\n`
            : `extracted ${perDoc.length - failed} document(s) with extractor ${EXTRACTOR_VERSION}: ${events} event(s), ${failed} failed\n`,
        );
        if (failed > 0) process.exitCode = 1;
      });
    });
}

// sourced copy --from A --to B: moves a whole store between engines (SQLite
// file or postgres:// URL, either way): every document version, extraction
// run, event (with its id), override, story id and redirect, review change, the reconciliation, and live ingest's
// fetched pages and watched feeds, in one transaction on the target, which
// must be empty.

import { existsSync } from "node:fs";
import type { Command } from "commander";
import { isPostgresUrl, openStore } from "../../store/index.js";
import type { Store } from "../../store/store.js";
import { CliError } from "../errors.js";
import { examples, out } from "../shared.js";

interface Opts {
  from: string;
  to: string;
}

const shown = (location: string) => location.replace(/\/\/[^@/]*@/, "//***@");

async function open(location: string, mustExist: boolean): Promise<Store> {
  if (mustExist && !isPostgresUrl(location) && location !== ":memory:" && !existsSync(location)) throw new CliError(`${location}: no such database`);
  let store: Store;
  try {
    store = openStore(location);
  } catch (err) {
    throw new CliError(`${shown(location)}: cannot open as a sourced database (${(err as Error).message.split("\n")[0]})`);
  }
  try {
    await store.transfer().isEmpty(); // opens (and for PostgreSQL connects and migrates) now
  } catch (err) {
    await store.close();
    throw new CliError((err as Error).message.split("\n")[0]!);
  }
  return store;
}

export function register(program: Command): void {
  program
    .command("copy")
    .description(
      "Copy a whole store (documents with their history, events, overrides, story ids and redirects, review history, reconciliation, fetched pages, feeds) into an empty one, SQLite or PostgreSQL",
    )
    .requiredOption("--from <location>", "the store to read: a SQLite file or a postgres:// URL")
    .requiredOption("--to <location>", "an empty store to write: a SQLite file (created) or a postgres:// URL")
    .addHelpText(
      "after",
      examples(
        "sourced copy --from sourced.db --to postgres://sourced@localhost:5432/sourced",
        "sourced copy --from postgres://sourced@db/sourced --to backup.db",
      ),
    )
    .action(async (opts: Opts) => {
      if (opts.from === opts.to) throw new CliError("--from and --to name the same store");
      const from = await open(opts.from, true);
      try {
        const to = await open(opts.to, false);
        try {
          if (!(await to.transfer().isEmpty())) throw new CliError(`${shown(opts.to)}: not empty (copy writes into an empty store only)`);
          const n = await to.transfer().write(from.transfer().read());
          await out(
            `copied ${n.documents} document versions, ${n.runs} extraction runs, ${n.events} events, ${n.overrides} overrides, ${n.storyIds} story ids, ${n.storyRedirects} story redirects, ${n.reviewChanges} review changes, ${n.fetched} fetched pages, ${n.feeds} feeds\n`,
          );
        } finally {
          await to.close();
        }
      } finally {
        await from.close();
      }
    });
}

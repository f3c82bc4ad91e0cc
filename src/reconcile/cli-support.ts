// What the reconciliation commands share: the current reconciliation (run
// once when the store has none yet), story lookup with one-line errors, and
// the stable key of a mention for overrides.

import { CliError } from "../cli/errors.js";
import type { Store } from "../store/store.js";
import { runReconciliation } from "./index.js";
import { eventKey } from "./prepared.js";
import type { Mention, Reconciliation, Story } from "../types.js";

/**
 * The saved reconciliation, rebuilt first when there is none or when the
 * stored records are no longer the ones it was built from (documents
 * ingested or re-extracted since).
 */
export async function currentReconciliation(store: Store): Promise<Reconciliation> {
  const saved = await store.loadReconciliation();
  if (saved) {
    const built = new Set(saved.stories.flatMap((s) => s.mentions.map((m) => m.eventId)));
    const now = (await store.listEvents({})).map((e) => e.id);
    if (now.length === built.size && now.every((id) => built.has(id))) return saved;
  }
  return runReconciliation(store);
}

export function findStory(r: Reconciliation, id: string): Story {
  const s = r.stories.find((x) => x.id === id);
  if (!s) throw new CliError(`${id}: no such story (see \`sourced stories\`)`);
  return s;
}

export async function mentionKey(store: Store, m: Mention): Promise<string> {
  if (m.key) return m.key;
  const e = await store.getEvent(m.eventId);
  if (!e) throw new CliError(`event ${m.eventId}: no longer stored; run \`sourced reconcile\` first`);
  return eventKey(e);
}

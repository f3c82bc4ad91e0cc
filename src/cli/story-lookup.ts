// What the story commands (explain, merge, split) share: story lookup with
// one-line errors, and the stable key of a mention for overrides.

import type { Store } from "../store/store.js";
import { describeRedirect, eventKey, resolveStory } from "../reconcile/index.js";
import type { Mention, Reconciliation, Story } from "../types.js";
import { CliError } from "./errors.js";

/**
 * A story by its id; a retired id leads to its successor, and one line on
 * stderr says it was redirected.
 */
export async function findStory(store: Store, r: Reconciliation, id: string): Promise<Story> {
  const res = await resolveStory(store, r, id);
  const note = describeRedirect(id, res);
  if (!res.story) throw new CliError(note ?? `${id}: no such story (see \`sourced stories\`)`);
  if (note) process.stderr.write(`sourced: ${note}\n`);
  return res.story;
}

export async function mentionKey(store: Store, m: Mention): Promise<string> {
  if (m.key) return m.key;
  const e = await store.getEvent(m.eventId);
  if (!e) throw new CliError(`event ${m.eventId}: no longer stored; run \`sourced reconcile\` first`);
  return eventKey(e);
}

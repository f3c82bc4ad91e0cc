// What the story commands (explain, merge, split) share: story lookup with
// one-line errors, and the stable key of a mention for overrides.

import type { Store } from "../store/store.js";
import { eventKey } from "../reconcile/index.js";
import type { Mention, Reconciliation, Story } from "../types.js";
import { CliError } from "./errors.js";

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

// Reconciliation: from per-document records to copy groups, stories, series
// and conflicts. Pure and deterministic over its input; runReconciliation()
// loads the store, reconciles and saves.
//
//   docs ─ copies ─┐
//   events ─ prepare ─ stories (+ overrides) ─ series ─ conflicts

import type { Store } from "../store/store.js";
import { findConflicts } from "./conflicts.js";
import { findCopies, originalOf } from "./copies.js";
import { contextVectors } from "./doc-context.js";
import { prepare, type DocInfo } from "./prepared.js";
import { buildSeries } from "./series.js";
import { buildStories } from "./stories.js";
import type { Override, Reconciliation, StoredEvent } from "../types.js";

export type { DocInfo } from "./prepared.js";
export { eventKey } from "./prepared.js";
export { conflictsByStory, type StoryConflicts } from "./conflicts.js";

export interface ReconcileInput {
  docs: DocInfo[];
  events: StoredEvent[];
  overrides: Override[];
}

export function reconcile(input: ReconcileInput): Reconciliation {
  const docs = [...input.docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const copyGroups = findCopies(docs);
  const originals = originalOf(copyGroups);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const contexts = contextVectors(docs);
  const prepared = input.events.map((e) => prepare(e, byId, originals, contexts));
  const { stories, claims } = buildStories(prepared, input.overrides);
  const series = buildSeries(stories, claims);
  const conflicts = findConflicts(stories, series, claims);
  return { copyGroups, stories, series, conflicts };
}

/** Loads documents, events and overrides from the store, reconciles, saves. */
export async function runReconciliation(store: Store): Promise<Reconciliation> {
  const summaries = await store.listDocuments();
  const docs: DocInfo[] = [];
  for (const s of summaries) {
    const d = await store.getDocument(s.id);
    if (!d) continue;
    docs.push({ id: d.meta.id, outlet: d.meta.outlet, published: d.meta.published, title: d.meta.title, cleanText: d.cleanText });
  }
  const events: StoredEvent[] = [];
  let after: string | undefined;
  // page through the events (a store may cap a page)
  for (;;) {
    const page = await store.listEvents({ limit: 10_000, ...(after ? { after } : {}) });
    for (const e of page) events.push(e);
    if (page.length < 10_000) break;
    after = page[page.length - 1].id;
  }
  const r = reconcile({ docs, events, overrides: await store.listOverrides() });
  await store.saveReconciliation(r);
  return r;
}

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

/** The name the server's rebuild hook looks for. */
export const reconcileStore = runReconciliation;

// Reconciliation: from per-document records to copy groups, stories, series
// and conflicts. Pure and deterministic over its input; runReconciliation()
// loads the store, reconciles and saves.
//
//   docs ─ copies ─┐
//   events ─ prepare ─ stories (+ overrides) ─ series ─ conflicts

import type { Store } from "../store/store.js";
import { docOfKey } from "../store/review.js";
import { findConflicts } from "./conflicts.js";
import { findCopies, originalOf } from "./copies.js";
import { contextVectors, type ContextWeights } from "./doc-context.js";
import { prepare, type DocInfo } from "./prepared.js";
import { buildSeries } from "./series.js";
import { ReconcileState, type UpdateStats } from "./incremental.js";
import { buildStories, type PriorIds } from "./stories.js";
import type { Override, Reconciliation, StoredEvent, Story, StoryIdChanges, StoryRedirect } from "../types.js";

export type { DocInfo } from "./prepared.js";
export type { PriorIds } from "./stories.js";
export type { UpdateStats } from "./incremental.js";
export type { ContextWeights } from "./doc-context.js";
export { eventKey } from "./prepared.js";
export { conflictsByStory, type StoryConflicts } from "./conflicts.js";

export interface ReconcileInput {
  docs: DocInfo[];
  events: StoredEvent[];
  overrides: Override[];
  /** The story ids issued before; none when absent (every story takes its evidence's id). */
  prior?: PriorIds;
  /**
   * Whether the reports' contexts (doc-context.ts) tie and part records; on by default. They weigh
   * words by the whole store's document frequencies, which an incremental state keeps between
   * counts (incremental.ts): while they are on, an update that counts them again prepares again the
   * records of every document whose weights moved.
   */
  contexts?: boolean;
  /** The document frequencies to weigh the contexts by; by default those of the documents given. */
  weights?: ContextWeights;
}

export function reconcile(input: ReconcileInput): Reconciliation {
  return reconcileWithIds(input).reconciliation;
}

/** The reconciliation and what it changed in the issued story ids (for the store). */
export function reconcileWithIds(input: ReconcileInput): { reconciliation: Reconciliation; ids: StoryIdChanges } {
  const docs = [...input.docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const copyGroups = findCopies(docs);
  const originals = originalOf(copyGroups);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const contexts = input.contexts === false ? new Map() : contextVectors(docs, input.weights);
  const prepared = input.events.map((e) => prepare(e, byId, originals, contexts));
  const { stories, claims, ids } = buildStories(prepared, input.overrides, input.prior);
  const series = buildSeries(stories, claims);
  const conflicts = findConflicts(stories, series, claims);
  return { reconciliation: { copyGroups, stories, series, conflicts }, ids: ids.changes };
}

/**
 * The story ids the store has issued. A store reconciled before it kept
 * them has them in its saved reconciliation: those are the ids in use.
 */
export async function priorIds(store: Store): Promise<PriorIds> {
  let issued = await store.listIssuedStories();
  if (!issued.length) {
    const saved = await store.loadReconciliation();
    issued = (saved?.stories ?? []).flatMap((s) => {
      const keys = s.mentions.map((m) => m.key).filter((k): k is string => !!k);
      return keys.length ? [{ id: s.id, keys: keys.sort() }] : [];
    });
  }
  const retired = new Set((await store.listStoryRedirects()).map((r) => r.id));
  return { issued, retired };
}

async function docInfo(store: Store, id: string): Promise<DocInfo | null> {
  const d = await store.getDocument(id);
  return d ? { id: d.meta.id, outlet: d.meta.outlet, published: d.meta.published, title: d.meta.title, cleanText: d.cleanText } : null;
}

/** The current events (of a document, or all) after a row id, walking the store's pages. */
async function eventsAfter(store: Store, after?: string, doc?: string): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  // page through the events (a store may cap a page)
  for (;;) {
    const page = await store.listEvents({ limit: 10_000, ...(after ? { after } : {}), ...(doc ? { doc } : {}) });
    for (const e of page) events.push(e);
    if (page.length < 10_000) break;
    after = page[page.length - 1].id;
  }
  return events;
}

/** Loads documents, events and overrides from the store, reconciles every record in one pass, saves. */
export async function runReconciliation(store: Store): Promise<Reconciliation> {
  const summaries = await store.listDocuments();
  const docs: DocInfo[] = [];
  for (const s of summaries) {
    const d = await docInfo(store, s.id);
    if (d) docs.push(d);
  }
  const events = await eventsAfter(store);
  const { reconciliation: r, ids } = reconcileWithIds({ docs, events, overrides: await store.listOverrides(), prior: await priorIds(store) });
  await store.saveReconciliation(r, ids);
  live.delete(store);
  return r;
}

/** A store's reconciliation state, kept by the process between updates: the documents' versions and the last row id seen. */
interface Live {
  state: ReconcileState;
  versions: Map<string, number>;
  lastEvent: number;
  /** How many event review changes the state has seen: a correction or a suppression changes a document's records in place. */
  reviews: number;
}
const live = new WeakMap<Store, Live>();

const lastId = (events: StoredEvent[], from: number) => events.reduce((m, e) => Math.max(m, Number(e.id) || 0), from);

/**
 * Brings the saved reconciliation up to date with what was stored since
 * the last update in this process: the documents with a new version or new
 * records (row ids past the last one seen) are reconciled incrementally
 * (incremental.ts), with the result a full run would give. The first call
 * in a process reconciles every record and keeps the state.
 */
export async function updateReconciliation(store: Store): Promise<{ reconciliation: Reconciliation; stats: UpdateStats | null }> {
  const summaries = await store.listDocuments();
  const overrides = await store.listOverrides();
  const held = live.get(store);
  if (!held) {
    const docs: DocInfo[] = [];
    for (const s of summaries) {
      const d = await docInfo(store, s.id);
      if (d) docs.push(d);
    }
    const events = await eventsAfter(store);
    const built = ReconcileState.build({ docs, events, overrides, prior: await priorIds(store) });
    await store.saveReconciliation(built.reconciliation, built.ids);
    const reviews = (await store.listReviewChanges({ targetKind: "event" })).length;
    live.set(store, { state: built.state, versions: new Map(summaries.map((s) => [s.id, s.version])), lastEvent: lastId(events, 0), reviews });
    return { reconciliation: built.reconciliation, stats: null };
  }
  const changed = new Set<string>();
  for (const s of summaries) if (held.versions.get(s.id) !== s.version) changed.add(s.id);
  const fresh = await eventsAfter(store, String(held.lastEvent));
  for (const e of fresh) changed.add(e.doc);
  const reviews = await store.listReviewChanges({ targetKind: "event" });
  for (const c of reviews.slice(held.reviews)) changed.add(docOfKey(c.target));
  const docs: DocInfo[] = [];
  const events: StoredEvent[] = [];
  for (const id of [...changed].sort()) {
    const d = await docInfo(store, id);
    if (!d) continue;
    docs.push(d);
    for (const e of await eventsAfter(store, undefined, id)) events.push(e);
  }
  const { reconciliation, ids, stats } = held.state.update({ docs, events, overrides });
  await store.saveReconciliation(reconciliation, ids);
  for (const s of summaries) held.versions.set(s.id, s.version);
  held.lastEvent = lastId(fresh, held.lastEvent);
  held.reviews = reviews.length;
  return { reconciliation, stats };
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

/** How many redirects a lookup follows before it gives up (a chain longer than this is a loop). */
const MAX_REDIRECTS = 32;

/** Where a story id leads: the story, and the retired ids passed on the way (empty when the id is in use). */
export interface ResolvedStory {
  story: Story | null;
  /** The retired ids followed, first the one asked for. */
  via: StoryRedirect[];
}

/** A story by its id, following redirects from retired ids to their successors. */
export async function resolveStory(store: Store, r: Reconciliation, id: string): Promise<ResolvedStory> {
  const byId = (x: string) => r.stories.find((s) => s.id === x) ?? null;
  const via: StoryRedirect[] = [];
  let cur = id;
  for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
    const s = byId(cur);
    if (s) return { story: s, via };
    const next = await store.getStoryRedirect(cur);
    if (!next) break;
    via.push(next);
    if (!next.successor) break;
    cur = next.successor;
  }
  return { story: null, via };
}

/** One line telling how a retired id led to the story shown. */
export function describeRedirect(asked: string, res: ResolvedStory): string | null {
  if (!res.via.length) return null;
  const last = res.via[res.via.length - 1];
  const why = (x: StoryRedirect) => (x.reason === "merged" ? "merged into" : x.reason === "split" ? "split; its larger part is" : "records gone; successor");
  if (!res.story) return `${asked} was retired (${last.reason}, ${last.retiredAt.slice(0, 10)}) and leads to no story now`;
  return `${asked} was redirected to ${res.story.id}: ${res.via.map((x) => `${x.id} ${why(x)} ${x.successor}`).join(", then ")}`;
}

/** The name the server's rebuild hook looks for: an incremental update, the state kept by the server's process. */
export async function reconcileStore(store: Store): Promise<Reconciliation> {
  return (await updateReconciliation(store)).reconciliation;
}

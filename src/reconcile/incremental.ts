// Incremental reconciliation: new documents update only what they touch,
// with the result a full run over every record would give.
//
// Every pass decides a record's place from the records it shares a block
// with (blocking.ts), so records that share no block, no story and no
// override with the records that changed keep their stories. An update
// therefore re-reconciles the closure of the changed records under those
// three ties, in the order a full run takes them, and keeps every other
// story as it was:
//   - copies: a new document is compared with the documents sharing an LSH
//     band with it; the copy groups it joins are rebuilt, and the records of
//     a document whose original changed count as changed;
//   - stories: the closure over blocks (the namespaces of the first pass,
//     the weak ties of the second, the claims' links), stories and
//     overrides, clustered as a full run would, their ids given by the
//     store's issued ids (story-ids.ts);
//   - series: rebuilt for the types of the stories rebuilt (a series never
//     mixes types), from every claim of those types;
//   - conflicts: those of the rebuilt series, and the accounts that
//     disagree between a rebuilt claim and the claims whose places it can
//     meet (claimReach), found by an index of places.
//   - contexts (doc-context.ts): the reports' word weights come from
//     document frequencies the state counted once and keeps until the
//     documents added, replaced or gone since outnumber CONTEXT_TOLERANCE of
//     those counted; then it counts again and every report whose weights
//     moved is prepared again. In between a new report moves no other
//     report's weights, and the result is the one a full run given the same
//     frequencies (contextWeights(), ReconcileInput.weights) gives.
// The state is held by the process that reconciles (the server keeps it
// between writes); the stories, series, conflicts and issued ids it produces
// are saved in the store as a full run's are.

import { CONTEXT_MIN_DOCS, contextVectors, contextWeights, type ContextVector, type ContextWeights } from "./doc-context.js";
import { Blocks, blockFacts, type BlockFacts } from "./blocking.js";
import { claimReach, findConflicts } from "./conflicts.js";
import { bandKeys, copiesEachOther, findCopies, originalOf, signature, type Sig } from "./copies.js";
import { prepare, type DocInfo, type Prepared } from "./prepared.js";
import { buildSeries, latestDates } from "./series.js";
import { buildStories, inFirstOrder, type Claim, type PriorIds } from "./stories.js";
import { MOVEMENT_TYPES } from "../types.js";
import type { Conflict, CopyGroup, Override, Reconciliation, Series, Story, StoryIdChanges, StoredEvent } from "../types.js";

/** What changed since the state was built: documents added or replaced, their current records, records gone. */
export interface ReconcileChange {
  docs: DocInfo[];
  /** The current records of the documents given (all of them: a replaced document's old records go). */
  events: StoredEvent[];
  /** Ids of records gone for other reasons. */
  removed?: string[];
  overrides: Override[];
}

/**
 * The share of the documents counted for the word weights that may be added,
 * replaced or removed before the weights are counted again: a word's weight
 * log(n / df) moves by at most log(1.05) ≈ 0.05 through n meanwhile.
 */
export const CONTEXT_TOLERANCE = 0.05;

/** How much an update re-reconciled. */
export interface UpdateStats {
  records: number;
  recordsRebuilt: number;
  storiesRebuilt: number;
  seriesTypes: string[];
}

/** The facts a record is filed under in every pass, each in a namespace of its own. */
function recordFacts(p: Prepared): BlockFacts[] {
  const out: BlockFacts[] = [blockFacts(p, false, `c|${p.e.type}`, [p.kind, p.group])];
  if (p.group) out.push(blockFacts(p, false, `a|${p.e.type}|group|${p.group}`));
  out.push(blockFacts(p, false, `l|${p.e.type}`));
  if ((p.kind === "cumulative" || p.kind === "stock") && MOVEMENT_TYPES.has(p.e.type)) out.push(blockFacts(p, true, `l|${p.e.type}|running|${p.group ?? ""}`));
  const sites = new Set<string>();
  for (const x of [p.origin, p.location, p.destination, p.site]) if (x?.skeleton) sites.add(x.skeleton);
  for (const k of sites) out.push(blockFacts(p, true, `l|${p.e.type}|site|${k}`));
  return out;
}

const storyOrder = (a: Story, b: Story) => {
  const da = a.date ?? "9999";
  const db = b.date ?? "9999";
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : 1;
};
const seriesOrder = (a: Series, b: Series) => b.points.length - a.points.length || (a.id < b.id ? -1 : 1);

export class ReconcileState {
  private docs = new Map<string, DocInfo>();
  private sigs = new Map<string, Sig>();
  private bands = new Map<string, string[]>();
  private copyGroups: CopyGroup[] = [];
  private originals = new Map<string, string>();
  /** What each report is about (doc-context.ts), over every document held: recomputed when documents change. */
  private contexts = new Map<string, ContextVector>();
  private useContexts = true;
  /** The document frequencies the contexts are weighed by, and how many documents changed since they were counted. */
  private weights: ContextWeights | null = null;
  private drift = 0;
  private tolerance = CONTEXT_TOLERANCE;
  private overrides: Override[] = [];
  /** Records by item number (the blocks' items); null once gone. */
  private records: (Prepared | null)[] = [];
  private item = new Map<string, number>();
  private itemsOfDoc = new Map<string, number[]>();
  private itemsOfKey = new Map<string, number[]>();
  private blocks = new Blocks();
  private storyOf: (string | undefined)[] = [];
  private stories = new Map<string, Story>();
  private storyItems = new Map<string, number[]>();
  private claimsOfStory = new Map<string, Claim[]>();
  private reach = new Map<string, Set<string>>();
  private reachIndex = new Map<string, Set<string>>();
  private claimById = new Map<string, Claim>();
  private series = new Map<string, Series>();
  private conflicts = new Map<string, Conflict>();
  private reportDates = new Map<string, string>();
  private issued = new Map<string, string[]>();
  private retired = new Set<string>();

  /** A full run over every record: what `update` then keeps up to date. */
  static build(input: {
    docs: DocInfo[];
    events: StoredEvent[];
    overrides: Override[];
    prior?: PriorIds;
    contexts?: boolean;
    /** The share of documents that may change before the word weights are counted again (CONTEXT_TOLERANCE). */
    contextTolerance?: number;
  }): {
    state: ReconcileState;
    reconciliation: Reconciliation;
    ids: StoryIdChanges;
  } {
    const st = new ReconcileState();
    st.useContexts = input.contexts !== false;
    if (input.contextTolerance !== undefined) st.tolerance = input.contextTolerance;
    for (const s of input.prior?.issued ?? []) st.issued.set(s.id, s.keys);
    for (const id of input.prior?.retired ?? []) st.retired.add(id);
    const ids = st.apply({ docs: input.docs, events: input.events, overrides: input.overrides }, true).ids;
    return { state: st, reconciliation: st.reconciliation(), ids };
  }

  /** Brings the state up to date with a change; the reconciliation a full run would give, and the id changes to save. */
  update(change: ReconcileChange): { reconciliation: Reconciliation; ids: StoryIdChanges; stats: UpdateStats } {
    const { ids, stats } = this.apply(change, false);
    return { reconciliation: this.reconciliation(), ids, stats };
  }

  /** The story ids in use and retired, as a full run over the same records would be given them. */
  priorIds(): PriorIds {
    return { issued: [...this.issued].map(([id, keys]) => ({ id, keys: [...keys] })), retired: new Set(this.retired) };
  }

  /** The document frequencies the reports' contexts are weighed by now (null with contexts off): a full run given them gives this state's result. */
  contextWeights(): ContextWeights | null {
    return this.weights;
  }

  reconciliation(): Reconciliation {
    return {
      copyGroups: this.copyGroups,
      stories: [...this.stories.values()].sort(storyOrder),
      series: [...this.series.values()].sort(seriesOrder),
      conflicts: [...this.conflicts.values()],
    };
  }

  private apply(change: ReconcileChange, full: boolean): { ids: StoryIdChanges; stats: UpdateStats } {
    const changedDocs = new Set(change.docs.map((d) => d.id));
    const seeds = new Set<number>();
    // records gone: those of replaced documents and those named
    const gone = new Set<number>();
    for (const d of changedDocs) for (const i of this.itemsOfDoc.get(d) ?? []) gone.add(i);
    for (const id of change.removed ?? []) {
      const i = this.item.get(id);
      if (i !== undefined) gone.add(i);
    }
    // copies: the groups a changed document joins or leaves are rebuilt
    const originalBefore = new Map(this.originals);
    this.updateCopies(change.docs);
    // overrides: a changed list touches the records its added or removed overrides name
    const ovKeys = new Set<string>();
    const before = new Set(this.overrides.map((o) => o.id));
    const after = new Set(change.overrides.map((o) => o.id));
    for (const o of [...this.overrides, ...change.overrides]) if (before.has(o.id) !== after.has(o.id)) for (const k of o.keys) ovKeys.add(k);
    this.overrides = change.overrides;
    // contexts weigh words by how many documents hold them: while the documents changed since the
    // frequencies were counted stay within the tolerance, only the changed documents get new vectors;
    // past it the frequencies are counted again, every weight moves a little, and the records of every
    // document whose vector changed are prepared again (as a full run would)
    const contextBefore = this.contexts;
    if (changedDocs.size && this.useContexts) {
      this.drift += changedDocs.size;
      if (!this.weights || this.weights.docs < CONTEXT_MIN_DOCS || this.drift > this.tolerance * this.weights.docs) {
        const all = [...this.docs.values()];
        this.weights = contextWeights(all);
        this.drift = 0;
        this.contexts = contextVectors(all, this.weights);
      } else {
        for (const [id, v] of contextVectors(change.docs, this.weights)) this.contexts.set(id, v);
      }
    }
    const contextMoved = (doc: string) => !sameVector(contextBefore.get(doc), this.contexts.get(doc));
    // the new records, prepared against the new copy groups
    for (const e of change.events) seeds.add(this.addRecord(e));
    // records whose document's original (or context) changed are prepared again
    for (const [doc, items] of this.itemsOfDoc) {
      if (changedDocs.has(doc) || ((originalBefore.get(doc) ?? doc) === (this.originals.get(doc) ?? doc) && !contextMoved(doc))) continue;
      for (const i of items) {
        const p = this.records[i];
        if (!p || gone.has(i)) continue;
        this.records[i] = prepare(p.e, this.docs, this.originals, this.contexts);
        seeds.add(i);
      }
    }
    for (const i of gone) seeds.add(i);
    for (const k of ovKeys) for (const i of this.itemsOfKey.get(k) ?? []) seeds.add(i);
    for (const d of changedDocs) this.refreshReportDate(d);

    // the closure: blocks, stories, overrides
    const closure = full ? new Set(this.records.keys()) : this.closure(seeds);
    const oldStories = new Set<string>();
    for (const i of closure) {
      const s = this.storyOf[i];
      if (s) oldStories.add(s);
    }
    for (const i of gone) this.dropRecord(i);
    const subset: Prepared[] = [];
    for (const i of closure) {
      const p = this.records[i];
      if (p) subset.push(p);
    }
    // re-cluster the closure with the ids its stories had; every other id stays its story's
    const issued = [...oldStories].filter((id) => this.issued.has(id)).map((id) => ({ id, keys: this.issued.get(id)! }));
    const reserved = new Set<string>();
    if (!full) for (const id of this.issued.keys()) if (!oldStories.has(id)) reserved.add(id);
    const built = buildStories(subset, this.overrides, { issued, retired: this.retired, reserved });
    const touchedTypes = new Set<string>();
    for (const id of oldStories) {
      const s = this.stories.get(id);
      if (s) touchedTypes.add(s.type);
      for (const c of this.claimsOfStory.get(id) ?? []) this.unindexClaim(c);
      this.stories.delete(id);
      this.storyItems.delete(id);
      this.claimsOfStory.delete(id);
    }
    for (const s of built.stories) {
      touchedTypes.add(s.type);
      this.stories.set(s.id, s);
      const items = built.byStory.get(s.id)!.map((p) => this.item.get(p.e.id)!);
      this.storyItems.set(s.id, items);
      for (const i of items) this.storyOf[i] = s.id;
    }
    for (const c of built.claims) {
      const list = this.claimsOfStory.get(c.storyId);
      if (list) list.push(c);
      else this.claimsOfStory.set(c.storyId, [c]);
      this.indexClaim(c);
    }
    for (const x of built.ids.changes.live) {
      this.issued.set(x.id, x.keys);
      this.retired.delete(x.id);
    }
    for (const x of built.ids.changes.retired) {
      this.issued.delete(x.id);
      this.retired.add(x.id);
    }

    // series of the types touched, from every claim of those types
    const oldSeries = new Set<string>();
    for (const [id, se] of this.series) if (touchedTypes.has(se.type)) oldSeries.add(id);
    const typeClaims = this.claimsInOrder((c) => touchedTypes.has(this.stories.get(c.storyId)!.type));
    const typeStories = [...new Set(typeClaims.map((c) => c.storyId))].map((id) => this.stories.get(id)!);
    const newSeries = buildSeries(typeStories, typeClaims, this.reportDates);
    for (const id of oldSeries) this.series.delete(id);
    for (const se of newSeries) this.series.set(se.id, se);

    // conflicts: of the rebuilt series, and between rebuilt claims and the claims their places meet
    // the accounts: rebuilt claims and the claims their places can meet (pairs of two claims left as they were stay as they were)
    const accounts = new Map<string, Claim>();
    for (const c of built.claims) {
      accounts.set(c.id, c);
      for (const k of this.reach.get(c.id) ?? [])
        for (const other of this.reachIndex.get(`${this.stories.get(c.storyId)!.type}|${k}`) ?? []) accounts.set(other, this.claimById.get(other)!);
    }
    const inOrder = (cs: Iterable<Claim>) => inFirstOrder([...cs]);
    const accountClaims = inOrder(accounts.values());
    const involved = new Map(accounts);
    const byEvent = new Map<string, Claim>();
    for (const c of typeClaims) for (const m of c.members) byEvent.set(m.e.id, c);
    for (const se of newSeries)
      for (const pt of [...se.points, ...se.planned]) for (const e of pt.eventIds ?? []) involved.set(byEvent.get(e)!.id, byEvent.get(e)!);
    const subClaims = inOrder(involved.values());
    const subStories = [...new Set(subClaims.map((c) => c.storyId))].map((id) => this.stories.get(id)!);
    const found = findConflicts(subStories, newSeries, subClaims, accountClaims);
    const newSeriesIds = new Set(newSeries.map((s) => s.id));
    for (const [id, c] of this.conflicts) {
      if (c.seriesId ? oldSeries.has(c.seriesId) : c.sides.some((x) => oldStories.has(x.storyId))) this.conflicts.delete(id);
    }
    // (a conflict found again between two claims left as they were is the one kept)
    for (const c of found) if (!c.seriesId || newSeriesIds.has(c.seriesId)) this.conflicts.set(c.id, c);
    return {
      ids: built.ids.changes,
      stats: { records: this.item.size, recordsRebuilt: subset.length, storiesRebuilt: built.stories.length, seriesTypes: [...touchedTypes].sort() },
    };
  }

  private claimsInOrder(keep: (c: Claim) => boolean): Claim[] {
    const out: Claim[] = [];
    for (const list of this.claimsOfStory.values()) for (const c of list) if (keep(c)) out.push(c);
    return inFirstOrder(out);
  }

  private indexClaim(c: Claim): void {
    const type = this.stories.get(c.storyId)!.type;
    const r = claimReach(c.members);
    this.reach.set(c.id, r);
    this.claimById.set(c.id, c);
    for (const k of r) {
      const key = `${type}|${k}`;
      const set = this.reachIndex.get(key) ?? this.reachIndex.set(key, new Set()).get(key)!;
      set.add(c.id);
    }
  }

  private unindexClaim(c: Claim): void {
    const type = this.stories.get(c.storyId)?.type;
    for (const k of this.reach.get(c.id) ?? []) this.reachIndex.get(`${type}|${k}`)?.delete(c.id);
    this.reach.delete(c.id);
    this.claimById.delete(c.id);
  }

  private addRecord(e: StoredEvent): number {
    const p = prepare(e, this.docs, this.originals, this.contexts);
    const i = this.records.length;
    this.records.push(p);
    this.item.set(e.id, i);
    push(this.itemsOfDoc, e.doc, i);
    push(this.itemsOfKey, p.key, i);
    for (const f of recordFacts(p)) this.blocks.add(i, f);
    return i;
  }

  private dropRecord(i: number): void {
    const p = this.records[i];
    if (!p) return;
    this.records[i] = null;
    if (this.item.get(p.e.id) === i) this.item.delete(p.e.id);
    remove(this.itemsOfDoc, p.e.doc, i);
    remove(this.itemsOfKey, p.key, i);
    this.storyOf[i] = undefined;
  }

  /** The records tied to the seeds by a shared block, a story or an override, transitively. */
  private closure(seeds: Set<number>): Set<number> {
    const out = new Set<number>();
    const queue = [...seeds];
    const take = (i: number) => {
      if (!out.has(i)) {
        out.add(i);
        queue.push(i);
      }
    };
    const ovOf = new Map<string, string[][]>();
    for (const o of this.overrides) for (const k of o.keys) push(ovOf, k, o.keys);
    while (queue.length) {
      const i = queue.pop()!;
      out.add(i);
      const p = this.records[i];
      const story = this.storyOf[i];
      if (story) for (const j of this.storyItems.get(story) ?? []) take(j);
      if (!p) continue;
      for (const j of this.blocks.candidates(recordFacts(p))) if (this.records[j]) take(j);
      for (const keys of ovOf.get(p.key) ?? []) for (const k of keys) for (const j of this.itemsOfKey.get(k) ?? []) take(j);
    }
    return out;
  }

  private updateCopies(changed: DocInfo[]): void {
    if (!changed.length) return;
    const subset = new Set<string>();
    const groupOf = new Map<string, CopyGroup>();
    for (const g of this.copyGroups) for (const d of g.docs) groupOf.set(d, g);
    for (const d of changed) {
      const old = this.sigs.get(d.id);
      if (old) for (const k of bandKeys(old)) remove(this.bands, k, d.id);
      this.docs.set(d.id, d);
      const sig = signature(d);
      this.sigs.set(d.id, sig);
      subset.add(d.id);
      for (const x of groupOf.get(d.id)?.docs ?? []) subset.add(x);
      const seen = new Set<string>();
      for (const k of bandKeys(sig)) {
        for (const other of this.bands.get(k) ?? []) {
          if (seen.has(other)) continue;
          seen.add(other);
          if (!copiesEachOther(sig, this.sigs.get(other)!)) continue;
          subset.add(other);
          for (const x of groupOf.get(other)?.docs ?? []) subset.add(x);
        }
        push(this.bands, k, d.id);
      }
    }
    const docs = [...subset].sort().map((id) => this.docs.get(id)!);
    const fresh = findCopies(docs);
    const kept = this.copyGroups.filter((g) => !g.docs.some((d) => subset.has(d)));
    this.copyGroups = [...kept, ...fresh].sort((a, b) => (a.docs[0] < b.docs[0] ? -1 : 1));
    this.originals = originalOf(this.copyGroups);
  }

  private refreshReportDate(doc: string): void {
    const members = (this.itemsOfDoc.get(doc) ?? []).map((i) => this.records[i]).filter((p): p is Prepared => !!p);
    const d = latestDates([{ members }]).get(doc);
    if (d) this.reportDates.set(doc, d);
    else this.reportDates.delete(doc);
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function remove<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (!list) return;
  const at = list.indexOf(v);
  if (at >= 0) list.splice(at, 1);
  if (!list.length) m.delete(k);
}

function sameVector(a: ContextVector | undefined, b: ContextVector | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const [w, x] of a) if (b.get(w) !== x) return false;
  return true;
}

// Analysts' review as operations over a store: each makes one entry of the
// append-only history (who, when, the value before and after) and the store
// applies it. Shared by the CLI (`sourced review`) and the HTTP API. An
// expected failure (no such event, a value that does not fit the field) is a
// value, `{ ok: false, status, problem }`, that each way in words its own way.

import { eventKey } from "../store/event-key.js";
import { changeId, undoneIds, checkFieldValue, fieldValue, storyReview, type StoryReview } from "../store/review.js";
import type { Store } from "../store/store.js";
import type {
  Facility,
  FacilityEntry,
  FacilityMergeChange,
  FacilitySplitChange,
  Override,
  Reconciliation,
  ReviewAction,
  ReviewChange,
  StoredEvent,
  Story,
} from "../types.js";
import { buildFacilities } from "./facilities/index.js";
import { shortHash } from "./util.js";

export type ReviewResult<T> = { ok: true; value: T } | { ok: false; status: "not-found" | "invalid"; problem: string };

const fail = (status: "not-found" | "invalid", problem: string): { ok: false; status: "not-found" | "invalid"; problem: string } => ({
  ok: false,
  status,
  problem,
});

let lastAt = 0;
/** Now, strictly after the last change made by this process: the history's order is its time order. */
export function reviewTime(): string {
  lastAt = Math.max(Date.now(), lastAt + 1);
  return new Date(lastAt).toISOString();
}

function make(c: Omit<ReviewChange, "id" | "at" | "undoes" | "anchor" | "field" | "before" | "after"> & Partial<ReviewChange>): ReviewChange {
  const full: Omit<ReviewChange, "id"> = {
    field: null,
    before: null,
    after: null,
    undoes: null,
    anchor: null,
    at: reviewTime(),
    ...c,
  };
  return { id: changeId(full), ...full };
}

/** An event by store id or by evidence key (suppressed ones included). */
export async function findEvent(store: Store, ref: string): Promise<StoredEvent | null> {
  const byId = await store.getEvent(ref);
  if (byId) return byId;
  if (!ref.includes("#")) return null;
  const doc = ref.replace(/#[^#]*#[^#]*$/, "");
  const all = await store.listEvents({ doc, suppressed: "include" });
  return all.find((e) => e.reviewKey === ref) ?? null;
}

async function eventTarget(store: Store, ref: string): Promise<ReviewResult<{ event: StoredEvent; key: string }>> {
  const event = await findEvent(store, ref);
  if (!event) return fail("not-found", `no event '${ref}'`);
  return { ok: true, value: { event, key: event.reviewKey ?? eventKey(event) } };
}

async function record(store: Store, c: ReviewChange): Promise<ReviewResult<ReviewChange>> {
  await store.addReviewChange(c);
  return { ok: true, value: c };
}

/** Sets one field of an event to a new value (checked against the field). */
export async function correctEvent(store: Store, ref: string, field: string, value: unknown, author: string): Promise<ReviewResult<ReviewChange>> {
  const t = await eventTarget(store, ref);
  if (!t.ok) return t;
  const checked = checkFieldValue(field, value);
  if (!checked.ok) return fail("invalid", checked.problem);
  const before = fieldValue(t.value.event, checked.field);
  if (JSON.stringify(before) === JSON.stringify(checked.value)) return fail("invalid", `${field}: already ${JSON.stringify(before)}`);
  return record(store, make({ targetKind: "event", target: t.value.key, action: "correct", field: checked.field, before, after: checked.value, author }));
}

/** Suppresses an event (it leaves every list and export) or restores it. */
export async function suppressEvent(
  store: Store,
  ref: string,
  author: string,
  suppress = true,
  why: string | null = null,
): Promise<ReviewResult<ReviewChange>> {
  const t = await eventTarget(store, ref);
  if (!t.ok) return t;
  const was = t.value.event.review?.suppressed ?? false;
  if (was === suppress) return fail("invalid", `event '${ref}' is ${suppress ? "already suppressed" : "not suppressed"}`);
  return record(store, make({ targetKind: "event", target: t.value.key, action: suppress ? "suppress" : "restore", before: was, after: why, author }));
}

/** A note or a tag (added or taken off) on an event or a story. */
export async function annotate(
  store: Store,
  kind: "event" | "story",
  ref: string,
  action: Extract<ReviewAction, "note" | "tag" | "untag">,
  text: string,
  author: string,
  rec?: Reconciliation,
): Promise<ReviewResult<ReviewChange>> {
  const t = text.trim();
  if (!t) return fail("invalid", `${action === "note" ? "note" : "tag"}: must not be empty`);
  if (t.length > (action === "note" ? 2000 : 60)) return fail("invalid", `${action === "note" ? "note" : "tag"}: too long`);
  if (kind === "event") {
    const e = await eventTarget(store, ref);
    if (!e.ok) return e;
    return record(store, make({ targetKind: "event", target: e.value.key, action, after: t, author }));
  }
  const s = await storyTarget(store, ref, rec);
  if (!s.ok) return s;
  return record(store, make({ targetKind: "story", target: s.value.story.id, anchor: s.value.anchor, action, after: t, author }));
}

async function storyTarget(store: Store, id: string, rec?: Reconciliation): Promise<ReviewResult<{ story: Story; anchor: string | null }>> {
  const r = rec ?? (await store.loadReconciliation());
  const story = r?.stories.find((s) => s.id === id);
  if (!story) return fail("not-found", `no story '${id}'`);
  const first = story.mentions[0] ? await store.getEvent(story.mentions[0].eventId) : null;
  return { ok: true, value: { story, anchor: first ? (first.reviewKey ?? eventKey(first)) : null } };
}

/** Marks a story reviewed (or takes the mark off). */
export async function markReviewed(store: Store, id: string, author: string, reviewed = true, rec?: Reconciliation): Promise<ReviewResult<ReviewChange>> {
  const s = await storyTarget(store, id, rec);
  if (!s.ok) return s;
  return record(
    store,
    make({ targetKind: "story", target: id, anchor: s.value.anchor, action: reviewed ? "reviewed" : "unreviewed", before: null, after: reviewed, author }),
  );
}

/** Adds a merge or split override and its entry in the history. */
export async function recordOverride(store: Store, o: Override, author: string): Promise<ReviewChange> {
  await store.addOverride(o);
  const c = make({ targetKind: "override", target: o.id, action: o.action, after: o, author, at: o.createdAt });
  await store.addReviewChange(c);
  return c;
}

/**
 * Takes back a change (an undo of an undo brings the change back), or an
 * override by its id: a merge or split undone is removed from the
 * overrides, and comes back when that undo is undone.
 */
export async function undo(store: Store, id: string, author: string): Promise<ReviewResult<ReviewChange>> {
  const history = await store.listReviewChanges();
  const target = history.find((c) => c.id === id);
  if (!target) {
    const o = (await store.listOverrides()).find((x) => x.id === id);
    if (!o) return fail("not-found", `no change or override '${id}'`);
    await store.removeOverride(o.id);
    return record(store, make({ targetKind: "override", target: o.id, action: "undo", before: o, author }));
  }
  if (undoneIds(history).has(id)) return fail("invalid", `change '${id}' is already undone`);
  if (target.targetKind === "override") {
    const overrideOf = (c: ReviewChange): Override | null => (c.action === "merge" || c.action === "split" ? (c.after as Override) : null);
    const undone = target.undoes ? history.find((c) => c.id === target.undoes) : null;
    const made = overrideOf(target);
    if (made) await store.removeOverride(made.id);
    else if (target.action === "undo") {
      // bringing back an override: the one its undo removed
      const back = (undone && overrideOf(undone)) ?? (target.before as Override | null);
      if (back && !(await store.listOverrides()).some((o) => o.id === back.id)) await store.addOverride(back);
    }
  }
  return record(
    store,
    make({
      targetKind: target.targetKind,
      target: target.target,
      anchor: target.anchor,
      action: "undo",
      undoes: id,
      before: target.action,
      after: null,
      author,
    }),
  );
}

/** The review of each story (reviewed, notes, tags), by story id; stories without one are left out. */
export async function storyReviews(store: Store, stories: readonly Story[]): Promise<Map<string, StoryReview>> {
  const changes = await store.listReviewChanges({ targetKind: "story" });
  const out = new Map<string, StoryReview>();
  if (changes.length === 0) return out;
  const keys = await mentionReviewKeys(store, stories);
  for (const s of stories) {
    const r = storyReview(changes, s.id, keys.get(s.id) ?? []);
    if (r) out.set(s.id, r);
  }
  return out;
}

async function mentionReviewKeys(store: Store, stories: readonly Story[]): Promise<Map<string, string[]>> {
  const byId = new Map<string, string>();
  for (const e of await store.listEvents({ suppressed: "include" })) byId.set(e.id, e.reviewKey ?? eventKey(e));
  return new Map(stories.map((s) => [s.id, s.mentions.map((m) => byId.get(m.eventId)).filter((k): k is string => k !== undefined)]));
}

/** The history that concerns a story: its own changes, its records', and the overrides that name its records. */
export async function storyHistory(store: Store, story: Story): Promise<ReviewChange[]> {
  const keys = new Set((await mentionReviewKeys(store, [story])).get(story.id) ?? []);
  const plainKeys = new Set([...keys].map((k) => k.replace(/~\d+$/, "")));
  const all = await store.listReviewChanges();
  const overrides = new Set(
    all
      .filter((c) => c.targetKind === "override" && (c.action === "merge" || c.action === "split"))
      .filter((c) => (c.after as Override).keys.some((k) => plainKeys.has(k)))
      .map((c) => c.target),
  );
  return all.filter(
    (c) =>
      (c.targetKind === "event" && keys.has(c.target)) ||
      (c.targetKind === "story" && (c.target === story.id || (c.anchor !== null && keys.has(c.anchor)))) ||
      (c.targetKind === "override" && overrides.has(c.target)),
  );
}

// ------------------------------------------------------------------ facilities

/** A facility's own facts, as a merge or split records them. */
function entryOf(f: Facility): FacilityEntry {
  return {
    id: f.id,
    name: f.name,
    aliases: [...f.aliases],
    kind: f.kind,
    country: f.country,
    admin1: f.admin1,
    town: f.town,
    lat: f.lat,
    lon: f.lon,
    precision: f.precision,
    origin: f.origin,
    source: f.source,
  };
}

function facilityTarget(id: string, all: Facility[]): ReviewResult<Facility> {
  const f = all.find((x) => x.id === id);
  return f ? { ok: true, value: f } : fail("not-found", `no facility '${id}'`);
}

/** Merges facility `fromId` into `intoId`: its aliases and events become the survivor's, and its id leads there. */
export async function mergeFacilities(store: Store, intoId: string, fromId: string, author: string): Promise<ReviewResult<ReviewChange>> {
  if (intoId === fromId) return fail("invalid", `cannot merge facility '${intoId}' with itself`);
  const all = await buildFacilities(store);
  const into = facilityTarget(intoId, all);
  if (!into.ok) return into;
  const from = facilityTarget(fromId, all);
  if (!from.ok) return from;
  const after: FacilityMergeChange = { into: entryOf(into.value), from: entryOf(from.value) };
  return record(store, make({ targetKind: "facility", target: intoId, action: "merge", before: null, after, author }));
}

/** Takes aliases off a facility into a facility of their own, with the events that name them. */
export async function splitFacility(store: Store, id: string, aliases: readonly string[], author: string): Promise<ReviewResult<ReviewChange>> {
  const all = await buildFacilities(store);
  const t = facilityTarget(id, all);
  if (!t.ok) return t;
  const f = t.value;
  const norm = (a: string) => a.trim().toLowerCase().replace(/\s+/g, " ");
  const taken: string[] = [];
  for (const a of aliases) {
    const hit = f.aliases.find((x) => norm(x) === norm(a));
    if (!hit) return fail("invalid", `--alias: '${a}' is not an alias of ${f.name} (its aliases: ${f.aliases.join(", ")})`);
    if (!taken.includes(hit)) taken.push(hit);
  }
  if (taken.length === 0) return fail("invalid", "--alias: name at least one alias to split off");
  if (taken.length === f.aliases.length) return fail("invalid", `--alias: these are all of ${f.name}'s aliases; leave at least one`);
  const at = reviewTime();
  const after: FacilitySplitChange = { from: entryOf(f), id: `fac-r-${shortHash(`${f.id}|${taken.join("|")}|${at}`, 8)}`, name: taken[0]!, aliases: taken };
  return record(store, make({ targetKind: "facility", target: id, action: "split", before: null, after, author, at }));
}

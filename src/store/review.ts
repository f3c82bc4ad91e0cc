// Analysts' review of events and stories: the history is append-only, and
// what is in effect is computed from it. A change is in effect unless a
// later change in effect undoes it (so undoing an undo brings it back).
// Event changes apply in the order they were made to the record as
// extracted; the store writes the result in place of the record and keeps
// the extracted one beside it, and does the same for every new extraction
// of the document (changes name records by their evidence key).

import { z } from "zod";
import { CORRECTABLE_FIELDS, COUNT_KINDS, EVENT_TYPES, QUALIFIERS, STATUSES } from "../types.js";
import type { CorrectableField, EventReview, ExtractedEvent, PlaceDetail, ReviewChange } from "../types.js";
import { shortHash } from "./event-key.js";

/** The ids of the changes a later change in effect undoes (undos included). */
export function undoneIds(changes: readonly ReviewChange[]): Set<string> {
  const undone = new Set<string>();
  for (let i = changes.length - 1; i >= 0; i--) {
    const c = changes[i]!;
    if (!undone.has(c.id) && c.action === "undo" && c.undoes) undone.add(c.undoes);
  }
  return undone;
}

/** The changes of a history that are in effect, in their order (undos themselves left out). */
export function activeChanges(changes: readonly ReviewChange[]): ReviewChange[] {
  const undone = undoneIds(changes);
  return changes.filter((c) => c.action !== "undo" && !undone.has(c.id));
}

/** A new change's id: stable for its content and time. */
export function changeId(c: Omit<ReviewChange, "id">): string {
  return `chg_${shortHash(`${c.targetKind}|${c.target}|${c.action}|${c.field ?? ""}|${JSON.stringify(c.after)}|${c.author}|${c.at}|${c.undoes ?? ""}`, 12)}`;
}

/** A field's value on a record, as a correction's `before` shows it. */
export function fieldValue(e: ExtractedEvent, field: CorrectableField): unknown {
  if (field === "origin" || field === "destination" || field === "location") {
    const p = e[field];
    if (!p) return null;
    const g = e.geo?.[field];
    return { name: p.name, country: p.country, lat: g?.lat ?? null, lon: g?.lon ?? null };
  }
  return e[field] ?? null;
}

function withField(e: ExtractedEvent, field: CorrectableField, value: unknown): ExtractedEvent {
  if (field === "origin" || field === "destination" || field === "location") {
    const p = value as PlaceDetail | null;
    const place = p ? { name: p.name, country: p.country } : null;
    const geo = p ? { ...place!, lat: p.lat ?? null, lon: p.lon ?? null } : null;
    return { ...e, [field]: place, geo: { ...e.geo, [field]: geo } };
  }
  return { ...e, [field]: value };
}

/**
 * A record with the event changes in effect applied (changes naming this
 * record only, in their order); `review` is absent when none is in effect.
 */
export function applyEventChanges(e: ExtractedEvent, key: string, changes: readonly ReviewChange[]): ExtractedEvent & { review?: EventReview } {
  const active = activeChanges(changes).filter((c) => c.targetKind === "event" && c.target === key);
  if (active.length === 0) {
    const { review: _, ...plain } = e as ExtractedEvent & { review?: EventReview };
    return plain;
  }
  let out: ExtractedEvent = e;
  const review: EventReview = { key, suppressed: false, original: {}, notes: [], tags: [], changes: active.map((c) => c.id) };
  for (const c of active) {
    if (c.action === "correct" && c.field) {
      if (!(c.field in review.original)) review.original[c.field] = fieldValue(e, c.field);
      out = withField(out, c.field, c.after);
    } else if (c.action === "suppress") review.suppressed = true;
    else if (c.action === "restore") review.suppressed = false;
    else if (c.action === "note") review.notes.push({ text: String(c.after), author: c.author, at: c.at });
    else if (c.action === "tag" && !review.tags.includes(String(c.after))) review.tags.push(String(c.after));
    else if (c.action === "untag") review.tags = review.tags.filter((t) => t !== String(c.after));
  }
  return { ...out, review };
}

/** The review of a story: reviewed or not, notes, tags, from the changes naming it. */
export interface StoryReview {
  reviewed: { author: string; at: string } | null;
  notes: { text: string; author: string; at: string }[];
  tags: string[];
  changes: string[];
}

/**
 * The story changes in effect for a story: those naming its id, or, when
 * its id has changed since, one of its records' evidence keys.
 */
export function storyReview(changes: readonly ReviewChange[], storyId: string, mentionKeys: readonly string[]): StoryReview | null {
  const keys = new Set(mentionKeys);
  const mine = activeChanges(changes).filter((c) => c.targetKind === "story" && (c.target === storyId || (c.anchor !== null && keys.has(c.anchor))));
  if (mine.length === 0) return null;
  const r: StoryReview = { reviewed: null, notes: [], tags: [], changes: mine.map((c) => c.id) };
  for (const c of mine) {
    if (c.action === "reviewed") r.reviewed = { author: c.author, at: c.at };
    else if (c.action === "unreviewed") r.reviewed = null;
    else if (c.action === "note") r.notes.push({ text: String(c.after), author: c.author, at: c.at });
    else if (c.action === "tag" && !r.tags.includes(String(c.after))) r.tags.push(String(c.after));
    else if (c.action === "untag") r.tags = r.tags.filter((t) => t !== String(c.after));
  }
  return r;
}

// ------------------------------------------------------------------ values

const DAY = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
const COUNTRY = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code");
const text = z.string().trim().min(1).max(500).nullable();
const place = z
  .object({
    name: z.string().trim().min(1).max(200),
    country: z.union([COUNTRY, z.array(COUNTRY).min(1).max(4), z.null()]).default(null),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lon: z.number().min(-180).max(180).nullable().default(null),
  })
  .strict()
  .nullable();

/** What each correctable field accepts (the API's JSON value, and the CLI's after parsing). */
export const FIELD_SCHEMAS: Record<CorrectableField, z.ZodType> = {
  type: z.enum(EVENT_TYPES),
  status: z.enum(STATUSES),
  date: z
    .string()
    .regex(new RegExp(`^${DAY}(?:/${DAY})?$`), "YYYY[-MM[-DD]] or an interval a/b")
    .nullable(),
  count: z
    .object({ value: z.number().nonnegative().max(1e9).nullable(), qualifier: z.enum(QUALIFIERS) })
    .strict()
    .nullable(),
  countKind: z.enum(COUNT_KINDS).nullable(),
  subject: text,
  group: text,
  actor: text,
  source: text,
  origin: place,
  destination: place,
  location: place,
};

/** A field's new value checked against what the field holds, or the one-line problem. */
export function checkFieldValue(field: string, value: unknown): { ok: true; field: CorrectableField; value: unknown } | { ok: false; problem: string } {
  if (!(CORRECTABLE_FIELDS as readonly string[]).includes(field)) {
    return { ok: false, problem: `field: '${field}' cannot be corrected (one of ${CORRECTABLE_FIELDS.join(", ")})` };
  }
  const f = field as CorrectableField;
  const parsed = FIELD_SCHEMAS[f].safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length ? `.${issue.path.join(".")}` : "";
    return { ok: false, problem: `value${at}: ${issue.message} (for ${f})` };
  }
  return { ok: true, field: f, value: parsed.data };
}

const QUALIFIER_PREFIX: [RegExp, (typeof QUALIFIERS)[number]][] = [
  [/^(?:>=|≥|at least\s+)/i, "at_least"],
  [/^(?:<=|≤|at most\s+|up to\s+)/i, "at_most"],
  [/^(?:~|about\s+|around\s+|some\s+)/i, "approx"],
];

/**
 * A field's new value from the command line: a count as `450`, `~450`,
 * `>=450` or `<=450`; a place as `NAME` or `NAME,CC` (ISO country code);
 * `none` clears a field; JSON is taken as it is.
 */
export function parseFieldValue(field: string, raw: string): { ok: true; field: CorrectableField; value: unknown } | { ok: false; problem: string } {
  const s = raw.trim();
  let value: unknown = s;
  if (s === "none" || s === "null") value = null;
  else if (/^[[{]/.test(s)) {
    try {
      value = JSON.parse(s);
    } catch {
      return { ok: false, problem: `value: '${raw}' is not valid JSON` };
    }
  } else if (field === "count") {
    let rest = s;
    let qualifier: (typeof QUALIFIERS)[number] = "exact";
    for (const [re, q] of QUALIFIER_PREFIX) {
      if (re.test(rest)) {
        qualifier = q;
        rest = rest.replace(re, "");
        break;
      }
    }
    const n = Number(rest.replace(/[,\s]/g, ""));
    if (!/\d/.test(rest) || !Number.isFinite(n)) return { ok: false, problem: `value: '${raw}' is not a count (450, ~450, >=450, <=450 or none)` };
    value = { value: n, qualifier };
  } else if (field === "origin" || field === "destination" || field === "location") {
    const m = /^(.*?),\s*([A-Za-z]{2})$/.exec(s);
    value = m ? { name: m[1]!, country: m[2]!.toUpperCase() } : { name: s };
  }
  return checkFieldValue(field, value);
}

// ------------------------------------------------------------------ rows

/** A review change as both engines store it. */
export interface ReviewRow {
  id: string;
  target_kind: string;
  target: string;
  doc: string | null;
  action: string;
  field: string | null;
  before_json: string;
  after_json: string;
  author: string;
  at: string;
  undoes: string | null;
  anchor: string | null;
}

/** The document an event key names (keys are `doc#type#hash[~n]`). */
export function docOfKey(key: string): string {
  return key.replace(/#[^#]*#[^#]*$/, "");
}

export function changeToRow(c: ReviewChange): ReviewRow {
  return {
    id: c.id,
    target_kind: c.targetKind,
    target: c.target,
    doc: c.targetKind === "event" ? docOfKey(c.target) : null,
    action: c.action,
    field: c.field,
    before_json: JSON.stringify(c.before ?? null),
    after_json: JSON.stringify(c.after ?? null),
    author: c.author,
    at: c.at,
    undoes: c.undoes,
    anchor: c.anchor,
  };
}

export function changeFromRow(r: ReviewRow): ReviewChange {
  return {
    id: r.id,
    targetKind: r.target_kind as ReviewChange["targetKind"],
    target: r.target,
    action: r.action as ReviewChange["action"],
    field: r.field as CorrectableField | null,
    before: JSON.parse(r.before_json) as unknown,
    after: JSON.parse(r.after_json) as unknown,
    author: r.author,
    at: r.at,
    undoes: r.undoes,
    anchor: r.anchor,
  };
}

/** The columns of a review row, in one order for inserts. */
export const REVIEW_COLUMNS = [
  "id",
  "target_kind",
  "target",
  "doc",
  "action",
  "field",
  "before_json",
  "after_json",
  "author",
  "at",
  "undoes",
  "anchor",
] as const;

// Facilities and their state over time, computed from the stored records and
// the sentences of the reports that name them: the registry (registry.ts)
// ties each record's places to facilities (link.ts); control (control.ts,
// timeline.ts), population (holding records) and movements follow.
// Nothing is stored: the state is rebuilt from the events each time.

import { NATIONAL_GOVERNMENTS } from "../../lexicon/controllers.js";
import { FACILITY_PLURALS } from "../../lexicon/facility-words.js";
import { findDates } from "../../annotate/dates.js";
import { splitSentences } from "../../annotate/sentences.js";
import type { Store } from "../../store/store.js";
import type { Facility, FacilityEvent, FacilityPopulationPoint, FacilitySource, Reconciliation, ReviewChange, StoredEvent } from "../../types.js";
import { currentReconciliation } from "../index.js";
import { dateSortKey } from "../util.js";
import { controllerOf, cueOf, findControllers } from "./control.js";
import { type FacilityLink, linkBySentence, linkPlaces } from "./link.js";
import { MentionFinder } from "./mentions.js";
import { FacilityRegistry, type RegistryEntry } from "./registry.js";
import { facilityRedirects, facilityReviews, facilityRules, type FacilityRule } from "./review.js";
import { buildTimeline, type Observation } from "./timeline.js";

export { FacilityRegistry } from "./registry.js";
export { linkBySentence, linkPlaces, type FacilityLink } from "./link.js";
export { facilityRedirects, facilityRules } from "./review.js";

const PLURAL = new RegExp(String.raw`\b(?:${[...FACILITY_PLURALS].join("|")})\b`, "i");

export interface FacilityDoc {
  id: string;
  outlet: string | null;
  published: string | null;
  cleanText: string;
}

export interface FacilityInput {
  events: StoredEvent[];
  docs: FacilityDoc[];
  /** The date of the story each undated record belongs to (reconciliation), by event id. */
  storyDates?: Map<string, string>;
  /** The review history (its facility merges and splits apply; other changes are left alone). */
  reviews?: readonly ReviewChange[];
}

/** The date a record's facts hold for, and whether it was inferred (from its story or its report's publication date). */
function dateOf(e: StoredEvent | null, doc: FacilityDoc | undefined, storyDates: Map<string, string>): { date: string | null; inferred: boolean } {
  if (e?.date) return { date: e.date, inferred: e.dateImplied };
  const story = e ? storyDates.get(e.id) : undefined;
  if (story) return { date: story, inferred: true };
  return { date: doc?.published ?? null, inferred: doc?.published != null };
}

const byStoreOrder = (a: StoredEvent, b: StoredEvent) => Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every record's facility links, in store order (a name learned from an earlier record resolves a later one). */
export function linkEvents(
  input: StoredEvent[],
  docs: ReadonlyMap<string, FacilityDoc> = new Map(),
  rules: readonly FacilityRule[] = [],
): { registry: FacilityRegistry; links: Map<string, FacilityLink[]> } {
  const registry = new FacilityRegistry();
  registry.applyReview(rules);
  const mentions = new MentionFinder(registry);
  const links = new Map<string, FacilityLink[]>();
  const events = [...input].sort(byStoreOrder);
  for (const e of events) {
    const ls = linkPlaces(e, registry);
    if (ls.length) links.set(e.id, ls);
  }
  for (const e of events) {
    if (links.has(e.id)) continue;
    const ls = linkBySentence(e, mentions, docs.get(e.doc)?.cleanText);
    if (ls.length) links.set(e.id, ls);
  }
  return { registry, links };
}

export function buildFacilitiesFrom(input: FacilityInput): Facility[] {
  const docs = new Map(input.docs.map((d) => [d.id, d]));
  const rules = facilityRules(input.reviews ?? []);
  const reviews = facilityReviews(rules);
  const { registry, links } = linkEvents(input.events, docs, rules);
  const mentions = new MentionFinder(registry);
  const storyDates = input.storyDates ?? new Map<string, string>();
  const why = new Map<string, Set<string>>();
  const events = [...input.events].sort(byStoreOrder);
  for (const ls of links.values()) for (const l of ls) (why.get(l.entry.id) ?? why.set(l.entry.id, new Set()).get(l.entry.id)!).add(`link: ${l.rule}`);
  const touched = new Map<string, RegistryEntry>();
  for (const ls of links.values()) for (const l of ls) touched.set(l.entry.id, l.entry);

  const source = (doc: string, eventId: string | null, evidence: FacilitySource["evidence"], src: string | null = null): FacilitySource => ({
    doc,
    eventId,
    outlet: docs.get(doc)?.outlet ?? null,
    source: src,
    evidence,
  });

  // ---- control: takeover records, then the sentences of every report that names a facility
  const obs = new Map<string, Observation[]>();
  const seen = new Set<string>();
  const push = (id: string, o: Observation) => {
    const country = registry.get(id)?.country;
    if (o.controller === "government" && country && NATIONAL_GOVERNMENTS[country]) o.controller = NATIONAL_GOVERNMENTS[country];
    const k = `${id}|${o.cue}|${o.controller}|${o.source.doc}|${o.source.evidence.start}`;
    if (seen.has(k)) return;
    seen.add(k);
    (obs.get(id) ?? obs.set(id, []).get(id)!).push(o);
  };
  const eventAt = new Map<string, StoredEvent>();
  for (const e of events) for (const ev of e.evidence) if (!eventAt.has(`${e.doc}|${ev.start}`)) eventAt.set(`${e.doc}|${ev.start}`, e);
  for (const e of events) {
    if (e.type !== "takeover" || e.status === "planned") continue;
    const ls = links.get(e.id);
    if (!ls?.length || !e.evidence.length) continue;
    const ev = e.evidence[0];
    const when = dateOf(e, docs.get(e.doc), storyDates);
    const inSentence = findControllers(ev.text);
    const gainer = controllerOf(e.actor) ?? inSentence.find((m) => cueOf(ev.text, m) == null || cueOf(ev.text, m) === "gain")?.controller ?? null;
    for (const l of ls) {
      if (gainer) push(l.entry.id, { cue: "gain", controller: gainer, ...when, source: source(e.doc, e.id, ev, e.source) });
    }
  }
  const docsWithFacilities = new Set(events.filter((e) => links.has(e.id)).map((e) => e.doc));
  for (const docId of docsWithFacilities) {
    const doc = docs.get(docId);
    if (!doc) continue;
    // the date "on 1 July" is read against: the report's publication date, else its stories' latest day
    const storyDays = events
      .filter((x) => x.doc === docId)
      .map((x) => storyDates.get(x.id) ?? x.date)
      .filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort();
    const reference = doc.published ?? storyDays[storyDays.length - 1] ?? null;
    let previous: RegistryEntry[] = [];
    for (const s of splitSentences(doc.cleanText)) {
      const text = doc.cleanText.slice(s.start, s.end);
      const found = mentions.find(text, previous);
      const e = eventAt.get(`${docId}|${s.start}`) ?? null;
      // a sentence that names no facility speaks of the one its record is tied to ("fled a Kurdish-run camp")
      const named = found.length
        ? [...new Set(found.map((m) => m.entry))]
        : PLURAL.test(text)
          ? []
          : [...new Set((e ? (links.get(e.id) ?? []) : []).map((l) => l.entry))];
      previous = found.length ? named : [];
      if (named.length !== 1 || e?.status === "planned") continue;
      const entry = named[0];
      touched.set(entry.id, entry);
      // the record's date, else the one date the sentence states ("handed over ... on 1 July"), else the story's or the report's
      const stated = e?.date ? [] : findDates(doc.cleanText, s.start, s.end, reference);
      const when = stated.length === 1 ? { date: stated[0].value, inferred: stated[0].implied || !doc.published } : dateOf(e, doc, storyDates);
      for (const m of findControllers(text)) {
        const cue = cueOf(text, m);
        if (!cue) continue;
        push(entry.id, { cue, controller: m.controller, ...when, source: source(docId, e?.id ?? null, { text, start: s.start, end: s.end }) });
      }
    }
  }

  // ---- the facilities: state, population, events
  const out: Facility[] = [];
  for (const entry of touched.values()) {
    const evs: FacilityEvent[] = [];
    const points = new Map<string, FacilityPopulationPoint>();
    for (const e of events) {
      for (const l of links.get(e.id) ?? []) {
        if (l.entry !== entry) continue;
        // one entry per record: where it both leaves from and happens at the facility, the movement's end names it
        if (!evs.some((x) => x.eventId === e.id))
          evs.push({ eventId: e.id, doc: e.doc, type: e.type, role: l.role, date: e.date, count: e.count, evidence: e.evidence[0] });
        // a figure for several facilities together ("the camps of al-Hol and Roj hold 30,000") is no one facility's population
        const sentence = e.evidence[0]?.text ?? "";
        const shared = PLURAL.test(sentence) || new Set(mentions.find(sentence).map((m) => m.entry)).size > 1;
        if (e.type === "holding" && e.count && l.role === "location" && !shared) {
          const when = dateOf(e, docs.get(e.doc), storyDates);
          const k = when.date ?? "";
          const p = points.get(k) ?? { date: when.date, inferred: when.inferred, claims: [], low: null, best: null, high: null };
          p.claims.push({ value: e.count.value, qualifier: e.count.qualifier, source: source(e.doc, e.id, e.evidence[0], e.source) });
          points.set(k, p);
        }
      }
    }
    const timeline = buildTimeline(obs.get(entry.id) ?? []);
    if (!evs.length && !timeline.control.length) continue;
    out.push({
      id: entry.id,
      name: entry.name,
      aliases: [...entry.aliases],
      kind: entry.kind,
      country: entry.country,
      admin1: entry.admin1,
      town: entry.town,
      lat: entry.lat,
      lon: entry.lon,
      precision: entry.precision,
      origin: entry.origin,
      source: entry.source,
      control: timeline.control,
      controlConflicts: timeline.conflicts,
      population: [...points.values()].sort((a, b) => dateSortKey(a.date) - dateSortKey(b.date)),
      events: evs,
      explanation: [...(registry.reviewLines.get(entry.id) ?? []), ...(why.get(entry.id) ?? []), ...timeline.explanation],
      ...(reviews.has(entry.id) ? { review: reviews.get(entry.id) } : {}),
    });
  }
  return out.sort((a, b) => b.events.length - a.events.length || (a.name < b.name ? -1 : 1));
}

/** The story date of each undated record, from a reconciliation. */
export function storyDatesOf(r: Reconciliation): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of r.stories) if (s.date) for (const m of s.mentions) out.set(m.eventId, s.date);
  return out;
}

/** Every facility the stored records name, with its state over time. */
export async function buildFacilities(store: Store): Promise<Facility[]> {
  const events = await store.listEvents({});
  const docIds = [...new Set(events.map((e) => e.doc))];
  const docs: FacilityDoc[] = [];
  for (const id of docIds) {
    const d = await store.getDocument(id);
    if (d) docs.push({ id, outlet: d.meta.outlet, published: d.meta.published, cleanText: d.cleanText });
  }
  const rec = await currentReconciliation(store);
  const reviews = await store.listReviewChanges({ targetKind: "facility" });
  return buildFacilitiesFrom({ events, docs, storyDates: storyDatesOf(rec), reviews });
}

/** A facility by id; a merged-away id leads to the facility it went into (`via` names the id asked for). */
export async function findFacility(store: Store, id: string): Promise<{ facility: Facility | null; via: string | null }> {
  const all = await buildFacilities(store);
  const own = all.find((f) => f.id === id);
  if (own) return { facility: own, via: null };
  const to = facilityRedirects(facilityRules(await store.listReviewChanges({ targetKind: "facility" }))).get(id);
  return { facility: to ? (all.find((f) => f.id === to) ?? null) : null, via: to ? id : null };
}

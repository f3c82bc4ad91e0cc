// The extract stage: detectors propose candidates sentence by sentence, slot
// fillers complete each one, then ordered refiners filter, date, merge and
// score them. Which plug-ins run, and in what order, is the data below.

import type { Context } from "../context.js";
import type { Annotations } from "../annotate/types.js";
import type { Evidence, ExtractedEvent, PlaceDetail } from "../types.js";
import { agreementDetector } from "./detectors/agreement.js";
import { anaphorDetector } from "./detectors/anaphor.js";
import { runningTotalDetector } from "./detectors/running-total.js";
import { arrestDetector } from "./detectors/arrest.js";
import { attackDetector } from "./detectors/attack.js";
import { escapeDetector } from "./detectors/escape.js";
import { exchangeDetector } from "./detectors/exchange.js";
import { holdingDetector } from "./detectors/holding.js";
import { killingDetector } from "./detectors/killing.js";
import { releaseDetector } from "./detectors/release.js";
import { relocationDetector } from "./detectors/relocation.js";
import { repatriationDetector } from "./detectors/repatriation.js";
import { takeoverDetector } from "./detectors/takeover.js";
import { transferDetector } from "./detectors/transfer.js";
import { trialDetector } from "./detectors/trial.js";
import { confidence } from "./refiners/confidence.js";
import { inheritContext } from "./refiners/inherit-context.js";
import { mergeSameEvent } from "./refiners/merge-same-event.js";
import { jailbreak } from "./refiners/jailbreak.js";
import { repatriationRoute } from "./refiners/repatriation-route.js";
import { resolveDates } from "./refiners/resolve-dates.js";
import { deportationHome, swapLegs } from "./refiners/swap-legs.js";
import { unlikelyEventFilter } from "./refiners/unlikely-event-filter.js";
import { tallyType } from "./refiners/tally-type.js";
import { actorSlot } from "./slots/actor.js";
import { countSubjectSlot } from "./slots/count-subject.js";
import { dateSlot } from "./slots/date.js";
import { groupSlot } from "./slots/group.js";
import { placesSlot } from "./slots/places.js";
import { sourceSlot } from "./slots/source.js";
import { countKindSlot, statusSlot } from "./slots/status.js";
import { clausePlan } from "./refiners/clause-plan.js";
import { mentionStrength } from "./refiners/mention-strength.js";
import type { Candidate, ContextDetector, Detector, Refiner, SlotFiller } from "./types.js";
import { buildViews } from "./view.js";

/** Bumped whenever extraction output may change; stored with every event. */
export const EXTRACTOR_VERSION = "1.6.0";

export const DETECTORS: Detector[] = [
  transferDetector,
  escapeDetector,
  releaseDetector,
  exchangeDetector,
  repatriationDetector,
  relocationDetector,
  arrestDetector,
  trialDetector,
  takeoverDetector,
  attackDetector,
  killingDetector,
  agreementDetector,
  holdingDetector,
];

/** Detectors that read what the sentence detectors found, here and before; they run after those, in this order. */
export const CONTEXT_DETECTORS: ContextDetector[] = [
  anaphorDetector, // "the operation" takes the type of an event just told, where this sentence told none of it
  runningTotalDetector, // after the others: a running total tallies the event they found
];

export const SLOTS: SlotFiller[] = [
  countSubjectSlot, // first: the subject noun tells the group and the custody reading
  statusSlot, // before dates: planned events keep undated
  placesSlot,
  dateSlot,
  actorSlot, // before group: the actor's own group is not the subject's affiliation
  groupSlot,
  sourceSlot,
  countKindSlot, // last: the kind of figure follows from the status and the type
];

export const REFINERS: Refiner[] = [
  mentionStrength, // first: which candidates are only mentions of an event told elsewhere
  clausePlan, // a noun leg shares the plan of its clause-mate verb
  unlikelyEventFilter, // first: negated, hypothetical, generic candidates never merge into real ones
  swapLegs, // before merging: released/handed-over legs of a swap are exchanges
  deportationHome, // before merging: sent to their own country is a repatriation
  tallyType, // after retyping: a running total is of the kind of the event it tallies
  jailbreak, // before merging: inmates freed by the attackers of their prison escaped
  resolveDates, // before merging: each mention keeps the date its own sentence gives
  mergeSameEvent, // one event, one record; weak mentions that join nothing go
  repatriationRoute, // after merging, before inheriting: people go home, from the country the story is about
  inheritContext, // after merging: only what no evidence sentence names is inherited
  confidence, // last: scores the final record
];

export function extractEvents(doc: Annotations, ctx: Context): ExtractedEvent[] {
  const info = buildViews(doc);
  let cands: Candidate[] = [];
  for (const view of info.views) {
    const here: Candidate[] = [];
    for (const d of DETECTORS) for (const c of d.match(view, ctx)) here.push(c);
    for (const d of CONTEXT_DETECTORS) for (const c of d.match(view, { here, before: cands }, ctx)) here.push(c);
    for (const c of here) for (const s of SLOTS) s.fill(c, ctx);
    here.sort((a, b) => a.trigger.start - b.trigger.start);
    for (const c of here) cands.push(c);
  }
  for (const r of REFINERS) cands = r.refine(cands, ctx);
  return cands.map((c) => toEvent(c, ctx));
}

function evidence(c: Candidate): Evidence[] {
  const views = c.view.info.views;
  const text = c.view.doc.text;
  return c.sentences.map((i) => {
    const s = views[i].sentence;
    return { text: text.slice(s.start, s.end), start: s.start, end: s.end };
  });
}

function place(p: PlaceDetail | null): { name: string; country: string | string[] | null } | null {
  return p ? { name: p.name, country: p.country } : null;
}

function toEvent(c: Candidate, ctx: Context): ExtractedEvent {
  return {
    doc: ctx.docId,
    type: c.type,
    status: c.status,
    date: c.date,
    count: c.count ? { value: c.count.value, qualifier: c.count.qualifier } : null,
    subject: c.subject,
    group: c.group,
    actor: c.actor,
    origin: place(c.origin),
    destination: place(c.destination),
    location: place(c.location),
    source: c.source,
    evidence: evidence(c),
    confidence: c.confidence,
    tags: c.tags,
    dateImplied: c.dateImplied,
    countKind: c.countKind,
    geo: { origin: c.origin, destination: c.destination, location: c.location },
  };
}

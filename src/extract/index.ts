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
import { resolveDates } from "./refiners/resolve-dates.js";
import { deportationHome, swapLegs } from "./refiners/swap-legs.js";
import { unlikelyEventFilter } from "./refiners/unlikely-event-filter.js";
import { actorSlot } from "./slots/actor.js";
import { countSubjectSlot } from "./slots/count-subject.js";
import { dateSlot } from "./slots/date.js";
import { groupSlot } from "./slots/group.js";
import { placesSlot } from "./slots/places.js";
import { sourceSlot } from "./slots/source.js";
import { countKindOf, statusSlot } from "./slots/status.js";
import type { Candidate, Detector, Refiner, SentenceView, SlotFiller } from "./types.js";
import { buildViews } from "./view.js";
import { DETERMINERS, countAtToken } from "./grammar.js";

/** Bumped whenever extraction output may change; stored with every event. */
export const EXTRACTOR_VERSION = "1.3.0";

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

export const SLOTS: SlotFiller[] = [
  countSubjectSlot, // first: the subject noun tells the group and the custody reading
  statusSlot, // before dates: planned events keep undated
  placesSlot,
  dateSlot,
  actorSlot, // before group: the actor's own group is not the subject's affiliation
  groupSlot,
  sourceSlot,
];

export const REFINERS: Refiner[] = [
  unlikelyEventFilter, // first: negated, hypothetical, generic candidates never merge into real ones
  swapLegs, // before merging: released/handed-over legs of a swap are exchanges
  deportationHome, // before merging: sent to their own country is a repatriation
  resolveDates, // before merging: each mention keeps the date its own sentence gives
  mergeSameEvent, // one event, one record; weak mentions that join nothing go
  inheritContext, // after merging: only what no evidence sentence names is inherited
  confidence, // last: scores the final record
];

/** Lines before the first body sentence that lack final punctuation: titles, kickers, bylines. */
function topMatter(views: SentenceView[]): number {
  for (const v of views) {
    const words = v.tokens.filter((t) => t.kind === "word").length;
    if (/[.!?]["”’)]?\s*$/.test(v.sentence.text) && words >= 8) return v.index;
  }
  return 0;
}

export function extractEvents(doc: Annotations, ctx: Context): ExtractedEvent[] {
  const info = buildViews(doc);
  const bodyFrom = topMatter(info.views);
  let cands: Candidate[] = [];
  for (const view of info.views) {
    const found: Candidate[] = [];
    for (const d of DETECTORS) for (const c of d.match(view, ctx)) found.push(c);
    for (const c of anaphorDetector.match(view, cands, ctx)) if (!found.some((f) => f.type === c.type)) found.push(c);
    // after the others: a running total tallies the event they found
    found.push(...runningTotalDetector.match(view, found, cands, ctx));
    for (const c of found) {
      for (const s of SLOTS) s.fill(c, ctx);
      c.countKind ??= countKindOf(c); // a kind the detector fixed (a running total) is kept
      c.mention = c.trigger.reading !== "verb" && !isIndefinite(c) && !isConcluded(c);
      if (view.index < bodyFrom && !/[.!?]["”’)]?\s*$/.test(view.sentence.text)) c.weak = true;
      // a named agreement gains nothing from the places around it ("credited X with mediating the deal")
      const placed = c.tags.includes("slot/places") && c.type !== "agreement";
      if (c.mention && !c.count && !c.dateMention && !placed) c.weak = true;
      // "during the assault", "after Friday's releases": an event used as a time anchor is told elsewhere
      if (c.trigger.reading === "noun" && isTimeAnchor(c)) c.weak = true;
      // "the escaped prisoners": an attributive participle names an event told elsewhere
      if (c.trigger.reading === "participle" && c.trigger.first > 0 && (DETERMINERS.has(view.lowers[c.trigger.first - 1]) || countAtToken(view, c.trigger.first - 1))) c.weak = true;
      ctx.debug(c.tags[0], () => `s${view.index} ${c.type} "${c.trigger.text}" (${c.trigger.reading}${c.trigger.passive ? ", passive" : ""}) count=${c.count?.value ?? "-"} status=${c.status}${c.dropped ? ` [${c.dropped}]` : ""}`);
    }
    found.sort((a, b) => a.trigger.start - b.trigger.start);
    // "the rebels are to hand back 20 ... in return for the release of 60": a noun leg shares its clause-mate's plan
    const plannedVerb = found.find((f) => f.status === "planned" && f.trigger.reading === "verb");
    if (plannedVerb)
      for (const f of found) if (f.trigger.reading === "noun" && f.trigger.start > plannedVerb.trigger.start && f.status === "occurred" && !f.dateMention) f.status = "planned";
    cands.push(...found);
  }
  for (const r of REFINERS) cands = r.refine(cands, ctx);
  return cands.map((c) => toEvent(c, ctx));
}

/** "reached a deal", "a four-day truce": an indefinite noun introduces a new event. */
function isIndefinite(c: Candidate): boolean {
  const v = c.view;
  for (let k = c.trigger.first - 1; k >= 0 && k >= c.trigger.first - 3; k--) {
    const l = v.lowers[k];
    if (l === "a" || l === "an") return true;
    if (v.tokens[k].kind !== "word" || v.tokens[k].capitalized) return false;
  }
  return false;
}

/** "The deal ... was reached", "signed the truce": a verb of conclusion reports the agreement. */
const CONCLUDE = new Set(["reach", "sign", "seal", "conclude", "strike", "broker", "declare", "announce", "approve", "agree", "finalize", "finalise", "ink", "extend", "renew"]);
function isConcluded(c: Candidate): boolean {
  if (c.type !== "agreement") return false;
  const v = c.view;
  const clause = v.clause[c.trigger.first];
  for (let k = Math.max(0, c.trigger.first - 8); k < Math.min(v.tokens.length, c.trigger.last + 16); k++) if (v.clause[k] === clause && CONCLUDE.has(v.lemmas[k])) return true;
  return false;
}

const TIME_PREPOSITIONS = new Set(["during", "since", "after", "before", "following", "until", "amid", "ahead"]);
function isTimeAnchor(c: Candidate): boolean {
  const v = c.view;
  for (let k = c.trigger.first - 1; k >= 0 && k >= c.trigger.first - 5; k--) {
    if (TIME_PREPOSITIONS.has(v.lowers[k])) return true;
    if (v.tokens[k].kind === "punct" && v.tokens[k].text !== "'" && v.tokens[k].text !== "’") return false;
    if (v.tokens[k].kind === "word" && /^(?:to|in|at|of|by|with|from|on)$/.test(v.lowers[k])) return false;
  }
  return false;
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

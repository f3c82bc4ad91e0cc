// The slots of an Arabic record, from its own sentence: the figure and the
// people it counts, the status (planned, under way), the places by their
// preposition (من: origin, إلى: destination, في: location), the date, the
// actor, the subject's group and the source.

import type { ArabicPlace } from "../../annotate/arabic/places.js";
import { type ArabicWord, normalizeArabic, wordBareForms } from "../../annotate/arabic/normalize.js";
import { demonymCountry, peopleNoun } from "../../annotate/arabic/people.js";
import { ArabicPhraseIndex } from "../../annotate/arabic/phrase-index.js";
import {
  AR_CROSSING_NOUNS,
  AR_DESTINATION_PREPOSITIONS,
  AR_LOCATION_PREPOSITIONS,
  AR_ONGOING_CUES,
  AR_ORIGIN_PREPOSITIONS,
  AR_PLANNED_CUES,
  AR_VIA_PREPOSITIONS,
} from "../../lexicon/ar/triggers.js";
import { MOVEMENT_TYPES, type PlaceDetail } from "../../types.js";
import { AR_CUSTODY_PLACE_NOUNS } from "../../lexicon/ar/subjects.js";
import type { ArabicCandidate } from "./types.js";

const PLANNED = new ArabicPhraseIndex<true>(true);
for (const c of AR_PLANNED_CUES) PLANNED.add(c, true);
const ONGOING = new ArabicPhraseIndex<true>(true);
for (const c of AR_ONGOING_CUES) ONGOING.add(c, true);
const FROM = new Set(AR_ORIGIN_PREPOSITIONS.map(normalizeArabic));
const TO = new Set(AR_DESTINATION_PREPOSITIONS.map(normalizeArabic));
const VIA = new Set(AR_VIA_PREPOSITIONS.map(normalizeArabic));
const AT = new Set(AR_LOCATION_PREPOSITIONS.map(normalizeArabic));
const CROSSING = new Set(AR_CROSSING_NOUNS.map(normalizeArabic));

/** Whether a place is a border crossing: named with a crossing noun ("معبر باب الهوى", "معبري ... و"), or after one. */
function crossing(p: ArabicPlace, words: readonly ArabicWord[]): boolean {
  const own = words[p.first];
  const before = words[p.first - 1];
  return (!!own && wordBareForms(own).some((f) => CROSSING.has(f))) || (!!before && wordBareForms(before).some((f) => CROSSING.has(f)));
}

/**
 * The places of a sentence that stand for themselves: a town named right
 * after a facility ("سجن كوبر في الخرطوم بحري", "سجن صيدنايا قرب دمشق")
 * says where the facility is, and the facility is the place of the event.
 */
function ownPlaces(ps: readonly ArabicPlace[], words: readonly ArabicWord[]): ArabicPlace[] {
  return ps.filter((p) => {
    // "طرابلس (ليبيا)": a place in brackets right after another says where that one is
    const prev = ps.find((x) => x.last === p.first - 2);
    if (prev && words[p.first - 1]?.norm === "(") return false;
    const q = ps.find((x) => x.kind === "facility" && x.last < p.first);
    if (!q || p.kind === "facility") return true;
    const between = words.slice(q.last + 1, p.first);
    return !(between.length === 1 && AT.has(between[0]!.norm)) && !(between.length === 0 && words[p.first]!.norm.startsWith("ب"));
  });
}

/** How many words before the trigger a modal cue reaches. */
const CUE_WINDOW = 5;

export function fillArabicSlots(c: ArabicCandidate): void {
  countAndSubject(c);
  status(c);
  places(c);
  date(c);
  actorAndSource(c);
}

/** Control of a place, a deal: events that count no people. */
const COUNTLESS = new Set(["takeover", "agreement"]);

function countAndSubject(c: ArabicCandidate): void {
  const { counts, words } = c.here;
  if (COUNTLESS.has(c.type)) return;
  const people = counts.filter((k) => k.noun >= 0);
  // the nearest figure: after the trigger in a verbal sentence ("رحّلت السلطات 50 سوريًّا"), before it in a
  // nominal one ("11 ألف لاجئ تم ترحيلهم"); after it when both are as near
  const gap = (k: (typeof people)[number], first = c.first, last = c.last) => (k.first > last ? k.first - last : k.last < first ? first - k.last + 0.5 : 0);
  // a figure nearer another trigger of the sentence is that trigger's ("تحرير 630 فلسطينيًا ... الإعلان عن مقتله")
  const own = people.filter((k) => !c.rivals.some(([f, l]) => gap(k, f, l) < gap(k)));
  const pick = [...own].sort((a, b) => gap(a) - gap(b))[0] ?? null;
  if (pick) {
    c.countMention = pick;
    c.count = { value: pick.value, qualifier: pick.qualifier };
    c.subject = subjectAt(words, pick.noun, c);
    return;
  }
  for (let k = c.last + 1; k < Math.min(words.length, c.last + 8); k++) {
    if (words[k]!.kind === "word" && peopleNoun(words[k]!.norm) && !c.here.places.some((p) => k >= p.first && k <= p.last)) {
      c.subject = subjectAt(words, k, c);
      return;
    }
  }
}

/** The noun for people at i, with the nationality word after it ("لاجئ سوري"). */
function subjectAt(words: readonly ArabicWord[], i: number, c: ArabicCandidate): string {
  const next = words[i + 1];
  const end = next && next.kind === "word" && demonymCountry(next.norm) ? i + 1 : i;
  return c.doc.text.slice(words[i]!.start, words[end]!.end);
}

function status(c: ArabicCandidate): void {
  if (c.status === "planned") return;
  const words = c.here.words;
  for (let k = Math.max(0, c.first - CUE_WINDOW); k < c.first; k++) {
    const p = PLANNED.matchAt(words, k);
    if (p && p.last < c.first) {
      c.status = "planned";
      return;
    }
    const o = ONGOING.matchAt(words, k);
    if (o && o.last < c.first) c.status = "ongoing";
  }
}

function detail(p: ArabicPlace): PlaceDetail {
  const d: PlaceDetail = { name: p.name, country: p.country, lat: p.lat, lon: p.lon, admin1: p.admin1 };
  if (p.english && p.english !== p.name) d.canonical = p.english;
  return d;
}

function prepositionOf(words: readonly ArabicWord[], p: ArabicPlace): "from" | "to" | "via" | "in" {
  const w = words[p.first - 1];
  if (w && FROM.has(w.norm)) return "from";
  if (w && TO.has(w.norm)) return "to";
  if (w && VIA.has(w.norm)) return "via";
  // "لبنان" after "إلى الأراضي", "من سجن X": one word between
  const w2 = words[p.first - 2];
  if (w2 && (w?.kind === "word" || w?.norm === "“" || w?.norm === '"') && p.first - 2 >= 0) {
    if (FROM.has(w2.norm)) return "from";
    if (TO.has(w2.norm)) return "to";
    if (VIA.has(w2.norm)) return "via";
  }
  // "لبلاده", "للحدود": a preposition glued on
  const first = words[p.first]!;
  // the ل is glued on only when the place's own name does not begin with it ("لسوريا", "للرقة"; not "ليبيا", "لبنان")
  const own = normalizeArabic(p.name.split(/\s+/)[0] ?? "");
  if (first.norm.startsWith("ل") && first.norm !== own && !own.startsWith("ل")) return "to";
  return "in";
}

function places(c: ArabicCandidate): void {
  const words = c.here.words;
  const ps = ownPlaces(c.here.places, words);
  if (!ps.length) {
    if (c.type === "repatriation") home(c);
    return;
  }
  // prefer the places after the trigger, nearest first, then those before it
  const ordered = [...ps.filter((p) => p.first > c.last), ...ps.filter((p) => p.last < c.first).reverse()];
  if (MOVEMENT_TYPES.has(c.type)) {
    const via: ArabicPlace[] = [];
    for (const p of ordered) {
      // a deportation passes a crossing on its way, though the text says "من معبر"
      const said = prepositionOf(words, p);
      const role = said === "from" && c.type === "repatriation" && crossing(p, words) ? "via" : said;
      if (role === "from" && !c.origin) c.origin = detail(p);
      else if (role === "to" && !c.destination) c.destination = detail(p);
      else if (role === "via") via.push(p);
      else if (role === "in" && !c.location) c.location = detail(p);
    }
    // a crossing passed through: where a deportation or a transfer arrives, where a release or an escape leaves
    const through = via[0];
    if (through) {
      if (c.type === "release" || c.type === "escape") c.origin ??= detail(through);
      else c.destination ??= detail(through);
    }
    if ((c.type === "release" || c.type === "escape") && !c.origin && c.location) c.origin = c.location;
    if (c.type === "release" && c.destination && !c.origin) {
      // a release names where people were held
      c.origin = c.destination;
      c.destination = null;
    }
    if (c.type === "repatriation" || c.type === "transfer") sides(c, ordered);
    return;
  }
  // where it happened: a place after في, else one not after من (where the people came from), else any
  const first = ordered.find((p) => prepositionOf(words, p) === "in") ?? ordered.find((p) => prepositionOf(words, p) !== "from") ?? ordered[0]!;
  c.location = detail(first);
}

/** The country the document's places name most often, or null. */
const DOMINANT = new WeakMap<object, string | null>();
function dominantCountry(c: ArabicCandidate): string | null {
  if (DOMINANT.has(c.doc)) return DOMINANT.get(c.doc) ?? null;
  const n = new Map<string, number>();
  for (const p of c.doc.places) n.set(p.country, (n.get(p.country) ?? 0) + 1);
  let best: string | null = null;
  for (const [k, v] of n) if (best === null || v > n.get(best)!) best = k;
  DOMINANT.set(c.doc, best);
  return best;
}

/**
 * A record none of whose sentences names a place happened where the document
 * is about ("توقيف 450 شخصًا" in a report on Lebanon). Runs after merging, so
 * that an inherited country keeps no record from joining another.
 */
/**
 * The side that held the people of a release, an escape or a stock, when the record names no group: the
 * state or group the document names as keeping prisons ("سجون النظام", "معتقلات قسد"), the most often.
 */
export function groupFromDocument(c: ArabicCandidate): void {
  if (c.group) return;
  const armed = (a: { kind: string }) => a.kind === "state" || a.kind === "group" || a.kind === "force";
  const doer = c.here.actors.filter((a) => armed(a) && a.last < c.first).sort((a, b) => b.last - a.last)[0];
  if (c.type === "relocation") {
    // forces that withdrew or redeployed are the group of the movement
    if (doer) c.group = doer.canonical;
    return;
  }
  if (c.type === "takeover" || c.type === "attack") {
    // a seized or attacked place belonged to the other side: the armed side the document names most, other than the doer
    const tally = new Map<string, number>();
    for (const s of c.doc.arabic)
      for (const a of s.actors) if (armed(a) && a.canonical !== doer?.canonical) tally.set(a.canonical, (tally.get(a.canonical) ?? 0) + 1);
    const ranked = [...tally.entries()].sort((x, y) => y[1] - x[1]);
    if (ranked.length && (ranked.length === 1 || ranked[1][1] < ranked[0][1])) c.group = ranked[0][0];
    return;
  }
  if (!HELD_TYPES.has(c.type)) return;
  const holder = documentHolder(c.doc);
  if (holder) c.group = holder;
}

const HELD_TYPES = new Set(["release", "escape", "holding"]);
const holders = new WeakMap<ArabicCandidate["doc"], string | null>();

function documentHolder(doc: ArabicCandidate["doc"]): string | null {
  if (holders.has(doc)) return holders.get(doc)!;
  const tally = new Map<string, number>();
  for (const s of doc.arabic)
    for (const a of s.actors) {
      if (a.kind !== "state" && a.kind !== "group" && a.kind !== "force") continue;
      const before = s.words[a.first - 1];
      if (before && AR_CUSTODY_PLACES.has(stripArticle(before.norm))) tally.set(a.canonical, (tally.get(a.canonical) ?? 0) + 1);
    }
  const ranked = [...tally.entries()].sort((x, y) => y[1] - x[1]);
  const best = ranked.length && (ranked.length === 1 || ranked[1][1] < ranked[0][1]) ? ranked[0][0] : null;
  holders.set(doc, best);
  return best;
}

const stripArticle = (w: string) => w.replace(/^(?:و|ف|ب|ل)?(?:ال)?/, "");
const AR_CUSTODY_PLACES = new Set(AR_CUSTODY_PLACE_NOUNS.map((n) => stripArticle(normalizeArabic(n.split(" ").pop()!))));

export function placeFromDocument(c: ArabicCandidate): void {
  if (c.origin || c.destination || c.location) return;
  const iso = dominantCountry(c);
  if (!iso) return;
  const p = c.doc.places.find((q) => q.country === iso && q.kind === "country");
  const d: PlaceDetail = { name: p?.name ?? iso, country: iso, lat: p?.lat ?? null, lon: p?.lon ?? null, admin1: null };
  if (MOVEMENT_TYPES.has(c.type)) {
    if (c.type === "release" || c.type === "escape") c.origin = d;
  } else c.location = d;
}

/**
 * The two sides of a deportation or a transfer, by country: the destination
 * is the people's own country for a repatriation (their nationality), or the
 * country a place after إلى is in; every other place of that country named
 * without a preposition (a crossing, a province) is on the arriving side. The
 * origin is a place after من in another country, else the state that acts
 * ("السلطات التركية", "تركيا ترحّل"), else any place of another country.
 */
function sides(c: ArabicCandidate, ordered: ArabicPlace[]): void {
  if (c.type === "repatriation") home(c);
  const dest = c.destination?.country ?? null;
  if (!dest) {
    if (!c.origin && c.location) c.origin = c.location;
    c.location = null;
    return;
  }
  const country = (p: PlaceDetail | null) => (p ? [].concat(p.country as never) : []);
  if (c.origin && country(c.origin).includes(dest as never)) c.origin = null;
  if (!c.origin) {
    const actor = c.here.actors.find((a) => a.country && a.country !== dest && (a.kind === "state" || a.kind === "force"));
    const other = ordered.find((p) => p.country !== dest);
    if (other && (!actor || other.country === actor.country)) c.origin = detail(other);
    else if (actor) c.origin = { name: c.doc.text.slice(actor.start, actor.end), country: actor.country!, lat: null, lon: null, admin1: null };
  }
  // a named place on the arriving side is more specific than the country
  const arriving = ordered.find((p) => p.country === dest && p.kind !== "country");
  if (arriving && (!c.destination || c.destination.lat === null || c.here.places.find((q) => q.name === c.destination!.name)?.kind === "country"))
    c.destination = detail(arriving);
  c.location = null;
}

/** A repatriation takes its people home: the destination is their country when the text names their nationality. */
function home(c: ArabicCandidate): void {
  if (c.destination) return;
  const noun = c.countMention?.noun ?? -1;
  const words = c.here.words;
  const from = noun >= 0 ? noun : c.last + 1;
  for (let k = from; k < Math.min(words.length, from + 4); k++) {
    const iso = words[k]!.kind === "word" ? demonymCountry(words[k]!.norm) : null;
    if (iso && iso !== c.origin?.country) {
      c.destination = { name: c.doc.text.slice(words[k]!.start, words[k]!.end), country: iso, lat: null, lon: null, admin1: null };
      return;
    }
  }
}

function date(c: ArabicCandidate): void {
  const ds = c.here.dates.filter((d) => !d.bound);
  if (ds.length) {
    const nearest = [...ds].sort((a, b) => dist(a, c) - dist(b, c))[0]!;
    c.dateMention = nearest;
    c.date = nearest.value;
    c.dateImplied = nearest.implied;
    return;
  }
  if (c.status === "planned") return;
  c.date = c.doc.reference;
  c.dateImplied = c.date !== null;
}

const dist = (d: { first: number; last: number }, c: ArabicCandidate) => (d.first > c.last ? d.first - c.last : d.last < c.first ? c.first - d.last + 2 : 0);

function actorAndSource(c: ArabicCandidate): void {
  const { actors, attributions, words } = c.here;
  const agents = actors.filter((a) => a.kind !== "media" && a.kind !== "org");
  // the doer: the nearest named actor before the trigger, or one right after it ("رحّلت السلطات اللبنانية")
  const before = agents.filter((a) => a.last < c.first).sort((a, b) => b.last - a.last)[0];
  const after = agents.filter((a) => a.first > c.last && a.first - c.last <= 2)[0];
  const doer = after ?? before;
  if (doer) c.actor = c.doc.text.slice(words[doer.first]!.start, words[doer.last]!.end);
  // the nearest cue before the trigger ("أقر الجيش ... ، أعلنت الفصائل ... إطلاق سراح"), else the first one
  const others = attributions.filter((a) => a.cueFirst !== c.first);
  const attr = others.filter((a) => a.cueLast < c.first).sort((a, b) => b.cueLast - a.cueLast)[0] ?? others[0];
  if (attr) c.source = sourceBefore(c, attr);
  // the subject's group: an armed group named next to the people ("مقاتلي كتائب القسام")
  const noun = c.countMention?.noun ?? -1;
  if (noun >= 0) {
    const g = actors.find((a) => a.first > noun && a.first - noun <= 2 && a.kind === "group");
    if (g) c.group = g.canonical;
  }
}

/** The source's name, cut before the record's own trigger when the name ran over it ("أعلنت الشرطة فرار 25 نزيلًا"). */
function sourceBefore(c: ArabicCandidate, attr: { start: number; end: number; source: string }): string {
  const at = c.here.words[c.first]!.start;
  if (at <= attr.start || at >= attr.end) return attr.source;
  const cut = c.doc.text.slice(attr.start, at).trim();
  return cut || attr.source;
}

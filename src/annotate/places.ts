// Places: countries, demonyms, regions, provinces, towns, prisons and camps,
// each with a canonical name, ISO country, coordinates and kind.
//
// One linear scan over the words of the text against the gazetteer's phrase
// index (longest match wins), then:
//  - gated names (small towns) are kept only when the document names their
//    country elsewhere; ambiguous names prefer a candidate in such a country;
//  - a lone gazetteer town beside another capitalised word is part of a
//    longer name ("Tyler Durden", "Baghdad Today") and dropped;
//  - "X province", "X prison", "the city of X", "northeastern Syria" take
//    their neighbours into the span;
//  - a demonym is tagged `demonym/place` or `demonym/person` by the noun it
//    qualifies ("Iraqi prisons" / "Iraqi officials");
//  - "Kaduna State", "Donetsk Oblast" are first-level divisions anywhere; a
//    bare division name ("Punjab") needs its country named, like a small town;
//  - a place that opens an institution's name ("Gaza health ministry") is
//    kept and tagged `place/org-name`;
//  - one sense per document: a bare "Jeddah" after "al-Jeddah camp" is the camp;
//  - then places no gazetteer lists, from the grammar around them
//    (gazetteer/place-grammar.ts): "Abu Shouk camp", "the village of X",
//    "X district", "in X, Kaduna State", tagged `place/grammar`.

import type { Context } from "../context.js";
import type { Annotations, Annotator, PlaceKind, PlaceMention } from "./types.js";
import { loadGazetteer, type PlaceEntry } from "./gazetteer/gazetteer.js";
import { actorIndex } from "./gazetteer/actor-index.js";
import type { PhraseMatch } from "./gazetteer/phrase-index.js";
import { documentWords, fold, joins, type Word } from "./gazetteer/words.js";
import { grammarPlaces } from "./gazetteer/place-grammar.js";
import {
  ADMIN_SUFFIXES,
  AMBIGUOUS_COUNTRY_NAMES,
  DEMONYM_BRIDGE,
  DEMONYM_PHRASE_ENDERS,
  DIRECTIONS,
  FACILITY_SUFFIXES,
  ORG_HEAD_MODIFIERS,
  ORG_HEAD_NOUNS,
  PERSON_NOUNS,
  PLACE_NOUNS,
  PLACE_PREFIXES,
  TOWN_PREPOSITIONS,
} from "../lexicon/places.js";
import { ARABIC_ARTICLES, PERSON_NAME_LINKS, PLACE_NAME_PARTICLES } from "../lexicon/name-particles.js";
import { SENTENCE_INITIAL_NON_NAMES } from "../lexicon/function-words.js";

const TAG = "annotate/places";

/** The admin kind a word names ("province" → admin1), own keys only ("constructor" is not a suffix). */
const ADMIN_SUFFIX = new Map(Object.entries(ADMIN_SUFFIXES));
const DIRECTION_KEYS = new Set(DIRECTIONS.map((d) => fold(d.replace(/-/g, ""))));
const PLACE_NOUN_KEYS = new Set(PLACE_NOUNS.map(fold));
const PERSON_NOUN_KEYS = new Set(PERSON_NOUNS.map(fold));
const AMBIGUOUS_COUNTRY_KEYS = new Set(AMBIGUOUS_COUNTRY_NAMES.map(fold));
const FACILITY_SUFFIX_KEYS = FACILITY_SUFFIXES.map((s) => s.split(" ").map(fold)).sort((a, b) => b.length - a.length);
const ORG_HEADS = new Set(ORG_HEAD_NOUNS.map(fold));
const ORG_MODIFIERS = new Set(ORG_HEAD_MODIFIERS.map(fold));
const PREFIX_KEYS = PLACE_PREFIXES.map((s) => s.split(" ").map(fold)).sort((a, b) => b.length - a.length);

const SOURCE_RANK: Record<PlaceEntry["source"], number> = { curated: 0, country: 0, demonym: 0, "sy-iq": 1, admin1: 2, cities: 2 };
const KIND_RANK: Record<PlaceKind, number> = { facility: 0, city: 1, region: 2, admin2: 3, admin1: 4, country: 0, demonym: 0 };

interface Raw {
  m: PhraseMatch<PlaceEntry>;
  /** Index of the first word, including a leading article taken in. */
  from: number;
  start: number;
}

/** The word after a name is a facility's or a division's ("prison", "District Jail", "province"). */
function namedWithPlaceWord(text: string, words: Word[], to: number): boolean {
  const next = words[to];
  if (!next || next.kind !== "word" || !joins(text, words[to - 1], next)) return false;
  return ADMIN_SUFFIX.has(next.key) || FACILITY_SUFFIX_KEYS.some((keys) => keys.every((k, j) => words[to + j]?.key === k));
}

export class PlaceExtractor implements Annotator {
  readonly name = TAG;

  annotate(doc: Annotations, ctx: Context): void {
    const gz = loadGazetteer();
    const orgs = actorIndex();
    const text = doc.text;
    const words = documentWords(text) as Word[];

    // Pass 1: every name in the text, longest first, skipping organisation names.
    const raws: Raw[] = [];
    const covered = new Uint8Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const org = orgs.matchAt(text, words, i);
      if (org && org.values.some((g) => g.kind === "group" || g.kind === "org" || g.kind === "media")) {
        // A place longer than the organisation's name still wins ("Washington" is not "Washington Institute").
        const place = gz.index.matchAt(text, words, i);
        if (!place || place.to <= org.to) {
          ctx.debug(TAG, () => `skip "${text.slice(org.start, org.end)}": organisation name`);
          covered.fill(1, i, org.to);
          i = org.to - 1;
          continue;
        }
      }
      let m = gz.index.matchAt(text, words, i);
      let from = i;
      if (!m && ARABIC_ARTICLES.has(words[i].key) && i + 1 < words.length && joins(text, words[i], words[i + 1])) {
        m = gz.index.matchAt(text, words, i + 1);
        if (m && !m.values.some((v) => v.kind === "country" || v.kind === "demonym")) from = i;
        else m = null;
      }
      if (!m) continue;
      raws.push({ m, from, start: words[from].start });
      i = m.to - 1;
    }

    // The countries the document names outright: they unlock small towns.
    const docCountries = new Set<string>();
    for (const r of raws) {
      const sure = r.m.values.filter((v) => !v.gated);
      const cs = new Set(sure.map((v) => v.country));
      if (cs.size === 1) docCountries.add([...cs][0]);
      // "Kuje prison", "Narsingdi District Jail": a town named with its prison or its district is a place,
      // and names its country when only one country has a town of that name
      else if (!sure.length && namedWithPlaceWord(text, words, r.m.to)) {
        const gated = new Set(r.m.values.filter((v) => v.source === "cities" || v.source === "sy-iq").map((v) => v.country));
        if (gated.size === 1) docCountries.add([...gated][0]);
      }
    }

    // Pass 1b: towns of a few thousand people, in the countries the document names.
    if (docCountries.size) {
      const inRaw = covered.slice();
      for (const r of raws) inRaw.fill(1, r.from, r.m.to);
      const extra: Raw[] = [];
      const indexes = [...docCountries].map((c) => gz.smallTowns(c)).filter((x): x is NonNullable<typeof x> => x !== null);
      for (let i = 0; i < words.length && indexes.length; i++) {
        if (inRaw[i] || words[i].kind !== "word" || !words[i].cap) continue;
        const found = indexes
          .map((ix) => ix.matchAt(text, words, i))
          .filter((m): m is PhraseMatch<PlaceEntry> => m !== null && !inRaw.subarray(i, m.to).some((x) => x));
        if (!found.length) continue;
        const to = found.reduce((max, m) => Math.max(max, m.to), -Infinity);
        const longest = found.filter((m) => m.to === to);
        extra.push({ m: { ...longest[0], values: longest.flatMap((m) => m.values) }, from: i, start: words[i].start });
        i = to - 1;
      }
      if (extra.length) {
        for (const r of extra) raws.push(r);
        raws.sort((a, b) => a.start - b.start);
      }
    }

    // Pass 2: resolve each name to one place and shape its span.
    const out: PlaceMention[] = [];
    const inNames = new Set<string>();
    const kept: Array<[Raw, PlaceMention]> = [];
    for (const r of raws) {
      const mention = this.resolve(r, words, text, docCountries, gz.admin1, inNames, ctx);
      if (mention) kept.push([r, mention]);
    }
    // A town name the document also uses inside a person's name ("Sabah al-Numan" ... "Numan said") is that person.
    for (const [r, mention] of kept) {
      const lexical = mention.tags.includes("place/sy-iq") || mention.tags.includes("place/cities") || mention.tags.includes("place/admin1");
      // ("Sherpur district jail" keeps its place: a division or facility suffix says what it names)
      const suffixed = mention.tags.includes("place/suffix") || mention.tags.includes("place/facility-suffix");
      if (lexical && !suffixed && r.m.to - r.from === 1 && inNames.has(words[r.from].key)) {
        ctx.debug(TAG, () => `drop "${mention.text}": also part of a longer name in this document`);
        continue;
      }
      out.push(mention);
    }
    // One sense per document: a bare "Jeddah" after "al-Jeddah camp" (Iraq) is that place, not the Saudi city.
    const cores = new Map<string, PlaceMention>();
    for (const p of out) if (p.tags.includes("place/curated") && p.kind !== "country" && p.kind !== "demonym") cores.set(core(p.text), p);
    for (const p of out) {
      if (!p.tags.includes("place/cities")) continue;
      const same = cores.get(core(p.text));
      if (!same || same.country === p.country) continue;
      ctx.debug(TAG, () => `"${p.text}" → ${same.name}: same name as "${same.text}" in this document`);
      Object.assign(p, { name: same.name, country: same.country, lat: same.lat, lon: same.lon, kind: same.kind, admin1: same.admin1 });
      p.tags = [TAG, "place/same-as"];
    }

    // "Gaza health ministry": the place opens an institution's name.
    for (const p of out) {
      if (p.kind === "demonym") continue;
      let k = firstWordFrom(words, p.end);
      if (words[k] && ORG_MODIFIERS.has(words[k].key) && joins(text, words[k - 1], words[k]) && words[k + 1] && joins(text, words[k], words[k + 1])) k++;
      if (words[k] && ORG_HEADS.has(words[k].key) && joins(text, words[k - 1], words[k])) p.tags.push("place/org-name");
    }

    // Places no gazetteer lists, from the grammar around them ("Abu Shouk camp", "the village of X").
    out.sort((a, b) => a.start - b.start);
    let w = 0;
    for (const p of out) {
      while (w < words.length && words[w].end <= p.start) w++;
      for (let k = w; k < words.length && words[k].start < p.end; k++) covered[k] = 1;
    }
    for (const p of grammarPlaces(words, text, out, covered, gz.countries, ctx)) out.push(p);
    for (const p of out) doc.places.push(p);
    doc.places.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  private resolve(
    r: Raw,
    words: Word[],
    text: string,
    docCountries: Set<string>,
    admin1: Map<string, PlaceEntry[]>,
    inNames: Set<string>,
    ctx: Context,
  ): PlaceMention | null {
    const { m } = r;
    const written = text.slice(r.start, m.end);
    // "Zamfara State": a division's name followed by its kind word needs no other clue.
    const after = words[m.to];
    const adminWord = after && after.kind === "word" && joins(text, words[m.to - 1], after) && ADMIN_SUFFIX.get(after.key) === "admin1";
    let cands = m.values.filter((v) => !v.gated || docCountries.has(v.country) || (adminWord && v.kind === "admin1"));
    if (!cands.length) {
      ctx.debug(TAG, () => `drop "${written}": no candidate in the document's countries`);
      return null;
    }

    // "the Plateau", "a Delta": a bare division name after an article is a common noun.
    // "the White House": a town's bare name after an article is another kind of name.
    const det = words[r.from - 1];
    const suffixed =
      !!after &&
      after.kind === "word" &&
      joins(text, words[m.to - 1], after) &&
      (!!ADMIN_SUFFIX.get(after.key) || FACILITY_SUFFIX_KEYS.some((k) => k[0] === after.key));
    if (!suffixed && !ADMIN_SUFFIX.get(words[m.to - 1].key) && det && (det.key === "the" || det.key === "a" || det.key === "an")) {
      // ("an Istanbul nightclub" keeps a city known everywhere.)
      cands = cands.filter((v) => v.source !== "admin1" && !(v.source === "cities" && v.gated));
      if (!cands.length) {
        ctx.debug(TAG, () => `drop "${written}": a town's or division's bare name after an article`);
        return null;
      }
    }
    // A small town ("Hudson", "Wilson") is introduced by a preposition or set off by a comma; otherwise it is a surname.
    if (cands.every((v) => v.source === "cities" && v.population < SMALL_TOWN) && !suffixed) {
      const prev = words[r.from - 1];
      const introduced =
        (prev && TOWN_PREPOSITIONS.has(prev.key) && !prev.cap) ||
        (words[m.to]?.text === "," && (!prev || prev.kind === "punct" || TOWN_PREPOSITIONS.has(prev.key)));
      if (!introduced) {
        ctx.debug(TAG, () => `drop "${written}": a small town's name without a preposition`);
        return null;
      }
    }

    // A lone gazetteer name next to another capitalised word belongs to a longer name.
    const lexical =
      cands.every((v) => v.source === "sy-iq" || v.source === "cities" || v.source === "admin1") ||
      (m.to - m.from === 1 && AMBIGUOUS_COUNTRY_KEYS.has(words[m.from].key) && cands.every((v) => v.kind === "country"));
    if (lexical && partOfLongerName(words, text, r.from, m.to)) {
      for (let k = r.from; k < m.to; k++) inNames.add(words[k].key);
      ctx.debug(TAG, () => `drop "${written}": part of a longer name`);
      return null;
    }

    // Suffix: "province", "prison", "detention center"...
    let end = m.end;
    let to = m.to;
    let kindOverride: PlaceKind | null = null;
    let facilitySuffix: string | null = null;
    const next = words[to];
    if (next && next.kind === "word" && joins(text, words[to - 1], next) && !next.allCaps) {
      // "Kajuru local government area" (Nigeria's second-level division)
      const lga = next.key === "local" && words[to + 1]?.key === "government" && words[to + 2]?.key === "area";
      const admin = lga ? "admin2" : ADMIN_SUFFIX.get(next.key);
      // "Darfur region": a curated region keeps its kind and takes the word into its span.
      if (next.key === "region" && cands.every((c) => c.kind === "region")) {
        end = next.end;
        to++;
      }
      // "the West Bank town of X": the noun heads a new name, it is not this place's suffix.
      const headsOf = words[to + 1]?.key === "of" && words[to + 2]?.cap === true;
      if (
        admin &&
        !headsOf &&
        !cands.every((c) => c.kind === "region") &&
        cands.some((c) => c.kind !== "country" && c.kind !== "demonym" && c.kind !== "facility")
      ) {
        kindOverride = admin;
        end = lga ? words[to + 2].end : next.end;
        to += lga ? 3 : 1;
        // "Sherpur district jail": the division names the facility that follows it
        const fac = FACILITY_SUFFIX_KEYS.find((keys) => keys.every((k, j) => words[to + j]?.key === k && joins(text, words[to + j - 1], words[to + j])));
        if (fac) {
          const last = words[to + fac.length - 1];
          facilitySuffix = text.slice(next.start, last.end).toLowerCase();
          end = last.end;
          to += fac.length;
          kindOverride = null;
        }
      } else if (cands.some((c) => c.kind !== "country" && c.kind !== "demonym" && c.kind !== "region")) {
        const fac = FACILITY_SUFFIX_KEYS.find((keys) =>
          keys.every((k, j) => words[to + j]?.key === k && (j === 0 || joins(text, words[to + j - 1], words[to + j]))),
        );
        if (fac) {
          const last = words[to + fac.length - 1];
          facilitySuffix = text.slice(next.start, last.end).toLowerCase();
          end = last.end;
          to += fac.length;
        }
      }
    }

    // Rank the candidates: in a named country, curated first, the right kind, the most populous.
    const wantKind = kindOverride;
    cands = [...cands].sort((a, b) => {
      const ka = wantKind && a.kind === wantKind ? 0 : 1;
      const kb = wantKind && b.kind === wantKind ? 0 : 1;
      return (
        (docCountries.has(b.country) ? 1 : 0) - (docCountries.has(a.country) ? 1 : 0) ||
        (a.source === "curated" ? 0 : 1) - (b.source === "curated" ? 0 : 1) ||
        ka - kb ||
        SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
        KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
        b.population - a.population
      );
    });
    let best = cands[0];
    const tags = [TAG, `place/${best.source}`];

    // "X province" with X a town: use the province's own coordinates when we have them.
    if (kindOverride === "admin1" && best.kind !== "admin1") {
      const a1 = (admin1.get(fold(best.admin1 ?? "")) ?? admin1.get(fold(best.name)) ?? []).find((e) => e.country === best.country);
      best = a1 ? { ...a1, name: best.name, admin1: a1.name } : { ...best, kind: "admin1" };
      tags.push("place/suffix");
    } else if (kindOverride) {
      best = { ...best, kind: kindOverride };
      tags.push("place/suffix");
    }

    let start = r.start;
    let name = best.name;
    let kind: PlaceKind = best.kind;
    if (facilitySuffix) {
      name = `${best.name} ${facilitySuffix}`;
      kind = "facility";
      tags.push("place/facility-suffix");
    }

    // Prefix: "the city of X".
    const pre = PREFIX_KEYS.find((keys) => keys.every((k, j) => words[r.from - keys.length + j]?.key === k));
    // Not "Kurram district of Khyber Pakhtunkhwa": there the noun closes the name before it.
    const owner = pre ? words[r.from - pre.length - 1] : undefined;
    const closesName = !!owner && owner.kind === "word" && owner.cap && pre![0] !== "the" && joins(text, owner, words[r.from - pre!.length]);
    if (pre && !closesName && kind !== "country" && kind !== "demonym") {
      start = words[r.from - pre.length].start;
      tags.push("place/prefix");
    }

    // Compass words before a country: "northeastern Syria", "northern and eastern Syria".
    if (best.kind === "country") {
      const dir = directionsBefore(words, text, r.from);
      if (dir !== null) {
        start = words[dir].start;
        name = `${text.slice(start, words[r.from].start).trim().toLowerCase().replace(/\s+/g, " ")} ${best.name}`;
        kind = "region";
        tags.push("place/direction");
      }
    }

    if (best.kind === "demonym") tags.push(`demonym/${demonymRole(words, m.to)}`);

    ctx.debug(TAG, () => `"${text.slice(start, end)}" → ${name} (${best.country}, ${kind}, ${best.source})`);
    return {
      start,
      end,
      text: text.slice(start, end),
      name,
      country: best.country,
      lat: best.lat,
      lon: best.lon,
      kind,
      admin1: best.kind === "admin1" ? (best.admin1 ?? best.name) : best.admin1,
      tags,
    };
  }
}

/** Towns below this population need a preposition before them ("in Hudson") or a comma after a dateline ("HUDSON, Ohio"). */
const SMALL_TOWN = 100_000;
const FACILITY_TAIL = new RegExp(
  `\\s+(?:${[...FACILITY_SUFFIXES, "rehabilitation centre", "rehabilitation center", "centre", "center"].sort((a, b) => b.length - a.length).join("|")})$`,
);
/** Index of the first word starting at or after `pos` (binary search). */
function firstWordFrom(words: Word[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A place's written name without its article or facility word: "al-Jeddah camp" → "jeddah". */
function core(written: string): string {
  return fold(written)
    .replace(/^(?:al|el|the)[\s-]+/, "")
    .replace(FACILITY_TAIL, "")
    .trim();
}

/** Whether words[from..to) sits beside another capitalised word (a person's or organisation's name). */
function partOfLongerName(words: Word[], text: string, from: number, to: number): boolean {
  // Left: skip particles joined to the name ("Hisham al-Alawi").
  let l = from - 1;
  while (l >= 0 && words[l].kind === "word" && PERSON_NAME_LINKS.has(words[l].key) && !words[l].cap && joins(text, words[l], words[l + 1])) l--;
  if (l >= 0 && l < from && words[l].kind === "word" && words[l].cap && joins(text, words[l], words[l + 1]) && !sentenceInitialTitle(words, l)) {
    if (!DIRECTION_KEYS.has(words[l].key)) return true;
  }
  let rr = to;
  while (words[rr] && words[rr].kind === "word" && PERSON_NAME_LINKS.has(words[rr].key) && !words[rr].cap && joins(text, words[rr - 1], words[rr])) rr++;
  if (rr > to && words[rr]?.kind === "word" && words[rr].cap && joins(text, words[rr - 1], words[rr])) return true;
  const r = words[to];
  if (r && r.kind === "word" && r.cap && joins(text, words[to - 1], r) && !ADMIN_SUFFIX.get(r.key) && !FACILITY_SUFFIX_KEYS.some((k) => k[0] === r.key))
    return true;
  // "Mary L. Williams": an initial follows.
  if (r && r.kind === "word" && /^\p{Lu}$/u.test(r.text) && words[to + 1]?.text === ".") return true;
  return false;
}

/** "The", "In", "From" capitalised at a sentence start are not names. */
function sentenceInitialTitle(words: Word[], i: number): boolean {
  return PLACE_NAME_PARTICLES.has(words[i].key) || SENTENCE_INITIAL_NON_NAMES.has(words[i].key);
}

/** Index of the first compass word before words[i] ("northern and eastern"), or null. */
function directionsBefore(words: Word[], text: string, i: number): number | null {
  let j = i - 1;
  const w = words[j];
  if (!w || w.kind !== "word" || !DIRECTION_KEYS.has(w.key) || !joins(text, w, words[i])) return null;
  // "north-eastern": two words joined by a hyphen.
  if (j >= 1 && text.slice(words[j - 1].end, w.start) === "-" && DIRECTION_KEYS.has(fold(words[j - 1].text + w.text))) j -= 1;
  // "northern and eastern"
  if (j >= 2 && words[j - 1].key === "and" && DIRECTION_KEYS.has(words[j - 2].key)) j -= 2;
  return j;
}

/** What a demonym qualifies: a place ("Iraqi prisons"), a person or force ("Iraqi officials"), a name, or other. */
function demonymRole(words: Word[], to: number): "place" | "person" | "name" | "other" {
  for (let k = to; k < Math.min(words.length, to + 5); k++) {
    const w = words[k];
    if (w.kind === "punct") {
      if (w.text === "-" || w.text === "‑") continue;
      return "other";
    }
    if (w.kind === "possessive") return "other";
    // "Afghan and Pakistani militiamen": read past the coordinated demonym.
    if (w.key === "and" || w.key === "or") continue;
    if (PLACE_NOUN_KEYS.has(w.key)) return "place";
    if (PERSON_NOUN_KEYS.has(w.key)) return "person";
    if (k === to && w.cap && !DEMONYM_BRIDGE.has(w.key)) {
      // "Iraqi Kurdish officials" reads on; "Iraqi Joint Operations Command" is a name.
      if (/(?:ish|ian|an|i)$/.test(w.key)) continue;
      return "name";
    }
    // "Afghan and Pakistani militiamen": another demonym on the way.
    if (w.cap && /(?:ish|ian|an|i|ese)$/.test(w.key)) continue;
    if (w.cap || DEMONYM_PHRASE_ENDERS.has(w.key)) return "other";
  }
  return "other";
}

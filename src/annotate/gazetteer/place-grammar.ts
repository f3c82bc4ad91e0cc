// Places no gazetteer lists, read from the grammar around them:
//  - facilities: "<Name> prison", "Abu Shouk displacement camp", "the National
//    Penitentiary" (a capitalised head makes the whole run a name);
//  - localities: "the village of X", "the West Bank town of X", "X district",
//    "X local government area";
//  - apposition: "in X, <known place>" ("in Kuriga, Kaduna State").
// Country and coordinates come from a following "in/near X", the place named
// just before ("the West Bank town of ..."), an apposed place, or else the
// document's most named country. Every such mention is tagged `place/grammar`
// and `place/inferred` (its coordinates are those of the place it leans on).

import type { Context } from "../../context.js";
import type { PlaceKind, PlaceMention } from "../types.js";
import type { PlaceEntry } from "./gazetteer.js";
import { fold, joins, type Word } from "./words.js";
import {
  APPOSITION_PREPOSITIONS,
  FACILITY_HEADS,
  FACILITY_MODIFIERS,
  LOCALITY_PLURAL_NOUNS,
  LOCALITY_PREFIX_NOUNS,
  LOCALITY_SUFFIX_NOUNS,
  LOCATIVE_WORDS,
  NOT_PLACE_NAME_STARTS,
  PLACE_STOPWORDS,
} from "../../lexicon/places.js";
import { NON_COUNTRY_DEMONYMS } from "../../lexicon/countries.js";
import { PLACE_NAME_LINKS } from "../../lexicon/name-particles.js";
import { FACTION_SPEECH_VERBS } from "../../lexicon/attribution-cues.js";

const TAG = "annotate/places";

const HEADS = FACILITY_HEADS.map((h) => h.split(" ").map(fold)).sort((a, b) => b.length - a.length);
const PLURALS = new Map(Object.entries(LOCALITY_PLURAL_NOUNS));
const PREFIX_NOUNS = new Map(Object.entries(LOCALITY_PREFIX_NOUNS));
const HEAD_FIRST = new Set(HEADS.map((h) => h[0]));
const MODIFIERS = new Set(FACILITY_MODIFIERS.map(fold));
const SUFFIX_NOUNS = Object.entries(LOCALITY_SUFFIX_NOUNS)
  .map(([k, v]) => [k.split(" ").map(fold), v] as const)
  .sort((a, b) => b[0].length - a[0].length);
const SUFFIX_FIRST = new Set(SUFFIX_NOUNS.map(([keys]) => keys[0]));
const STOP = new Set([...PLACE_STOPWORDS, ...NON_COUNTRY_DEMONYMS].map(fold));

interface Found {
  from: number;
  to: number;
  name: string;
  kind: PlaceKind;
  /** The place it sits in, when the grammar names it: "the West Bank town of X". */
  container: PlaceMention | null;
  how: string;
  /** Where to look for the place it sits in, when not right after it (coordinated names). */
  after?: number;
}

/**
 * Grammar places in `words`, given the gazetteer mentions already resolved (`known`,
 * sorted by start) and the words they or organisation names cover.
 */
export function grammarPlaces(
  words: Word[],
  text: string,
  known: PlaceMention[],
  covered: Uint8Array,
  countries: Map<string, PlaceEntry>,
  ctx: Context,
): PlaceMention[] {
  const found: Found[] = [];
  const taken = covered.slice();
  const mark = (f: Found) => {
    for (let k = f.from; k < f.to; k++) taken[k] = 1;
    found.push(f);
  };

  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    // Facilities: walk back from a head noun over modifiers and a capitalised name.
    const key = words[i].key;
    if (!HEAD_FIRST.has(key) && !SUFFIX_FIRST.has(key) && !PLURALS.has(key) && !PREFIX_NOUNS.has(key)) continue;
    const head =
      HEAD_FIRST.has(key) &&
      HEADS.find((h) => h.every((k, j) => words[i + j]?.kind === "word" && words[i + j].key === k && (j === 0 || joins(text, words[i + j - 1], words[i + j]))));
    if (head) {
      const capHead = words[i].cap;
      let j = i;
      while (j > 0 && MODIFIERS.has(words[j - 1].key) && joins(text, words[j - 1], words[j]) && !taken[j - 1] && (!capHead || words[j - 1].cap)) j--;
      const from = nameRunBack(words, text, j, taken);
      if (from !== null) {
        const to = i + head.length;
        const nameWords = words.slice(from, j);
        const proper = nameWords.some((w) => !STOP.has(w.key) && !NOT_PLACE_NAME_STARTS.has(w.key) && !w.allCaps);
        // "a Turkish base", "an army camp": an indefinite article marks a common noun, not a name.
        const indefinite = from > 0 && (words[from - 1].key === "a" || words[from - 1].key === "an");
        const faction = !capHead && FACTION_SPEECH_VERBS.has(words[i + head.length]?.key ?? "");
        if (!indefinite && !faction && (proper || (capHead && nameWords.length > 0 && nameWords.every((w) => w.cap && !w.allCaps)))) {
          mark({ from, to, name: text.slice(words[from].start, words[to - 1].end), kind: "facility", container: null, how: "facility" });
          i = to - 1;
          continue;
        }
      }
    }
    // "Lakki Marwat district", "Chikun local government area"
    const suf =
      SUFFIX_FIRST.has(key) &&
      SUFFIX_NOUNS.find(([keys]) =>
        keys.every(
          (k, j) => words[i + j]?.kind === "word" && words[i + j].key === k && !words[i + j].cap && (j === 0 || joins(text, words[i + j - 1], words[i + j])),
        ),
      );
    if (suf) {
      const from = nameRunBack(words, text, i, taken);
      if (from !== null && words.slice(from, i).some((w) => !STOP.has(w.key) && !NOT_PLACE_NAME_STARTS.has(w.key) && !w.allCaps)) {
        const to = i + suf[0].length;
        mark({ from, to, name: text.slice(words[from].start, words[i - 1].end), kind: suf[1], container: null, how: "suffix" });
        i = to - 1;
        continue;
      }
    }
    // "the Delmas and Pétion-Ville neighbourhoods": coordinated names before a plural noun.
    const plural = PLURALS.get(key);
    if (plural && !words[i].cap) {
      const runs: Array<[number, number]> = [];
      let j = i;
      for (;;) {
        const from = nameRunBack(words, text, j, new Uint8Array(words.length));
        if (from === null || !words.slice(from, j).some((w) => !STOP.has(w.key) && !NOT_PLACE_NAME_STARTS.has(w.key) && !w.allCaps)) break;
        runs.push([from, j]);
        const link = words[from - 1];
        if (!link || !(link.key === "and" || link.key === "or" || link.text === ",")) break;
        j = from - 1;
        if (words[j - 1]?.text === "," && link.key !== ",") j--;
      }
      if (runs.length >= 2) {
        for (const [from, to] of runs) {
          if (taken.subarray(from, to).some((x) => x)) continue;
          mark({ from, to, name: text.slice(words[from].start, words[to - 1].end), kind: plural, container: null, how: "plural", after: i + 1 });
        }
        continue;
      }
    }
    // "the village of X", "the West Bank town of X"
    const pre = PREFIX_NOUNS.get(key);
    if (pre && !words[i].cap && words[i + 1]?.key === "of" && words[i + 2] && !taken[i + 2]) {
      const to = nameRunForward(words, text, i + 2, taken);
      if (to !== null) {
        let k = i - 1;
        if (words[k]?.kind === "possessive") k--;
        const container = k >= 0 ? (known.find((p) => p.end === words[k].end && p.kind !== "demonym") ?? null) : null;
        mark({ from: i + 2, to, name: text.slice(words[i + 2].start, words[to - 1].end), kind: pre, container, how: "prefix" });
        i = to - 1;
        continue;
      }
    }
  }

  const out: PlaceMention[] = [];
  const all = () => [...known, ...out].sort((a, b) => a.start - b.start);
  const resolveOne = (f: Found): PlaceMention | null => {
    const host = f.container ?? following(words, text, f.after ?? f.to, all()) ?? null;
    let country: string;
    let lat: number | null;
    let lon: number | null;
    let admin1: string | null = null;
    if (host) {
      ({ country, lat, lon } = host);
      admin1 = host.kind === "admin1" ? host.name : host.admin1;
    } else {
      const c = dominantCountry(known);
      if (!c) {
        ctx.debug(TAG, () => `drop "${f.name}": no country to place it in`);
        return null;
      }
      const e = countries.get(c);
      country = c;
      lat = e?.lat ?? null;
      lon = e?.lon ?? null;
    }
    const start = words[f.from].start;
    const end = words[f.to - 1].end;
    ctx.debug(
      TAG,
      () => `"${text.slice(start, end)}" → ${f.name} (${country}, ${f.kind}, grammar: ${f.how}${host ? ` in ${host.name}` : ", document's country"})`,
    );
    return {
      start,
      end,
      text: text.slice(start, end),
      name: f.name,
      country,
      lat,
      lon,
      kind: f.kind,
      admin1,
      tags: [TAG, "place/grammar", `place/grammar-${f.how}`, "place/inferred"],
    };
  };
  for (const f of found) {
    const m = resolveOne(f);
    if (m) out.push(m);
  }

  // Apposition: "in X, <place>" / "in X, in <place>".
  for (let i = 1; i < words.length; i++) {
    if (taken[i] || !APPOSITION_PREPOSITIONS.has(words[i - 1].key) || words[i - 1].cap) continue;
    const to = nameRunForward(words, text, i, taken);
    if (to === null || words[to]?.text !== ",") continue;
    let k = to + 1;
    if (words[k]?.key === "in") k++;
    const host = words[k] ? all().find((p) => p.start === words[k].start && p.kind !== "demonym" && p.kind !== "facility") : undefined;
    // "in X, Iraq's ..." reads on into another phrase; "in X, Kaduna State" names X's place.
    if (!host || words.find((w) => w.start >= host.end)?.kind === "possessive") continue;
    for (let q = i; q < to; q++) taken[q] = 1;
    const m = resolveOne({ from: i, to, name: text.slice(words[i].start, words[to - 1].end), kind: "city", container: host, how: "apposition" });
    if (m) out.push(m);
  }
  return out;
}

/** Start of the capitalised name ending just before words[j] (up to four words, particles inside), or null. */
function nameRunBack(words: Word[], text: string, j: number, taken: Uint8Array): number | null {
  let from = j;
  let n = 0;
  while (from > 0 && n < 5) {
    const w = words[from - 1];
    if (taken[from - 1] || w.kind !== "word" || !joins(text, w, words[from])) break;
    if (w.cap && !/^\d/.test(w.text)) n++;
    else if (!(PLACE_NAME_LINKS.has(w.key) && from - 2 >= 0 && words[from - 2].cap)) break;
    from--;
  }
  // Leading function words capitalised at a sentence start are not part of the name.
  while (from < j && (NOT_PLACE_NAME_STARTS.has(words[from].key) || (PLACE_NAME_LINKS.has(words[from].key) && !words[from].cap))) from++;
  return from < j ? from : null;
}

/** End of the capitalised name starting at words[i] (up to four words), or null. */
function nameRunForward(words: Word[], text: string, i: number, taken: Uint8Array): number | null {
  const w = words[i];
  if (!w || w.kind !== "word" || !w.cap || w.allCaps || taken[i] || NOT_PLACE_NAME_STARTS.has(w.key) || STOP.has(w.key)) return null;
  let to = i + 1;
  while (to < words.length && to - i < 5) {
    const x = words[to];
    if (taken[to] || x.kind !== "word" || !joins(text, words[to - 1], x)) break;
    if (x.cap) to++;
    else if (PLACE_NAME_LINKS.has(x.key) && words[to + 1]?.cap && joins(text, x, words[to + 1])) to += 2;
    else break;
  }
  return to;
}

/** The known place right after a facility or locality: "... in Hasakah", "... near El Fasher", "..., Zamfara State". */
function following(words: Word[], text: string, to: number, known: PlaceMention[]): PlaceMention | null {
  let k = to;
  if (words[k]?.text === ",") k++;
  const comma = k > to;
  // Read past a few lower-case words ("camp for displaced people near ..."): the last one must be locative.
  let steps = 0;
  while (k < words.length && steps < 5 && words[k].kind === "word" && !words[k].cap) k++, steps++;
  if (steps > 0 && !LOCATIVE_WORDS.has(words[k - 1].key)) return null;
  if (steps === 0 && !comma) return null;
  const w = words[k];
  if (!w) return null;
  return known.find((p) => p.start === w.start && p.kind !== "demonym") ?? null;
}

/** The country the document names most often, or null. */
function dominantCountry(known: PlaceMention[]): string | null {
  const n = new Map<string, number>();
  for (const p of known) n.set(p.country, (n.get(p.country) ?? 0) + (p.kind === "demonym" ? 0.5 : 1));
  let best: string | null = null;
  let bestN = 0;
  for (const [c, v] of n) if (v > bestN) (best = c), (bestN = v);
  return best;
}

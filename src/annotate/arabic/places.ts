// Arabic places: phrases of the Arabic gazetteer found in a sentence's
// words, with the clitics Arabic attaches (و، ب، ل، ال) taken off the first
// word. The mention's name is the place as written, without those clitics.

import { AR_PLACE_INTRO } from "../../lexicon/ar/places.js";
import type { PlaceMention } from "../types.js";
import { type ArabicPlaceEntry, arabicHomonyms, loadArabicGazetteer } from "./gazetteer.js";
import { peopleNoun } from "./people.js";
import { type ArabicWord, wordBareForms, normalizeArabic, withoutArticle } from "./normalize.js";

const INTRO = new Set(AR_PLACE_INTRO.map(normalizeArabic));

export interface ArabicPlace extends PlaceMention {
  first: number;
  last: number;
  /** The English name of the place. */
  english: string;
}

/** Drops the first `n` letters (and the vowel marks on them) of an Arabic word as written. */
function dropLetters(s: string, n: number): string {
  let i = 0;
  while (n > 0 && i < s.length) {
    i++;
    while (i < s.length && /[\u064b-\u065f\u0670\u0640]/.test(s[i]!)) i++;
    n--;
  }
  return s.slice(i);
}

export function findArabicPlaces(text: string, words: readonly ArabicWord[], skip: (i: number) => boolean): ArabicPlace[] {
  const index = loadArabicGazetteer();
  const out: ArabicPlace[] = [];
  /** The places whose name has a homonym in another country, with it. */
  const ambiguous: [ArabicPlace, ArabicPlaceEntry][] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.kind !== "word" || skip(i)) continue;
    const hit = index.matchAt(words, i);
    if (!hit) continue;
    const e = hit.value;
    const prev = words[i - 1];
    // "50 سوريًّا", "لاجئاً سورياً": a nationality (after a figure, a noun for people, or with the accusative tanwin), not the country.
    if (e.kind === "country" && (prev?.kind === "number" || (prev && peopleNoun(prev.norm)) || /\u064b/.test(words[hit.last]!.text))) continue;
    if (e.gated && !(prev && wordBareForms(prev).some((f) => INTRO.has(f)))) continue;
    const first = words[i]!;
    const lastWord = words[hit.last]!;
    // the clitic letters the match took off the first word ("بالحسكة" → "الحسكة", "وحلب" → "حلب", "للرقة" → "الرقة")
    const norm = first.norm;
    let clitics = 0;
    for (let k = 0; k <= 3 && k < norm.length - 1; k++) {
      if (withoutArticle(norm.slice(k)) === hit.form || norm.slice(k) === hit.form) {
        clitics = k;
        break;
      }
    }
    const written = dropLetters(text.slice(first.start, lastWord.end), clitics);
    const name = clitics >= 2 && norm.slice(clitics - 2, clitics) === "لل" ? `ال${written}` : written;
    out.push({
      start: first.start,
      end: lastWord.end,
      text: text.slice(first.start, lastWord.end),
      name,
      country: e.country,
      lat: e.lat,
      lon: e.lon,
      kind: e.kind,
      admin1: e.admin1,
      tags: ["annotate/arabic-places"],
      first: i,
      last: hit.last,
      english: e.english,
    });
    const other = arabicHomonyms().get(hit.form);
    if (other) {
      ambiguous.push([out[out.length - 1]!, other]);
      HOMONYMS.set(out[out.length - 1]!, [e, other]);
    }
    i = hit.last;
  }
  if (ambiguous.length) chooseHomonyms(out, ambiguous);
  return out;
}

/** The two readings of a place whose name has a homonym in another country. */
const HOMONYMS = new WeakMap<ArabicPlace, [ArabicPlaceEntry, ArabicPlaceEntry]>();

/**
 * A name of two places ("طرابلس") reads as the one in the country the whole
 * document's other places are in most often; a sentence alone may name no
 * other place. A tie keeps the sentence's reading.
 */
export function chooseHomonymsInDocument(places: readonly ArabicPlace[]): void {
  const seen = new Map<string, number>();
  for (const p of places) if (!HOMONYMS.has(p)) seen.set(p.country, (seen.get(p.country) ?? 0) + 1);
  for (const p of places) {
    const pair = HOMONYMS.get(p);
    if (!pair) continue;
    const [a, b] = pair;
    const na = seen.get(a.country) ?? 0;
    const nb = seen.get(b.country) ?? 0;
    if (na === nb) continue;
    const e = na > nb ? a : b;
    Object.assign(p, { country: e.country, lat: e.lat, lon: e.lon, kind: e.kind, admin1: e.admin1, english: e.english });
  }
}

/** A name of two places reads as the other one when the sentence's other places are in its country more often. */
function chooseHomonyms(places: ArabicPlace[], ambiguous: [ArabicPlace, ArabicPlaceEntry][]): void {
  const unsure = new Set(ambiguous.map(([p]) => p));
  const seen = new Map<string, number>();
  for (const p of places) if (!unsure.has(p)) seen.set(p.country, (seen.get(p.country) ?? 0) + 1);
  for (const [p, other] of ambiguous) {
    if ((seen.get(other.country) ?? 0) <= (seen.get(p.country) ?? 0)) continue;
    Object.assign(p, { country: other.country, lat: other.lat, lon: other.lon, kind: other.kind, admin1: other.admin1, english: other.english });
  }
}

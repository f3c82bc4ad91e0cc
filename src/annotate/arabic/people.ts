// Whether an Arabic word is a noun for people ("المعتقلين", "سوريًّا",
// "لبنانيين"), and the country a nationality word names.

import { AR_DEMONYMS, AR_PEOPLE_NOUNS } from "../../lexicon/ar/subjects.js";
import { AR_CUSTODY_NOUNS, AR_CUSTODY_PLACE_WORDS } from "../../lexicon/ar/triggers.js";
import { bareForms, normalizeArabic } from "./normalize.js";

const NOUNS = new Set(AR_PEOPLE_NOUNS.map(normalizeArabic));
const CUSTODY = new Set([...AR_CUSTODY_NOUNS, ...AR_CUSTODY_PLACE_WORDS].map(normalizeArabic));
const DEMONYMS = new Map<string, string>();
for (const [stem, iso] of Object.entries(AR_DEMONYMS)) {
  const s = normalizeArabic(stem);
  for (const suffix of ["", "ين", "ون", "ه", "ات", "ا", "ان", "تين"]) DEMONYMS.set(s + suffix, iso);
}

function forms(norm: string): string[] {
  const out: string[] = [];
  for (const f of bareForms(norm)) {
    out.push(f);
    // The accusative alef of an indefinite noun: "معتقلا", "شخصا".
    if (f.length > 3 && f.endsWith("ا")) out.push(f.slice(0, -1));
  }
  return out;
}

/** What each word is, kept across documents: its nationality (or null), and whether it is a noun for people. */
const MEMO = new Map<string, { country: string | null; people: boolean; custody: boolean }>();
const MEMO_LIMIT = 100_000;

function lookup(norm: string): { country: string | null; people: boolean; custody: boolean } {
  let r = MEMO.get(norm);
  if (!r) {
    let country: string | null = null;
    let people = false;
    let custody = false;
    for (const f of forms(norm)) {
      country ??= DEMONYMS.get(f) ?? null;
      if (NOUNS.has(f) || DEMONYMS.has(f)) people = true;
      if (CUSTODY.has(f)) custody = true;
    }
    r = { country, people, custody };
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    MEMO.set(norm, r);
  }
  return r;
}

/** The nationality a word names ("سوريين" → SY), or null. */
export function demonymCountry(norm: string): string | null {
  return lookup(norm).country;
}

export function peopleNoun(norm: string): boolean {
  return lookup(norm).people;
}

/** Whether a word says people are held: a noun for people in custody ("نزيلًا", "المساجين") or for a place of custody ("احتجاز", "السجن"). */
export function custodyWord(norm: string): boolean {
  return lookup(norm).custody;
}

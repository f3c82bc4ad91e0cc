// Whether an Arabic word is a noun for people ("المعتقلين", "سوريًّا",
// "لبنانيين"), and the country a nationality word names.

import { AR_DEMONYMS, AR_PEOPLE_NOUNS } from "../../lexicon/ar/subjects.js";
import { bareForms, normalizeArabic } from "./normalize.js";

const NOUNS = new Set(AR_PEOPLE_NOUNS.map(normalizeArabic));
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

/** The nationality a word names ("سوريين" → SY), or null. */
export function demonymCountry(norm: string): string | null {
  for (const f of forms(norm)) {
    const c = DEMONYMS.get(f);
    if (c) return c;
  }
  return null;
}

export function peopleNoun(norm: string): boolean {
  for (const f of forms(norm)) if (NOUNS.has(f) || DEMONYMS.has(f)) return true;
  return false;
}

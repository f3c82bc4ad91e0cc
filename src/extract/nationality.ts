// The nationality of the people an event happens to, from the words around
// its count and its subject. Shared by the refiners that decide whether
// people went home.

import { DEMONYM_COUNTRY } from "../lexicon/subjects.js";
import type { Candidate } from "./types.js";

/** The nationality the candidate's people carry: "120 Syrians", "Afghan migrants", "Syrian refugees". */
export function peopleNationality(c: Candidate): string | null {
  const v = c.view;
  const m = c.countMention;
  // a demonym right after the count
  if (m) {
    const dem = v.places.find((p) => p.kind === "demonym" && p.start >= m.start && p.start - m.end <= 12);
    if (dem) return dem.country;
  }
  // the subject phrase's words
  for (const w of (c.subject ?? "").split(/[^\p{L}]+/u)) {
    const iso = /^\p{Lu}/u.test(w) ? DEMONYM_COUNTRY.get(w.toLowerCase()) : undefined;
    if (iso) return iso;
  }
  // the head noun and the word before it ("dozens of Syrians", "Afghan families")
  const h = c.subjectHead ? v.lemmas.indexOf(c.subjectHead) : -1;
  for (const k of [h, h - 1]) {
    if (k < 0) continue;
    const iso = v.tokens[k].capitalized ? DEMONYM_COUNTRY.get(v.lowers[k]) : undefined;
    if (iso) return iso;
  }
  return null;
}

// How facility names compare: the kind a name's head noun gives it, and the
// keys under which two spellings are one name.

import { FACILITY_HEADS } from "../../lexicon/places.js";
import type { FacilityKind } from "../../types.js";
import { placeSkeleton } from "../util.js";

/** The kind each head noun names (the head nouns are the place table's). */
const HEAD_KIND: [RegExp, FacilityKind][] = [
  [/\b(?:prison|jail|penitentiary|reformatory|correctional|custodial)\b/i, "prison"],
  [/\bcamp\b/i, "camp"],
  [/\b(?:detention|rehabilitation)\b/i, "detention_centre"],
  [/\b(?:air ?base|military base|base)\b/i, "military_base"],
  [/\bcourt\b/i, "court"],
];

const HEAD_WORDS = new RegExp(`\\b(?:${FACILITY_HEADS.map((h) => h.replace(/\s+/g, "\\s+")).join("|")})\\b`, "i");

/** The kind a name's head noun gives it ("Kober prison" → prison), or null for a bare name ("al-Hol"). */
export function headKind(name: string): FacilityKind | null {
  if (!HEAD_WORDS.test(name) && !/\b(?:custodial|correctional)\b/i.test(name)) return null;
  for (const [re, kind] of HEAD_KIND) if (re.test(name)) return kind;
  return null;
}

/** Prisons, jails and detention centres hold the same people; a camp is a camp. */
export const kindClass = (k: FacilityKind | null): string => (k === "camp" ? "camp" : k == null ? "*" : "held");

/** Lower case, accents and quotes dropped, spaces collapsed: "Al-Hawl Camp" and "al-Hawl camp" are one alias. */
export function aliasKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`ʿʾ]/g, "")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The key under which spellings of one facility meet: the transliteration
 * skeleton of its name (al-/el- and the head noun dropped, vowels and doubled
 * letters collapsed, so Hol/Hawl and Shaddadi/Shaddadeh/Shaddaddi agree) and
 * the class of its head noun. Null when nothing is left of the name.
 */
export function skeletonKey(name: string): string | null {
  const sk = placeSkeleton(name.replace(/\b(?:central|district|military|regional|women'?s|high[- ]security|medium security|maximum[- ]security)\b/gi, " "));
  if (!sk) return null;
  return `${sk}|${kindClass(headKind(name))}`;
}

/** Generic phrases that name no one facility: "the prison", "a detention centre", "five prisons". */
export function isGenericName(name: string): boolean {
  const core = name
    .replace(HEAD_WORDS, " ")
    .replace(
      /\b(?:a|an|the|its|one|main|largest|central|military|high-security|maximum-security|secret|clandestine|official|local|several|five|two|three|of|in|at|prisons?|camps?|jails?|centres?|centers?)\b/gi,
      " ",
    )
    .trim();
  return !/\p{Lu}/u.test(core);
}

// Which registry facility each place of a stored record stands for. The
// rules, in order, for each of origin, destination and location:
//   1. the place's name resolves in the registry (alias, spelling, learned:
//      see registry.ts);
//   2. the place is a town and the record's sentence says "a prison in
//      <town>", "<town>'s prison" or "the central prison of <town>": the one
//      facility of that kind the registry knows in the town, if there is
//      exactly one;
//   3. a holding, attack or takeover placed no closer than a region, whose
//      sentence names exactly one facility: that facility, as its location
//      ("seizing the al-Hol camp, which houses thousands").

import { ADMIN_SUFFIXES, FACILITY_HEADS } from "../../lexicon/places.js";
import type { EventType, StoredEvent } from "../../types.js";
import { placeSkeleton } from "../util.js";
import type { MentionFinder } from "./mentions.js";
import { headKind } from "./names.js";
import type { FacilityRegistry, RegistryEntry } from "./registry.js";

export type Role = "origin" | "destination" | "location";
export const ROLES: Role[] = ["origin", "destination", "location"];

export interface FacilityLink {
  role: Role;
  entry: RegistryEntry;
  rule: string;
}

/** Types whose place is where the facility is: the sentence's one named facility may place them. */
const PLACED_BY_SENTENCE: ReadonlySet<EventType> = new Set(["holding", "attack", "takeover"]);

/** Either case of a word's first letter: the patterns below are case-sensitive, so that a name is a capitalised word. */
const eitherCase = (w: string) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1).replace(/\s+/g, "\\s+")}`;
const HEADS = FACILITY_HEADS.map(eitherCase).join("|");
/** A town's name, not a province's: "in Shaddadeh", not "in Hasakah province". */
const ADMIN_WORDS = Object.entries(ADMIN_SUFFIXES)
  .filter(([, kind]) => kind !== "city")
  .map(([w]) => w)
  .join("|");
const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?!\s+(?:${ADMIN_WORDS})\b)(?![\p{L}'’-])`;
/** "a prison in Shaddadeh", "the camp near Ain Issa", "the central prison of Hama", "Hasakah's prison". */
const IN_TOWN = [
  new RegExp(
    String.raw`\b(?:${["a", "an", "the", "its", "one"].map(eitherCase).join("|")})\s+(?:[\p{L}-]+\s+)?(${HEADS})\s+(?:in|at|near|outside|of)\s+(?:the\s+(?:town|city)\s+of\s+)?${NAME}`,
    "gu",
  ),
  new RegExp(String.raw`${NAME}['’]s\s+(?:[\p{L}-]+\s+)?(${HEADS})\b`, "gu"),
];

function townFacility(text: string, town: string, country: string | null, registry: FacilityRegistry): { entry: RegistryEntry; phrase: string } | null {
  const sk = placeSkeleton(town);
  if (!sk) return null;
  for (const re of IN_TOWN)
    for (const m of text.matchAll(re)) {
      const [head, name] = re === IN_TOWN[0] ? [m[1], m[2]] : [m[2], m[1]];
      if (placeSkeleton(name) !== sk) continue;
      const entry = registry.onlyInTown(town, headKind(head), country);
      if (entry) return { entry, phrase: m[0] };
    }
  return null;
}

const firstCountry = (c: string | string[] | null | undefined) => (Array.isArray(c) ? (c[0] ?? null) : (c ?? null));

/** The facility links of one record (at most one per role). */
export function linkEvent(e: StoredEvent, registry: FacilityRegistry, mentions: MentionFinder): FacilityLink[] {
  const out: FacilityLink[] = [];
  const text = e.evidence.map((x) => x.text).join(" ");
  for (const role of ROLES) {
    const p = e[role];
    if (!p) continue;
    const country = firstCountry(p.country);
    const geo = e.geo?.[role];
    const r = registry.resolveOrLearn(p.name, { country, admin1: geo?.admin1 ?? null, lat: geo?.lat ?? null, lon: geo?.lon ?? null });
    if (r) {
      out.push({ role, entry: r.entry, rule: r.rule });
      continue;
    }
    const t = townFacility(text, p.name, country, registry);
    if (t) out.push({ role, entry: t.entry, rule: `'${t.phrase}': the only ${t.entry.kind.replace("_", " ")} the registry knows in ${t.entry.town}` });
  }
  if (!out.length && PLACED_BY_SENTENCE.has(e.type) && e.evidence.length) {
    const named = [...new Set(mentions.find(e.evidence[0].text).map((m) => m.entry))];
    if (named.length === 1) out.push({ role: "location", entry: named[0], rule: `the record's sentence names ${named[0].name} and no other facility` });
  }
  return out;
}

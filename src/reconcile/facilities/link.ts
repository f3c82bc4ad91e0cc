// Which registry facility each place of a stored record stands for. The
// rules, in order, for each of origin, destination and location:
//   1. the place's name resolves in the registry (alias, spelling, learned:
//      see registry.ts);
//   2. the place is a town and the record's sentence says "a prison in
//      <town>", "<town>'s prison" or "the central prison of <town>": the one
//      facility of that kind the registry knows in the town, if there is
//      exactly one;
//   3. a record with no facility among its places, none of them in another
//      country than the facility, whose sentence names exactly one facility:
//      that facility ("seizing the al-Hol camp, which houses thousands");
//   4. the same, when the sentence names none but speaks of one ("the
//      prison", "a jail near the capital", "the jailbreak"): the facility its
//      report named last before the sentence, else the one facility its
//      report names;
//   5. a record about held people ("443 inmates have been recaptured") in a
//      report that names exactly one facility: that facility.
//   Rules 4 and 5 leave a sentence about several facilities ("prisons") alone.
//   Rules 1 and 2 run over every record first, so that names learned from
//   any report are known when rules 3 to 5 read the sentences.
//   Rules 3 and 4 tie a movement out of the facility as its origin, any
//   other record as its location.

import { ADMIN_SUFFIXES, FACILITY_HEADS } from "../../lexicon/places.js";
import { FACILITY_PLURALS, FACILITY_TALK_WORDS, HELD_PEOPLE_WORDS } from "../../lexicon/facility-words.js";
import { type EventType, MOVEMENT_TYPES, type StoredEvent } from "../../types.js";
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

/** Records that happen somewhere else than where people are held (a swap's handover, a court hearing, a deal): rules 3 to 5 leave them alone. */
const HAPPEN_ELSEWHERE: ReadonlySet<EventType> = new Set(["exchange", "trial", "agreement", "repatriation", "relocation"]);

/** Movements that start where they happen: a facility their sentence names is where people came from. */
const FROM_THE_FACILITY: ReadonlySet<EventType> = new Set([...MOVEMENT_TYPES].filter((t) => t !== "repatriation" && t !== "relocation"));
const PLURAL = new RegExp(String.raw`\b(?:${[...FACILITY_PLURALS].join("|")})\b`, "i");
const HELD_PEOPLE = new RegExp(String.raw`\b(?:${[...HELD_PEOPLE_WORDS].join("|")})\b`, "i");
const FACILITY_TALK = new RegExp(String.raw`\b(?:${[...FACILITY_TALK_WORDS].join("|")})\b`, "i");

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

/** No place of the record lies in another country than the facility. */
function compatible(e: StoredEvent, entry: RegistryEntry): boolean {
  return ROLES.every((r) => {
    const c = firstCountry(e[r]?.country);
    return !c || !entry.country || c === entry.country;
  });
}

/** Rules 1 and 2: the facility links of one record's places (at most one per role). */
export function linkPlaces(e: StoredEvent, registry: FacilityRegistry): FacilityLink[] {
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
  return out;
}

/** Rules 3 to 5, for a record rules 1 and 2 tied to nothing; `docText`: its report's clean text. */
export function linkBySentence(e: StoredEvent, mentions: MentionFinder, docText?: string): FacilityLink[] {
  const out: FacilityLink[] = [];
  if (!e.evidence.length || HAPPEN_ELSEWHERE.has(e.type)) return out;
  const ev = e.evidence[0];
  const role: Role = FROM_THE_FACILITY.has(e.type) ? "origin" : "location";
  const named = [...new Set(mentions.find(ev.text).map((m) => m.entry))];
  if (named.length === 1 && compatible(e, named[0]))
    out.push({ role, entry: named[0], rule: `the record's sentence names ${named[0].name} and no other facility` });
  else if (named.length || !docText || PLURAL.test(ev.text)) return out;
  else if (FACILITY_TALK.test(ev.text)) {
    const word = ev.text.match(FACILITY_TALK)![0];
    const before = mentions.find(docText.slice(0, ev.start));
    const last = before[before.length - 1]?.entry;
    const all = last ? [] : [...new Set(mentions.find(docText).map((m) => m.entry))];
    const entry = last ?? (all.length === 1 ? all[0] : null);
    if (entry && compatible(e, entry))
      out.push({
        role,
        entry,
        rule: `the record's sentence speaks of a facility ('${word}') without naming it: ${entry.name}, ${last ? "the one its report named last before it" : "the one its report names"}`,
      });
  } else if (HELD_PEOPLE.test(`${ev.text} ${e.subject ?? ""}`)) {
    const all = [...new Set(mentions.find(docText).map((m) => m.entry))];
    if (all.length === 1 && compatible(e, all[0]))
      out.push({ role, entry: all[0], rule: `a record about held people in a report that names one facility: ${all[0].name}` });
  }
  return out;
}

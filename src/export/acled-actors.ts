// Actor names and types in ACLED's conventions, from the free-text actor and
// group of a story.
//
// A phrase naming several actors ("Syrian government and Syrian Democratic
// Forces") gives one actor a part. Each part is, in this order:
// - a named actor of the actor lexicon: an armed group is a "Rebel group", an
//   organisation "External/Other forces", a state's government, army or court
//   is named as ACLED names state forces ("Government of Iraq", "Military
//   Forces of Syria"); a metonym ("Kyiv", "Baghdad") is its government;
// - a country word and an institution ("U.S. military", "Iraqi security
//   forces"), or an institution alone ("interior ministry", "judges"), which
//   belongs to the country where the event happened;
// - unnamed armed people ("attackers", "gunmen"): "Unidentified Armed Group (Country)";
// - a word that names nobody ("side", "countries") or a place other than a
//   country: left out;
// - anything else with a capital letter: kept as written, with no type.
// State forces acting outside their own country are "External/Other forces",
// as ACLED records them. Regime years, which ACLED appends to state actors,
// are not known here and are left off.

import { actorIndex } from "../annotate/gazetteer/actor-index.js";
import { fold, scanWords } from "../annotate/gazetteer/words.js";
import { loadGazetteer } from "../annotate/gazetteer/gazetteer.js";
import {
  ACLED_INTER,
  ACTOR_LEAD_WORDS,
  type AcledInter,
  COUNTRIES_WITH_THE,
  GOVERNMENT_WORDS,
  MILITARY_WORDS,
  NON_ACTOR_WORDS,
  POLICE_WORDS,
  UNIDENTIFIED_ARMED_WORDS,
} from "../lexicon/acled.js";
import { countryName } from "../lexicon/countries.js";

export interface AcledActor {
  name: string;
  inter: AcledInter | null;
}

const folded = (l: readonly string[]) => new Set(l.map(fold));
const GOVERNMENT = folded(GOVERNMENT_WORDS);
const MILITARY = folded(MILITARY_WORDS);
const POLICE = folded(POLICE_WORDS);
const UNIDENTIFIED = folded(UNIDENTIFIED_ARMED_WORDS);
const NON_ACTOR = folded(NON_ACTOR_WORDS);
const LEAD = folded(ACTOR_LEAD_WORDS);

type Institution = "Government" | "Military Forces" | "Police Forces";

function institution(words: string[]): Institution | null {
  if (!words.length) return null;
  const all = words.join(" ");
  const last = words[words.length - 1]!;
  for (const k of [all, last]) {
    if (POLICE.has(k)) return "Police Forces";
    if (MILITARY.has(k)) return "Military Forces";
    if (GOVERNMENT.has(k)) return "Government";
  }
  return null;
}

/** The country a run of words names (its name, an alias or a demonym), or null. */
function countryOf(text: string): string | null {
  const words = scanWords(text);
  if (!words.length) return null;
  const m = loadGazetteer().index.matchAt(text, words, 0);
  if (!m || m.to !== words.length) return null;
  const c = m.values.find((v) => v.kind === "country" || v.kind === "demonym");
  return c ? c.country : null;
}

const stateInter = (country: string, where: string | null): AcledInter => (where && country !== where ? "External/Other forces" : "State forces");

/** A country's name as it reads after "of": "the United States", "the Philippines", "Iraq". */
export function ofCountry(code: string): string {
  const name = countryName(code) ?? code;
  return COUNTRIES_WITH_THE.includes(code) ? `the ${name}` : name;
}

function stateActor(kind: Institution, country: string, where: string | null): AcledActor {
  return { name: `${kind} of ${ofCountry(country)}`, inter: stateInter(country, where) };
}

/** "<country word> <institution>" ("Iraqi security forces", "U.S. military"): the state actor it names. */
function countryInstitution(text: string, where: string | null): AcledActor | null {
  const words = scanWords(text).filter((w) => w.kind === "word");
  for (let k = 1; k < words.length; k++) {
    const c = countryOf(text.slice(words[0]!.start, words[k - 1]!.end));
    if (!c) continue;
    const inst = institution(words.slice(k).map((w) => w.key));
    if (inst) return stateActor(inst, c, where);
  }
  return null;
}

/** One part of an actor phrase in ACLED's terms, or null when it names nobody. */
export function acledActor(part: string, where: string | null): AcledActor | null {
  let words = scanWords(part).filter((w) => w.kind === "word");
  while (words.length > 1 && LEAD.has(words[0]!.key)) words = words.slice(1);
  if (!words.length) return null;
  const text = part.slice(words[0]!.start, words[words.length - 1]!.end);
  const keys = words.map((w) => w.key);
  const key = keys.join(" ");
  if (NON_ACTOR.has(key)) return null;

  const all = scanWords(text);
  const m = actorIndex().matchAt(text, all, 0);
  if (m && m.to === all.length) {
    const g = m.values[0]!;
    if (g.kind === "media") return null;
    if (g.kind === "group") return { name: g.canonical, inter: "Rebel group" };
    if (g.kind === "org") return { name: g.canonical, inter: "External/Other forces" };
    if (g.country) {
      const named = countryInstitution(g.canonical, where);
      if (named) return named;
      if (g.kind === "state" && g.aliases.some((a) => fold(a) === key) && !/\s/.test(text) && countryOf(text) === null) {
        // A capital standing for its government ("Kyiv", "Baghdad").
        return stateActor("Government", g.country, where);
      }
      return { name: g.canonical, inter: stateInter(g.country, where) };
    }
    return { name: g.canonical, inter: null };
  }

  const state = countryInstitution(text, where);
  if (state) return state;
  const country = countryOf(text);
  if (country) return stateActor("Government", country, where);
  const inst = institution(keys);
  if (inst && where && keys.length <= 3) return stateActor(inst, where, where);
  if (UNIDENTIFIED.has(key) || UNIDENTIFIED.has(keys[keys.length - 1]!)) return unidentifiedArmedGroup(where);
  // A place that is not a country names no actor ("Roj").
  const places = scanWords(text);
  const p = loadGazetteer().index.matchAt(text, places, 0);
  if (p && p.to === places.length) return null;
  if (!words[0]!.cap) return null;
  return { name: text, inter: null };
}

/** The actors of a phrase, one a part, without repeats. */
export function acledActors(phrase: string | null | undefined, where: string | null): AcledActor[] {
  if (!phrase) return [];
  const out: AcledActor[] = [];
  for (const part of phrase.split(/\s*(?:,|;|&|\band\b)\s*/i)) {
    const a = acledActor(part, where);
    if (a && !out.some((o) => o.name === a.name)) out.push(a);
  }
  return out;
}

export function unidentifiedArmedGroup(country: string | null): AcledActor {
  return { name: `Unidentified Armed Group${country ? ` (${countryName(country)})` : ""}`, inter: "Political militia" };
}

export function civilians(country: string | null): AcledActor {
  return { name: country ? `Civilians (${countryName(country)})` : "Civilians", inter: "Civilians" };
}

/** ACLED's interaction: the two actor types in code order ("State forces-Rebel group"), or "<type> only". */
export function interaction(a: AcledInter | null, b: AcledInter | null): string {
  if (!a && !b) return "";
  if (!a || !b) return `${a ?? b} only`;
  const [x, y] = [a, b].sort((p, q) => ACLED_INTER.indexOf(p) - ACLED_INTER.indexOf(q));
  // ACLED writes its code 78 the other way round.
  if (x === "Civilians" && y === "External/Other forces") return "External/Other forces-Civilians";
  return `${x}-${y}`;
}

// Arabic actors (named groups, forces, states, organisations, media, each
// with the canonical name the English lexicon gives it) and attributions
// ("بحسب المرصد", "قال مسؤول", "أفادت مصادر"): the source is the words after
// the cue, up to the word that starts what was said.

import { AR_GROUPS, type ArabicGroupEntry } from "../../lexicon/ar/groups.js";
import { AR_ATTRIBUTION_CUES, AR_QUOTING_CUES, AR_SOURCE_STOPS } from "../../lexicon/ar/attribution.js";
import type { ActorMention, Attribution } from "../types.js";
import { type ArabicWord, bareForms, normalizeArabic } from "./normalize.js";
import { ArabicPhraseIndex } from "./phrase-index.js";

export interface ArabicActor extends ActorMention {
  first: number;
  last: number;
}

const ACTORS = new ArabicPhraseIndex<ArabicGroupEntry>();
for (const g of AR_GROUPS) for (const n of g.names) ACTORS.add(n, g);
const CUES = new ArabicPhraseIndex<string>(true);
for (const c of AR_ATTRIBUTION_CUES) CUES.add(c, c);
const STOPS = new Set(AR_SOURCE_STOPS.map(normalizeArabic));
const QUOTING = new Set(AR_QUOTING_CUES);
/** How far after a quoting cue its "عن" may come ("نقلت وكالة فرانس برس للأنباء عن"). */
const QUOTE_WINDOW = 6;

/** The longest source a cue introduces. */
const MAX_SOURCE_WORDS = 6;

export function findArabicActors(text: string, words: readonly ArabicWord[]): ArabicActor[] {
  return ACTORS.findAll(words).map((h) => {
    const start = words[h.first]!.start;
    const end = words[h.last]!.end;
    return {
      start,
      end,
      text: text.slice(start, end),
      canonical: h.value.canonical,
      kind: h.value.kind,
      role: null,
      country: h.value.country,
      tags: ["annotate/arabic-actors"],
      first: h.first,
      last: h.last,
    };
  });
}

export interface ArabicAttribution extends Attribution {
  /** Word range of the cue. */
  cueFirst: number;
  cueLast: number;
}

export function findArabicAttributions(text: string, words: readonly ArabicWord[], actors: readonly ArabicActor[], sentence: number): ArabicAttribution[] {
  const out: ArabicAttribution[] = [];
  for (const cue of CUES.findAll(words)) {
    if (QUOTING.has(cue.value) && !words.slice(cue.last + 1, cue.last + 1 + QUOTE_WINDOW).some((w) => w.norm === "عن")) continue;
    let first = cue.last + 1;
    // "نقلت وكالة ... عن مسؤولين": the source is who the agency quotes; "أفادت مصادر": the words after the cue.
    while (first < words.length && (words[first]!.kind === "punct" || STOPS.has(words[first]!.norm))) {
      if (words[first]!.norm === "،" || words[first]!.norm === ".") break;
      first++;
    }
    let last = first - 1;
    for (let k = first; k < Math.min(words.length, first + MAX_SOURCE_WORDS); k++) {
      const w = words[k]!;
      if (w.kind !== "word" || STOPS.has(w.norm) || bareForms(w.norm).some((f) => STOPS.has(f))) break;
      last = k;
    }
    if (last < first) continue;
    // A named actor inside the source span gives its canonical name.
    const actor = actors.find((a) => a.first >= first && a.first <= last);
    if (actor) last = Math.max(last, actor.last);
    const start = words[first]!.start;
    const end = words[last]!.end;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      source: text.slice(start, end),
      canonical: actor?.canonical ?? null,
      sentence,
      cue: cue.value,
      tags: ["annotate/arabic-attributions"],
      cueFirst: cue.first,
      cueLast: cue.last,
    });
  }
  return out;
}

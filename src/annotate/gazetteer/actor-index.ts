// The named-actor alias index (groups, forces, states, organisations, media),
// built once from lexicon/groups.ts. Places use it too: a country word inside
// an organisation's name ("Syrian Democratic Forces") is not a place.

import { GROUPS, type GroupEntry } from "../../lexicon/groups.js";
import { PhraseIndex } from "./phrase-index.js";

let cached: PhraseIndex<GroupEntry> | null = null;

export function actorIndex(): PhraseIndex<GroupEntry> {
  if (cached) return cached;
  const idx = new PhraseIndex<GroupEntry>();
  for (const g of GROUPS) for (const a of [g.canonical, ...g.aliases]) idx.add(a.replace(/^the /, ""), g);
  cached = idx;
  return idx;
}

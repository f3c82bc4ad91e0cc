// Where a sentence names a registry facility: any alias, as a whole phrase,
// whatever its case ("Hasakah's Shaddaddi Prison"), and the back references
// ("the facility", "the camp") that point at the one facility of the
// sentence before.

import { FACILITY_BACK_REFERENCES } from "../../lexicon/facility-words.js";
import type { FacilityRegistry, RegistryEntry } from "./registry.js";

export interface FacilityMention {
  entry: RegistryEntry;
  start: number;
  end: number;
  /** True for "the facility" pointing back at the sentence before. */
  backReference: boolean;
}

const escapeRe = (s: string) =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/-/g, "[-\\s]?")
    .replace(/\s+/g, "[-\\s]+");

/** A matcher over every alias of the registry, rebuilt when entries are added. */
export class MentionFinder {
  private size = -1;
  private re: RegExp | null = null;
  private owner = new Map<string, RegistryEntry>();

  constructor(private registry: FacilityRegistry) {}

  private compile(): RegExp | null {
    const n = this.registry.entries.reduce((k, e) => k + e.aliases.length, 0);
    if (n === this.size) return this.re;
    this.size = n;
    this.owner.clear();
    const aliases: string[] = [];
    for (const e of this.registry.entries)
      for (const a of e.aliases) {
        const k = a.toLowerCase().replace(/\s+/g, " ");
        if (a.length < 3 || this.owner.has(k)) continue;
        this.owner.set(k, e);
        aliases.push(a);
      }
    aliases.sort((a, b) => b.length - a.length);
    this.re = aliases.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(escapeRe).join("|")})(?![\\p{L}\\p{N}])`, "giu") : null;
    return this.re;
  }

  private ownerOf(surface: string): RegistryEntry | undefined {
    const k = surface.toLowerCase().replace(/\s+/g, " ");
    const direct = this.owner.get(k);
    if (direct) return direct;
    for (const [a, e] of this.owner) if (a.replace(/[-\s]/g, "") === k.replace(/[-\s]/g, "")) return e;
    return undefined;
  }

  /** The facilities a sentence names; `previous`: the entries the sentence before named, for back references. */
  find(text: string, previous: RegistryEntry[] = []): FacilityMention[] {
    const re = this.compile();
    const out: FacilityMention[] = [];
    if (re)
      for (const m of text.matchAll(re)) {
        const e = this.ownerOf(m[0]);
        if (e) out.push({ entry: e, start: m.index, end: m.index + m[0].length, backReference: false });
      }
    const before = [...new Set(previous)];
    if (!out.length && before.length === 1)
      for (const m of text.matchAll(/\b(?:the|this|that)\s+(\p{L}+)/giu)) {
        if (FACILITY_BACK_REFERENCES.has(m[1].toLowerCase())) {
          out.push({ entry: before[0], start: m.index, end: m.index + m[0].length, backReference: true });
          break;
        }
      }
    return out;
  }
}

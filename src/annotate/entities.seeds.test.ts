// Runs the entity annotators over the shared seed articles and checks them
// against the places, actors, groups and sources of the hand-made gold events.
// Skips when ../shared is absent. Floors are measured values: raise, never lower.

import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { createContext } from "../context.js";
import { PlaceExtractor } from "./places.js";
import { ActorExtractor } from "./actors.js";
import { AttributionExtractor } from "./attributions.js";
import type { Annotations } from "./types.js";

const shared = new URL("../../../shared/", import.meta.url);
const seedsDir = new URL("seeds/", shared);
const goldDir = new URL("gold/dev/", shared);
const available = fs.existsSync(seedsDir) && fs.existsSync(goldDir);

type Name = string | string[] | null;
interface GoldPlace {
  name: Name;
  country: string | string[] | null;
}
interface GoldEvent {
  origin: GoldPlace | null;
  destination: GoldPlace | null;
  location: GoldPlace | null;
  source: Name;
  actor: Name;
  group: Name;
}

function words(s: string): string[] {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter(Boolean);
}
/** The scorer's name test: half the words of the shorter name shared. */
function nameOk(gold: Name, value: string): boolean {
  const v = new Set(words(value));
  return [gold ?? []].flat().some((alt) => {
    const a = [...new Set(words(alt))];
    return a.length > 0 && v.size > 0 && a.filter((w) => v.has(w)).length / Math.min(a.length, v.size) >= 0.5;
  });
}

function annotateSeed(id: string): Annotations {
  const text = fs.readFileSync(new URL(`${id}.txt`, seedsDir), "utf8");
  const doc: Annotations = { text, published: null, sentences: [], tokens: [], counts: [], dates: [], places: [], actors: [], attributions: [] };
  const ctx = createContext({ docId: id, published: null });
  for (const a of [new PlaceExtractor(), new ActorExtractor(), new AttributionExtractor()]) a.annotate(doc, ctx);
  return doc;
}

describe.skipIf(!available)("entity annotators on the seed articles", () => {
  const ids = available
    ? fs
        .readdirSync(goldDir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => f.replace(/\.json$/, ""))
    : [];
  const results = ids.map((id) => ({
    id,
    doc: annotateSeed(id),
    gold: (JSON.parse(fs.readFileSync(new URL(`${id}.json`, goldDir), "utf8")) as { events: GoldEvent[] }).events,
  }));

  it("keeps every mention's offsets on its text", () => {
    for (const { doc } of results) {
      for (const m of [...doc.places, ...doc.actors, ...doc.attributions]) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it("names every gold place with the right country", () => {
    let total = 0;
    const missed: string[] = [];
    for (const { id, doc, gold } of results) {
      for (const e of gold) {
        for (const p of [e.origin, e.destination, e.location]) {
          if (!p || p.name == null) continue;
          total++;
          const countries = [p.country ?? []].flat();
          const hit = doc.places.some((m) => (nameOk(p.name, m.name) || nameOk(p.name, m.text)) && (!countries.length || countries.includes(m.country)));
          if (!hit) missed.push(`${id}: ${JSON.stringify(p.name)}`);
        }
      }
    }
    expect(total).toBeGreaterThan(0);
    expect(missed).toEqual([]);
  });

  it("finds the gold groups and actors among the actor mentions", () => {
    let total = 0;
    let hits = 0;
    for (const { doc, gold } of results) {
      for (const e of gold) {
        for (const n of [e.group, e.actor]) {
          if (n == null) continue;
          total++;
          if (doc.actors.some((a) => nameOk(n, a.canonical) || nameOk(n, a.text))) hits++;
        }
      }
    }
    expect(hits / total).toBeGreaterThanOrEqual(FLOOR.actors);
  });

  it("finds the gold sources among the attributions", () => {
    let total = 0;
    let hits = 0;
    for (const { doc, gold } of results) {
      for (const e of gold) {
        if (e.source == null) continue;
        total++;
        if (doc.attributions.some((a) => nameOk(e.source, a.source) || (a.canonical !== null && nameOk(e.source, a.canonical)))) hits++;
      }
    }
    expect(hits / total).toBeGreaterThanOrEqual(FLOOR.sources);
  });
});

/** Measured on the dev seeds: 74/75 gold groups and actors, 29/30 gold sources. */
const FLOOR = { actors: 0.98, sources: 0.96 };

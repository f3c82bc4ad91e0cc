// What the story exports (GeoJSON, ACLED CSV) share: a story's evidence
// sentences from its records, and where it happened.

import { MOVEMENT_TYPES, type PlaceDetail } from "../types.js";
import type { Story, StoredEvent } from "../types.js";

export type EventLookup = Map<string, StoredEvent> | StoredEvent[];

function asMap(events: EventLookup): Map<string, StoredEvent> {
  return Array.isArray(events) ? new Map(events.map((e) => [e.id, e])) : events;
}

/** Distinct evidence sentences of the story's records, in mention order. */
export function storyEvidence(story: Story, events: EventLookup): { doc: string; text: string; start: number; end: number }[] {
  const map = asMap(events);
  const seen = new Set<string>();
  const out: { doc: string; text: string; start: number; end: number }[] = [];
  for (const m of story.mentions) {
    const e = map.get(m.eventId);
    if (!e) continue;
    for (const ev of e.evidence) {
      const k = ev.text.trim();
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ doc: e.doc, text: ev.text, start: ev.start, end: ev.end });
    }
  }
  return out;
}

/** The place an event is pinned to: its location, else where a movement started, else where it ended. */
export function anchorPlace(story: Story): PlaceDetail | null {
  if (story.location) return story.location;
  if (MOVEMENT_TYPES.has(story.type)) return story.origin ?? story.destination;
  return story.origin ?? story.destination;
}

export function hasCoords(p: PlaceDetail | null | undefined): p is PlaceDetail & { lat: number; lon: number } {
  return !!p && typeof p.lat === "number" && typeof p.lon === "number" && Number.isFinite(p.lat) && Number.isFinite(p.lon);
}

export function countryList(p: PlaceDetail | null | undefined): string[] {
  if (!p || p.country == null) return [];
  return Array.isArray(p.country) ? p.country : [p.country];
}

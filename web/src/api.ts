// Requests to the page's own server (same origin only).

import type { Conflict, CopyGroup, Facility, Series, Story, StoredEvent, DocumentSummary, DocumentMeta, FeedState, RemovedSpan } from "../../src/types.js";
import type { GroupAgg } from "../../src/server/aggregate.js";

export type { Conflict, Facility, Series, Story, StoredEvent, DocumentSummary, FeedState, GroupAgg };

export interface DocumentView extends DocumentMeta {
  /** ISO 639-1 language of the cleaned text ("en", "ar"); null when not known. */
  lang?: string | null;
  version: number;
  cleanText: string;
  removed: RemovedSpan[];
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: "application/json" }, credentials: "same-origin" });
  if (!res.ok) {
    let msg = `${res.status}`;
    try {
      const body = (await res.json()) as { message?: string };
      if (body.message) msg = body.message;
    } catch {
      /* not JSON */
    }
    throw new Error(msg);
  }
  return (await res.json()) as T;
}

/** Every event matching the query, following the `next` cursor. */
export async function fetchEvents(params: URLSearchParams): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  let after: string | null = null;
  for (let page = 0; page < 200; page++) {
    const q = new URLSearchParams(params);
    q.set("limit", "500");
    if (after) q.set("after", after);
    const body: { events: StoredEvent[]; next: string | null } = await getJson(`/api/events?${q}`);
    all.push(...body.events);
    if (!body.next) break;
    after = body.next;
  }
  return all;
}

/** The watched feeds, and how often the server polls them (null: it does not). */
export const fetchFeeds = () => getJson<{ feeds: FeedState[]; watching: number | null }>("/api/feeds");
export const fetchDocuments = () => getJson<{ documents: DocumentSummary[] }>("/api/documents").then((b) => b.documents);
export const fetchDocument = (id: string) => getJson<{ document: DocumentView; events: StoredEvent[] }>(`/api/documents/${encodeURIComponent(id)}`);
export const fetchSeries = () => getJson<{ series: Series[] }>("/api/series").then((b) => b.series);
export const fetchConflicts = () => getJson<{ conflicts: Conflict[] }>("/api/conflicts").then((b) => b.conflicts);
export const fetchStories = () => getJson<{ stories: Story[]; copyGroups: CopyGroup[] }>("/api/stories");
export const fetchGroups = () => getJson<{ groups: GroupAgg[] }>("/api/groups").then((b) => b.groups);

/** A review change as the API returns it. */
export type { ReviewChange } from "../../src/types.js";

/** Sends a review write with the analyst's token; the server's one-line message on failure. */
export async function postReview<T>(path: string, token: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: { accept: "application/json", authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    let msg = `${res.status}`;
    try {
      const b = (await res.json()) as { message?: string };
      if (b.message) msg = b.message;
    } catch {
      /* not JSON */
    }
    throw new Error(msg);
  }
  return (await res.json()) as T;
}

export const fetchHistory = (target: string) =>
  getJson<{ changes: import("../../src/types.js").ReviewChange[] }>(`/api/history?target=${encodeURIComponent(target)}`).then((b) => b.changes);
export const fetchFacilities = () => getJson<{ facilities: Facility[] }>("/api/facilities").then((b) => b.facilities);

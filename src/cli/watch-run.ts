// One poll of the watched feeds: each feed asked with the validators of its
// last answer, its new items fetched and ingested through the same loop as
// files (one line per problem), its state kept in the store; then one
// reconciliation when anything new was stored, and one line for the poll.

import type { FetchClient } from "../ingest/fetch/client.js";
import { newReport, pollFeed, type FeedReport } from "../ingest/fetch/sources.js";
import { runReconciliation } from "../reconcile/index.js";
import type { Store } from "../store/store.js";
import { runIngest } from "./ingest-run.js";

export interface PollSummary {
  at: string;
  feeds: FeedReport[];
  /** Items stored by this poll (new documents and new versions). */
  stored: number;
  events: number;
  failed: number;
  /** Stories after reconciliation, or null when nothing new was stored (no reconciliation). */
  stories: number | null;
  interrupted: boolean;
}

export interface PollOptions {
  extract: boolean;
}

export async function pollFeeds(store: Store, feeds: readonly string[], client: FetchClient, opts: PollOptions): Promise<PollSummary> {
  const at = new Date().toISOString();
  const summary: PollSummary = { at, feeds: [], stored: 0, events: 0, failed: 0, stories: null, interrupted: false };
  const known = async (q: { url?: string; sha256?: string }) => (await store.findFetched(q)) !== null;
  for (const url of feeds) {
    const state = (await store.getFeed(url)) ?? (await store.addFeed(url));
    const report = newReport(url);
    const ingested = await runIngest(store, [], {
      extract: opts.extract,
      sources: { outcomes: pollFeed(url, { etag: state.etag, lastModified: state.lastModified }, { client, known }, report), total: 0 },
    });
    const stored = ingested.inserted + ingested.newVersions;
    summary.feeds.push(report);
    summary.stored += stored;
    summary.events += ingested.events;
    summary.failed += ingested.failed;
    const itemProblems = ingested.failed - (report.status === "failed" ? 1 : 0);
    // The validators are kept only when every item was read: an item that failed is tried again on the next poll.
    const complete = report.status !== "failed" && itemProblems === 0 && !ingested.interrupted;
    await store.updateFeed(url, {
      lastPollAt: at,
      itemsSeen: state.itemsSeen + stored,
      lastError: report.problem ?? (itemProblems > 0 ? `${itemProblems} item${itemProblems === 1 ? "" : "s"} could not be read` : null),
      ...(complete ? { etag: report.etag, lastModified: report.lastModified } : {}),
    });
    if (ingested.interrupted) {
      summary.interrupted = true;
      break;
    }
  }
  if (summary.stored > 0) summary.stories = (await runReconciliation(store)).stories.length;
  return summary;
}

/** "poll 2025-03-04T10:15:00Z: 3 feeds (1 not modified, 1 failed), 4 new items stored, 9 events, 2 already stored; 12 stories". */
export function pollLine(s: PollSummary): string {
  const notModified = s.feeds.filter((f) => f.status === "not-modified").length;
  const failedFeeds = s.feeds.filter((f) => f.status === "failed").length;
  const known = s.feeds.reduce((n, f) => n + f.known, 0);
  const itemFailures = s.feeds.reduce((n, f) => n + f.failedItems, 0);
  const feedNotes = [notModified ? `${notModified} not modified` : "", failedFeeds ? `${failedFeeds} failed` : ""].filter(Boolean).join(", ");
  const parts = [
    `${s.feeds.length} feed${s.feeds.length === 1 ? "" : "s"}${feedNotes ? ` (${feedNotes})` : ""}`,
    `${s.stored} new item${s.stored === 1 ? "" : "s"} stored`,
    `${s.events} event${s.events === 1 ? "" : "s"}`,
    `${known} already stored`,
  ];
  if (itemFailures) parts.push(`${itemFailures} item${itemFailures === 1 ? "" : "s"} failed`);
  const rec = s.stories === null ? "nothing new to reconcile" : `reconciled: ${s.stories} stor${s.stories === 1 ? "y" : "ies"}`;
  return `poll ${s.at.replace(/\.\d+Z$/, "Z")}: ${parts.join(", ")}; ${rec}`;
}

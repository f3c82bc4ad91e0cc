// The reconciliation (one JSON document, replaced whole) and the analysts'
// overrides, in PostgreSQL.

import type { ClientBase } from "pg";
import type { IssuedStory, Override, Reconciliation, StoryIdChanges, StoryRedirect } from "../../types.js";

/** The reconciliation and its changes to the issued story ids; inside the caller's transaction. */
export async function saveReconciliation(c: ClientBase, r: Reconciliation, ids?: StoryIdChanges): Promise<void> {
  const now = new Date().toISOString();
  await c.query(
    "INSERT INTO reconciliation (id, json, saved_at) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at",
    [JSON.stringify(r), now],
  );
  if (!ids) return;
  if (ids.live.length) {
    const liveIds = ids.live.map((s) => s.id);
    await c.query("DELETE FROM story_redirects WHERE id = ANY($1::text[])", [liveIds]);
    await c.query(
      `INSERT INTO story_ids (id, keys_json, issued_at) SELECT u.id, u.keys, $3 FROM unnest($1::text[], $2::text[]) AS u (id, keys)
       ON CONFLICT (id) DO UPDATE SET keys_json = excluded.keys_json`,
      [liveIds, ids.live.map((s) => JSON.stringify(s.keys)), now],
    );
  }
  if (ids.retired.length) {
    const gone = ids.retired.map((x) => x.id);
    await c.query("DELETE FROM story_ids WHERE id = ANY($1::text[])", [gone]);
    await c.query(
      `INSERT INTO story_redirects (id, successor, reason, retired_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (id) DO UPDATE SET successor = excluded.successor, reason = excluded.reason, retired_at = excluded.retired_at`,
      [gone, ids.retired.map((x) => x.successor), ids.retired.map((x) => x.reason), ids.retired.map((x) => x.retiredAt)],
    );
  }
}

export async function listIssuedStories(c: ClientBase): Promise<IssuedStory[]> {
  const { rows } = await c.query<{ id: string; keys_json: string }>('SELECT id, keys_json FROM story_ids ORDER BY id COLLATE "C"');
  return rows.map((r) => ({ id: r.id, keys: JSON.parse(r.keys_json) as string[] }));
}

interface RedirectRow {
  id: string;
  successor: string | null;
  reason: string;
  retired_at: string;
}

const toRedirect = (r: RedirectRow): StoryRedirect => ({
  id: r.id,
  successor: r.successor,
  reason: r.reason as StoryRedirect["reason"],
  retiredAt: r.retired_at,
});

export async function listStoryRedirects(c: ClientBase): Promise<StoryRedirect[]> {
  const { rows } = await c.query<RedirectRow>('SELECT id, successor, reason, retired_at FROM story_redirects ORDER BY retired_at COLLATE "C", id COLLATE "C"');
  return rows.map(toRedirect);
}

export async function getStoryRedirect(c: ClientBase, id: string): Promise<StoryRedirect | null> {
  const { rows } = await c.query<RedirectRow>("SELECT id, successor, reason, retired_at FROM story_redirects WHERE id = $1", [id]);
  return rows[0] ? toRedirect(rows[0]) : null;
}

export async function loadReconciliation(c: ClientBase): Promise<Reconciliation | null> {
  const { rows } = await c.query<{ json: string }>("SELECT json FROM reconciliation WHERE id = 1");
  return rows[0] ? (JSON.parse(rows[0].json) as Reconciliation) : null;
}

export async function addOverride(c: ClientBase, o: Override): Promise<void> {
  await c.query("INSERT INTO overrides (id, action, keys_json, created_at, note) VALUES ($1, $2, $3, $4, $5)", [
    o.id,
    o.action,
    JSON.stringify(o.keys),
    o.createdAt,
    o.note,
  ]);
}

export async function listOverrides(c: ClientBase): Promise<Override[]> {
  const { rows } = await c.query<{ id: string; action: string; keys_json: string; created_at: string; note: string | null }>(
    "SELECT id, action, keys_json, created_at, note FROM overrides ORDER BY seq",
  );
  return rows.map((r) => ({
    id: r.id,
    action: r.action as Override["action"],
    keys: JSON.parse(r.keys_json) as string[],
    createdAt: r.created_at,
    note: r.note,
  }));
}

export async function removeOverride(c: ClientBase, id: string): Promise<void> {
  await c.query("DELETE FROM overrides WHERE id = $1", [id]);
}

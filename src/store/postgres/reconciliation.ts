// The reconciliation (one JSON document, replaced whole) and the analysts'
// overrides, in PostgreSQL.

import type { ClientBase } from "pg";
import type { Override, Reconciliation } from "../../types.js";

export async function saveReconciliation(c: ClientBase, r: Reconciliation): Promise<void> {
  await c.query(
    "INSERT INTO reconciliation (id, json, saved_at) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at",
    [JSON.stringify(r), new Date().toISOString()],
  );
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

// Reading one document's event changes from the review history, and the
// lock that serialises the writers of one document's events and changes.

import type { ClientBase } from "pg";
import type { ReviewChange } from "../../types.js";
import { changeFromRow, REVIEW_COLUMNS, type ReviewRow } from "../review.js";

/** Serialises the writers of one document's events and review changes within a transaction. */
export async function lockDoc(c: ClientBase, doc: string): Promise<void> {
  await c.query("SELECT pg_advisory_xact_lock(hashtext('sourced-review'), hashtext($1))", [doc]);
}

export async function changesOfDoc(c: ClientBase, doc: string): Promise<ReviewChange[]> {
  const { rows } = await c.query<ReviewRow>(`SELECT ${REVIEW_COLUMNS.join(", ")} FROM review_changes WHERE doc = $1 AND target_kind = 'event' ORDER BY seq`, [
    doc,
  ]);
  return rows.map(changeFromRow);
}

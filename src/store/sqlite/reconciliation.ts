// The reconciliation (one JSON document, replaced whole) and the analysts'
// overrides, which survive re-extraction.

import type Database from "better-sqlite3";
import type { Override, Reconciliation } from "../../types.js";

interface OverrideRow {
  id: string;
  action: string;
  keys_json: string;
  created_at: string;
  note: string | null;
}

export class ReconciliationTable {
  private readonly save: Database.Statement;
  private readonly load: Database.Statement<[], { json: string }>;
  private readonly addOv: Database.Statement;
  private readonly listOv: Database.Statement<[], OverrideRow>;
  private readonly removeOv: Database.Statement;

  constructor(db: Database.Database) {
    this.save = db.prepare(
      "INSERT INTO reconciliation (id, json, saved_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at",
    );
    this.load = db.prepare("SELECT json FROM reconciliation WHERE id = 1");
    this.addOv = db.prepare("INSERT INTO overrides (id, action, keys_json, created_at, note) VALUES (@id, @action, @keys_json, @created_at, @note)");
    this.listOv = db.prepare("SELECT id, action, keys_json, created_at, note FROM overrides ORDER BY seq");
    this.removeOv = db.prepare("DELETE FROM overrides WHERE id = ?");
  }

  saveReconciliation(r: Reconciliation): void {
    this.save.run(JSON.stringify(r), new Date().toISOString());
  }

  loadReconciliation(): Reconciliation | null {
    const row = this.load.get();
    return row ? (JSON.parse(row.json) as Reconciliation) : null;
  }

  addOverride(o: Override): void {
    this.addOv.run({ id: o.id, action: o.action, keys_json: JSON.stringify(o.keys), created_at: o.createdAt, note: o.note });
  }

  listOverrides(): Override[] {
    return this.listOv.all().map((r) => ({
      id: r.id,
      action: r.action as Override["action"],
      keys: JSON.parse(r.keys_json) as string[],
      createdAt: r.created_at,
      note: r.note,
    }));
  }

  removeOverride(id: string): void {
    this.removeOv.run(id);
  }
}

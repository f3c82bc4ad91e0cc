// The reconciliation (one JSON document, replaced whole) and the analysts'
// overrides, which survive re-extraction.

import type Database from "better-sqlite3";
import type { IssuedStory, Override, Reconciliation, StoryIdChanges, StoryRedirect } from "../../types.js";

interface OverrideRow {
  id: string;
  action: string;
  keys_json: string;
  created_at: string;
  note: string | null;
}

interface RedirectRow {
  id: string;
  successor: string | null;
  reason: string;
  retired_at: string;
}

function toRedirect(r: RedirectRow): StoryRedirect {
  return { id: r.id, successor: r.successor, reason: r.reason as StoryRedirect["reason"], retiredAt: r.retired_at };
}

export class ReconciliationTable {
  private readonly save: Database.Statement;
  private readonly load: Database.Statement<[], { json: string }>;
  private readonly addOv: Database.Statement;
  private readonly listOv: Database.Statement<[], OverrideRow>;
  private readonly removeOv: Database.Statement;
  private readonly putIssued: Database.Statement;
  private readonly dropIssued: Database.Statement;
  private readonly listIssued: Database.Statement<[], { id: string; keys_json: string }>;
  private readonly putRedirect: Database.Statement;
  private readonly dropRedirect: Database.Statement;
  private readonly listRedirects: Database.Statement<[], RedirectRow>;
  private readonly getRedirect: Database.Statement<[string], RedirectRow>;
  private readonly saveTx: Database.Transaction<(r: Reconciliation, ids: StoryIdChanges | undefined) => void>;

  constructor(db: Database.Database) {
    this.save = db.prepare(
      "INSERT INTO reconciliation (id, json, saved_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at",
    );
    this.load = db.prepare("SELECT json FROM reconciliation WHERE id = 1");
    this.addOv = db.prepare("INSERT INTO overrides (id, action, keys_json, created_at, note) VALUES (@id, @action, @keys_json, @created_at, @note)");
    this.listOv = db.prepare("SELECT id, action, keys_json, created_at, note FROM overrides ORDER BY seq");
    this.removeOv = db.prepare("DELETE FROM overrides WHERE id = ?");
    this.putIssued = db.prepare(
      "INSERT INTO story_ids (id, keys_json, issued_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET keys_json = excluded.keys_json",
    );
    this.dropIssued = db.prepare("DELETE FROM story_ids WHERE id = ?");
    this.listIssued = db.prepare("SELECT id, keys_json FROM story_ids ORDER BY id");
    this.putRedirect = db.prepare(
      "INSERT INTO story_redirects (id, successor, reason, retired_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET successor = excluded.successor, reason = excluded.reason, retired_at = excluded.retired_at",
    );
    this.dropRedirect = db.prepare("DELETE FROM story_redirects WHERE id = ?");
    this.listRedirects = db.prepare("SELECT id, successor, reason, retired_at FROM story_redirects ORDER BY retired_at, id");
    this.getRedirect = db.prepare("SELECT id, successor, reason, retired_at FROM story_redirects WHERE id = ?");
    this.saveTx = db.transaction((r: Reconciliation, ids: StoryIdChanges | undefined) => {
      const now = new Date().toISOString();
      this.save.run(JSON.stringify(r), now);
      if (!ids) return;
      for (const s of ids.live) {
        this.dropRedirect.run(s.id);
        this.putIssued.run(s.id, JSON.stringify(s.keys), now);
      }
      for (const x of ids.retired) {
        this.dropIssued.run(x.id);
        this.putRedirect.run(x.id, x.successor, x.reason, x.retiredAt);
      }
    });
  }

  saveReconciliation(r: Reconciliation, ids?: StoryIdChanges): void {
    this.saveTx.immediate(r, ids);
  }

  issuedStories(): IssuedStory[] {
    return this.listIssued.all().map((r) => ({ id: r.id, keys: JSON.parse(r.keys_json) as string[] }));
  }

  storyRedirects(): StoryRedirect[] {
    return this.listRedirects.all().map(toRedirect);
  }

  storyRedirect(id: string): StoryRedirect | null {
    const row = this.getRedirect.get(id);
    return row ? toRedirect(row) : null;
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

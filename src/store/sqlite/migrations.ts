// Versioned schema. Each migration runs once, in order, inside a transaction;
// `PRAGMA user_version` records how far a database has come. Never edit a
// migration that has shipped: append a new one.

import type Database from "better-sqlite3";

export interface Migration {
  version: number;
  /** One line: what the migration does. */
  why: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    why: "documents with versions, events with filter columns, full-text index, reconciliation, overrides",
    sql: `
      CREATE TABLE documents (
        id             TEXT    NOT NULL,
        version        INTEGER NOT NULL,
        content_hash   TEXT    NOT NULL,
        raw            BLOB    NOT NULL,
        text           TEXT    NOT NULL,
        clean_text     TEXT    NOT NULL,
        removed_json   TEXT    NOT NULL,
        title          TEXT,
        outlet         TEXT,
        url            TEXT,
        published      TEXT,
        published_rule TEXT,
        dateline       TEXT,
        origin         TEXT    NOT NULL,
        format         TEXT    NOT NULL,
        warnings_json  TEXT    NOT NULL,
        ingested_at    TEXT    NOT NULL,
        PRIMARY KEY (id, version)
      );

      -- One row per extraction run over one document version; the run with
      -- the highest run_id is the one whose events count.
      CREATE TABLE extraction_runs (
        run_id            INTEGER PRIMARY KEY AUTOINCREMENT,
        doc               TEXT    NOT NULL,
        doc_version       INTEGER NOT NULL,
        extractor_version TEXT    NOT NULL,
        ran_at            TEXT    NOT NULL,
        UNIQUE (doc, doc_version, extractor_version),
        FOREIGN KEY (doc, doc_version) REFERENCES documents (id, version) ON DELETE CASCADE
      );

      CREATE TABLE events (
        id                INTEGER PRIMARY KEY AUTOINCREMENT,
        doc               TEXT    NOT NULL,
        doc_version       INTEGER NOT NULL,
        extractor_version TEXT    NOT NULL,
        seq               INTEGER NOT NULL,
        -- 1 when the event belongs to the document's latest version and the
        -- latest extraction run over it; maintained in the same transactions.
        current           INTEGER NOT NULL,
        type              TEXT    NOT NULL,
        status            TEXT    NOT NULL,
        date              TEXT,
        date_lo           TEXT,
        date_hi           TEXT,
        count_value       REAL,
        subject           TEXT,
        group_name        TEXT,
        actor             TEXT,
        source            TEXT,
        confidence        REAL    NOT NULL,
        record_json       TEXT    NOT NULL,
        FOREIGN KEY (doc, doc_version) REFERENCES documents (id, version) ON DELETE CASCADE
      );
      CREATE INDEX events_current_type ON events (current, type);
      CREATE INDEX events_current_date ON events (current, date_lo, date_hi);
      CREATE INDEX events_doc ON events (doc, doc_version, extractor_version);
      CREATE INDEX events_group ON events (group_name COLLATE NOCASE);
      CREATE INDEX events_source ON events (source COLLATE NOCASE);
      CREATE INDEX events_confidence ON events (confidence);

      -- Origin, destination and location of each event, one row per country.
      CREATE TABLE event_places (
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        role     TEXT    NOT NULL,
        name     TEXT    NOT NULL,
        country  TEXT
      );
      CREATE INDEX event_places_event ON event_places (event_id);
      CREATE INDEX event_places_country ON event_places (country);

      -- rowid = events.id; kept in step by the code that writes events.
      CREATE VIRTUAL TABLE events_fts USING fts5 (evidence, subject, actor, group_name, source, places);

      CREATE TABLE reconciliation (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        json     TEXT NOT NULL,
        saved_at TEXT NOT NULL
      );

      CREATE TABLE overrides (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        id         TEXT NOT NULL UNIQUE,
        action     TEXT NOT NULL,
        keys_json  TEXT NOT NULL,
        created_at TEXT NOT NULL,
        note       TEXT
      );
    `,
  },
  {
    version: 2,
    why: "index events by document and currency (per-document lists and counts)",
    sql: `CREATE INDEX events_doc_current ON events (doc, current);`,
  },
  {
    version: 3,
    why: "the language of each document version (ISO 639-1; null when not known or stored before)",
    sql: `ALTER TABLE documents ADD COLUMN lang TEXT;`,
  },
  {
    version: 4,
    why: "why a document version was stored without an extraction run (no-extract, extraction failed, language)",
    sql: `ALTER TABLE documents ADD COLUMN pending_reason TEXT;`,
  },
  {
    version: 5,
    why: "live ingest: the fetch metadata of each fetched document version, and the feeds being watched",
    sql: `
      CREATE TABLE fetched_pages (
        doc           TEXT    NOT NULL,
        doc_version   INTEGER NOT NULL,
        url           TEXT    NOT NULL,
        final_url     TEXT    NOT NULL,
        http_date     TEXT,
        etag          TEXT,
        last_modified TEXT,
        fetched_at    TEXT    NOT NULL,
        sha256        TEXT    NOT NULL,
        feed          TEXT,
        PRIMARY KEY (doc, doc_version),
        FOREIGN KEY (doc, doc_version) REFERENCES documents (id, version) ON DELETE CASCADE
      );
      CREATE INDEX fetched_pages_url ON fetched_pages (url);
      CREATE INDEX fetched_pages_final_url ON fetched_pages (final_url);
      CREATE INDEX fetched_pages_sha256 ON fetched_pages (sha256);

      CREATE TABLE feeds (
        url          TEXT    PRIMARY KEY,
        added_at     TEXT    NOT NULL,
        etag         TEXT,
        last_modified TEXT,
        last_poll_at TEXT,
        items_seen   INTEGER NOT NULL DEFAULT 0,
        last_error   TEXT
      );
    `,
  },
  {
    version: 6,
    why: "stable ids: events found by their event id; the story ids issued, and the retired ones kept as redirects",
    sql: `
      CREATE INDEX events_uid ON events (json_extract(record_json, '$.uid')) WHERE current = 1;

      CREATE TABLE story_ids (
        id         TEXT PRIMARY KEY,
        keys_json  TEXT NOT NULL,
        issued_at  TEXT NOT NULL
      );

      CREATE TABLE story_redirects (
        id         TEXT PRIMARY KEY,
        successor  TEXT,
        reason     TEXT NOT NULL,
        retired_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 7,
    why: "review: the append-only history of analysts' changes, and each event's evidence key, extracted record and suppression",
    sql: `
      -- record_json holds the record as corrected; original_json the record as
      -- extracted when a correction applies (null otherwise).
      ALTER TABLE events ADD COLUMN review_key TEXT;
      ALTER TABLE events ADD COLUMN original_json TEXT;
      ALTER TABLE events ADD COLUMN suppressed INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX events_review_key ON events (review_key);
      -- few rows: the lists' "how many were suppressed" reads only these
      CREATE INDEX events_suppressed ON events (doc) WHERE suppressed = 1;

      CREATE TABLE review_changes (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        id          TEXT    NOT NULL UNIQUE,
        target_kind TEXT    NOT NULL,
        target      TEXT    NOT NULL,
        -- the document of an event change
        doc         TEXT,
        action      TEXT    NOT NULL,
        field       TEXT,
        before_json TEXT    NOT NULL,
        after_json  TEXT    NOT NULL,
        author      TEXT    NOT NULL,
        at          TEXT    NOT NULL,
        undoes      TEXT,
        anchor      TEXT
      );
      CREATE INDEX review_changes_target ON review_changes (target);
      CREATE INDEX review_changes_doc ON review_changes (doc);
      CREATE TRIGGER review_changes_no_update BEFORE UPDATE ON review_changes
        BEGIN SELECT RAISE(ABORT, 'the review history is append-only'); END;
      CREATE TRIGGER review_changes_no_delete BEFORE DELETE ON review_changes
        BEGIN SELECT RAISE(ABORT, 'the review history is append-only'); END;
    `,
  },
];

/** Brings the database up to the latest schema version. */
export function migrate(db: Database.Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
  if (current > latest) {
    throw new Error(`database schema version ${current} is newer than this program (${latest})`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    // IMMEDIATE, and the version read again under the lock: another process
    // opening the same new database may have run this migration meanwhile
    db.transaction(() => {
      if ((db.pragma("user_version", { simple: true }) as number) >= m.version) return;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

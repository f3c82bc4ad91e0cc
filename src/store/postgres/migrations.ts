// Versioned schema for PostgreSQL. Each migration runs once, in order, inside
// one transaction that holds an advisory lock, so that several processes
// opening one database at once migrate it once; `sourced_schema` records the
// versions applied. Never edit a migration that has shipped: append a new one.

import type { PoolClient } from "pg";

export interface Migration {
  version: number;
  /** One line: what the migration does. */
  why: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    why: "documents with versions and heads, extraction runs, events with filter columns and a text index, places, reconciliation, overrides",
    sql: `
      CREATE TABLE documents (
        id             TEXT    NOT NULL,
        version        INTEGER NOT NULL,
        content_hash   TEXT    NOT NULL,
        raw            BYTEA   NOT NULL,
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
        lang           TEXT,
        pending_reason TEXT,
        PRIMARY KEY (id, version)
      );

      -- The latest version of each id and its content hash. Writers insert
      -- here first (INSERT ... ON CONFLICT), so the database itself decides
      -- whether a document is new, unchanged or a new version, and concurrent
      -- writers of one id wait on this row instead of racing.
      CREATE TABLE document_heads (
        id           TEXT    PRIMARY KEY,
        version      INTEGER NOT NULL,
        content_hash TEXT    NOT NULL,
        FOREIGN KEY (id, version) REFERENCES documents (id, version) DEFERRABLE INITIALLY DEFERRED
      );

      CREATE TABLE extraction_runs (
        run_id            BIGSERIAL PRIMARY KEY,
        doc               TEXT    NOT NULL,
        doc_version       INTEGER NOT NULL,
        extractor_version TEXT    NOT NULL,
        ran_at            TEXT    NOT NULL,
        UNIQUE (doc, doc_version, extractor_version),
        FOREIGN KEY (doc, doc_version) REFERENCES documents (id, version) ON DELETE CASCADE
      );

      CREATE TABLE events (
        id                BIGSERIAL PRIMARY KEY,
        doc               TEXT     NOT NULL,
        doc_version       INTEGER  NOT NULL,
        extractor_version TEXT     NOT NULL,
        seq               INTEGER  NOT NULL,
        -- true when the event belongs to the document's latest version and the
        -- latest extraction run over it; maintained in the same transactions.
        current           BOOLEAN  NOT NULL,
        type              TEXT     NOT NULL,
        status            TEXT     NOT NULL,
        date              TEXT,
        date_lo           TEXT,
        date_hi           TEXT,
        count_value       DOUBLE PRECISION,
        subject           TEXT,
        group_name        TEXT,
        actor             TEXT,
        source            TEXT,
        confidence        DOUBLE PRECISION NOT NULL,
        -- The record as written, verbatim (TEXT, not JSONB: key order is kept).
        record_json       TEXT     NOT NULL,
        -- Words of evidence, subject, actor, group, source and places, folded
        -- as the query is (store/postgres/fts.ts).
        words             TSVECTOR NOT NULL,
        FOREIGN KEY (doc, doc_version) REFERENCES documents (id, version) ON DELETE CASCADE
      );
      CREATE INDEX events_current_type ON events (type, id) WHERE current;
      CREATE INDEX events_current_date ON events (date_lo, date_hi) WHERE current;
      CREATE INDEX events_doc ON events (doc, doc_version, extractor_version);
      CREATE INDEX events_doc_current ON events (doc) WHERE current;
      CREATE INDEX events_group ON events (lower(group_name));
      CREATE INDEX events_confidence ON events (confidence);
      CREATE INDEX events_words ON events USING GIN (words);

      CREATE TABLE event_places (
        event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        role     TEXT   NOT NULL,
        name     TEXT   NOT NULL,
        country  TEXT
      );
      CREATE INDEX event_places_event ON event_places (event_id);
      CREATE INDEX event_places_country ON event_places (country, event_id);

      CREATE TABLE reconciliation (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        json     TEXT NOT NULL,
        saved_at TEXT NOT NULL
      );

      CREATE TABLE overrides (
        seq        BIGSERIAL PRIMARY KEY,
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

      -- seq keeps the order feeds were added in (SQLite's rowid).
      CREATE TABLE feeds (
        seq           BIGSERIAL UNIQUE,
        url           TEXT    PRIMARY KEY,
        added_at      TEXT    NOT NULL,
        etag          TEXT,
        last_modified TEXT,
        last_poll_at  TEXT,
        items_seen    INTEGER NOT NULL DEFAULT 0,
        last_error    TEXT
      );
    `,
  },
  {
    version: 6,
    why: "stable ids: events found by their event id; the story ids issued, and the retired ones kept as redirects",
    sql: `
      CREATE INDEX events_uid ON events ((record_json::json ->> 'uid')) WHERE current;

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
      ALTER TABLE events ADD COLUMN suppressed BOOLEAN NOT NULL DEFAULT false;
      CREATE INDEX events_review_key ON events (review_key);
      -- few rows: the lists' "how many were suppressed" reads only these
      CREATE INDEX events_suppressed ON events (doc) WHERE suppressed;

      CREATE TABLE review_changes (
        seq         BIGSERIAL PRIMARY KEY,
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
      CREATE FUNCTION review_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the review history is append-only'; END $$;
      CREATE TRIGGER review_changes_append_only BEFORE UPDATE OR DELETE ON review_changes
        FOR EACH ROW EXECUTE FUNCTION review_changes_append_only();
    `,
  },
];

/** Any fixed number: the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK = 7_341_205;

/** Brings the database up to the latest schema version, in one transaction. */
export async function migrate(c: PoolClient): Promise<void> {
  const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
  await c.query("BEGIN");
  try {
    await c.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await c.query("CREATE TABLE IF NOT EXISTS sourced_schema (version INTEGER PRIMARY KEY, why TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
    const { rows } = await c.query<{ v: number | null }>("SELECT max(version) AS v FROM sourced_schema");
    const current = rows[0]?.v ?? 0;
    if (current > latest) throw new Error(`database schema version ${current} is newer than this program (${latest})`);
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await c.query(m.sql);
      await c.query("INSERT INTO sourced_schema (version, why) VALUES ($1, $2)", [m.version, m.why]);
    }
    await c.query("COMMIT");
  } catch (err) {
    await c.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

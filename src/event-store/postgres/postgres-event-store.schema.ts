import type { Pool } from 'pg';

/**
 * The event store owns its tables, apart from the read models' migrations, so that it can live in
 * another database than the read models. Idempotent; an advisory lock keeps two instances that
 * start together from racing on the DDL.
 *
 * `event_streams` holds each stream's last revision: a row lock on it makes concurrent appends to
 * one stream queue up and lets exactly one win per expected revision. `transaction_order` (the
 * transaction id as a bigint) orders readers (see PostgresEventStore.readAll). `schema_version`
 * is the version of each payload's shape; events stored before it existed are version 1.
 * `stream_snapshots` keeps one folded state per stream, a cache its events can always rebuild.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS event_streams (
  stream_name text PRIMARY KEY,
  revision bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  global_position bigserial PRIMARY KEY,
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  event_id uuid NOT NULL UNIQUE,
  stream_name text NOT NULL,
  stream_revision bigint NOT NULL,
  type text NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (stream_name, stream_revision)
);
-- The embedded PostgreSQL (PGlite, 32-bit WebAssembly) sorts xid8 values wrongly once they
-- pass 999, so readers order by the same number as a bigint, which sorts right everywhere.
ALTER TABLE events ADD COLUMN IF NOT EXISTS transaction_order bigint GENERATED ALWAYS AS ((transaction_id::text)::bigint) STORED;
ALTER TABLE events ADD COLUMN IF NOT EXISTS schema_version integer NOT NULL DEFAULT 1;
DROP INDEX IF EXISTS events_read_order;
CREATE INDEX IF NOT EXISTS events_transaction_order ON events (transaction_order, global_position);
CREATE TABLE IF NOT EXISTS stream_snapshots (
  stream_name text PRIMARY KEY,
  revision bigint NOT NULL,
  commit_position bigint NOT NULL,
  prepare_position bigint NOT NULL,
  version integer NOT NULL,
  state jsonb NOT NULL,
  taken_at timestamptz NOT NULL DEFAULT now()
);
`;

const SCHEMA_LOCK = 7_315_001;

export async function migrateEventStoreSchema(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(DDL);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

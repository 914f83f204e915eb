import { Migration } from '@mikro-orm/migrations';
import { personalDataMigrations } from '../personal-data/personal-data.migrations';

/** Where each projection and policy has read up to; numeric because positions are 64-bit unsigned. */
export class Migration20261122000000Checkpoints extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE projection_checkpoints (
        name text PRIMARY KEY,
        commit_position numeric(20, 0) NOT NULL,
        prepare_position numeric(20, 0) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  override down(): void {
    this.addSql('DROP TABLE projection_checkpoints');
  }
}

/**
 * Events a follower could not apply, set aside so that it goes on with the others (parked), and
 * policies' refusals, kept for the record. A parked event is named by its stream and revision,
 * which read it back in any store, and keeps the rows it touches: a projection parks every later
 * event on those rows too, so that a replay applies them in their order. `last_error` on a
 * checkpoint says why its follower last stopped, for the health check and a rebuild.
 */
export class Migration20261202000000ParkedEvents extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE parked_events (
        id bigserial PRIMARY KEY,
        follower text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('FAILED', 'REFUSED')),
        event_id uuid NOT NULL,
        stream_name text NOT NULL,
        stream_revision bigint NOT NULL,
        commit_position numeric(20, 0) NOT NULL,
        prepare_position numeric(20, 0) NOT NULL,
        type text NOT NULL,
        row_ids text[] NOT NULL DEFAULT '{}',
        error text NOT NULL,
        attempts integer NOT NULL,
        parked_at timestamptz NOT NULL,
        replay_requested_at timestamptz,
        resolved_at timestamptz,
        UNIQUE (follower, event_id)
      )`);
    this.addSql('CREATE INDEX parked_events_open ON parked_events (follower, commit_position, prepare_position) WHERE resolved_at IS NULL');
    this.addSql('ALTER TABLE projection_checkpoints ADD COLUMN last_error text, ADD COLUMN last_error_at timestamptz');
  }

  override down(): void {
    this.addSql('DROP TABLE parked_events');
    this.addSql('ALTER TABLE projection_checkpoints DROP COLUMN last_error, DROP COLUMN last_error_at');
  }
}

/** The event-store layer's tables in the read models' database: followers', and the personal data keyring. */
export const followingMigrations = [
  { name: 'Migration20261122000000Checkpoints', class: Migration20261122000000Checkpoints },
  { name: 'Migration20261202000000ParkedEvents', class: Migration20261202000000ParkedEvents },
  ...personalDataMigrations,
];

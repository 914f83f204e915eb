import { Migration } from '@mikro-orm/migrations';

/**
 * The public integration events, in the order of the domain events they come from (a cursor is
 * that order), and what their translation remembers between events. Written by one follower only.
 */
export class Migration20261207000200IntegrationEvents extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE integration_events (
        id uuid PRIMARY KEY,
        position_commit bigint NOT NULL,
        position_prepare bigint NOT NULL,
        position_index integer NOT NULL,
        type text NOT NULL,
        version integer NOT NULL,
        occurred_at timestamptz NOT NULL,
        owner_id uuid NOT NULL,
        accommodation_id uuid,
        accommodation_ids uuid[] NOT NULL,
        ordering_key text NOT NULL,
        data jsonb NOT NULL,
        guest jsonb,
        UNIQUE (position_commit, position_prepare, position_index)
      )`);
    this.addSql('CREATE INDEX integration_events_owner ON integration_events (owner_id, position_commit, position_prepare, position_index)');
    this.addSql('CREATE TABLE integration_subjects (key text PRIMARY KEY, value jsonb NOT NULL)');
  }

  override down(): void {
    this.addSql('DROP TABLE integration_subjects');
    this.addSql('DROP TABLE integration_events');
  }
}

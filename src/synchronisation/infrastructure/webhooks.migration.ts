import { Migration } from '@mikro-orm/migrations';

/**
 * Webhook endpoints and their deliveries. An endpoint keeps its own place in the owner's feed of
 * public events: the dispatcher fans out what lies after it and moves it in the same transaction,
 * so every event becomes exactly one delivery per endpoint, whatever crashes. A delivery is a fact
 * before it is sent (shared/DESIGN.md "Outbox"), its event's id its `webhook-id` for every attempt.
 */
export class Migration20261208000100Webhooks extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        url text NOT NULL,
        event_types text[] NOT NULL,
        include_guest_details boolean NOT NULL,
        enabled boolean NOT NULL,
        secret jsonb NOT NULL,
        previous_secret jsonb,
        previous_secret_until timestamptz,
        position_commit bigint,
        position_prepare bigint,
        position_index integer,
        failing_since timestamptz,
        created_at timestamptz NOT NULL,
        disabled_at timestamptz
      )`);
    this.addSql('CREATE INDEX webhook_endpoints_owner ON webhook_endpoints (owner_id, created_at)');
    this.addSql(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        ordering_key text NOT NULL,
        position_commit bigint NOT NULL,
        position_prepare bigint NOT NULL,
        position_index integer NOT NULL,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        run_attempts integer NOT NULL DEFAULT 0,
        first_attempt_at timestamptz,
        next_attempt_at timestamptz,
        last_attempt_at timestamptz,
        last_status_code integer,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL,
        UNIQUE (endpoint_id, event_id)
      )`);
    this.addSql("CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING'");
    this.addSql("CREATE INDEX webhook_deliveries_lane ON webhook_deliveries (endpoint_id, ordering_key, position_commit, position_prepare, position_index) WHERE status = 'PENDING'");
    this.addSql('CREATE INDEX webhook_deliveries_log ON webhook_deliveries (endpoint_id, position_commit DESC, position_prepare DESC, position_index DESC)');
  }

  override down(): void {
    this.addSql('DROP TABLE webhook_deliveries');
    this.addSql('DROP TABLE webhook_endpoints');
  }
}

export const webhookMigrations = [{ name: 'Migration20261208000100Webhooks', class: Migration20261208000100Webhooks }];

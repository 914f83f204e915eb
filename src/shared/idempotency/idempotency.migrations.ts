import { Migration } from '@mikro-orm/migrations';

/**
 * Requests sent with an `Idempotency-Key`, per caller: the first request's body (hashed) and, once
 * it is done, its answer, as text (jsonb would reorder its fields, which GraphQL answers in the
 * order they were asked for). `locked_until` lets another instance take over a key whose request
 * died mid-way; keys older than a day may be used again.
 */
export class Migration20261202000200IdempotencyKeys extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        status text NOT NULL CHECK (status IN ('IN_PROGRESS', 'DONE')),
        response text,
        created_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz NOT NULL,
        PRIMARY KEY (scope, key)
      )`);
    this.addSql('CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)');
  }

  override down(): void {
    this.addSql('DROP TABLE idempotency_keys');
  }
}

export const idempotencyMigrations = [{ name: 'Migration20261202000200IdempotencyKeys', class: Migration20261202000200IdempotencyKeys }];

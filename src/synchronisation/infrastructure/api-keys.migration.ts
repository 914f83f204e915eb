import { Migration } from '@mikro-orm/migrations';

/**
 * The keys owners give integrators: plain rows, never events, since a credential has no place in
 * a history kept forever. Only each key's SHA-256 is kept (unique: the guard finds a key by it),
 * with its first characters for the owner to recognise it.
 */
export class Migration20261207000100ApiKeys extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        name text NOT NULL,
        scopes text[] NOT NULL,
        key_hash text NOT NULL UNIQUE,
        prefix text NOT NULL,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    this.addSql('CREATE INDEX api_keys_owner ON api_keys (owner_id)');
  }

  override down(): void {
    this.addSql('DROP TABLE api_keys');
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * One key per data subject (see postgres-keyring.ts), in the read models' database so that it
 * serves either event store. `wrapped_key` is the key sealed by the master key; an erased subject
 * keeps its row with no key and the time of its erasure.
 */
export class Migration20261212000000PersonalDataKeys extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE personal_data_keys (
        subject_id text PRIMARY KEY,
        owner_id text NOT NULL,
        wrapped_key jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        erased_at timestamptz,
        CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
      )`);
    this.addSql('CREATE INDEX personal_data_keys_owner ON personal_data_keys (owner_id)');
  }

  override down(): void {
    this.addSql('DROP TABLE personal_data_keys');
  }
}

export const personalDataMigrations = [{ name: 'Migration20261212000000PersonalDataKeys', class: Migration20261212000000PersonalDataKeys }];

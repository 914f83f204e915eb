import { Migration } from '@mikro-orm/migrations';

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

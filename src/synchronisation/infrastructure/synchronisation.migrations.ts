import { Migration } from '@mikro-orm/migrations';

/** When each accommodation's export feed last changed: its Last-Modified (see FeedVersions). */
export class Migration20261205000100Synchronisation extends Migration {
  override up(): void {
    this.addSql('CREATE TABLE ical_export_versions (accommodation_id uuid PRIMARY KEY, etag text NOT NULL, since timestamptz NOT NULL)');
  }

  override down(): void {
    this.addSql('DROP TABLE ical_export_versions');
  }
}

export const synchronisationMigrations = [{ name: 'Migration20261205000100Synchronisation', class: Migration20261205000100Synchronisation }];

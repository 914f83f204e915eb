import { Migration } from '@mikro-orm/migrations';
import { Migration20261207000100ApiKeys } from './api-keys.migration';
import { Migration20261207000200IntegrationEvents } from './integration-events.migration';
import { webhookMigrations } from './webhooks.migration';

/** When each accommodation's export feed last changed: its Last-Modified (see FeedVersions). */
export class Migration20261205000100Synchronisation extends Migration {
  override up(): void {
    this.addSql('CREATE TABLE ical_export_versions (accommodation_id uuid PRIMARY KEY, etag text NOT NULL, since timestamptz NOT NULL)');
  }

  override down(): void {
    this.addSql('DROP TABLE ical_export_versions');
  }
}

/**
 * The feeds owners import (a read model of their streams) and how each fetch went: when it is due
 * next, its last success, attempt and error, what it read, and a suspicious answer waiting to be
 * confirmed. The second is written by the import itself, not by a projection: a fetch that
 * changes nothing appends no event.
 */
export class Migration20261206000200IcalFeeds extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE ical_feeds (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        accommodation_id uuid NOT NULL,
        url text NOT NULL,
        platform text NOT NULL,
        label text NOT NULL,
        interval_minutes integer NOT NULL,
        added_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX ical_feeds_owner ON ical_feeds (owner_id, accommodation_id)');
    this.addSql(`
      CREATE TABLE ical_feed_status (
        feed_id uuid PRIMARY KEY,
        next_due_at timestamptz NOT NULL,
        last_attempt_at timestamptz,
        last_success_at timestamptz,
        last_error_code text,
        last_error_detail text,
        last_error_at timestamptz,
        event_count integer,
        problems jsonb NOT NULL DEFAULT '[]',
        skipped jsonb,
        meanings jsonb,
        etag text,
        last_modified text,
        suspicion jsonb,
        silent boolean NOT NULL DEFAULT false
      )`);
    this.addSql('CREATE INDEX ical_feed_status_due ON ical_feed_status (next_due_at)');
  }

  override down(): void {
    this.addSql('DROP TABLE ical_feed_status');
    this.addSql('DROP TABLE ical_feeds');
  }
}

export const synchronisationMigrations = [
  { name: 'Migration20261205000100Synchronisation', class: Migration20261205000100Synchronisation },
  { name: 'Migration20261206000200IcalFeeds', class: Migration20261206000200IcalFeeds },
  { name: 'Migration20261207000100ApiKeys', class: Migration20261207000100ApiKeys },
  { name: 'Migration20261207000200IntegrationEvents', class: Migration20261207000200IntegrationEvents },
  ...webhookMigrations,
];

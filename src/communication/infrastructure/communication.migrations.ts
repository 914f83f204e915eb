import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox's read side (each email's status, and when it is next due), the blob store where
 * attachments and uploaded images are kept by the SHA-256 of their bytes, and the leases that
 * let one instance at a time run a job. Blobs live in
 * PostgreSQL so that every app instance reads what another wrote, with nothing else to run.
 */
export class Migration20261202000300Communication extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE emails (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        dossier_id uuid,
        kind text NOT NULL,
        recipient text NOT NULL,
        copy boolean NOT NULL,
        "to" text,
        subject text NOT NULL,
        status text NOT NULL,
        attempts integer NOT NULL,
        next_attempt_at timestamptz,
        error text,
        queued_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // The sender's one question: what is due now, oldest first.
    this.addSql("CREATE INDEX emails_due ON emails (next_attempt_at) WHERE status = 'QUEUED'");
    this.addSql('CREATE INDEX emails_dossier ON emails (dossier_id, queued_at)');
    this.addSql(`
      CREATE TABLE blobs (
        id text PRIMARY KEY,
        content_type text NOT NULL,
        size integer NOT NULL,
        bytes bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    this.addSql('CREATE TABLE leases (name text PRIMARY KEY, holder text NOT NULL, until timestamptz NOT NULL)');
  }

  override down(): void {
    this.addSql('DROP TABLE leases');
    this.addSql('DROP TABLE blobs');
    this.addSql('DROP TABLE emails');
  }
}

export const communicationMigrations = [{ name: 'Migration20261202000300Communication', class: Migration20261202000300Communication }];

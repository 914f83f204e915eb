import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000100Owners extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE owners (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        company text, civility text, last_name text NOT NULL, first_name text,
        address text, postal_code text, city text, country text,
        phone1 text, phone2 text, fax text, website text,
        signed_up_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX owners_email ON owners (lower(email))');
    // Operational data, not history: failed log-ins counted per key inside a sliding window.
    this.addSql(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
  }

  override down(): void {
    this.addSql('DROP TABLE login_throttle');
    this.addSql('DROP TABLE owners');
  }
}

export const catalogueMigrations = [{ name: 'Migration20261122000100Owners', class: Migration20261122000100Owners }];

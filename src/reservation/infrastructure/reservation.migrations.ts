import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000400Planning extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE planning_holds (
        id uuid PRIMARY KEY,
        accommodation_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        kind text NOT NULL,
        arrival date NOT NULL,
        departure date NOT NULL,
        dossier_id uuid,
        reason text,
        held_at timestamptz NOT NULL
      )`);
    // The planning asks for the holds of one accommodation that touch a range of days.
    this.addSql('CREATE INDEX planning_holds_accommodation ON planning_holds (accommodation_id, arrival, departure)');
  }

  override down(): void {
    this.addSql('DROP TABLE planning_holds');
  }
}


export class Migration20261122000500Dossiers extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE dossiers (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        number integer,
        created_at timestamptz NOT NULL,
        status text NOT NULL,
        origin text NOT NULL,
        guest_name text NOT NULL,
        guest_search text NOT NULL,
        arrival date NOT NULL,
        departure date NOT NULL,
        stay_arrivals text[] NOT NULL,
        stay_departures text[] NOT NULL,
        accommodation_ids text[] NOT NULL,
        total_cents integer NOT NULL,
        paid_cents integer NOT NULL,
        balance_cents integer NOT NULL,
        deposit_cents integer NOT NULL,
        deposit_due_date date NOT NULL,
        promo_code text,
        document jsonb NOT NULL
      )`);
    // Lists are one owner's files by arrival, then by number; a day's arrivals and departures
    // and an accommodation's files are found through the arrays.
    this.addSql('CREATE INDEX dossiers_owner_arrival ON dossiers (owner_id, arrival, number)');
    this.addSql('CREATE INDEX dossiers_owner_number ON dossiers (owner_id, number)');
    this.addSql('CREATE INDEX dossiers_stay_days ON dossiers USING gin (stay_arrivals, stay_departures, accommodation_ids)');
  }

  override down(): void {
    this.addSql('DROP TABLE dossiers');
  }
}

export const reservationMigrations = [
  { name: 'Migration20261122000400Planning', class: Migration20261122000400Planning },
  { name: 'Migration20261122000500Dossiers', class: Migration20261122000500Dossiers },
];

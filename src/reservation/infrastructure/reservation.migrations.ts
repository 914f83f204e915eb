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

export const reservationMigrations = [{ name: 'Migration20261122000400Planning', class: Migration20261122000400Planning }];

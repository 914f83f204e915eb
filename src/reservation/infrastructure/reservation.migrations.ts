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


/**
 * Money in bigint columns, so no sum of a file's lines can overflow a read model; each file's
 * zone, so a late deposit is judged on the accommodation's calendar; and the document in its own
 * read shape instead of the decider's state. The rows are rebuilt from the events: the table is
 * emptied and its checkpoint sent back to the start, and the runner replays it when the app starts.
 */
export class Migration20261202000100DossierMoney extends Migration {
  override up(): void {
    this.addSql('TRUNCATE dossiers');
    this.addSql("UPDATE projection_checkpoints SET commit_position = -1, prepare_position = -1, updated_at = now() WHERE name = 'dossiers'");
    this.addSql(`ALTER TABLE dossiers
      ALTER COLUMN total_cents TYPE bigint, ALTER COLUMN paid_cents TYPE bigint,
      ALTER COLUMN balance_cents TYPE bigint, ALTER COLUMN deposit_cents TYPE bigint,
      ADD COLUMN time_zone text NOT NULL DEFAULT 'Europe/Paris'`);
    this.addSql('CREATE INDEX dossiers_owner_deposit_due ON dossiers (owner_id, deposit_due_date) WHERE status = \'OPTION\'');
  }

  override down(): void {
    this.addSql('DROP INDEX dossiers_owner_deposit_due');
    this.addSql(`ALTER TABLE dossiers DROP COLUMN time_zone,
      ALTER COLUMN total_cents TYPE integer, ALTER COLUMN paid_cents TYPE integer,
      ALTER COLUMN balance_cents TYPE integer, ALTER COLUMN deposit_cents TYPE integer`);
  }
}

/** Imported stays in conflict with the planning (issue 14): what holds their nights instead. */
export class Migration20261206000100PlanningConflicts extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE planning_conflicts (
        id uuid PRIMARY KEY,
        accommodation_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        source text NOT NULL,
        label text,
        arrival date NOT NULL,
        departure date NOT NULL,
        clash_hold_id uuid NOT NULL,
        clash_kind text NOT NULL,
        clash_dossier_id uuid,
        clash_arrival date NOT NULL,
        clash_departure date NOT NULL,
        since timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX planning_conflicts_owner ON planning_conflicts (owner_id, accommodation_id, arrival)');
  }

  override down(): void {
    this.addSql('DROP TABLE planning_conflicts');
  }
}

export const reservationMigrations = [
  { name: 'Migration20261122000400Planning', class: Migration20261122000400Planning },
  { name: 'Migration20261122000500Dossiers', class: Migration20261122000500Dossiers },
  { name: 'Migration20261202000100DossierMoney', class: Migration20261202000100DossierMoney },
  { name: 'Migration20261206000100PlanningConflicts', class: Migration20261206000100PlanningConflicts },
];

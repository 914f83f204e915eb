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

/**
 * The owner's dashboard (issue 16): bookings and revenue per day of booking, kept by the database
 * from the `dossiers` rows in the transaction that writes them (and so with the projection's
 * checkpoint), so the dashboard sums a few hundred day rows instead of every file. The day is the
 * file's creation day on its accommodation's calendar; a cancelled file counts apart and brings
 * no revenue; a deleted file has no row, so it leaves the sums. Emptying `dossiers` (a rebuild)
 * empties the sums too, and the replay fills them again.
 */
export class Migration20261209000100Dashboard extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE dashboard_days (
        owner_id uuid NOT NULL,
        day date NOT NULL,
        origin text NOT NULL,
        bookings integer NOT NULL,
        revenue_cents bigint NOT NULL,
        cancelled integer NOT NULL,
        PRIMARY KEY (owner_id, day, origin)
      )`);
    this.addSql(`
      CREATE FUNCTION dashboard_days_add(owner uuid, created timestamptz, zone text, file_origin text, file_status text, total bigint, sign integer) RETURNS void
      LANGUAGE sql AS $$
        INSERT INTO dashboard_days AS d (owner_id, day, origin, bookings, revenue_cents, cancelled)
        VALUES (owner, (created AT TIME ZONE zone)::date, file_origin,
                CASE WHEN file_status = 'CANCELLED' THEN 0 ELSE sign END,
                CASE WHEN file_status = 'CANCELLED' THEN 0 ELSE sign * total END,
                CASE WHEN file_status = 'CANCELLED' THEN sign ELSE 0 END)
        ON CONFLICT (owner_id, day, origin) DO UPDATE
          SET bookings = d.bookings + EXCLUDED.bookings,
              revenue_cents = d.revenue_cents + EXCLUDED.revenue_cents,
              cancelled = d.cancelled + EXCLUDED.cancelled
      $$`);
    this.addSql(`
      CREATE FUNCTION dashboard_days_follow() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM dashboard_days_add(OLD.owner_id, OLD.created_at, OLD.time_zone, OLD.origin, OLD.status, OLD.total_cents, -1);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          PERFORM dashboard_days_add(NEW.owner_id, NEW.created_at, NEW.time_zone, NEW.origin, NEW.status, NEW.total_cents, 1);
        END IF;
        RETURN NULL;
      END $$`);
    this.addSql(`
      CREATE FUNCTION dashboard_days_empty() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE dashboard_days;
        RETURN NULL;
      END $$`);
    this.addSql('CREATE TRIGGER dossiers_dashboard_rows AFTER INSERT OR DELETE ON dossiers FOR EACH ROW EXECUTE FUNCTION dashboard_days_follow()');
    // Most writes of a file (a payment, a note) leave what the dashboard counts as it was.
    this.addSql(`CREATE TRIGGER dossiers_dashboard_update AFTER UPDATE ON dossiers FOR EACH ROW
      WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.total_cents IS DISTINCT FROM NEW.total_cents OR OLD.origin IS DISTINCT FROM NEW.origin
            OR OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.time_zone IS DISTINCT FROM NEW.time_zone OR OLD.owner_id IS DISTINCT FROM NEW.owner_id)
      EXECUTE FUNCTION dashboard_days_follow()`);
    this.addSql('CREATE TRIGGER dossiers_dashboard_truncate AFTER TRUNCATE ON dossiers FOR EACH STATEMENT EXECUTE FUNCTION dashboard_days_empty()');
    this.addSql(`INSERT INTO dashboard_days (owner_id, day, origin, bookings, revenue_cents, cancelled)
      SELECT owner_id, (created_at AT TIME ZONE time_zone)::date, origin,
             count(*) FILTER (WHERE status <> 'CANCELLED'), coalesce(sum(total_cents) FILTER (WHERE status <> 'CANCELLED'), 0), count(*) FILTER (WHERE status = 'CANCELLED')
        FROM dossiers GROUP BY 1, 2, 3`);
    // The dashboard's latest bookings, and the lists by creation date.
    this.addSql('CREATE INDEX dossiers_owner_created ON dossiers (owner_id, created_at DESC, id DESC)');
    // Files waiting for their deposit or their balance: few beside all the owner's files.
    this.addSql("CREATE INDEX dossiers_owner_waiting ON dossiers (owner_id, status) WHERE status IN ('OPTION', 'CONFIRMED')");
  }

  override down(): void {
    this.addSql('DROP INDEX dossiers_owner_waiting');
    this.addSql('DROP INDEX dossiers_owner_created');
    this.addSql('DROP TRIGGER dossiers_dashboard_truncate ON dossiers');
    this.addSql('DROP TRIGGER dossiers_dashboard_update ON dossiers');
    this.addSql('DROP TRIGGER dossiers_dashboard_rows ON dossiers');
    this.addSql('DROP FUNCTION dashboard_days_empty()');
    this.addSql('DROP FUNCTION dashboard_days_follow()');
    this.addSql('DROP FUNCTION dashboard_days_add(uuid, timestamptz, text, text, text, bigint, integer)');
    this.addSql('DROP TABLE dashboard_days');
  }
}

export const reservationMigrations = [
  { name: 'Migration20261122000400Planning', class: Migration20261122000400Planning },
  { name: 'Migration20261122000500Dossiers', class: Migration20261122000500Dossiers },
  { name: 'Migration20261202000100DossierMoney', class: Migration20261202000100DossierMoney },
  { name: 'Migration20261206000100PlanningConflicts', class: Migration20261206000100PlanningConflicts },
  { name: 'Migration20261209000100Dashboard', class: Migration20261209000100Dashboard },
];

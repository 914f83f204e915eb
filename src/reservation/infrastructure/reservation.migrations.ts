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

/**
 * The guest directory and the owner's notifications (issue 16). `guest_directory` is kept by the
 * database from the projection's `guest_directory_files` (one row per file) in the transaction
 * that writes them, so the projection never needs to know which files share a guest: each write
 * of a file's row recounts the entries it left and joined. Seen marks live apart from the
 * notifications, so a rebuild of these forgets nothing the owner read.
 */
export class Migration20261209000200GuestDirectoryAndNotifications extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE guest_directory_files (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        guest_id uuid NOT NULL,
        guest jsonb NOT NULL,
        guest_at timestamptz NOT NULL,
        label text NOT NULL,
        sort_name text NOT NULL,
        search text NOT NULL,
        created_at timestamptz NOT NULL,
        status text NOT NULL,
        stays jsonb NOT NULL,
        arrival date NOT NULL,
        departure date NOT NULL
      )`);
    this.addSql('CREATE INDEX guest_directory_files_guest ON guest_directory_files (guest_id)');
    this.addSql(`
      CREATE TABLE guest_directory (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        guest jsonb NOT NULL,
        label text NOT NULL,
        sort_name text NOT NULL,
        search text NOT NULL,
        files integer NOT NULL,
        last_dossier_id uuid,
        last_arrival date,
        last_departure date,
        last_file_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX guest_directory_owner ON guest_directory (owner_id, sort_name, id)');
    // The entry holds the details given last, the number of files, and the latest stay of a file not cancelled.
    this.addSql(`
      CREATE FUNCTION guest_directory_refresh(entry uuid) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM guest_directory WHERE id = entry;
        INSERT INTO guest_directory (id, owner_id, guest, label, sort_name, search, files, last_dossier_id, last_arrival, last_departure, last_file_at)
        SELECT latest.guest_id, latest.owner_id, latest.guest, latest.label, latest.sort_name, latest.search, counted.files,
               stay.id, stay.arrival, stay.departure, counted.last_file_at
          FROM (SELECT * FROM guest_directory_files f WHERE f.guest_id = entry ORDER BY f.guest_at DESC, f.id DESC LIMIT 1) latest
          CROSS JOIN (SELECT count(*) AS files, max(f.created_at) AS last_file_at FROM guest_directory_files f WHERE f.guest_id = entry) counted
          LEFT JOIN LATERAL (SELECT f.id, f.arrival, f.departure FROM guest_directory_files f
                              WHERE f.guest_id = entry AND f.status <> 'CANCELLED' ORDER BY f.arrival DESC, f.id DESC LIMIT 1) stay ON true;
      END $$`);
    this.addSql(`
      CREATE FUNCTION guest_directory_follow() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM guest_directory_refresh(OLD.guest_id);
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.guest_id IS DISTINCT FROM OLD.guest_id) THEN
          PERFORM guest_directory_refresh(NEW.guest_id);
        END IF;
        RETURN NULL;
      END $$`);
    this.addSql('CREATE TRIGGER guest_directory_files_follow AFTER INSERT OR UPDATE OR DELETE ON guest_directory_files FOR EACH ROW EXECUTE FUNCTION guest_directory_follow()');
    this.addSql(`
      CREATE TABLE owner_notifications (
        id text PRIMARY KEY,
        owner_id uuid NOT NULL,
        kind text NOT NULL,
        active boolean NOT NULL,
        dossier_id uuid,
        accommodation_id uuid,
        detail text,
        occurred_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX owner_notifications_owner ON owner_notifications (owner_id, occurred_at DESC) WHERE active');
    this.addSql('CREATE INDEX owner_notifications_dossier ON owner_notifications (dossier_id) WHERE active');
    this.addSql(`
      CREATE TABLE owner_notification_reads (
        id text PRIMARY KEY,
        owner_id uuid NOT NULL,
        seen_through timestamptz NOT NULL
      )`);
  }

  override down(): void {
    this.addSql('DROP TABLE owner_notification_reads');
    this.addSql('DROP TABLE owner_notifications');
    this.addSql('DROP TRIGGER guest_directory_files_follow ON guest_directory_files');
    this.addSql('DROP FUNCTION guest_directory_follow()');
    this.addSql('DROP FUNCTION guest_directory_refresh(uuid)');
    this.addSql('DROP TABLE guest_directory');
    this.addSql('DROP TABLE guest_directory_files');
  }
}

/** The owners who have unpaid options released on their own (issue 16): a row while the setting is on. */
export class Migration20261209000300OptionRelease extends Migration {
  override up(): void {
    this.addSql('CREATE TABLE option_release_settings (id uuid PRIMARY KEY, after_days integer NOT NULL)');
  }

  override down(): void {
    this.addSql('DROP TABLE option_release_settings');
  }
}

/**
 * The owners who chose their own retention period for guests' data (the others have the default),
 * the files the retention sweep looks at (not erased, deleted ones too, by their last departure),
 * and the online bookings that never became a file.
 */
export class Migration20261214000000GuestRetention extends Migration {
  override up(): void {
    this.addSql('CREATE TABLE guest_retention_settings (id uuid PRIMARY KEY, years integer NOT NULL)');
    this.addSql('CREATE TABLE retention_files (id uuid PRIMARY KEY, owner_id uuid NOT NULL, departures jsonb NOT NULL, departure date NOT NULL)');
    this.addSql('CREATE INDEX retention_files_departure ON retention_files (departure, id)');
    this.addSql('CREATE TABLE abandoned_guest_bookings (id uuid PRIMARY KEY, owner_id uuid NOT NULL, ended_at timestamptz NOT NULL)');
    this.addSql('CREATE INDEX abandoned_guest_bookings_ended ON abandoned_guest_bookings (ended_at, id)');
  }

  override down(): void {
    this.addSql('DROP TABLE abandoned_guest_bookings');
    this.addSql('DROP TABLE retention_files');
    this.addSql('DROP TABLE guest_retention_settings');
  }
}

/** A destination lists its own bookings, newest first; no other file has a destination. */
export class Migration20261210000500MarketplaceBookings extends Migration {
  override up(): void {
    this.addSql('ALTER TABLE dossiers ADD COLUMN destination_id uuid');
    this.addSql('CREATE INDEX dossiers_destination ON dossiers (destination_id, created_at DESC, id DESC) WHERE destination_id IS NOT NULL');
  }

  override down(): void {
    this.addSql('DROP INDEX dossiers_destination');
    this.addSql('ALTER TABLE dossiers DROP COLUMN destination_id');
  }
}

export const reservationMigrations = [
  { name: 'Migration20261122000400Planning', class: Migration20261122000400Planning },
  { name: 'Migration20261122000500Dossiers', class: Migration20261122000500Dossiers },
  { name: 'Migration20261202000100DossierMoney', class: Migration20261202000100DossierMoney },
  { name: 'Migration20261206000100PlanningConflicts', class: Migration20261206000100PlanningConflicts },
  { name: 'Migration20261209000100Dashboard', class: Migration20261209000100Dashboard },
  { name: 'Migration20261209000200GuestDirectoryAndNotifications', class: Migration20261209000200GuestDirectoryAndNotifications },
  { name: 'Migration20261209000300OptionRelease', class: Migration20261209000300OptionRelease },
  { name: 'Migration20261210000500MarketplaceBookings', class: Migration20261210000500MarketplaceBookings },
  { name: 'Migration20261214000000GuestRetention', class: Migration20261214000000GuestRetention },
];

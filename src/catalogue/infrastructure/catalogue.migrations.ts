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

export class Migration20261122000200Catalogue extends Migration {
  override up(): void {
    this.addSql('ALTER TABLE owners ADD COLUMN number integer');
    this.addSql('CREATE INDEX owners_number ON owners (number)');
    this.addSql(`
      CREATE TABLE accommodations (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        reference text NOT NULL,
        name text NOT NULL, kind text NOT NULL, star_rating integer NOT NULL,
        address text, postal_code text, city text NOT NULL,
        latitude double precision, longitude double precision, altitude integer,
        min_capacity integer NOT NULL, max_capacity integer NOT NULL,
        surface double precision, floor integer, orientation text,
        security_deposit_cents integer,
        description_fr text, description_en text,
        characteristics text[] NOT NULL, photos jsonb NOT NULL,
        visibility text NOT NULL, archived boolean NOT NULL,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX accommodations_owner ON accommodations (owner_id, created_at)');
    this.addSql(`
      CREATE TABLE supplements (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        name_fr text NOT NULL, name_en text,
        mandatory boolean NOT NULL, price_cents integer NOT NULL, unit text NOT NULL,
        accommodation_ids text[] NOT NULL,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX supplements_owner ON supplements (owner_id)');
    this.addSql('CREATE INDEX supplements_accommodations ON supplements USING gin (accommodation_ids)');
    this.addSql(`
      CREATE TABLE establishments (
        id uuid PRIMARY KEY,
        name text NOT NULL, slogan text,
        description_fr text, description_en text,
        photos jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE age_ranges (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        label text NOT NULL, min_age integer NOT NULL, max_age integer NOT NULL
      )`);
    this.addSql('CREATE INDEX age_ranges_owner ON age_ranges (owner_id)');
  }

  override down(): void {
    this.addSql('DROP TABLE age_ranges');
    this.addSql('DROP TABLE establishments');
    this.addSql('DROP TABLE supplements');
    this.addSql('DROP TABLE accommodations');
    this.addSql('DROP INDEX owners_number');
    this.addSql('ALTER TABLE owners DROP COLUMN number');
  }
}

/**
 * How many times each owner's credentials changed: the guard refuses a token issued under an
 * older count. The owners projection replays from the start to fill it in (over its rows, which
 * it overwrites), since owners who changed their password before have a count above 0.
 */
export class Migration20261202000500OwnerSessionVersion extends Migration {
  override up(): void {
    this.addSql('ALTER TABLE owners ADD COLUMN session_version integer NOT NULL DEFAULT 0');
    this.addSql("UPDATE projection_checkpoints SET commit_position = -1, prepare_position = -1, updated_at = now() WHERE name = 'owners'");
  }

  override down(): void {
    this.addSql('ALTER TABLE owners DROP COLUMN session_version');
  }
}

/**
 * Attempt counters of the account throttle (account-throttle.ts), replacing the log-in counters:
 * operational data, not history, so the old counts are dropped rather than carried over.
 * `forget_at` is when a row's count no longer matters, for the sweep that keeps the table small.
 */
export class Migration20261202000600AttemptCounters extends Migration {
  override up(): void {
    this.addSql('DROP TABLE login_throttle');
    this.addSql(`
      CREATE TABLE attempt_counters (
        key text PRIMARY KEY,
        count integer NOT NULL,
        last_counted_at timestamptz NOT NULL,
        forget_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX attempt_counters_forget_at ON attempt_counters (forget_at)');
  }

  override down(): void {
    this.addSql('DROP TABLE attempt_counters');
    this.addSql(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
  }
}

/**
 * Whether an age range counts towards capacity. Every range stored so far was defined by v1
 * events, which the codec reads as counting, so the default is what a replay would write: no
 * rebuild needed.
 */
export class Migration20261203000100AgeRangeCapacity extends Migration {
  override up(): void {
    this.addSql('ALTER TABLE age_ranges ADD COLUMN counts_towards_capacity boolean NOT NULL DEFAULT true');
  }

  override down(): void {
    this.addSql('ALTER TABLE age_ranges DROP COLUMN counts_towards_capacity');
  }
}

/**
 * Destinations (tourism agencies, label networks) as accounts, and what each owner lists with
 * each. New tables, filled by their projections from the start of the store.
 */
export class Migration20261210000400Destinations extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE destinations (
        id uuid PRIMARY KEY,
        name text NOT NULL, kind text NOT NULL, area text[] NOT NULL, website text NOT NULL,
        email text,
        registered_at timestamptz NOT NULL,
        session_version integer NOT NULL
      )`);
    this.addSql('CREATE INDEX destinations_area ON destinations USING gin (area)');
    this.addSql(`
      CREATE TABLE destination_listings (
        id text PRIMARY KEY,
        destination_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        accommodation_ids text[] NOT NULL,
        joined_at timestamptz NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    // A destination pages its members in the order they joined; an owner lists what they joined.
    this.addSql('CREATE INDEX destination_listings_members ON destination_listings (destination_id, joined_at, owner_id)');
    this.addSql('CREATE INDEX destination_listings_owner ON destination_listings (owner_id)');
  }

  override down(): void {
    this.addSql('DROP TABLE destination_listings');
    this.addSql('DROP TABLE destinations');
  }
}

/**
 * An accommodation's registration number, whether its commune asks for one, and the day its
 * classement was decided. Their events are new, so no stored event sets them: the defaults are
 * what a replay would write, and no rebuild is needed.
 */
export class Migration20261212000100AccommodationRegistration extends Migration {
  override up(): void {
    this.addSql(`
      ALTER TABLE accommodations
        ADD COLUMN registration_number text,
        ADD COLUMN commune_requires_registration boolean NOT NULL DEFAULT false,
        ADD COLUMN classification_decided_on date`);
  }

  override down(): void {
    this.addSql('ALTER TABLE accommodations DROP COLUMN classification_decided_on, DROP COLUMN commune_requires_registration, DROP COLUMN registration_number');
  }
}

export const catalogueMigrations = [
  { name: 'Migration20261122000100Owners', class: Migration20261122000100Owners },
  { name: 'Migration20261122000200Catalogue', class: Migration20261122000200Catalogue },
  { name: 'Migration20261202000500OwnerSessionVersion', class: Migration20261202000500OwnerSessionVersion },
  { name: 'Migration20261202000600AttemptCounters', class: Migration20261202000600AttemptCounters },
  { name: 'Migration20261203000100AgeRangeCapacity', class: Migration20261203000100AgeRangeCapacity },
  { name: 'Migration20261210000400Destinations', class: Migration20261210000400Destinations },
  { name: 'Migration20261212000100AccommodationRegistration', class: Migration20261212000100AccommodationRegistration },
];

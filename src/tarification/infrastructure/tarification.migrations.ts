import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000300Tarification extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE stay_rates (
        id text PRIMARY KEY,
        accommodation_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        arrival date NOT NULL,
        nights integer NOT NULL,
        initial_cents integer NOT NULL,
        discount jsonb,
        sale_cents integer NOT NULL,
        occupancy jsonb,
        updated_at timestamptz NOT NULL
      )`);
    // Quotes look a stay up by (accommodation, arrival, nights); listings and the planning scan
    // an accommodation's arrivals in a date range.
    this.addSql('CREATE INDEX stay_rates_accommodation_arrival ON stay_rates (accommodation_id, arrival, nights)');
    this.addSql(`
      CREATE TABLE pricing_settings (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        booking_rules jsonb,
        tourist_tax_cents integer,
        updated_at timestamptz NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE promotions (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        accommodation_ids text[] NOT NULL,
        details jsonb NOT NULL,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX promotions_owner ON promotions (owner_id)');
    this.addSql('CREATE INDEX promotions_accommodations ON promotions USING gin (accommodation_ids)');
    this.addSql(`
      CREATE TABLE promo_codes (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        code text NOT NULL,
        details jsonb NOT NULL,
        consumed_by text,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX promo_codes_owner_code ON promo_codes (owner_id, code)');
  }

  override down(): void {
    this.addSql('DROP TABLE promo_codes');
    this.addSql('DROP TABLE promotions');
    this.addSql('DROP TABLE pricing_settings');
    this.addSql('DROP TABLE stay_rates');
  }
}

export class Migration20261204000100StayRatesByOwner extends Migration {
  override up(): void {
    // A guest's search over an owner finds the accommodations priced around the dates: an
    // index-only scan of the owner's arrivals in the window, instead of every owner's rates.
    this.addSql('CREATE INDEX stay_rates_owner_arrival ON stay_rates (owner_id, arrival, accommodation_id)');
  }

  override down(): void {
    this.addSql('DROP INDEX stay_rates_owner_arrival');
  }
}

/**
 * A destination's search (issue 16): what it reads of accommodations (from Catalogue), of their
 * listings with destinations (from Catalogue) and of the nights held (from Reservation), beside
 * the stay rates and booking rules Tarification keeps, so that one statement answers a search.
 */
export class Migration20261209000500Marketplace extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE market_accommodations (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        stars integer NOT NULL,
        postal_code text,
        department text,
        city text NOT NULL,
        city_key text NOT NULL,
        latitude double precision,
        longitude double precision,
        min_capacity integer NOT NULL,
        max_capacity integer NOT NULL,
        characteristics text[] NOT NULL,
        photo_url text,
        visibility text NOT NULL,
        archived boolean NOT NULL,
        bookable boolean NOT NULL
      )`);
    // A search names a department, or a point (its box first), and only bookable ones count.
    this.addSql('CREATE INDEX market_accommodations_department ON market_accommodations (department, max_capacity) WHERE bookable');
    this.addSql('CREATE INDEX market_accommodations_latitude ON market_accommodations (latitude) WHERE bookable');
    this.addSql(`
      CREATE TABLE market_listings (
        id text PRIMARY KEY,
        destination_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        accommodation_ids text[] NOT NULL
      )`);
    this.addSql('CREATE INDEX market_listings_destination ON market_listings (destination_id)');
    this.addSql(`
      CREATE TABLE market_holds (
        id text PRIMARY KEY,
        accommodation_id uuid NOT NULL,
        arrival date NOT NULL,
        departure date NOT NULL
      )`);
    // "Does a hold touch these nights": holds of one accommodation ending after the arrival.
    this.addSql('CREATE INDEX market_holds_accommodation ON market_holds (accommodation_id, departure, arrival)');
  }

  override down(): void {
    this.addSql('DROP TABLE market_holds');
    this.addSql('DROP TABLE market_listings');
    this.addSql('DROP TABLE market_accommodations');
  }
}

/**
 * Each accommodation's city key is now the kernel's `searchKey`, the one the postal-address check
 * compares with ("St-Rémy" is "saint remy"): the rows are rebuilt from the events, the table
 * emptied and its checkpoint sent back to the start, and the runner replays it when the app starts.
 */
export class Migration20261211000100MarketCityKeys extends Migration {
  override up(): void {
    this.rebuild();
  }

  // The keys go back to what the code rolled back to computes, the same way.
  override down(): void {
    this.rebuild();
  }

  private rebuild(): void {
    this.addSql('TRUNCATE market_accommodations');
    this.addSql("UPDATE projection_checkpoints SET commit_position = -1, prepare_position = -1, updated_at = now() WHERE name = 'market-accommodations'");
  }
}

/**
 * Tariff tables of the taxe de séjour, and which authority's tables tax each accommodation. A
 * quote reads one publisher's tables of one authority for the years of its nights.
 */
export class Migration20261213000100TouristTaxTariffs extends Migration {
  override up(): void {
    this.addSql(`
      CREATE TABLE tourist_tax_tariffs (
        id text PRIMARY KEY,
        publisher_kind text NOT NULL,
        publisher_id uuid NOT NULL,
        authority_key text NOT NULL,
        year integer NOT NULL,
        tariff jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX tourist_tax_tariffs_publisher ON tourist_tax_tariffs (publisher_id, authority_key, year)');
    this.addSql('ALTER TABLE pricing_settings ADD COLUMN tourist_tax_source jsonb');
  }

  override down(): void {
    this.addSql('ALTER TABLE pricing_settings DROP COLUMN tourist_tax_source');
    this.addSql('DROP TABLE tourist_tax_tariffs');
  }
}

export const tarificationMigrations = [
  { name: 'Migration20261122000300Tarification', class: Migration20261122000300Tarification },
  { name: 'Migration20261204000100StayRatesByOwner', class: Migration20261204000100StayRatesByOwner },
  { name: 'Migration20261209000500Marketplace', class: Migration20261209000500Marketplace },
  { name: 'Migration20261211000100MarketCityKeys', class: Migration20261211000100MarketCityKeys },
  { name: 'Migration20261213000100TouristTaxTariffs', class: Migration20261213000100TouristTaxTariffs },
];

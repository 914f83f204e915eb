import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { addDays, localDayAndHour, PARIS_TIME_ZONE, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../../shared/kernel/clock';
import { isUuid } from '../../../shared/kernel/ids';
import { acceptedStays } from '../../domain/availability/availability';
import { destinationSearch, encodeSearchCursor, type DestinationSearch, type DestinationSearchInput } from '../../domain/marketplace/destination-search';
import { DEFAULT_BOOKING_RULES, type BookingRules } from '../../domain/rules/booking-rules';

/** One accommodation offered for the stay searched, at its price for that many guests. */
export interface DestinationOffer {
  readonly accommodationId: string;
  readonly name: string;
  readonly kind: string;
  readonly stars: number;
  readonly city: string;
  readonly postalCode: string | null;
  readonly department: string | null;
  readonly maxCapacity: number;
  readonly photoUrl: string | null;
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
  readonly nights: number;
  readonly priceCents: number;
  /** From the point searched around; null without one. */
  readonly distanceKm: number | null;
  readonly cursor: string;
}

export interface DestinationPage {
  readonly offers: readonly DestinationOffer[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/** A guest's search across every accommodation a destination lists (public). */
export class SearchDestination extends Query<DestinationPage> {
  constructor(
    readonly destinationId: string,
    readonly input: DestinationSearchInput,
  ) {
    super();
  }
}

interface OfferRow {
  id: string;
  name: string;
  kind: string;
  stars: number;
  city: string;
  postal_code: string | null;
  department: string | null;
  max_capacity: number;
  photo_url: string | null;
  booking_rules: BookingRules | null;
  arrival: string;
  price_cents: string;
  distance_km: number | null;
}

/** A piece of SQL with its positional parameters, in the order they appear. */
interface Sql {
  readonly text: string;
  readonly params: readonly unknown[];
}

const sql = (text: string, ...params: unknown[]): Sql => ({ text, params });
const join = (parts: readonly Sql[], separator: string): Sql => ({ text: parts.map((p) => p.text).join(separator), params: parts.flatMap((p) => p.params) });

const EARTH_KM = 6371;

/**
 * The first day a stay may start at each accommodation, as `earliestArrival` reads its lead time:
 * today and the hour where the accommodation is, plus the days its rule asks.
 */
function earliestArrival(now: Date): Sql {
  const local = `(CAST(? AS timestamptz) AT TIME ZONE coalesce(ps.booking_rules ->> 'timeZone', '${PARIS_TIME_ZONE}'))`;
  const beforeHour = `extract(hour FROM ${local}) < (ps.booking_rules -> 'leadTime' ->> 'hour')::int`;
  const instant = now.toISOString();
  return sql(
    `${local}::date + CASE ps.booking_rules -> 'leadTime' ->> 'kind'
       WHEN 'NEXT_DAY' THEN 1
       WHEN 'SAME_DAY_UNTIL' THEN CASE WHEN ${beforeHour} THEN 0 ELSE 1 END
       WHEN 'NEXT_DAY_UNTIL' THEN CASE WHEN ${beforeHour} THEN 1 ELSE 2 END
       WHEN 'DAYS_AHEAD' THEN (ps.booking_rules -> 'leadTime' ->> 'days')::int
       ELSE 0 END`,
    instant,
    instant,
    instant,
  );
}

/**
 * The search as one statement over Tarification's read models: the destination's listed, bookable
 * accommodations that pass the guest's filters; for each, its cheapest stay of the nights asked
 * arriving on the day (or in the month) asked, priced for the guests, with no hold touching its
 * nights and allowed by its booking rules; sorted by price or distance, one page after the cursor.
 * Each page is checked again by the engine's own rule (`acceptedStays`), so that the statement and
 * the booking can never disagree unnoticed: a stay it would refuse is dropped and the page read
 * again, longer.
 */
export function destinationSearchSql(destinationId: string, search: DestinationSearch, now: Date, today: CalendarDate, limit: number): Sql {
  const filters: Sql[] = [sql('a.bookable'), sql('a.max_capacity >= ?', search.guests)];
  if (search.department !== null) filters.push(sql('a.department = ?', search.department));
  if (search.postalCode !== null) filters.push(sql('a.postal_code = ?', search.postalCode));
  if (search.communeKey !== null) filters.push(sql('a.city_key = ?', search.communeKey));
  if (search.kind !== null) filters.push(sql('a.kind = ?', search.kind));
  if (search.minStars !== null) filters.push(sql('a.stars >= ?', search.minStars));
  if (search.characteristics.length > 0) filters.push(sql("a.characteristics @> string_to_array(?, ',')", search.characteristics.join(',')));
  let distance = sql('CAST(NULL AS double precision)');
  if (search.near !== null) {
    const { latitude, longitude, radiusKm } = search.near;
    // The box around the point first (an index reads it), then the true distance on the sphere.
    const latitudeSpan = radiusKm / 111.2;
    const longitudeSpan = radiusKm / (111.2 * Math.max(0.01, Math.cos((latitude * Math.PI) / 180)));
    filters.push(sql('a.latitude BETWEEN ? AND ? AND a.longitude BETWEEN ? AND ?', latitude - latitudeSpan, latitude + latitudeSpan, longitude - longitudeSpan, longitude + longitudeSpan));
    distance = sql(
      `${EARTH_KM} * 2 * asin(sqrt(power(sin(radians(a.latitude - ?) / 2), 2) + cos(radians(?)) * cos(radians(a.latitude)) * power(sin(radians(a.longitude - ?) / 2), 2)))`,
      latitude,
      latitude,
      longitude,
    );
  }
  const price = sql(
    `r.sale_cents + CASE WHEN r.occupancy IS NULL THEN 0
       ELSE greatest(0, ? - (r.occupancy ->> 'includedOccupants')::int) * ? * (r.occupancy -> 'extraPerNight' ->> 'cents')::int END`,
    search.guests,
    search.nights,
  );
  const stayFilters: Sql[] = [
    sql('r.accommodation_id = c.id AND r.nights = ? AND r.arrival BETWEEN ? AND ? AND r.arrival >= c.earliest', search.nights, search.arrivals.from < today ? today : search.arrivals.from, search.arrivals.to),
    sql('NOT EXISTS (SELECT 1 FROM market_holds h WHERE h.accommodation_id = c.id AND h.departure > r.arrival AND h.arrival < r.arrival + ?)', search.nights),
    sql("coalesce((c.booking_rules ->> 'minimumStay')::int, 1) <= ?", search.nights),
    sql("NOT coalesce(jsonb_exists(c.booking_rules -> 'closedToArrival', to_char(r.arrival, 'FMDAY')), false)"),
    sql("NOT coalesce(jsonb_exists(c.booking_rules -> 'closedToDeparture', to_char(r.arrival + ?, 'FMDAY')), false)", search.nights),
  ];
  const priced: Sql[] = [];
  if (search.minPriceCents !== null) priced.push(sql(`(${price.text}) >= ?`, ...price.params, search.minPriceCents));
  if (search.maxPriceCents !== null) priced.push(sql(`(${price.text}) <= ?`, ...price.params, search.maxPriceCents));
  const sortColumn = search.sort === 'DISTANCE' ? 'x.distance_km' : 'x.price_cents';
  const outer: Sql[] = [];
  if (search.near !== null) outer.push(sql('x.distance_km <= ?', search.near.radiusKm));
  if (search.after !== null) outer.push(sql(`(${sortColumn}, x.id) > (?, CAST(? AS uuid))`, search.after.value, search.after.accommodationId));
  const columns = 'c.id, c.name, c.kind, c.stars, c.city, c.postal_code, c.department, c.max_capacity, c.photo_url, c.booking_rules, c.distance_km';
  // One arrival: a stay rate per accommodation, joined. A month: each accommodation's cheapest, earliest first of equals.
  const stays = search.flexible
    ? join([sql(`SELECT ${columns}, s.arrival, s.price_cents FROM c CROSS JOIN LATERAL (SELECT r.arrival, `), price, sql(' AS price_cents FROM stay_rates r WHERE '), join([...stayFilters, ...priced], ' AND '), sql(' ORDER BY 2, 1 LIMIT 1) s')], '')
    : join([sql(`SELECT ${columns}, r.arrival, `), price, sql(' AS price_cents FROM c JOIN stay_rates r ON '), join([...stayFilters, ...priced], ' AND ')], '');

  return join(
    [
      sql(`WITH c AS (
        SELECT a.id, a.name, a.kind, a.stars, a.city, a.postal_code, a.department, a.max_capacity, a.photo_url, ps.booking_rules, `),
      earliestArrival(now),
      sql(' AS earliest, '),
      distance,
      sql(` AS distance_km
          FROM market_accommodations a
          JOIN market_listings l ON l.id = ? || '/' || a.owner_id AND CAST(a.id AS text) = ANY (l.accommodation_ids)
          LEFT JOIN pricing_settings ps ON ps.id = a.id
         WHERE `, destinationId),
      join(filters, ' AND '),
      sql(`)
      SELECT x.id, x.name, x.kind, x.stars, x.city, x.postal_code, x.department, x.max_capacity, x.photo_url, x.booking_rules, x.distance_km,
             to_char(x.arrival, 'YYYY-MM-DD') AS arrival, x.price_cents
        FROM (`),
      stays,
      sql(') x'),
      outer.length > 0 ? sql(' WHERE ') : sql(''),
      join(outer, ' AND '),
      sql(` ORDER BY ${sortColumn}, x.id LIMIT ?`, limit),
    ],
    '',
  );
}

@QueryHandler(SearchDestination)
export class SearchDestinationHandler implements IQueryHandler<SearchDestination> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ destinationId, input }: SearchDestination): Promise<DestinationPage> {
    const now = this.clock.now();
    // Guests search on mainland France's calendar; each accommodation's own zone decides its lead time below.
    const today = localDayAndHour(now, PARIS_TIME_ZONE).date;
    const search = destinationSearch(input, today);
    if (!isUuid(destinationId)) return { offers: [], hasNextPage: false, endCursor: null };
    const em = this.em.fork();
    for (let limit = search.first + 1; ; limit *= 4) {
      const query = destinationSearchSql(destinationId, search, now, addDays(today, -1), limit);
      const rows = await em.execute<OfferRow[]>(query.text, [...query.params]);
      const accepted = rows.filter((row) => acceptedStays({ now, rules: row.booking_rules ?? DEFAULT_BOOKING_RULES, bookableOnline: true, held: [] }, [{ arrival: row.arrival, nights: search.nights }]).length === 1);
      // Every row read was accepted, or the table has no more: this page is whole.
      if (accepted.length > search.first || rows.length < limit) {
        const offers = accepted.slice(0, search.first).map((row) => offerOf(row, search));
        return { offers, hasNextPage: accepted.length > search.first, endCursor: offers.at(-1)?.cursor ?? null };
      }
    }
  }
}

function offerOf(row: OfferRow, search: DestinationSearch): DestinationOffer {
  const priceCents = Number(row.price_cents);
  const distanceKm = row.distance_km === null ? null : Number(row.distance_km);
  return {
    accommodationId: row.id,
    name: row.name,
    kind: row.kind,
    stars: row.stars,
    city: row.city,
    postalCode: row.postal_code,
    department: row.department,
    maxCapacity: row.max_capacity,
    photoUrl: row.photo_url,
    arrival: row.arrival,
    departure: addDays(row.arrival, search.nights),
    nights: search.nights,
    priceCents,
    distanceKm,
    cursor: encodeSearchCursor({ value: search.sort === 'DISTANCE' ? (distanceKm ?? 0) : priceCents, accommodationId: row.id }),
  };
}

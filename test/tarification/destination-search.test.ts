import { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { acceptedStays } from '../../src/tarification/domain/availability/availability';
import { searchKey } from '../../src/shared/kernel/text';
import { DEFAULT_BOOKING_RULES, type BookingRules } from '../../src/tarification/domain/rules/booking-rules';
import { addDays } from '../../src/shared/kernel/calendar-date';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

/**
 * The destination search's one statement against a plain reading of the rules: random
 * accommodations, listings, rates, holds and booking rules written straight into the read models
 * it reads; every search answered by the app must be what this file works out by hand, page by page.
 */
const DESTINATION = '00000000-0000-4000-8000-00000000d001';
const ELSEWHERE = '00000000-0000-4000-8000-00000000d002';
const NOW = new Date('2027-06-01T09:00:00Z');
const SEARCH = `query($id: ID!, $input: DestinationSearchInput!) { searchDestination(destinationId: $id, input: $input) {
  nodes { accommodationId arrival departure nights price { cents } distanceKm cursor } pageInfo { hasNextPage endCursor } } }`;

interface Accommodation {
  id: string;
  ownerId: string;
  kind: string;
  stars: number;
  postalCode: string;
  department: string;
  city: string;
  cityKey: string;
  latitude: number;
  longitude: number;
  maxCapacity: number;
  characteristics: string[];
  bookable: boolean;
  listed: boolean;
  rules: BookingRules | null;
}
interface Rate {
  accommodationId: string;
  arrival: string;
  nights: number;
  saleCents: number;
  included: number | null;
  extraCents: number;
}
interface Hold {
  accommodationId: string;
  arrival: string;
  departure: string;
}
interface Offer {
  accommodationId: string;
  arrival: string;
  priceCents: number;
  distanceKm: number | null;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const uuid = (prefix: string, n: number): string => `00000000-0000-4000-${prefix}-${String(n).padStart(12, '0')}`;
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

function distance(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(a.latitude - b.latitude) / 2) ** 2 + Math.cos(rad(b.latitude)) * Math.cos(rad(a.latitude)) * Math.sin(rad(a.longitude - b.longitude) / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(h));
}

describe('a destination’s search', () => {
  let t: TestApp;
  const random = seeded(2027);
  const accommodations: Accommodation[] = [];
  const rates: Rate[] = [];
  const holds: Hold[] = [];

  /** The search worked out from the rules alone. */
  function expected(input: Record<string, unknown>): Offer[] {
    const nights = input.nights as number;
    const from = (input.arrival as string | undefined) ?? `${input.month as string}-01`;
    const to = (input.arrival as string | undefined) ?? (DateTime.fromISO(`${input.month as string}-01`, { zone: 'utc' }).endOf('month').toISODate() as string);
    const near = input.near as { latitude: number; longitude: number; radiusKm: number } | undefined;
    const offers: Offer[] = [];
    for (const a of accommodations) {
      if (!a.listed || !a.bookable || a.maxCapacity < (input.guests as number)) continue;
      if (input.department && a.department !== input.department) continue;
      if (input.commune && a.cityKey !== searchKey(input.commune as string)) continue;
      if (input.kind && a.kind !== input.kind) continue;
      if (input.minStars != null && a.stars < (input.minStars as number)) continue;
      if (input.characteristics && !(input.characteristics as string[]).every((c) => a.characteristics.includes(c))) continue;
      const km = near ? distance(a, near) : null;
      if (near && (km as number) > near.radiusKm) continue;
      const held = holds.filter((h) => h.accommodationId === a.id);
      const priced = rates
        .filter((r) => r.accommodationId === a.id && r.nights === nights && r.arrival >= from && r.arrival <= to)
        .filter((r) => acceptedStays({ now: NOW, rules: a.rules ?? DEFAULT_BOOKING_RULES, bookableOnline: true, held }, [r]).length === 1)
        .map((r) => ({ arrival: r.arrival, priceCents: r.saleCents + (r.included === null ? 0 : Math.max(0, (input.guests as number) - r.included) * nights * r.extraCents) }))
        .filter((r) => (input.minPrice == null || r.priceCents >= (input.minPrice as number)) && (input.maxPrice == null || r.priceCents <= (input.maxPrice as number)))
        .sort((x, y) => x.priceCents - y.priceCents || (x.arrival < y.arrival ? -1 : 1));
      if (priced.length > 0) offers.push({ accommodationId: a.id, arrival: priced[0].arrival, priceCents: priced[0].priceCents, distanceKm: km });
    }
    const key = (o: Offer) => (input.sort === 'DISTANCE' ? (o.distanceKm as number) : o.priceCents);
    return offers.sort((x, y) => key(x) - key(y) || (x.accommodationId < y.accommodationId ? -1 : 1));
  }

  async function everyPage(input: Record<string, unknown>): Promise<{ offers: Offer[]; pages: number }> {
    const offers: Offer[] = [];
    let after: string | null = null;
    for (let pages = 1; ; pages++) {
      const answer: GraphqlAnswer = await t.gql(SEARCH, { id: DESTINATION, input: { ...input, first: 7, after } });
      expect(answer.errors).toBeUndefined();
      const page = answer.data?.searchDestination as { nodes: { accommodationId: string; arrival: string; departure: string; price: { cents: number }; distanceKm: number | null }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      for (const n of page.nodes) {
        expect(n.departure).toBe(addDays(n.arrival, input.nights as number));
        offers.push({ accommodationId: n.accommodationId, arrival: n.arrival, priceCents: n.price.cents, distanceKm: n.distanceKm });
      }
      if (!page.pageInfo.hasNextPage) return { offers, pages };
      after = page.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(NOW) });
    for (let n = 1; n <= 120; n++) {
      const department = ['24', '46', '2A'][n % 3];
      const rules: BookingRules | null =
        random() < 0.5
          ? null
          : {
              ...DEFAULT_BOOKING_RULES,
              minimumStay: 1 + Math.floor(random() * 3),
              closedToArrival: random() < 0.3 ? [WEEKDAYS[Math.floor(random() * 7)]] : [],
              closedToDeparture: random() < 0.2 ? [WEEKDAYS[Math.floor(random() * 7)]] : [],
              leadTime: random() < 0.3 ? { kind: 'DAYS_AHEAD', days: 20 } : { kind: 'SAME_DAY' },
            };
      accommodations.push({
        id: uuid('a000', n),
        ownerId: uuid('b000', n % 17),
        kind: n % 4 === 0 ? 'GUEST_ROOM' : 'HOLIDAY_RENTAL',
        stars: n % 6,
        postalCode: department === '2A' ? '20100' : `${department}100`,
        department,
        city: ['Sarlat', 'Saint-Cirq', 'Ajaccio', 'Domme'][n % 4],
        cityKey: ['sarlat', 'saint cirq', 'ajaccio', 'domme'][n % 4],
        latitude: 44.5 + random(),
        longitude: 1 + random(),
        maxCapacity: 1 + Math.floor(random() * 8),
        characteristics: random() < 0.4 ? ['WIFI', 'POOL'] : ['WIFI'],
        bookable: random() < 0.9,
        listed: random() < 0.85,
        rules,
      });
      for (let d = 0; d < 45; d++) {
        const arrival = addDays('2027-06-01', d);
        for (const nights of [2, 7]) {
          if (random() < 0.6) rates.push({ accommodationId: uuid('a000', n), arrival, nights, saleCents: 10_000 + Math.floor(random() * 80) * 1_000, included: random() < 0.2 ? 2 : null, extraCents: 1_500 });
        }
      }
      for (let h = 0; h < 3; h++) {
        const arrival = addDays('2027-06-01', Math.floor(random() * 45));
        holds.push({ accommodationId: uuid('a000', n), arrival, departure: addDays(arrival, 1 + Math.floor(random() * 8)) });
      }
    }
    const db = t.app.get(EntityManager).fork().getConnection();
    const json = (value: unknown) => JSON.stringify(value);
    await db.execute(
      `INSERT INTO market_accommodations (id, owner_id, name, kind, stars, postal_code, department, city, city_key, latitude, longitude, min_capacity, max_capacity, characteristics, photo_url, visibility, archived, bookable)
       SELECT a.id::uuid, a."ownerId"::uuid, 'Gîte', a.kind, a.stars, a."postalCode", a.department, a.city, a."cityKey", a.latitude, a.longitude, 1, a."maxCapacity",
              ARRAY(SELECT jsonb_array_elements_text(a.characteristics)), NULL, CASE WHEN a.bookable THEN 'BOOKABLE' ELSE 'LISTED' END, false, a.bookable
         FROM jsonb_to_recordset(?::jsonb) AS a(id text, "ownerId" text, kind text, stars int, "postalCode" text, department text, city text, "cityKey" text,
                                                  latitude float8, longitude float8, "maxCapacity" int, characteristics jsonb, bookable boolean)`,
      [json(accommodations)],
    );
    const listedByOwner = new Map<string, string[]>();
    for (const a of accommodations.filter((x) => x.listed)) listedByOwner.set(a.ownerId, [...(listedByOwner.get(a.ownerId) ?? []), a.id]);
    const listings = [...listedByOwner].map(([ownerId, ids]) => ({ ownerId, ids }));
    await db.execute(
      `INSERT INTO market_listings (id, destination_id, owner_id, accommodation_ids)
       SELECT ? || '/' || l."ownerId", ?, l."ownerId"::uuid, ARRAY(SELECT jsonb_array_elements_text(l.ids)) FROM jsonb_to_recordset(?::jsonb) AS l("ownerId" text, ids jsonb)`,
      [DESTINATION, DESTINATION, json(listings)],
    );
    // Another destination lists everything: none of it may leak into this one's answers.
    await db.execute(
      `INSERT INTO market_listings (id, destination_id, owner_id, accommodation_ids)
       SELECT ? || '/' || owner_id, ?, owner_id, array_agg(id::text) FROM market_accommodations GROUP BY owner_id`,
      [ELSEWHERE, ELSEWHERE],
    );
    await db.execute(
      `INSERT INTO stay_rates (id, accommodation_id, owner_id, arrival, nights, initial_cents, discount, sale_cents, occupancy, updated_at)
       SELECT r."accommodationId" || '/' || r.arrival || '/' || r.nights, r."accommodationId"::uuid, '00000000-0000-4000-b000-000000000000', r.arrival::date, r.nights, r."saleCents", NULL, r."saleCents",
              CASE WHEN r.included IS NULL THEN NULL ELSE jsonb_build_object('includedOccupants', r.included, 'extraPerNight', jsonb_build_object('cents', r."extraCents", 'currency', 'EUR'), 'byAgeRange', '[]'::jsonb) END, now()
         FROM jsonb_to_recordset(?::jsonb) AS r("accommodationId" text, arrival text, nights int, "saleCents" int, included int, "extraCents" int)`,
      [json(rates)],
    );
    await db.execute(
      `INSERT INTO market_holds (id, accommodation_id, arrival, departure)
       SELECT h."accommodationId" || '/' || row_number() OVER (), h."accommodationId"::uuid, h.arrival::date, h.departure::date FROM jsonb_to_recordset(?::jsonb) AS h("accommodationId" text, arrival text, departure text)`,
      [json(holds)],
    );
    await db.execute(
      `INSERT INTO pricing_settings (id, owner_id, booking_rules, tourist_tax_cents, updated_at)
       SELECT s.id::uuid, '00000000-0000-4000-b000-000000000000', s.rules, NULL, now() FROM jsonb_to_recordset(?::jsonb) AS s(id text, rules jsonb)`,
      [json(accommodations.filter((a) => a.rules !== null).map((a) => ({ id: a.id, rules: a.rules })))],
    );
  });
  afterAll(() => t.close());

  it.each<[string, Record<string, unknown>]>([
    ['7 nights for 4 in department 24', { arrival: '2027-06-12', nights: 7, guests: 4, department: '24' }],
    ['2 nights for 2 anywhere, the occupancy extras counted', { arrival: '2027-06-05', nights: 2, guests: 3 }],
    ['7 nights in Corsica (2A)', { arrival: '2027-06-19', nights: 7, guests: 2, department: '2A' }],
    ['a week in June, each accommodation’s cheapest arrival', { month: '2027-06', nights: 7, guests: 2 }],
    ['in Saint-Cirq typed any way', { month: '2027-06', nights: 2, guests: 1, commune: 'SAINT-CIRQ' }],
    ['guest rooms of 3 stars or more with a pool', { month: '2027-06', nights: 2, guests: 1, kind: 'GUEST_ROOM', minStars: 3, characteristics: ['POOL'] }],
    ['between 200 € and 600 €', { month: '2027-06', nights: 7, guests: 2, minPrice: 20_000, maxPrice: 60_000 }],
    ['within 40 km of a point, nearest first', { month: '2027-06', nights: 2, guests: 2, near: { latitude: 45, longitude: 1.5, radiusKm: 40 }, sort: 'DISTANCE' }],
    ['within 25 km of a point, cheapest first', { arrival: '2027-06-10', nights: 2, guests: 1, near: { latitude: 44.8, longitude: 1.2, radiusKm: 25 } }],
  ])('finds %s, page after page, exactly as the rules say', async (_, input) => {
    const want = expected(input);
    const { offers, pages } = await everyPage(input);
    expect(want.length).toBeGreaterThan(0);
    expect(offers.map((o) => [o.accommodationId, o.arrival, o.priceCents])).toEqual(want.map((o) => [o.accommodationId, o.arrival, o.priceCents]));
    if (input.near) offers.forEach((o, i) => expect(o.distanceKm).toBeCloseTo(want[i].distanceKm as number, 0));
    expect(pages).toBe(Math.max(1, Math.ceil(want.length / 7)));
  });

  it('knows no accommodation of a destination nobody joined', async () => {
    const answer = await t.gql(SEARCH, { id: '00000000-0000-4000-8000-00000000dfff', input: { month: '2027-06', nights: 2, guests: 1 } });
    expect(answer.data?.searchDestination).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an arrival in the past', { arrival: '2027-05-31', nights: 7, guests: 2 }, 'input.arrival'],
    ['a radius of 500 km', { arrival: '2027-06-12', nights: 7, guests: 2, near: { latitude: 45, longitude: 1, radiusKm: 500 } }, 'input.near.radiusKm'],
    ['a page of 100', { arrival: '2027-06-12', nights: 7, guests: 2, first: 100 }, 'input.first'],
  ])('refuses %s by name', async (_, input, field) => {
    const answer = await t.gql(SEARCH, { id: DESTINATION, input });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

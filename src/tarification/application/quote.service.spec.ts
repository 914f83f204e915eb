import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccommodationForBooking, CatalogueQueries } from '../../catalogue/contracts';
import { DEFAULT_DEPOSIT_POLICY, type DepositPolicies } from '../../paiement/contracts';
import type { NightSpan, PlanningAvailability } from '../../reservation/contracts';
import { euros } from '../../shared/kernel/money';
import type { QuoteQuestion } from '../contracts';
import { QuoteServiceImpl } from './quote.service';

const OWNER = '6f1c2b9a-0d4e-4a7b-8c3d-1e2f3a4b5c6d';
const GITE = '0b6f6a8e-3c1f-4d2a-9e55-2f4f1f0c7a11';
const ADULTS = 'c3e9a1f7-2b6d-4c8e-9f0a-4d7b1e3c5a92';

const gite: AccommodationForBooking = {
  accommodationId: GITE,
  ownerId: OWNER,
  reference: 'OSMB-7-1',
  name: 'Gîte des Vignes',
  kind: 'HOLIDAY_RENTAL',
  visibility: 'BOOKABLE',
  archived: false,
  capacity: { min: 1, max: 4 },
  classification: { stars: 0, decidedOn: null, expiresOn: null },
  registrationNumber: null,
  supplements: [],
  ageRanges: [{ ageRangeId: ADULTS, label: 'Adult', minAge: 17, maxAge: 100, countsTowardsCapacity: true }],
};

/** Tarification's own facts, as the one pricing query answers them: a 7-night rate of 700 €. */
const pricingRow = {
  rates: [{ arrival: '2026-07-04', nights: 7, initial_cents: 70_000, discount: null, sale_cents: 70_000, occupancy: null }],
  other_arrivals: [],
  booking_rules: null,
  tourist_tax_cents: null,
  tourist_tax_source: null,
  tourist_tax_tariffs: [],
  promotions: [],
  promo_code: null,
};

/** The service over stand-ins for the read models, counting the planning lookups it makes. */
function service(taken: NightSpan[]) {
  const lookups: [string, string, string][] = [];
  const planning: PlanningAvailability = {
    takenNights: (accommodationId, arrival, departure) => {
      lookups.push([accommodationId, arrival, departure]);
      return Promise.resolve(taken);
    },
    heldNights: () => Promise.reject(new Error('a quote does not ask which holds are options')),
  };
  const catalogue: CatalogueQueries = {
    accommodationForBooking: () => Promise.resolve(gite),
    ownersOfAccommodations: (ids) => Promise.resolve(new Map(ids.map((id) => [id, OWNER]))),
    accommodationsOfOwner: () => Promise.reject(new Error('a quote does not list an owner’s accommodations')),
    listedBy: () => Promise.reject(new Error('a quote does not ask what a destination lists')),
    accommodationLabels: () => Promise.reject(new Error('a quote does not name accommodations')),
  };
  const depositPolicies: DepositPolicies = { policyOf: () => Promise.resolve(DEFAULT_DEPOSIT_POLICY) };
  const em = { fork: () => ({ execute: () => Promise.resolve([pricingRow]) }) } as unknown as EntityManager;
  const quotes = new QuoteServiceImpl(em, { now: () => new Date('2026-06-01T10:00:00Z') }, catalogue, depositPolicies, planning);
  return { quotes, lookups };
}

const question = (overrides: Partial<QuoteQuestion> = {}): QuoteQuestion => ({
  accommodationId: GITE,
  arrival: '2026-07-04',
  departure: '2026-07-11',
  occupants: [{ ageRangeId: ADULTS, count: 2 }],
  viewerOwnerId: null,
  ...overrides,
});

describe('Quote service', () => {
  it("refuses a guest's stay over nights the planning holds, asking the planning for the stay's nights", async () => {
    const { quotes, lookups } = service([{ arrival: '2026-07-10', departure: '2026-07-11' }]);
    const q = await quotes.quote(question());
    expect(q).toMatchObject({ bookable: false, refusals: [{ code: 'UNAVAILABLE', message: 'The night of Friday 10 July 2026 is taken' }], total: euros(70_000) });
    expect(lookups).toEqual([[GITE, '2026-07-04', '2026-07-11']]);
  });

  it('spares the back office the lookup when it books, since the planning refuses a clash itself', async () => {
    const { quotes, lookups } = service([{ arrival: '2026-07-10', departure: '2026-07-11' }]);
    const q = await quotes.quote(question({ viewerOwnerId: OWNER, ownedBy: OWNER }));
    expect(q).toMatchObject({ bookable: true, refusals: [] });
    expect(lookups).toEqual([]);
  });

  it('asks the planning for an owner who quotes their own accommodation without booking it', async () => {
    const { quotes, lookups } = service([]);
    await quotes.quote(question({ viewerOwnerId: OWNER }));
    expect(lookups).toHaveLength(1);
  });
});

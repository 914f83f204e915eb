import type { TestApp } from '../support/test-app';
import { expectRefused, type OwnerOperation, type Owners } from './owner-operation';

const A_RATES = { periods: [{ from: '2026-07-01', to: '2026-07-31' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 45_000 };
const A_RULES = { minimumStay: 7, leadTime: { kind: 'DAYS_AHEAD', days: 2 }, closedToArrival: ['SUNDAY'] };
const A_TOURIST_TAX = 150;
const A_PROMOTION = { kind: 'LAST_MINUTE', percent: 10, days: 14 };
const A_PROMO_CODE = { code: 'ALPHA10', internalLabel: 'Alpha', label: { fr: 'Offre Alpha' }, usage: 'MULTIPLE', percent: 10 };

/** A's table of the taxe de séjour for Avignon in 2026. */
const A_TARIFF = {
  authority: { kind: 'COMMUNE', inseeCode: '84007' },
  year: 2026,
  tariffs: [
    { category: 'PALACE', cents: 400 },
    { category: 'FIVE_STARS', cents: 300 },
    { category: 'FOUR_STARS', cents: 200 },
    { category: 'THREE_STARS', cents: 150 },
    { category: 'TWO_STARS', cents: 80 },
    { category: 'ONE_STAR', cents: 60 },
    { category: 'GUEST_ROOM', cents: 60 },
  ],
  unclassifiedRate: 5,
  additionalTaxes: [{ kind: 'DEPARTMENTAL', percent: 10 }],
};
const TARIFF = 'publisher destinationId authority { key } year tariffs { category amount { cents } } unclassifiedRate';

const RULES = 'minimumStay leadTime { kind hour days } closedToArrival closedToDeparture timeZone touristTax { cents }';
const PROMOTION = 'id kind percent days accommodationIds validFrom validTo';
const PROMO_CODE = 'id code percent accommodationIds used';

/** The ids of A's promotion and promo code, known once createTarificationOfA has run. */
export const aTarification = { promotionId: '', promoCodeId: '' };

async function succeed(t: TestApp, token: string, document: string, variables: Record<string, unknown>): Promise<Record<string, { id?: string }>> {
  const answer = await t.gql(document, variables, token);
  if (answer.errors || !answer.data) throw new Error(`setting up A's tarification failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** Prices, rules, a promotion and a promo code on A's accommodation, for B to attack. */
export async function createTarificationOfA(t: TestApp, token: string, accommodationId: string): Promise<typeof aTarification> {
  await succeed(t, token, 'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', { input: { accommodationId, ...A_RATES } });
  await succeed(t, token, 'mutation($input: BookingRulesInput!) { setBookingRules(input: $input) { minimumStay } }', { input: { accommodationId, ...A_RULES } });
  await succeed(t, token, 'mutation($id: ID!, $cents: Int) { setTouristTax(accommodationId: $id, perPersonPerNight: $cents) { minimumStay } }', {
    id: accommodationId,
    cents: A_TOURIST_TAX,
  });
  await succeed(t, token, 'mutation($input: TouristTaxTariffInput!) { setTouristTaxTariff(input: $input) { year } }', { input: A_TARIFF });
  const promotion = await succeed(t, token, 'mutation($input: PromotionInput!) { createPromotion(input: $input) { id } }', { input: { ...A_PROMOTION, accommodationIds: [accommodationId] } });
  const code = await succeed(t, token, 'mutation($input: PromoCodeInput!) { createPromoCode(input: $input) { id } }', { input: { ...A_PROMO_CODE, accommodationIds: [accommodationId] } });
  aTarification.promotionId = promotion.createPromotion.id as string;
  aTarification.promoCodeId = code.createPromoCode.id as string;
  return aTarification;
}

/** A's prices, rules, promotion and promo code read back exactly as A set them. */
async function aTarificationIsUntouched(t: TestApp, o: Owners): Promise<void> {
  const accommodationId = o.aCatalogue.accommodationId;
  const answer = await t.gql(
    `query($id: ID!) {
      rates(accommodationId: $id, from: "2026-01-01", to: "2026-12-31") { id salePrice { cents } }
      bookingRules(accommodationId: $id) { ${RULES} }
      promotions { ${PROMOTION} }
      promoCodes { ${PROMO_CODE} }
      touristTaxTariffs { ${TARIFF} }
    }`,
    { id: accommodationId },
    o.a.token,
  );
  expect(answer.errors).toBeUndefined();
  const { rates, bookingRules, promotions, promoCodes, touristTaxTariffs } = answer.data ?? {};
  expect(touristTaxTariffs).toEqual([
    {
      publisher: 'OWNER',
      destinationId: null,
      authority: { key: 'COMMUNE:84007' },
      year: 2026,
      tariffs: A_TARIFF.tariffs.map(({ category, cents }) => ({ category, amount: { cents } })),
      unclassifiedRate: 5,
    },
  ]);
  expect(rates).toEqual(['2026-07-04', '2026-07-11', '2026-07-18', '2026-07-25'].map((arrival) => ({ id: `${arrival}/P7D`, salePrice: { cents: 45_000 } })));
  expect(bookingRules).toEqual({
    minimumStay: 7,
    leadTime: { kind: 'DAYS_AHEAD', hour: null, days: 2 },
    closedToArrival: ['SUNDAY'],
    closedToDeparture: [],
    timeZone: 'Europe/Paris',
    touristTax: { cents: A_TOURIST_TAX },
  });
  expect(promotions).toEqual([{ id: aTarification.promotionId, ...A_PROMOTION, accommodationIds: [accommodationId], validFrom: null, validTo: null }]);
  expect(promoCodes).toEqual([{ id: aTarification.promoCodeId, code: A_PROMO_CODE.code, percent: A_PROMO_CODE.percent, accommodationIds: [accommodationId], used: false }]);
}

/** Refused with `code` (and naming `field`, when given), and A's tarification is as it was. */
const refusedAndUntouched =
  (code: string, field?: string): OwnerOperation['verify'] =>
  async (answer, o, t) => {
    expectRefused(answer, code);
    if (field) expect(answer.errors?.[0].extensions?.field).toBe(field);
    await aTarificationIsUntouched(t, o);
  };

export const TARIFICATION_OPERATIONS: Record<string, OwnerOperation> = {
  setRates: {
    document: 'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
    variables: (o) => ({ input: { accommodationId: o.aCatalogue.accommodationId, ...A_RATES, initialPrice: 100 } }),
    verify: refusedAndUntouched('NOT_FOUND', 'accommodationId'),
  },
  deleteRates: {
    document: 'mutation($id: ID!, $ids: [ID!]!) { deleteRates(accommodationId: $id, ids: $ids) }',
    variables: (o) => ({ id: o.aCatalogue.accommodationId, ids: ['2026-07-04/P7D', '2026-07-11/P7D'] }),
    verify: refusedAndUntouched('NOT_FOUND', 'accommodationId'),
  },
  rates: {
    document: 'query($id: ID!) { rates(accommodationId: $id, from: "2026-07-01", to: "2026-07-31") { id salePrice { cents } } }',
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: refusedAndUntouched('NOT_FOUND', 'accommodationId'),
  },
  lastRatesEntry: {
    document: 'query($id: ID!) { lastRatesEntry(accommodationId: $id) { periods { from to } initialPrice { cents } } }',
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    // A nullable field: refused, it answers null beside the error.
    verify: async (answer, o, t) => {
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accommodationId' });
      expect(answer.data?.lastRatesEntry ?? null).toBeNull();
      await aTarificationIsUntouched(t, o);
    },
  },
  nightlyPrices: {
    document: 'query($id: ID!) { nightlyPrices(accommodationId: $id, from: "2026-07-01", to: "2026-07-31") { date price { cents } } }',
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: refusedAndUntouched('NOT_FOUND', 'accommodationId'),
  },
  setBookingRules: {
    document: `mutation($input: BookingRulesInput!) { setBookingRules(input: $input) { ${RULES} } }`,
    variables: (o) => ({ input: { accommodationId: o.aCatalogue.accommodationId, minimumStay: 1 } }),
    verify: refusedAndUntouched('NOT_FOUND', 'accommodationId'),
  },
  setTouristTax: {
    document: `mutation($id: ID!) { setTouristTax(accommodationId: $id, perPersonPerNight: null) { ${RULES} } }`,
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: refusedAndUntouched('NOT_FOUND', 'accommodationId'),
  },
  bookingRules: {
    document: `query($id: ID!) { bookingRules(accommodationId: $id) { ${RULES} } }`,
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: refusedAndUntouched('NOT_FOUND', 'accommodationId'),
  },
  createPromotion: {
    document: `mutation($input: PromotionInput!) { createPromotion(input: $input) { ${PROMOTION} } }`,
    variables: (o) => ({ input: { ...A_PROMOTION, percent: 90, accommodationIds: [o.aCatalogue.accommodationId] } }),
    verify: async (answer, o, t) => {
      await refusedAndUntouched('NOT_FOUND', 'input.accommodationIds[0]')(answer, o, t);
      expect((await t.gql(`{ promotions { id } }`, {}, o.b.token)).data?.promotions).toEqual([]);
    },
  },
  updatePromotion: {
    document: `mutation($id: ID!, $input: PromotionInput!) { updatePromotion(id: $id, input: $input) { ${PROMOTION} } }`,
    variables: (o) => ({ id: aTarification.promotionId, input: { ...A_PROMOTION, percent: 90, accommodationIds: [o.aCatalogue.accommodationId] } }),
    verify: refusedAndUntouched('NOT_FOUND', 'id'),
  },
  removePromotion: {
    document: 'mutation($id: ID!) { removePromotion(id: $id) }',
    variables: () => ({ id: aTarification.promotionId }),
    verify: refusedAndUntouched('NOT_FOUND', 'id'),
  },
  promotions: {
    document: `query($id: ID) { promotions(accommodationId: $id) { ${PROMOTION} } }`,
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: async (answer, o, t) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.promotions).toEqual([]);
      expect((await t.gql(`{ promotions { id } }`, {}, o.b.token)).data?.promotions).toEqual([]);
      await aTarificationIsUntouched(t, o);
    },
  },
  createPromoCode: {
    document: `mutation($input: PromoCodeInput!) { createPromoCode(input: $input) { ${PROMO_CODE} } }`,
    variables: (o) => ({ input: { ...A_PROMO_CODE, code: 'BETA90', percent: 90, accommodationIds: [o.aCatalogue.accommodationId] } }),
    verify: async (answer, o, t) => {
      await refusedAndUntouched('NOT_FOUND', 'input.accommodationIds[0]')(answer, o, t);
      expect((await t.gql(`{ promoCodes { id } }`, {}, o.b.token)).data?.promoCodes).toEqual([]);
    },
  },
  updatePromoCode: {
    document: `mutation($id: ID!, $input: PromoCodeInput!) { updatePromoCode(id: $id, input: $input) { ${PROMO_CODE} } }`,
    variables: (o) => ({ id: aTarification.promoCodeId, input: { ...A_PROMO_CODE, percent: 90, accommodationIds: [o.aCatalogue.accommodationId] } }),
    verify: refusedAndUntouched('NOT_FOUND', 'id'),
  },
  removePromoCode: {
    document: 'mutation($id: ID!) { removePromoCode(id: $id) }',
    variables: () => ({ id: aTarification.promoCodeId }),
    verify: refusedAndUntouched('NOT_FOUND', 'id'),
  },
  promoCodes: {
    document: `{ promoCodes { ${PROMO_CODE} } }`,
    variables: () => ({}),
    verify: async (answer, o, t) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.promoCodes).toEqual([]);
      await aTarificationIsUntouched(t, o);
    },
  },
  touristTaxTariffs: {
    document: `query($destinationId: ID) { touristTaxTariffs(destinationId: $destinationId) { ${TARIFF} } }`,
    // A's destination lists none of B's accommodations: B may not read its tables through it.
    variables: (o) => ({ destinationId: o.marketplace.destinationId }),
    verify: refusedAndUntouched('NOT_FOUND', 'destinationId'),
  },
  setTouristTaxTariff: {
    document: `mutation($input: TouristTaxTariffInput!) { setTouristTaxTariff(input: $input) { ${TARIFF} } }`,
    variables: () => ({ input: { ...A_TARIFF, tariffs: A_TARIFF.tariffs.map((t) => ({ ...t, cents: t.category === 'TWO_STARS' ? 100 : t.cents })) } }),
    // B enters B's own table for the same commune: A's stays as A entered it.
    verify: async (answer, o, t) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.setTouristTaxTariff).toEqual([expect.objectContaining({ publisher: 'OWNER', authority: { key: 'COMMUNE:84007' } })]);
      expect(answer.data?.setTouristTaxTariff[0].tariffs).toContainEqual({ category: 'TWO_STARS', amount: { cents: 100 } });
      await aTarificationIsUntouched(t, o);
    },
  },
  removeTouristTaxTariff: {
    document: 'mutation($authority: TaxingAuthorityInput!) { removeTouristTaxTariff(authority: $authority, year: 2026) }',
    variables: () => ({ authority: A_TARIFF.authority }),
    // B removes B's own table if B entered one, else finds none: A's is never reached.
    verify: async (answer, o, t) => {
      if (answer.errors) expectRefused(answer, 'NOT_FOUND');
      else expect(answer.data?.removeTouristTaxTariff).toBe(true);
      await aTarificationIsUntouched(t, o);
    },
  },
  setTouristTaxTariffSource: {
    document: `mutation($id: ID!, $source: TouristTaxTariffSourceInput!) { setTouristTaxTariffSource(accommodationId: $id, source: $source) { ${RULES} } }`,
    variables: (o) => ({ id: o.aCatalogue.accommodationId, source: { authority: A_TARIFF.authority } }),
    verify: refusedAndUntouched('NOT_FOUND', 'accommodationId'),
  },
  destinationTouristTaxTariffs: {
    document: `{ destinationTouristTaxTariffs { ${TARIFF} } }`,
    variables: () => ({}),
    destinationOnly: true,
    verify: refusedAndUntouched('FORBIDDEN'),
  },
  setDestinationTouristTaxTariff: {
    document: `mutation($input: TouristTaxTariffInput!) { setDestinationTouristTaxTariff(input: $input) { ${TARIFF} } }`,
    variables: () => ({ input: A_TARIFF }),
    destinationOnly: true,
    verify: refusedAndUntouched('FORBIDDEN'),
  },
  removeDestinationTouristTaxTariff: {
    document: 'mutation($authority: TaxingAuthorityInput!) { removeDestinationTouristTaxTariff(authority: $authority, year: 2026) }',
    variables: () => ({ authority: A_TARIFF.authority }),
    destinationOnly: true,
    verify: refusedAndUntouched('FORBIDDEN'),
  },
};

import { randomUUID } from 'node:crypto';
import { eventCount } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

const PROMOTION = 'id kind percent days accommodationIds validFrom validTo';
const CREATE_PROMOTION = `mutation($input: PromotionInput!) { createPromotion(input: $input) { ${PROMOTION} } }`;
const UPDATE_PROMOTION = `mutation($id: ID!, $input: PromotionInput!) { updatePromotion(id: $id, input: $input) { ${PROMOTION} } }`;
const REMOVE_PROMOTION = 'mutation($id: ID!) { removePromotion(id: $id) }';
const PROMOTIONS = `query($accommodationId: ID) { promotions(accommodationId: $accommodationId) { ${PROMOTION} } }`;

const PROMO_CODE = 'id code internalLabel label { fr en } usage validFrom validTo percent amount { cents } accommodationIds allowedStays { arrival nights } combinesWithPromotions used';
const CREATE_CODE = `mutation($input: PromoCodeInput!) { createPromoCode(input: $input) { ${PROMO_CODE} } }`;
const UPDATE_CODE = `mutation($id: ID!, $input: PromoCodeInput!) { updatePromoCode(id: $id, input: $input) { ${PROMO_CODE} } }`;
const REMOVE_CODE = 'mutation($id: ID!) { removePromoCode(id: $id) }';
const PROMO_CODES = `{ promoCodes { ${PROMO_CODE} } }`;

const QUOTE = `query($input: QuoteInput!) { quote(input: $input) {
  bookable accommodationPrice { cents } discounts { source sourceId amount { cents } rule } discountedAccommodationPrice { cents }
  total { cents } promoCode { code applied message }
} }`;

/** An owner with a bookable gîte whose 7-night stays arrive on Saturdays, June to September 2026, at 1 000 €. */
interface Host {
  owner: SignedUpOwner;
  gite: string;
  adults: string;
}

interface QuotedDiscounts {
  discounts: [string, number][];
  promoCode: { code: string; applied: boolean; message: string | null } | null;
  total: number;
}

/** Promotions and promo codes over GraphQL, and what they take off a quote. */
describe('promotions and promo codes over GraphQL', () => {
  const clock = new ManualClock(new Date('2026-06-01T10:00:00Z'));
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  beforeEach(() => setClock('2026-06-01T10:00:00Z'));
  afterAll(() => t.close());

  const setClock = (instant: string) => clock.advance(new Date(instant).getTime() - clock.now().getTime());

  const accommodation = async (owner: SignedUpOwner): Promise<string> => {
    const created = await t.gql(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: 'Gîte de la Source', kind: 'HOLIDAY_RENTAL', city: 'Vaison-la-Romaine', maxCapacity: 4, description: { fr: 'Un gîte.' } } },
      owner.token,
    );
    const id = created.data?.createAccommodation.id as string;
    await t.gql('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id }, owner.token);
    const rates = await t.gql(
      'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
      { input: { accommodationId: id, periods: [{ from: '2026-06-01', to: '2026-09-30' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 100_000 } },
      owner.token,
    );
    expect(rates.errors).toBeUndefined();
    return id;
  };
  const host = async (): Promise<Host> => {
    const owner = await signUpOwner(t);
    const ranges = (await t.gql('{ ageRanges { id label } }', {}, owner.token)).data?.ageRanges as { id: string; label: string }[];
    return { owner, gite: await accommodation(owner), adults: ranges.find((r) => r.label === 'Adult')?.id as string };
  };
  const promotion = async (h: Host, input: Record<string, unknown>): Promise<string> => {
    const answer = await t.gql(CREATE_PROMOTION, { input: { accommodationIds: [h.gite], ...input } }, h.owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.createPromotion.id as string;
  };
  const promoCode = async (h: Host, input: Record<string, unknown>): Promise<string> => {
    const answer = await t.gql(CREATE_CODE, { input: { internalLabel: 'Mailing', label: { fr: 'Code promo' }, usage: 'MULTIPLE', accommodationIds: [h.gite], ...input } }, h.owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.createPromoCode.id as string;
  };
  const quoted = async (h: Host, arrival: string, promo: string | null = null, accommodationId = h.gite): Promise<QuotedDiscounts> => {
    const departure = new Date(Date.parse(`${arrival}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const answer = await t.gql(QUOTE, { input: { accommodationId, arrival, departure, occupants: [{ ageRangeId: h.adults, count: 2 }], promoCode: promo } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.quote.bookable).toBe(true);
    const q = answer.data?.quote as { discounts: { source: string; amount: { cents: number } }[]; promoCode: QuotedDiscounts['promoCode']; total: { cents: number } };
    return { discounts: q.discounts.map((d) => [d.source, d.amount.cents]), promoCode: q.promoCode, total: q.total.cents };
  };

  describe('promotions', () => {
    /** Refused requests leave this owner with no promotion: the checks that follow count on it. */
    let idle: Host;

    beforeAll(async () => {
      idle = await host();
    });

    it('creates a promotion, lists it for the owner and its accommodations, replaces it whole and removes it', async () => {
      const h = await host();
      const other = await accommodation(h.owner);
      const created = await t.gql(
        CREATE_PROMOTION,
        { input: { kind: 'LAST_MINUTE', percent: 12.5, days: 14, accommodationIds: [h.gite], validFrom: '2026-06-01', validTo: '2026-08-31' } },
        h.owner.token,
      );
      const id = created.data?.createPromotion.id as string;
      const expected = { id, kind: 'LAST_MINUTE', percent: 12.5, days: 14, accommodationIds: [h.gite], validFrom: '2026-06-01', validTo: '2026-08-31' };
      expect(created.data?.createPromotion).toEqual(expected);
      expect((await t.gql(PROMOTIONS, {}, h.owner.token)).data?.promotions).toEqual([expected]);
      expect((await t.gql(PROMOTIONS, { accommodationId: h.gite }, h.owner.token)).data?.promotions).toEqual([expected]);
      expect((await t.gql(PROMOTIONS, { accommodationId: other }, h.owner.token)).data?.promotions).toEqual([]);

      const updated = await t.gql(UPDATE_PROMOTION, { id, input: { kind: 'EARLY_BOOKING', percent: 15, days: 60, accommodationIds: [other] } }, h.owner.token);
      const replaced = { id, kind: 'EARLY_BOOKING', percent: 15, days: 60, accommodationIds: [other], validFrom: null, validTo: null };
      expect(updated.data?.updatePromotion).toEqual(replaced);
      expect((await t.gql(PROMOTIONS, { accommodationId: other }, h.owner.token)).data?.promotions).toEqual([replaced]);
      expect((await t.gql(PROMOTIONS, { accommodationId: h.gite }, h.owner.token)).data?.promotions).toEqual([]);

      expect((await t.gql(REMOVE_PROMOTION, { id }, h.owner.token)).data?.removePromotion).toBe(true);
      expect((await t.gql(PROMOTIONS, {}, h.owner.token)).data?.promotions).toEqual([]);
    });

    it('answers true to removing a promotion again, and writes nothing more', async () => {
      const h = await host();
      const id = await promotion(h, { kind: 'LAST_MINUTE', percent: 10, days: 14 });
      await t.gql(REMOVE_PROMOTION, { id }, h.owner.token);
      const before = await eventCount();
      const again = await t.gql(REMOVE_PROMOTION, { id }, h.owner.token);
      expect(again.errors).toBeUndefined();
      expect(again.data?.removePromotion).toBe(true);
      expect(await eventCount()).toBe(before);
    });

    it('answers NOT_FOUND for a promotion that does not exist', async () => {
      const h = idle;
      for (const [document, variables] of [
        [UPDATE_PROMOTION, { id: randomUUID(), input: { kind: 'LAST_MINUTE', percent: 10, days: 14, accommodationIds: [h.gite] } }],
        [REMOVE_PROMOTION, { id: randomUUID() }],
        [REMOVE_PROMOTION, { id: 'not-an-id' }],
      ] as const) {
        expect((await t.gql(document, variables, h.owner.token)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      }
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a share off of 0 %', { percent: 0 }, 'input.percent'],
      ['a share off of 100 %', { percent: 100 }, 'input.percent'],
      ['a last-minute offer for stays in less than 0 days', { days: 0 }, 'input.days'],
      ['no accommodation', { accommodationIds: [] }, 'input.accommodationIds'],
      ['an end of validity before its start', { validFrom: '2026-07-01', validTo: '2026-06-30' }, 'input.validTo'],
    ])('refuses %s, naming the field, and writes no event', async (_, change, field) => {
      const h = idle;
      const before = await eventCount();
      const answer = await t.gql(CREATE_PROMOTION, { input: { kind: 'LAST_MINUTE', percent: 10, days: 14, accommodationIds: [h.gite], ...change } }, h.owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await eventCount()).toBe(before);
      expect((await t.gql(PROMOTIONS, {}, h.owner.token)).data?.promotions).toEqual([]);
    });

    it("refuses a promotion on another owner's accommodation with NOT_FOUND, as an unknown one", async () => {
      const h = idle;
      const other = await host();
      const before = await eventCount();
      const answer = await t.gql(CREATE_PROMOTION, { input: { kind: 'LAST_MINUTE', percent: 10, days: 14, accommodationIds: [h.gite, other.gite] } }, h.owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.accommodationIds[1]' });
      expect(await eventCount()).toBe(before);
      expect((await t.gql(PROMOTIONS, {}, h.owner.token)).data?.promotions).toEqual([]);
    });

    it('takes a last-minute share off a stay starting in less than N days, and not in exactly N', async () => {
      const h = await host();
      const id = await promotion(h, { kind: 'LAST_MINUTE', percent: 10, days: 14 });
      setClock('2026-05-30T10:00:00Z');
      expect((await quoted(h, '2026-06-13')).discounts).toEqual([]);
      setClock('2026-05-31T10:00:00Z');
      const answer = await t.gql(QUOTE, { input: { accommodationId: h.gite, arrival: '2026-06-13', departure: '2026-06-20', occupants: [{ ageRangeId: h.adults, count: 2 }] } });
      expect(answer.data?.quote).toMatchObject({
        discounts: [{ source: 'LAST_MINUTE', sourceId: id, amount: { cents: 10_000 }, rule: expect.stringContaining('starts in 13') }],
        discountedAccommodationPrice: { cents: 90_000 },
        total: { cents: 90_000 },
      });
    });

    it('counts the days to arrival from the day in Paris: 22:30 UTC on 30 May is already 31 May there', async () => {
      const h = await host();
      await promotion(h, { kind: 'LAST_MINUTE', percent: 10, days: 14 });
      setClock('2026-05-30T21:59:00Z');
      expect((await quoted(h, '2026-06-13')).discounts).toEqual([]);
      setClock('2026-05-30T22:30:00Z');
      expect((await quoted(h, '2026-06-13')).discounts).toEqual([['LAST_MINUTE', 10_000]]);
    });

    it('takes an early-booking share off a stay starting in more than N days, and not in exactly N', async () => {
      const h = await host();
      await promotion(h, { kind: 'EARLY_BOOKING', percent: 15, days: 60 });
      expect((await quoted(h, '2026-08-01')).discounts).toEqual([['EARLY_BOOKING', 15_000]]);
      expect((await quoted(h, '2026-07-25')).discounts).toEqual([]);
      setClock('2026-06-02T10:00:00Z');
      expect((await quoted(h, '2026-08-01')).discounts).toEqual([]);
    });

    it('applies only the best of several promotions, never their sum', async () => {
      const h = await host();
      await promotion(h, { kind: 'LAST_MINUTE', percent: 10, days: 30 });
      await promotion(h, { kind: 'LAST_MINUTE', percent: 20, days: 14 });
      await promotion(h, { kind: 'LAST_MINUTE', percent: 5, days: 30 });
      expect((await quoted(h, '2026-06-13')).discounts).toEqual([['LAST_MINUTE', 20_000]]);
      expect((await quoted(h, '2026-06-27')).discounts).toEqual([['LAST_MINUTE', 10_000]]);
    });

    it('applies a promotion only on the days it is valid for booking', async () => {
      const h = await host();
      await promotion(h, { kind: 'LAST_MINUTE', percent: 10, days: 30, validFrom: '2026-06-05', validTo: '2026-06-10' });
      expect((await quoted(h, '2026-06-27')).discounts).toEqual([]);
      setClock('2026-06-05T10:00:00Z');
      expect((await quoted(h, '2026-06-27')).discounts).toEqual([['LAST_MINUTE', 10_000]]);
      setClock('2026-06-11T10:00:00Z');
      expect((await quoted(h, '2026-06-27')).discounts).toEqual([]);
    });

    it('applies a promotion only to the accommodations it names', async () => {
      const h = await host();
      const other = await accommodation(h.owner);
      await promotion(h, { kind: 'LAST_MINUTE', percent: 10, days: 30 });
      expect((await quoted(h, '2026-06-13', null, other)).discounts).toEqual([]);
    });
  });

  describe('promo codes', () => {
    /** Refused requests leave this owner with no code: the checks that follow count on it. */
    let idle: Host;

    beforeAll(async () => {
      idle = await host();
    });

    it('keeps a code in capitals, lists codes by code, replaces one whole and removes it', async () => {
      const h = await host();
      const created = await t.gql(
        CREATE_CODE,
        {
          input: {
            code: 'ete2026',
            internalLabel: 'Mailing de printemps',
            label: { fr: 'Offre d’été', en: 'Summer offer' },
            usage: 'SINGLE',
            validFrom: '2026-05-01',
            validTo: '2026-06-30',
            percent: 15,
            accommodationIds: [h.gite],
          },
        },
        h.owner.token,
      );
      const id = created.data?.createPromoCode.id as string;
      const expected = {
        id,
        code: 'ETE2026',
        internalLabel: 'Mailing de printemps',
        label: { fr: 'Offre d’été', en: 'Summer offer' },
        usage: 'SINGLE',
        validFrom: '2026-05-01',
        validTo: '2026-06-30',
        percent: 15,
        amount: null,
        accommodationIds: [h.gite],
        allowedStays: null,
        combinesWithPromotions: false,
        used: false,
      };
      expect(created.data?.createPromoCode).toEqual(expected);
      const autumn = await promoCode(h, { code: 'AUTOMNE', percent: 5 });
      expect(((await t.gql(PROMO_CODES, {}, h.owner.token)).data?.promoCodes as { code: string }[]).map((c) => c.code)).toEqual(['AUTOMNE', 'ETE2026']);

      const replacement = { code: 'ETE2026', internalLabel: 'Partenaires', label: { fr: 'Partenaires' }, usage: 'MULTIPLE', cents: 2_000, accommodationIds: [h.gite], combinesWithPromotions: true };
      const updated = await t.gql(UPDATE_CODE, { id, input: replacement }, h.owner.token);
      expect(updated.data?.updatePromoCode).toEqual({
        ...expected,
        internalLabel: 'Partenaires',
        label: { fr: 'Partenaires', en: null },
        usage: 'MULTIPLE',
        validFrom: null,
        validTo: null,
        percent: null,
        amount: { cents: 2_000 },
        combinesWithPromotions: true,
      });

      expect((await t.gql(REMOVE_CODE, { id }, h.owner.token)).data?.removePromoCode).toBe(true);
      expect(((await t.gql(PROMO_CODES, {}, h.owner.token)).data?.promoCodes as { id: string }[]).map((c) => c.id)).toEqual([autumn]);
      expect((await quoted(h, '2026-07-04', 'ETE2026')).promoCode).toEqual({ code: 'ETE2026', applied: false, message: 'This promo code does not apply to this stay' });
    });

    it('answers true to removing a code again, and writes nothing more', async () => {
      const h = await host();
      const id = await promoCode(h, { code: 'ETE2026', percent: 15 });
      expect((await t.gql(REMOVE_CODE, { id }, h.owner.token)).data?.removePromoCode).toBe(true);
      const before = await eventCount();
      const again = await t.gql(REMOVE_CODE, { id }, h.owner.token);
      expect(again.errors).toBeUndefined();
      expect(again.data?.removePromoCode).toBe(true);
      expect(await eventCount()).toBe(before);
    });

    it('answers NOT_FOUND for a code that does not exist', async () => {
      const h = idle;
      const input = { code: 'ETE2026', internalLabel: 'Mailing', label: { fr: 'Code' }, usage: 'MULTIPLE', percent: 15, accommodationIds: [h.gite] };
      expect((await t.gql(UPDATE_CODE, { id: randomUUID(), input }, h.owner.token)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect((await t.gql(REMOVE_CODE, { id: randomUUID() }, h.owner.token)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it('refuses with CONFLICT a code the owner already has in another case, and writes no event', async () => {
      const h = await host();
      await promoCode(h, { code: 'Ete2026', percent: 15 });
      const autumn = await promoCode(h, { code: 'AUTOMNE', percent: 5 });
      const before = await eventCount();
      const created = await t.gql(CREATE_CODE, { input: { code: 'ETE2026', internalLabel: 'Doublon', label: { fr: 'Doublon' }, usage: 'MULTIPLE', percent: 50, accommodationIds: [h.gite] } }, h.owner.token);
      expect(created.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
      const renamed = await t.gql(UPDATE_CODE, { id: autumn, input: { code: 'ete2026', internalLabel: 'Doublon', label: { fr: 'Doublon' }, usage: 'MULTIPLE', percent: 50, accommodationIds: [h.gite] } }, h.owner.token);
      expect(renamed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
      expect(await eventCount()).toBe(before);
      expect((await quoted(h, '2026-07-04', 'ete2026')).discounts).toEqual([['PROMO_CODE', 15_000]]);
    });

    it('lets another owner have the same code, each applying their own', async () => {
      const alice = await host();
      const bruno = await host();
      await promoCode(alice, { code: 'ETE2026', percent: 15 });
      await promoCode(bruno, { code: 'ete2026', percent: 20 });
      expect((await quoted(alice, '2026-07-04', 'ETE2026')).discounts).toEqual([['PROMO_CODE', 15_000]]);
      expect((await quoted(bruno, '2026-07-04', 'ETE2026')).discounts).toEqual([['PROMO_CODE', 20_000]]);
    });

    it('lets a removed code be created again', async () => {
      const h = await host();
      const id = await promoCode(h, { code: 'ETE2026', percent: 15 });
      await t.gql(REMOVE_CODE, { id }, h.owner.token);
      await promoCode(h, { code: 'ETE2026', percent: 25 });
      expect((await quoted(h, '2026-07-04', 'ETE2026')).discounts).toEqual([['PROMO_CODE', 25_000]]);
    });

    it('accepts a code typed in any case, with spaces around it', async () =>
      expect(await quoted(await withCode({ code: 'ETE2026', percent: 15 }), '2026-07-04', '  Ete2026 ')).toEqual({
        discounts: [['PROMO_CODE', 15_000]],
        promoCode: { code: 'ETE2026', applied: true, message: null },
        total: 85_000,
      }));

    it('takes a fixed amount off the accommodation price only, never more than it, and leaves the supplements whole', async () => {
      const h = await withCode({ code: 'CADEAU', cents: 150_000 });
      const cleaning = await t.gql(
        'mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }',
        { input: { name: { fr: 'Ménage' }, mandatory: true, price: 500, unit: 'PER_STAY', accommodationIds: [h.gite] } },
        h.owner.token,
      );
      expect(cleaning.errors).toBeUndefined();
      const answer = await t.gql(QUOTE, { input: { accommodationId: h.gite, arrival: '2026-07-04', departure: '2026-07-11', occupants: [{ ageRangeId: h.adults, count: 2 }], promoCode: 'CADEAU' } });
      expect(answer.data?.quote).toMatchObject({
        accommodationPrice: { cents: 100_000 },
        discounts: [{ source: 'PROMO_CODE', amount: { cents: 100_000 } }],
        discountedAccommodationPrice: { cents: 0 },
        total: { cents: 500 },
        promoCode: { code: 'CADEAU', applied: true },
      });
    });

    it('applies a code limited to listed stays only to those arrivals and lengths', async () => {
      const h = await withCode({ code: 'WEEKJUILLET', percent: 10, allowedStays: [{ arrival: '2026-07-04', nights: 7 }] });
      expect((await quoted(h, '2026-07-04', 'WEEKJUILLET')).discounts).toEqual([['PROMO_CODE', 10_000]]);
      expect(await quoted(h, '2026-07-11', 'WEEKJUILLET')).toEqual({
        discounts: [],
        promoCode: { code: 'WEEKJUILLET', applied: false, message: 'This promo code does not apply to this stay' },
        total: 100_000,
      });
    });

    it('accepts a code only from its first to its last day of validity, in Paris time', async () => {
      const h = await withCode({ code: 'JUIN', percent: 10, validFrom: '2026-06-10', validTo: '2026-06-20' });
      const applied = async (instant: string) => {
        setClock(instant);
        return (await quoted(h, '2026-07-04', 'JUIN')).promoCode;
      };
      expect(await applied('2026-06-09T21:59:00Z')).toEqual({ code: 'JUIN', applied: false, message: 'This promo code does not apply to this stay' });
      expect((await applied('2026-06-09T22:00:00Z'))?.applied).toBe(true);
      expect((await applied('2026-06-20T21:59:00Z'))?.applied).toBe(true);
      expect((await applied('2026-06-20T22:00:00Z'))?.applied).toBe(false);
    });

    it('applies a code only to the accommodations it names', async () => {
      const h = await withCode({ code: 'GITE1', percent: 10 });
      const other = await accommodation(h.owner);
      expect((await quoted(h, '2026-07-04', 'GITE1', other)).promoCode).toEqual({ code: 'GITE1', applied: false, message: 'This promo code does not apply to this stay' });
    });

    it('tells the owner, and only the owner, why a code does not apply', async () => {
      const h = await withCode({ code: 'GITE2', percent: 10 });
      const other = await accommodation(h.owner);
      const input = { accommodationId: other, arrival: '2026-07-04', departure: '2026-07-11', occupants: [{ ageRangeId: h.adults, count: 2 }], promoCode: 'gite2' };
      const asOwner = await t.gql(QUOTE, { input }, h.owner.token);
      expect(asOwner.data?.quote.promoCode).toEqual({ code: 'GITE2', applied: false, message: 'This promo code is not valid for this accommodation' });
      const asGuest = await t.gql(QUOTE, { input });
      expect(asGuest.data?.quote.promoCode).toEqual({ code: 'GITE2', applied: false, message: 'This promo code does not apply to this stay' });
    });

    it('says so when the typed code does not exist', async () => {
      const h = idle;
      expect(await quoted(h, '2026-07-04', 'INCONNU')).toEqual({ discounts: [], promoCode: { code: 'INCONNU', applied: false, message: 'This promo code does not apply to this stay' }, total: 100_000 });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a code with accented letters', { code: 'ÉTÉ2026' }, 'input.code'],
      ['a code of 2 characters', { code: 'AB' }, 'input.code'],
      ['both a share and an amount off', { percent: 10, cents: 1_000 }, 'input.percent'],
      ['neither a share nor an amount off', { percent: null }, 'input.percent'],
      ['an amount of 0 cents', { percent: null, cents: 0 }, 'input.cents'],
      ['an empty list of allowed stays', { allowedStays: [] }, 'input.allowedStays'],
      ['an allowed stay of no nights', { allowedStays: [{ arrival: '2026-07-04', nights: 0 }] }, 'input.allowedStays[0].nights'],
      ['an end of validity before its start', { validFrom: '2026-07-01', validTo: '2026-06-30' }, 'input.validTo'],
    ])('refuses %s, naming the field, and writes no event', async (_, change, field) => {
      const h = idle;
      const before = await eventCount();
      const answer = await t.gql(
        CREATE_CODE,
        { input: { code: 'ETE2026', internalLabel: 'Mailing', label: { fr: 'Code' }, usage: 'MULTIPLE', percent: 15, accommodationIds: [h.gite], ...change } },
        h.owner.token,
      );
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await eventCount()).toBe(before);
      expect((await t.gql(PROMO_CODES, {}, h.owner.token)).data?.promoCodes).toEqual([]);
    });

    /** A fresh host with one multiple-use code on its gîte. */
    const withCode = async (input: Record<string, unknown>): Promise<Host> => {
      const h = await host();
      await promoCode(h, input);
      return h;
    };
  });

  describe('a promotion and a promo code together', () => {
    it('gives the code instead of the promotion when the code takes off more, and does not add them', async () => {
      const h = await host();
      await promotion(h, { kind: 'LAST_MINUTE', percent: 10, days: 30 });
      await promoCode(h, { code: 'ETE2026', percent: 15 });
      expect(await quoted(h, '2026-06-13', 'ETE2026')).toEqual({ discounts: [['PROMO_CODE', 15_000]], promoCode: { code: 'ETE2026', applied: true, message: null }, total: 85_000 });
    });

    it('keeps the promotion when it takes off more, and says why the code was not applied', async () => {
      const h = await host();
      await promotion(h, { kind: 'LAST_MINUTE', percent: 20, days: 30 });
      await promoCode(h, { code: 'ETE2026', percent: 15 });
      const { discounts, promoCode: outcome, total } = await quoted(h, '2026-06-13', 'ETE2026');
      expect(discounts).toEqual([['LAST_MINUTE', 20_000]]);
      expect(total).toBe(80_000);
      expect(outcome).toEqual({ code: 'ETE2026', applied: false, message: expect.stringContaining('does not combine with promotions') });
    });

    it('keeps the promotion on a tie, leaving the code unspent', async () => {
      const h = await host();
      await promotion(h, { kind: 'LAST_MINUTE', percent: 15, days: 30 });
      await promoCode(h, { code: 'ETE2026', cents: 15_000 });
      const { discounts, promoCode: outcome } = await quoted(h, '2026-06-13', 'ETE2026');
      expect(discounts).toEqual([['LAST_MINUTE', 15_000]]);
      expect(outcome?.applied).toBe(false);
    });

    it('adds a code that combines with promotions after the promotion, on what the promotion left', async () => {
      const h = await host();
      await promotion(h, { kind: 'LAST_MINUTE', percent: 10, days: 30 });
      await promoCode(h, { code: 'ETE2026', percent: 15, combinesWithPromotions: true });
      // 10 % of 1 000 € is 100 €; then 15 % of the 900 € left is 135 €.
      expect(await quoted(h, '2026-06-13', 'ETE2026')).toEqual({
        discounts: [
          ['LAST_MINUTE', 10_000],
          ['PROMO_CODE', 13_500],
        ],
        promoCode: { code: 'ETE2026', applied: true, message: null },
        total: 76_500,
      });
    });
  });
});

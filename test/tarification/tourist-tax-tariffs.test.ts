import { eventCount } from '../support/database';
import { PASSWORD, signUpOwner, uniqueEmail, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

const TARIFF = `publisher destinationId authority { kind inseeCode siren communes key } year tariffs { category amount { cents } } unclassifiedRate
  additionalTaxes { kind label percent } collectionPeriod { from to } localExemptions { notes rentThreshold { amount { cents } per } }`;
const SET_TARIFF = `mutation($input: TouristTaxTariffInput!) { setTouristTaxTariff(input: $input) { ${TARIFF} } }`;
const TARIFFS = `query($d: ID, $year: Int) { touristTaxTariffs(destinationId: $d, year: $year) { ${TARIFF} } }`;
const REMOVE_TARIFF = 'mutation($a: TaxingAuthorityInput!, $year: Int!) { removeTouristTaxTariff(authority: $a, year: $year) }';
const SET_DESTINATION_TARIFF = `mutation($input: TouristTaxTariffInput!) { setDestinationTouristTaxTariff(input: $input) { ${TARIFF} } }`;
const DESTINATION_TARIFFS = `query($year: Int) { destinationTouristTaxTariffs(year: $year) { ${TARIFF} } }`;
const REMOVE_DESTINATION_TARIFF = 'mutation($a: TaxingAuthorityInput!, $year: Int!) { removeDestinationTouristTaxTariff(authority: $a, year: $year) }';
const TAX = 'touristTax { cents } touristTaxSource { publisher destinationId authority }';
const SET_SOURCE = `mutation($id: ID!, $source: TouristTaxTariffSourceInput!) { setTouristTaxTariffSource(accommodationId: $id, source: $source) { ${TAX} } }`;
const SET_FLAT = `mutation($id: ID!, $cents: Int) { setTouristTax(accommodationId: $id, perPersonPerNight: $cents) { ${TAX} } }`;
const BOOKING_RULES = `query($id: ID!) { bookingRules(accommodationId: $id) { ${TAX} } }`;
const JOIN = 'mutation($d: ID!, $ids: [ID!]!) { joinDestination(destinationId: $d, accommodationIds: $ids) { accommodations { id } } }';
const QUOTE = `query($input: QuoteInput!) { quote(input: $input) {
  total { cents } deposit { amount { cents } } touristTax { cents }
  touristTaxDetail { perPersonPerNight { cents } taxedPersons nights amount { cents }
    lines { status nights personsTaxed personsExempt { reason count } category ratePercent basePerPerson { cents } cap { cents } capApplied
      communalPerPersonNight { cents } additionalTaxes { kind label percent perPersonNight { cents } amount { cents } } perPersonNight { cents } amount { cents } textFr textEn } }
} }`;

const AVIGNON = { kind: 'COMMUNE', inseeCode: '84050' };
/** Le Grand-Bornand, whose collectors worked the 700 € example; entered here without additional taxes. */
const GRAND_BORNAND = { kind: 'COMMUNE', inseeCode: '74136' };
const CATEGORIES = ['PALACE', 'FIVE_STARS', 'FOUR_STARS', 'THREE_STARS', 'TWO_STARS', 'ONE_STAR', 'GUEST_ROOM'] as const;
const DEFAULT_AMOUNTS = { PALACE: 300, FIVE_STARS: 230, FOUR_STARS: 165, THREE_STARS: 110, TWO_STARS: 80, ONE_STAR: 70, GUEST_ROOM: 70 };
const DEPARTMENTAL = { kind: 'DEPARTMENTAL', label: 'Taxe additionnelle départementale', percent: 10 };
/** Saturday 4 July 2026 to Saturday 11 July: 7 nights. */
const WEEK = { arrival: '2026-07-04', departure: '2026-07-11' };
const WEEK_NIGHTS = ['2026-07-04', '2026-07-05', '2026-07-06', '2026-07-07', '2026-07-08', '2026-07-09', '2026-07-10'];
const NBSP = '\u00a0';

/** A table as the owner types it: one amount per category, in cents. */
const tableInput = (overrides: { authority?: object; year?: number; twoStars?: number; unclassifiedRate?: number; additionalTaxes?: object[]; inseeCode?: string } = {}) => ({
  authority: overrides.inseeCode === undefined ? (overrides.authority ?? AVIGNON) : { kind: 'COMMUNE', inseeCode: overrides.inseeCode },
  year: overrides.year ?? 2025,
  tariffs: CATEGORIES.map((category) => ({ category, cents: category === 'TWO_STARS' ? (overrides.twoStars ?? 80) : DEFAULT_AMOUNTS[category] })),
  unclassifiedRate: overrides.unclassifiedRate ?? 5,
  additionalTaxes: overrides.additionalTaxes ?? [{ kind: 'DEPARTMENTAL', percent: 10 }],
});

/** The same table as the API answers it. */
const listed = (options: { year?: number; twoStars?: number; destinationId?: string; inseeCode?: string; additionalTaxes?: object[] } = {}) => {
  const year = options.year ?? 2025;
  const inseeCode = options.inseeCode ?? '84050';
  return {
    publisher: options.destinationId ? 'DESTINATION' : 'OWNER',
    destinationId: options.destinationId ?? null,
    authority: { kind: 'COMMUNE', inseeCode, siren: null, communes: [inseeCode], key: `COMMUNE:${inseeCode}` },
    year,
    tariffs: CATEGORIES.map((category) => ({ category, amount: { cents: category === 'TWO_STARS' ? (options.twoStars ?? 80) : DEFAULT_AMOUNTS[category] } })),
    unclassifiedRate: 5,
    additionalTaxes: options.additionalTaxes ?? [DEPARTMENTAL],
    collectionPeriod: { from: `${year}-01-01`, to: `${year}-12-31` },
    localExemptions: { notes: [], rentThreshold: null },
  };
};

const codeOf = (answer: GraphqlAnswer) => answer.errors?.[0].extensions?.code ?? 'OK';

interface QuotedLine {
  readonly status: string;
  readonly nights: string[];
  readonly amount: { readonly cents: number };
  readonly textFr: string;
  readonly textEn: string;
}

interface QuotedTax {
  readonly touristTax: { readonly cents: number };
  readonly touristTaxDetail: { readonly lines: QuotedLine[] };
}

interface Destination {
  readonly id: string;
  readonly token: string;
}

/** The taxe de séjour "au réel" over GraphQL: owners' and destinations' tables, an accommodation's source, and the quote it gives. */
describe('tourist tax tariff tables over GraphQL', () => {
  const clock = new ManualClock(new Date('2026-06-01T10:00:00Z'));
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(() => t.close());

  const ok = async (document: string, variables: Record<string, unknown> = {}, token?: string) => {
    const answer = await t.gql(document, variables, token);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data ?? {};
  };
  const tablesOf = async (token: string, variables: Record<string, unknown> = {}) => (await ok(TARIFFS, variables, token)).touristTaxTariffs as unknown[];

  /** A BOOKABLE holiday rental sleeping 6, with `stars`, let by the week from Saturdays of July 2026 at `cents`. */
  const holidayRental = async (owner: SignedUpOwner, stars: number, cents = 45_000): Promise<string> => {
    const { createAccommodation } = await ok(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: `Gîte ${stars} étoiles`, kind: 'HOLIDAY_RENTAL', starRating: stars, city: 'Avignon', postalCode: '84000', maxCapacity: 6, description: { fr: 'Un gîte.' } } },
      owner.token,
    );
    const id = createAccommodation.id as string;
    await ok('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id }, owner.token);
    await ok(
      'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
      { input: { accommodationId: id, periods: [{ from: '2026-07-01', to: '2026-07-31' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: cents } },
      owner.token,
    );
    return id;
  };

  /** 2 adults and `children` children of the owner's Child range (3 to 16). */
  const family = async (owner: SignedUpOwner, children: number) => {
    const { ageRanges } = await ok('{ ageRanges { id label } }', {}, owner.token);
    const id = (label: string) => (ageRanges as { id: string; label: string }[]).find((range) => range.label === label)?.id;
    return [
      { ageRangeId: id('Adult'), count: 2 },
      { ageRangeId: id('Child'), count: children },
    ];
  };
  const quoteOf = async (accommodationId: string, occupants: unknown[], stay = WEEK): Promise<QuotedTax> => (await ok(QUOTE, { input: { accommodationId, ...stay, occupants } })).quote as QuotedTax;

  const signUpDestination = async (name: string): Promise<Destination> => {
    const input = { name, kind: 'TOURISM_AGENCY', area: ['84'], website: 'https://www.destination.example.fr', email: uniqueEmail('destination'), password: PASSWORD };
    const { signUpDestination: signedUp } = await ok('mutation($input: DestinationSignUpInput!) { signUpDestination(input: $input) { token destination { id } } }', { input });
    return { id: signedUp.destination.id as string, token: signedUp.token as string };
  };

  describe('an owner’s own tables', () => {
    let owner: SignedUpOwner;

    beforeAll(async () => {
      owner = await signUpOwner(t);
    });

    it('enters a 2025 table for Avignon (84050), answered with the year’s tables and listed', async () => {
      expect((await ok(SET_TARIFF, { input: tableInput() }, owner.token)).setTouristTaxTariff).toEqual([listed()]);
      expect(await tablesOf(owner.token)).toEqual([listed()]);
      expect(await tablesOf(owner.token, { year: 2026 })).toEqual([]);
    });

    it('replaces the table of the same commune and year', async () => {
      expect((await ok(SET_TARIFF, { input: tableInput({ twoStars: 90 }) }, owner.token)).setTouristTaxTariff).toEqual([listed({ twoStars: 90 })]);
      expect(await tablesOf(owner.token)).toEqual([listed({ twoStars: 90 })]);
    });

    it('keeps another year beside it, answering the set with that year’s tables only', async () => {
      expect((await ok(SET_TARIFF, { input: tableInput({ year: 2026 }) }, owner.token)).setTouristTaxTariff).toEqual([listed({ year: 2026 })]);
      expect(await tablesOf(owner.token)).toEqual([listed({ twoStars: 90 }), listed({ year: 2026 })]);
    });

    it('removes the 2025 table, leaving the 2026 one', async () => {
      expect((await ok(REMOVE_TARIFF, { a: AVIGNON, year: 2025 }, owner.token)).removeTouristTaxTariff).toBe(true);
      expect(await tablesOf(owner.token)).toEqual([listed({ year: 2026 })]);
    });

    it('answers NOT_FOUND for a table removed already', async () => {
      const answer = await t.gql(REMOVE_TARIFF, { a: AVIGNON, year: 2025 }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'authority' });
    });

    it.each<[string, ReturnType<typeof tableInput>, string, string]>([
      ['a 2-star tariff of 1.50 €, above 2025’s 1.00 € ceiling', tableInput({ twoStars: 150 }), 'TARIFF_OUT_OF_LEGAL_BOUNDS', 'input.perPersonNight.TWO_STARS'],
      ['a 2-star tariff of 0.20 €, below the 0.30 € floor', tableInput({ twoStars: 20 }), 'TARIFF_OUT_OF_LEGAL_BOUNDS', 'input.perPersonNight.TWO_STARS'],
      ['a proportional rate of 6 %', tableInput({ unclassifiedRate: 6 }), 'PROPORTIONAL_RATE_OUT_OF_BOUNDS', 'input.unclassifiedRate'],
      ['the INSEE code 8405', tableInput({ inseeCode: '8405' }), 'INSEE_CODE_MALFORMED', 'input.authority.inseeCode'],
      ['a 2027 table, whose legal scale is not known', tableInput({ year: 2027 }), 'TOURIST_TAX_YEAR_UNKNOWN', 'input.year'],
    ])('refuses %s, writing nothing', async (_, input, reason, field) => {
      const before = await eventCount();
      const answer = await t.gql(SET_TARIFF, { input }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
      expect(answer.data ?? null).toBeNull();
      expect(await eventCount()).toBe(before);
      expect(await tablesOf(owner.token)).toEqual([listed({ year: 2026 })]);
    });
  });

  describe('an accommodation taxed from its owner’s tables', () => {
    let owner: SignedUpOwner;
    let twoStars: string;
    let unclassified: string;

    beforeAll(async () => {
      owner = await signUpOwner(t);
      twoStars = await holidayRental(owner, 2);
      unclassified = await holidayRental(owner, 0, 70_000);
    });

    it('refuses a source the owner entered no table for, keeping the tax as it was', async () => {
      await ok(SET_FLAT, { id: twoStars, cents: 150 }, owner.token);
      const answer = await t.gql(SET_SOURCE, { id: twoStars, source: { authority: AVIGNON } }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_TOURIST_TAX_TARIFF', field: 'source.authority' });
      expect((await ok(BOOKING_RULES, { id: twoStars }, owner.token)).bookingRules).toEqual({ touristTax: { cents: 150 }, touristTaxSource: null });
    });

    it('takes the commune’s tables once one is entered, in place of the flat amount', async () => {
      await ok(SET_TARIFF, { input: tableInput({ year: 2026 }) }, owner.token);
      const expected = { touristTax: null, touristTaxSource: { publisher: 'OWNER', destinationId: null, authority: 'COMMUNE:84050' } };
      expect((await ok(SET_SOURCE, { id: twoStars, source: { authority: AVIGNON } }, owner.token)).setTouristTaxTariffSource).toEqual(expected);
      expect((await ok(BOOKING_RULES, { id: twoStars }, owner.token)).bookingRules).toEqual(expected);
    });

    it('quotes a 2-star gîte 0.80 € + 10 % = 0.88 € × 2 adults × 7 nights = 12.32 €, the children exempt, apart from the total', async () => {
      const quote = await quoteOf(twoStars, await family(owner, 2));
      expect(quote).toMatchObject({ total: { cents: 45_000 }, deposit: { amount: { cents: 11_250 } }, touristTax: { cents: 1_232 } });
      expect(quote.touristTaxDetail).toMatchObject({ perPersonPerNight: { cents: 88 }, taxedPersons: 2, nights: 7, amount: { cents: 1_232 } });
      const [line, ...others] = quote.touristTaxDetail.lines;
      expect(others).toEqual([]);
      expect(line).toMatchObject({
        status: 'TAXED',
        nights: WEEK_NIGHTS,
        personsTaxed: 2,
        personsExempt: [{ reason: 'MINOR', count: 2 }],
        category: 'TWO_STARS',
        ratePercent: null,
        basePerPerson: null,
        cap: null,
        capApplied: null,
        communalPerPersonNight: { cents: 80 },
        additionalTaxes: [{ ...DEPARTMENTAL, perPersonNight: { cents: 8 }, amount: { cents: 112 } }],
        perPersonNight: { cents: 88 },
        amount: { cents: 1_232 },
      });
      expect(line.textFr).toContain(`0,88${NBSP}€`);
      expect(line.textFr).toMatch(/^7 nuits à partir du 04\/07\/2026 : 2 personnes × /);
      expect(line.textEn).toContain('= €12.32; exempt: 2 minors');
    });

    it('quotes an unclassified gîte at 700 € for 4 occupants 5 % of 25 € = 1.25 € × 2 adults × 7 nights = 17.50 €', async () => {
      await ok(SET_TARIFF, { input: tableInput({ authority: GRAND_BORNAND, year: 2026, additionalTaxes: [] }) }, owner.token);
      await ok(SET_SOURCE, { id: unclassified, source: { authority: GRAND_BORNAND } }, owner.token);
      const quote = await quoteOf(unclassified, await family(owner, 2));
      expect(quote).toMatchObject({ total: { cents: 70_000 }, touristTax: { cents: 1_750 } });
      expect(quote.touristTaxDetail.lines).toEqual([
        expect.objectContaining({
          status: 'TAXED',
          personsTaxed: 2,
          category: null,
          ratePercent: 5,
          basePerPerson: { cents: 2_500 },
          cap: { cents: 300 },
          capApplied: false,
          communalPerPersonNight: { cents: 125 },
          additionalTaxes: [],
          perPersonNight: { cents: 125 },
          amount: { cents: 1_750 },
        }),
      ]);
    });

    it('takes each year’s table over New Year, untaxed where no table exists: 0.88 € × 2 × 6 nights of 2026 = 10.56 €, then 2027 at 0', async () => {
      // No rate covers the stay, so it is not bookable; the tax of a classified gîte does not need a price.
      const quote = await quoteOf(twoStars, await family(owner, 2), { arrival: '2026-12-26', departure: '2027-01-02' });
      expect(quote.touristTax).toEqual({ cents: 1_056 });
      expect(quote.touristTaxDetail.lines.map((line) => [line.status, line.nights, line.amount.cents])).toEqual([
        ['TAXED', ['2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'], 1_056],
        ['NO_TARIFF_FOR_YEAR', ['2027-01-01'], 0],
      ]);
    });

    it('goes back to a flat amount with setTouristTax, which then has no lines', async () => {
      expect((await ok(SET_FLAT, { id: twoStars, cents: 88 }, owner.token)).setTouristTax).toEqual({ touristTax: { cents: 88 }, touristTaxSource: null });
      // 0.88 € × 2 adults × 7 nights: the same 12.32 €, now typed by the owner.
      const quote = await quoteOf(twoStars, await family(owner, 2));
      expect(quote.touristTaxDetail).toMatchObject({ perPersonPerNight: { cents: 88 }, taxedPersons: 2, amount: { cents: 1_232 }, lines: [] });
    });

    describe('another owner', () => {
      let intruder: SignedUpOwner;

      beforeAll(async () => {
        intruder = await signUpOwner(t);
      });

      it('cannot set a source on my accommodation, which stays as it was', async () => {
        const answer = await t.gql(SET_SOURCE, { id: unclassified, source: { authority: GRAND_BORNAND } }, intruder.token);
        expect(codeOf(answer)).toBe('NOT_FOUND');
        expect((await ok(BOOKING_RULES, { id: unclassified }, owner.token)).bookingRules).toEqual({
          touristTax: null,
          touristTaxSource: { publisher: 'OWNER', destinationId: null, authority: 'COMMUNE:74136' },
        });
      });

      it('sees none of my tables, cannot remove them, nor tax its own accommodation from them', async () => {
        expect(await tablesOf(intruder.token)).toEqual([]);
        expect(codeOf(await t.gql(REMOVE_TARIFF, { a: AVIGNON, year: 2026 }, intruder.token))).toBe('NOT_FOUND');
        const theirs = await holidayRental(intruder, 2);
        const answer = await t.gql(SET_SOURCE, { id: theirs, source: { authority: AVIGNON } }, intruder.token);
        expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_TOURIST_TAX_TARIFF' });
        expect(await tablesOf(owner.token)).toEqual([listed({ inseeCode: '74136', year: 2026, additionalTaxes: [] }), listed({ year: 2026 })]);
      });
    });
  });

  describe('a destination’s tables', () => {
    let destination: Destination;
    let member: SignedUpOwner;
    let listedGite: string;
    let unlistedGite: string;
    let outsider: SignedUpOwner;
    let outsidersGite: string;

    beforeAll(async () => {
      destination = await signUpDestination('Provence Tourisme');
      member = await signUpOwner(t);
      listedGite = await holidayRental(member, 2);
      unlistedGite = await holidayRental(member, 2);
      await ok(JOIN, { d: destination.id, ids: [listedGite] }, member.token);
      outsider = await signUpOwner(t);
      outsidersGite = await holidayRental(outsider, 2);
    });

    it('enters a table for one of its communes with its own token', async () => {
      const input = tableInput({ year: 2026, twoStars: 100 });
      const expected = [listed({ year: 2026, twoStars: 100, destinationId: destination.id })];
      expect((await ok(SET_DESTINATION_TARIFF, { input }, destination.token)).setDestinationTouristTaxTariff).toEqual(expected);
      expect((await ok(DESTINATION_TARIFFS, {}, destination.token)).destinationTouristTaxTariffs).toEqual(expected);
    });

    it('lets an owner it lists read it, and tax the listed gîte from it: 1.00 € + 10 % = 1.10 € × 2 × 7 = 15.40 €', async () => {
      expect(await tablesOf(member.token, { d: destination.id })).toEqual([listed({ year: 2026, twoStars: 100, destinationId: destination.id })]);
      expect((await ok(SET_SOURCE, { id: listedGite, source: { destinationId: destination.id, authority: AVIGNON } }, member.token)).setTouristTaxTariffSource).toEqual({
        touristTax: null,
        touristTaxSource: { publisher: 'DESTINATION', destinationId: destination.id, authority: 'COMMUNE:84050' },
      });
      const quote = await quoteOf(listedGite, await family(member, 1));
      expect(quote.touristTax).toEqual({ cents: 1_540 });
      expect(quote.touristTaxDetail.lines[0]).toMatchObject({ communalPerPersonNight: { cents: 100 }, perPersonNight: { cents: 110 }, personsExempt: [{ reason: 'MINOR', count: 1 }] });
    });

    it('keeps the member’s own tables apart from the destination’s', async () => expect(await tablesOf(member.token)).toEqual([]));

    it('refuses its tables for a gîte of the member that it does not list', async () => {
      const answer = await t.gql(SET_SOURCE, { id: unlistedGite, source: { destinationId: destination.id, authority: AVIGNON } }, member.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_LISTED', field: 'source.destinationId' });
    });

    it('answers an owner it does not list NOT_FOUND on reading and NOT_LISTED on setting', async () => {
      expect(codeOf(await t.gql(TARIFFS, { d: destination.id }, outsider.token))).toBe('NOT_FOUND');
      const answer = await t.gql(SET_SOURCE, { id: outsidersGite, source: { destinationId: destination.id, authority: AVIGNON } }, outsider.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_LISTED' });
      expect((await ok(BOOKING_RULES, { id: outsidersGite }, outsider.token)).bookingRules).toEqual({ touristTax: null, touristTaxSource: null });
    });

    it.each<[string, string, Record<string, unknown>]>([
      ['setTouristTaxTariff', SET_TARIFF, { input: tableInput() }],
      ['touristTaxTariffs', TARIFFS, {}],
      ['removeTouristTaxTariff', REMOVE_TARIFF, { a: AVIGNON, year: 2026 }],
      ['setTouristTaxTariffSource', SET_SOURCE, { id: '7f1c2a9e-0d3b-4c5e-9f6a-1b2c3d4e5f60', source: { authority: AVIGNON } }],
    ])('refuses its token on the owner operation %s', async (_, document, variables) => {
      const answer = await t.gql(document, variables, destination.token);
      expect(codeOf(answer)).toBe('FORBIDDEN');
      expect(answer.data ?? null).toBeNull();
    });

    it.each<[string, string, Record<string, unknown>]>([
      ['setDestinationTouristTaxTariff', SET_DESTINATION_TARIFF, { input: tableInput({ year: 2026 }) }],
      ['destinationTouristTaxTariffs', DESTINATION_TARIFFS, {}],
      ['removeDestinationTouristTaxTariff', REMOVE_DESTINATION_TARIFF, { a: AVIGNON, year: 2026 }],
    ])('refuses an owner’s token on the destination operation %s', async (_, document, variables) => {
      const before = await eventCount();
      expect(codeOf(await t.gql(document, variables, member.token))).toBe('FORBIDDEN');
      expect(await eventCount()).toBe(before);
    });

    it('leaves the nights untaxed, line by line, once it removes the table its members use', async () => {
      expect((await ok(REMOVE_DESTINATION_TARIFF, { a: AVIGNON, year: 2026 }, destination.token)).removeDestinationTouristTaxTariff).toBe(true);
      expect(await tablesOf(member.token, { d: destination.id })).toEqual([]);
      const quote = await quoteOf(listedGite, await family(member, 1));
      expect(quote.touristTax).toEqual({ cents: 0 });
      expect(quote.touristTaxDetail.lines).toEqual([expect.objectContaining({ status: 'NO_TARIFF_FOR_YEAR', nights: WEEK_NIGHTS, amount: { cents: 0 } })]);
    });
  });
});

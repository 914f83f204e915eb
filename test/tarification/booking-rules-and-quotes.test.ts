import { eventCount } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

const RULES = 'accommodationId minimumStay leadTime { kind hour days } closedToArrival closedToDeparture timeZone touristTax { cents }';
const BOOKING_RULES = `query($id: ID!) { bookingRules(accommodationId: $id) { ${RULES} } }`;
const SET_BOOKING_RULES = `mutation($input: BookingRulesInput!) { setBookingRules(input: $input) { ${RULES} } }`;
const SET_TOURIST_TAX = `mutation($id: ID!, $cents: Int) { setTouristTax(accommodationId: $id, perPersonPerNight: $cents) { ${RULES} } }`;
const QUOTE = `query($input: QuoteInput!) { quote(input: $input) {
  nights persons bookable reasons refusals { code message } accommodationPrice { cents } total { cents }
  supplements { supplementId label { fr } mandatory quantity unitPrice { cents } amount { cents } }
  touristTax { cents } touristTaxDetail { perPersonPerNight { cents } taxedPersons nights amount { cents } }
} }`;

const DEFAULT_RULES = { minimumStay: 1, leadTime: { kind: 'SAME_DAY', hour: null, days: null }, closedToArrival: [], closedToDeparture: [], timeZone: 'Europe/Paris', touristTax: null };
const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

interface Refusal {
  code: string;
  message: string;
}

/** Booking rules and the quote a guest gets over GraphQL, with a clock the tests set. */
describe('booking rules and quotes over GraphQL', () => {
  const clock = new ManualClock(new Date('2026-06-01T10:00:00Z'));
  let t: TestApp;
  let owner: SignedUpOwner;
  let ageRanges: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    owner = await signUpOwner(t);
    const ranges = await t.gql<{ ageRanges: { id: string; label: string }[] }>('{ ageRanges { id label } }', {}, owner.token);
    ageRanges = Object.fromEntries((ranges.data?.ageRanges ?? []).map((r) => [r.label, r.id]));
  });
  afterAll(() => t.close());

  const setClock = (instant: string) => clock.advance(new Date(instant).getTime() - clock.now().getTime());

  /** A gîte for 4 priced for stays of 1 to 7 nights arriving any day of June to August 2026. */
  const gite = async (visibility: 'HIDDEN' | 'LISTED' | 'BOOKABLE' = 'BOOKABLE'): Promise<string> => {
    const created = await t.gql(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: 'Gîte du Ventoux', kind: 'HOLIDAY_RENTAL', city: 'Bédoin', maxCapacity: 4, description: { fr: 'Un gîte.' } } },
      owner.token,
    );
    const id = created.data?.createAccommodation.id as string;
    if (visibility !== 'HIDDEN') await t.gql('mutation($id: ID!, $v: Visibility!) { setAccommodationVisibility(id: $id, visibility: $v) { id } }', { id, v: visibility }, owner.token);
    const rates = await t.gql(
      'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
      { input: { accommodationId: id, periods: [{ from: '2026-06-01', to: '2026-08-31' }], nights: [1, 2, 3, 4, 5, 6, 7], arrivalDays: EVERY_DAY, initialPrice: 50_000 } },
      owner.token,
    );
    expect(rates.data?.setRates.count).toBe(92 * 7);
    return id;
  };
  const adults = (count: number) => [{ ageRangeId: ageRanges.Adult, count }];
  const quote = (accommodationId: string, arrival: string, departure: string, extra: Record<string, unknown> = {}, token?: string) =>
    t.gql(QUOTE, { input: { accommodationId, arrival, departure, occupants: adults(2), ...extra } }, token);
  const refusals = async (accommodationId: string, arrival: string, departure: string, extra: Record<string, unknown> = {}): Promise<Refusal[]> => {
    const answer = await quote(accommodationId, arrival, departure, extra);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.quote.bookable).toBe(answer.data?.quote.refusals.length === 0);
    return answer.data?.quote.refusals as Refusal[];
  };
  const codes = async (...args: Parameters<typeof refusals>) => (await refusals(...args)).map((r) => r.code);
  const setRules = async (accommodationId: string, input: Record<string, unknown>) => {
    const answer = await t.gql(SET_BOOKING_RULES, { input: { accommodationId, ...input } }, owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.setBookingRules as Record<string, unknown>;
  };

  describe('booking rules', () => {
    let id: string;

    beforeAll(async () => {
      id = await gite();
    });

    it('starts an accommodation at a 1-night minimum, same-day booking, no closed days, in Europe/Paris, with no tourist tax', async () => {
      const answer = await t.gql(BOOKING_RULES, { id }, owner.token);
      expect(answer.data?.bookingRules).toEqual({ accommodationId: id, ...DEFAULT_RULES });
    });

    it('answers the rules it stored, which read back the same, with closed days in week order', async () => {
      const stored = await setRules(id, {
        minimumStay: 3,
        leadTime: { kind: 'NEXT_DAY_UNTIL', hour: 18 },
        closedToArrival: ['SUNDAY', 'MONDAY'],
        closedToDeparture: ['WEDNESDAY'],
        timeZone: 'Indian/Reunion',
      });
      const expected = {
        accommodationId: id,
        minimumStay: 3,
        leadTime: { kind: 'NEXT_DAY_UNTIL', hour: 18, days: null },
        closedToArrival: ['MONDAY', 'SUNDAY'],
        closedToDeparture: ['WEDNESDAY'],
        timeZone: 'Indian/Reunion',
        touristTax: null,
      };
      expect(stored).toEqual(expected);
      expect((await t.gql(BOOKING_RULES, { id }, owner.token)).data?.bookingRules).toEqual(expected);
    });

    it('replaces the rules whole: what a later setting leaves out returns to its default', async () => {
      await setRules(id, { minimumStay: 3, leadTime: { kind: 'DAYS_AHEAD', days: 2 }, closedToArrival: ['SUNDAY'], timeZone: 'Indian/Reunion' });
      expect(await setRules(id, { minimumStay: 2 })).toEqual({ accommodationId: id, ...DEFAULT_RULES, minimumStay: 2 });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a minimum stay of 0 nights', { minimumStay: 0 }, 'input.minimumStay'],
      ['a minimum stay of 91 nights', { minimumStay: 91 }, 'input.minimumStay'],
      ['same-day booking until no given hour', { leadTime: { kind: 'SAME_DAY_UNTIL' } }, 'input.leadTime.hour'],
      ['an hour past 23', { leadTime: { kind: 'NEXT_DAY_UNTIL', hour: 24 } }, 'input.leadTime.hour'],
      ['an hour for a lead time that takes none', { leadTime: { kind: 'NEXT_DAY', hour: 12 } }, 'input.leadTime.hour'],
      ['booking 0 days ahead', { leadTime: { kind: 'DAYS_AHEAD', days: 0 } }, 'input.leadTime.days'],
      ['every weekday closed to arrival', { closedToArrival: EVERY_DAY }, 'input.closedToArrival'],
      ['a time zone that does not exist', { timeZone: 'Europe/Lyon' }, 'input.timeZone'],
    ])('refuses %s, naming the field, and keeps the rules as they were', async (_, input, field) => {
      await setRules(id, { minimumStay: 4 });
      const before = await eventCount();
      const answer = await t.gql(SET_BOOKING_RULES, { input: { accommodationId: id, ...input } }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await eventCount()).toBe(before);
      expect((await t.gql(BOOKING_RULES, { id }, owner.token)).data?.bookingRules).toEqual({ accommodationId: id, ...DEFAULT_RULES, minimumStay: 4 });
    });
  });

  describe('why a stay may not be booked', () => {
    let id: string;

    beforeAll(async () => {
      id = await gite();
    });
    beforeEach(() => setClock('2026-06-01T10:00:00Z'));

    it('takes a stay that breaks no rule as bookable, with no reason given', async () => {
      await setRules(id, {});
      const answer = await quote(id, '2026-07-04', '2026-07-11');
      expect(answer.data?.quote).toMatchObject({ bookable: true, reasons: [], refusals: [], nights: 7, persons: 2, accommodationPrice: { cents: 50_000 } });
    });

    it('counts the day where the accommodation is: at 22:30 UTC on 30 June it is already 1 July in Paris, so a 30 June arrival has passed', async () => {
      await setRules(id, {});
      setClock('2026-06-30T22:30:00Z');
      expect(await codes(id, '2026-06-30', '2026-07-02')).toEqual(['ARRIVAL_PASSED']);
      expect(await codes(id, '2026-07-01', '2026-07-03')).toEqual([]);
      setClock('2026-06-30T21:59:00Z');
      expect(await codes(id, '2026-06-30', '2026-07-02')).toEqual([]);
    });

    it('counts the day in the time zone the rules name: 20:30 UTC on 30 June is already 1 July on Réunion', async () => {
      await setRules(id, { timeZone: 'Indian/Reunion' });
      setClock('2026-06-30T20:30:00Z');
      expect(await codes(id, '2026-06-30', '2026-07-02')).toEqual(['ARRIVAL_PASSED']);
      await setRules(id, {});
      expect(await codes(id, '2026-06-30', '2026-07-02')).toEqual([]);
    });

    it('refuses a stay booked too late for next-day booking, counting the day in Paris, and names the earliest arrival', async () => {
      await setRules(id, { leadTime: { kind: 'NEXT_DAY' } });
      setClock('2026-06-30T22:30:00Z');
      const refused = await refusals(id, '2026-07-01', '2026-07-03');
      expect(refused).toEqual([{ code: 'LEAD_TIME', message: expect.stringMatching(/booked by the day before arrival.*earliest arrival now is .*2 July 2026/) }]);
      expect(await codes(id, '2026-07-02', '2026-07-04')).toEqual([]);
    });

    it('lets a stay start the same day until the hour set, in Paris time, and not from that hour on', async () => {
      await setRules(id, { leadTime: { kind: 'SAME_DAY_UNTIL', hour: 18 } });
      setClock('2026-07-01T15:59:00Z');
      expect(await codes(id, '2026-07-01', '2026-07-03')).toEqual([]);
      setClock('2026-07-01T16:00:00Z');
      expect(await codes(id, '2026-07-01', '2026-07-03')).toEqual(['LEAD_TIME']);
      expect(await codes(id, '2026-07-02', '2026-07-04')).toEqual([]);
    });

    it('lets a stay start the next day when booked before the hour set, in Paris time, and the day after from that hour on', async () => {
      await setRules(id, { leadTime: { kind: 'NEXT_DAY_UNTIL', hour: 12 } });
      setClock('2026-06-30T09:59:00Z');
      expect(await codes(id, '2026-07-01', '2026-07-03')).toEqual([]);
      setClock('2026-06-30T10:00:00Z');
      expect(await codes(id, '2026-07-01', '2026-07-03')).toEqual(['LEAD_TIME']);
      expect(await codes(id, '2026-07-02', '2026-07-04')).toEqual([]);
    });

    it('refuses a stay starting sooner than the days ahead set, counted from the day in Paris', async () => {
      await setRules(id, { leadTime: { kind: 'DAYS_AHEAD', days: 3 } });
      setClock('2026-06-30T22:30:00Z');
      expect(await codes(id, '2026-07-03', '2026-07-05')).toEqual(['LEAD_TIME']);
      expect(await codes(id, '2026-07-04', '2026-07-06')).toEqual([]);
    });

    it('refuses a stay shorter than the minimum stay and says how long stays last', async () => {
      await setRules(id, { minimumStay: 3 });
      expect(await refusals(id, '2026-07-04', '2026-07-06')).toEqual([{ code: 'UNDER_MINIMUM_STAY', message: 'Stays last at least 3 nights (asked: 2)' }]);
      expect(await codes(id, '2026-07-04', '2026-07-07')).toEqual([]);
    });

    it('refuses an arrival on a weekday closed to arrival', async () => {
      await setRules(id, { closedToArrival: ['SUNDAY'] });
      expect(await refusals(id, '2026-07-05', '2026-07-08')).toEqual([{ code: 'CLOSED_TO_ARRIVAL', message: 'No arrivals on Sundays' }]);
      expect(await codes(id, '2026-07-04', '2026-07-08')).toEqual([]);
    });

    it('refuses a departure on a weekday closed to departure', async () => {
      await setRules(id, { closedToDeparture: ['SUNDAY'] });
      expect(await refusals(id, '2026-07-06', '2026-07-12')).toEqual([{ code: 'CLOSED_TO_DEPARTURE', message: 'No departures on Sundays' }]);
      expect(await codes(id, '2026-07-06', '2026-07-11')).toEqual([]);
    });

    it('refuses more persons than the accommodation sleeps', async () => {
      await setRules(id, {});
      expect(await refusals(id, '2026-07-04', '2026-07-11', { occupants: [{ ageRangeId: ageRanges.Adult, count: 3 }, { ageRangeId: ageRanges.Child, count: 2 }] })).toEqual([
        { code: 'OVER_CAPACITY', message: 'The accommodation sleeps at most 4 persons (asked: 5)' },
      ]);
      expect(await codes(id, '2026-07-04', '2026-07-11', { occupants: adults(4) })).toEqual([]);
    });

    it('gives every rule a stay breaks at once, so the guest can mend them all', async () => {
      await setRules(id, { minimumStay: 3, closedToArrival: ['SUNDAY'] });
      expect(await codes(id, '2026-07-05', '2026-07-07', { occupants: adults(5) })).toEqual(['UNDER_MINIMUM_STAY', 'CLOSED_TO_ARRIVAL', 'OVER_CAPACITY']);
    });

    it('prices a stay in a listed accommodation but refuses to book it online', async () => {
      const listed = await gite('LISTED');
      const answer = await quote(listed, '2026-07-04', '2026-07-11');
      expect(answer.data?.quote).toMatchObject({
        bookable: false,
        refusals: [{ code: 'NOT_BOOKABLE_ONLINE', message: 'This accommodation does not take bookings online' }],
        accommodationPrice: { cents: 50_000 },
        total: { cents: 50_000 },
      });
    });

    it('hides a hidden accommodation from guests and other owners, and quotes it for its owner', async () => {
      const hidden = await gite('HIDDEN');
      const anonymous = await quote(hidden, '2026-07-04', '2026-07-11');
      expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.accommodationId' });
      expect(anonymous.data ?? null).toBeNull();
      const stranger = await signUpOwner(t);
      const strangers = await quote(hidden, '2026-07-04', '2026-07-11', {}, stranger.token);
      expect(strangers.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.accommodationId' });
      const owners = await quote(hidden, '2026-07-04', '2026-07-11', {}, owner.token);
      expect(owners.errors).toBeUndefined();
      expect(owners.data?.quote).toMatchObject({ bookable: false, refusals: [{ code: 'NOT_BOOKABLE_ONLINE' }], accommodationPrice: { cents: 50_000 } });
    });

    it('refuses occupants of an age range that is not the owner’s, naming the entry', async () => {
      const stranger = await signUpOwner(t);
      const theirs = (await t.gql('{ ageRanges { id label } }', {}, stranger.token)).data?.ageRanges as { id: string; label: string }[];
      const answer = await quote(id, '2026-07-04', '2026-07-11', {
        occupants: [
          { ageRangeId: ageRanges.Adult, count: 2 },
          { ageRangeId: theirs.find((r) => r.label === 'Child')?.id, count: 1 },
        ],
      });
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.occupants[1].ageRangeId' });
    });

    it('refuses a quote for nobody', async () => {
      const answer = await quote(id, '2026-07-04', '2026-07-11', { occupants: [{ ageRangeId: ageRanges.Adult, count: 0 }] });
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.occupants' });
    });
  });

  describe('tourist tax', () => {
    let id: string;
    const family = () => [
      { ageRangeId: ageRanges.Adult, count: 2 },
      { ageRangeId: ageRanges.Child, count: 1 },
    ];

    beforeAll(async () => {
      id = await gite();
    });

    it('keeps the tax per person per night on the booking rules', async () => {
      const answer = await t.gql(SET_TOURIST_TAX, { id, cents: 150 }, owner.token);
      expect(answer.data?.setTouristTax).toEqual({ accommodationId: id, ...DEFAULT_RULES, touristTax: { cents: 150 } });
      expect((await t.gql(BOOKING_RULES, { id }, owner.token)).data?.bookingRules.touristTax).toEqual({ cents: 150 });
    });

    it('taxes the adults of a family per night and exempts the child: 2 × 3 nights × 1.50 € = 9 €, apart from the total', async () => {
      await t.gql(SET_TOURIST_TAX, { id, cents: 150 }, owner.token);
      const answer = await quote(id, '2026-07-04', '2026-07-07', { occupants: family() });
      expect(answer.data?.quote).toMatchObject({
        bookable: true,
        accommodationPrice: { cents: 50_000 },
        total: { cents: 50_000 },
        touristTax: { cents: 900 },
        touristTaxDetail: { perPersonPerNight: { cents: 150 }, taxedPersons: 2, nights: 3, amount: { cents: 900 } },
      });
    });

    it('collects none once the tax is unset', async () => {
      await t.gql(SET_TOURIST_TAX, { id, cents: 150 }, owner.token);
      const unset = await t.gql(SET_TOURIST_TAX, { id, cents: null }, owner.token);
      expect(unset.data?.setTouristTax.touristTax).toBeNull();
      expect((await quote(id, '2026-07-04', '2026-07-07', { occupants: family() })).data?.quote.touristTax).toEqual({ cents: 0 });
    });

    it.each([-1, 2_001])('refuses a tax of %i cents, naming the field, and keeps the tax as it was', async (cents) => {
      await t.gql(SET_TOURIST_TAX, { id, cents: 150 }, owner.token);
      const before = await eventCount();
      const answer = await t.gql(SET_TOURIST_TAX, { id, cents }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'perPersonPerNight' });
      expect(await eventCount()).toBe(before);
      expect((await t.gql(BOOKING_RULES, { id }, owner.token)).data?.bookingRules.touristTax).toEqual({ cents: 150 });
    });
  });

  describe('supplements', () => {
    let id: string;
    let supplements: Record<'heating' | 'cleaning' | 'breakfast' | 'linen', string>;

    beforeAll(async () => {
      id = await gite();
      const define = async (name: string, price: number, unit: string, mandatory: boolean) => {
        const answer = await t.gql(
          'mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }',
          { input: { name: { fr: name }, mandatory, price, unit, accommodationIds: [id] } },
          owner.token,
        );
        expect(answer.errors).toBeUndefined();
        return answer.data?.defineSupplement.id as string;
      };
      supplements = {
        heating: await define('Chauffage', 1_000, 'PER_NIGHT', true),
        cleaning: await define('Ménage', 5_000, 'PER_STAY', true),
        breakfast: await define('Petit-déjeuner', 800, 'PER_PERSON_NIGHT', false),
        linen: await define('Linge de lit', 1_200, 'PER_PERSON', false),
      };
    });

    const lines = async (optionalSupplementIds: string[]) => {
      const answer = await quote(id, '2026-07-04', '2026-07-07', { occupants: adults(3), optionalSupplementIds });
      expect(answer.errors).toBeUndefined();
      const { supplements: quoted, total } = answer.data?.quote as { supplements: { supplementId: string; quantity: number; amount: { cents: number } }[]; total: { cents: number } };
      const byId = Object.fromEntries(quoted.map((s) => [s.supplementId, [s.quantity, s.amount.cents]]));
      return { byId, count: quoted.length, total: total.cents };
    };

    it('always adds the mandatory supplements, once per stay or once per night', async () => {
      const { byId, count, total } = await lines([]);
      expect(count).toBe(2);
      expect(byId).toEqual({ [supplements.heating]: [3, 3_000], [supplements.cleaning]: [1, 5_000] });
      expect(total).toBe(50_000 + 3_000 + 5_000);
    });

    it('adds an optional supplement only when chosen, per person per night or per person', async () => {
      const { byId, count, total } = await lines([supplements.breakfast, supplements.linen]);
      expect(count).toBe(4);
      expect(byId[supplements.breakfast]).toEqual([9, 7_200]);
      expect(byId[supplements.linen]).toEqual([3, 3_600]);
      expect(total).toBe(50_000 + 3_000 + 5_000 + 7_200 + 3_600);
    });

    it('describes each supplement line with its label, unit price and whether it was chosen', async () => {
      const answer = await quote(id, '2026-07-04', '2026-07-07', { occupants: adults(3), optionalSupplementIds: [supplements.breakfast] });
      expect(answer.data?.quote.supplements).toContainEqual({
        supplementId: supplements.breakfast,
        label: { fr: 'Petit-déjeuner' },
        mandatory: false,
        quantity: 9,
        unitPrice: { cents: 800 },
        amount: { cents: 7_200 },
      });
    });

    it('refuses an optional supplement the accommodation does not offer, naming it', async () => {
      const other = await gite();
      const answer = await quote(other, '2026-07-04', '2026-07-07', { optionalSupplementIds: [supplements.breakfast] });
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.optionalSupplementIds[0]' });
    });
  });
});

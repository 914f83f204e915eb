import { randomUUID } from 'node:crypto';
import { eventCount } from '../support/database';
import { signUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

const POLICY = 'kind defaultPercent rules { daysBeforeArrivalUnder percent } depositDueDays balanceDue { onArrival daysBeforeArrival } acceptedPaymentMethods chequePayableTo';
const GET_POLICY = `{ depositPolicy { ${POLICY} } }`;
const SET_POLICY = `mutation($input: DepositPolicyInput!) { setDepositPolicy(input: $input) { ${POLICY} } }`;
const FILE = `id number status total { cents } paid { cents } balance { cents } deposit { kind percent amount { cents } dueDate } balanceDueDate
  payments { date method amount { cents } note }`;
const CREATE = `mutation($input: CreateDossierInput!) { createDossier(input: $input) { ${FILE} } }`;
const GET = `query($id: ID!) { dossier(id: $id) { ${FILE} } }`;
const PAY = `mutation($id: ID!, $input: PaymentInput!) { recordPayment(dossierId: $id, input: $input) { ${FILE} } }`;
const QUOTE = 'query($input: QuoteInput!) { quote(input: $input) { accommodationPrice { cents } total { cents } deposit { kind percent amount { cents } } } }';

interface Dossier {
  id: string;
  number: number;
  status: string;
  total: { cents: number };
  paid: { cents: number };
  balance: { cents: number };
  deposit: { kind: string; percent: number; amount: { cents: number }; dueDate: string };
  balanceDueDate: string;
  payments: { date: string; method: string; amount: { cents: number }; note: string | null }[];
}

const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** Arrhes of 30 %, all of it for a stay within a week and half within a month, due in 5 days, the balance 30 days before arrival. */
const ARRHES = {
  kind: 'ARRHES',
  defaultPercent: 30,
  rules: [
    { daysBeforeArrivalUnder: 30, percent: 50 },
    { daysBeforeArrivalUnder: 7, percent: 100 },
  ],
  depositDueDays: 5,
  balanceDue: { daysBeforeArrival: 30 },
  acceptedPaymentMethods: ['TRANSFER', 'CHEQUE'],
  chequePayableTo: 'SCI Les Tilleuls',
};

/** The owner's deposit policy (arrhes or acompte, rules, deadlines, accepted methods) and the payments ledger, over GraphQL. */
describe('deposit policy and payments over GraphQL', () => {
  const clock = new ManualClock(new Date('2026-06-01T10:00:00Z'));
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(() => t.close());

  const refusal = (answer: GraphqlAnswer) => ({ code: answer.errors?.[0].extensions?.code, field: answer.errors?.[0].extensions?.field });

  /** An owner with a bookable gîte priced 700 € a stay of 3 or 7 nights from June to August 2026, plus 5 € of cleaning. */
  const host = async () => {
    const owner = await signUpOwner(t);
    const ok = async (query: string, variables: Record<string, unknown> = {}) => {
      const answer = await t.gql(query, variables, owner.token);
      expect(answer.errors).toBeUndefined();
      return answer.data ?? {};
    };
    const adults = ((await ok('{ ageRanges { id label } }')).ageRanges as { id: string; label: string }[]).find((r) => r.label === 'Adult')?.id as string;
    const created = await ok('mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }', {
      input: { name: 'Gîte des Tilleuls', kind: 'HOLIDAY_RENTAL', city: 'Cahors', maxCapacity: 4, description: { fr: 'Un gîte.' } },
    });
    const accommodationId = created.createAccommodation.id as string;
    await ok('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id: accommodationId });
    await ok('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', {
      input: { accommodationId, periods: [{ from: '2026-06-01', to: '2026-08-31' }], nights: [3, 7], arrivalDays: EVERY_DAY, initialPrice: 70_000 },
    });
    await ok('mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }', {
      input: { name: { fr: 'Ménage' }, mandatory: true, price: 500, unit: 'PER_STAY', accommodationIds: [accommodationId] },
    });
    const stay = (arrival: string, departure: string) => ({ accommodationId, arrival, departure, occupants: [{ ageRangeId: adults, count: 2 }] });
    const open = async (arrival: string, departure: string) => (await ok(CREATE, { input: { ...stay(arrival, departure), guest: { lastName: 'Martin' } } })).createDossier as Dossier;
    const file = async (id: string) => (await ok(GET, { id })).dossier as Dossier | null;
    const pay = (id: string, cents: number, extra: Record<string, unknown> = {}) => t.gql(PAY, { id, input: { date: '2026-06-02', method: 'TRANSFER', cents, ...extra } }, owner.token);
    const paid = async (id: string, cents: number, extra: Record<string, unknown> = {}) => {
      const answer = await pay(id, cents, extra);
      expect(answer.errors).toBeUndefined();
      return answer.data?.recordPayment as Dossier;
    };
    return { owner, ok, stay, open, file, pay, paid };
  };

  describe('the deposit policy', () => {
    let h: Awaited<ReturnType<typeof host>>;
    let before: Dossier;

    beforeAll(async () => {
      h = await host();
    });

    it('asks an acompte of 25 %, due 10 days after the option, the balance on arrival, by any means but online, until the owner sets one', async () => {
      expect((await h.ok(GET_POLICY)).depositPolicy).toEqual({
        kind: 'ACOMPTE',
        defaultPercent: 25,
        rules: [],
        depositDueDays: 10,
        balanceDue: { onArrival: true, daysBeforeArrival: null },
        acceptedPaymentMethods: ['CHEQUE', 'HOLIDAY_VOUCHERS', 'TRANSFER', 'CASH', 'CARD'],
        chequePayableTo: null,
      });
      before = await h.open('2026-07-18', '2026-07-25');
      expect(before).toMatchObject({ deposit: { kind: 'ACOMPTE', percent: 25, amount: { cents: 17_500 }, dueDate: '2026-06-11' }, balanceDueDate: '2026-07-18' });
    });

    it('replaces the policy as a whole and answers it, its rules closest first and its methods in a fixed order', async () => {
      const expected = {
        kind: 'ARRHES',
        defaultPercent: 30,
        rules: [
          { daysBeforeArrivalUnder: 7, percent: 100 },
          { daysBeforeArrivalUnder: 30, percent: 50 },
        ],
        depositDueDays: 5,
        balanceDue: { onArrival: false, daysBeforeArrival: 30 },
        acceptedPaymentMethods: ['CHEQUE', 'TRANSFER'],
        chequePayableTo: 'SCI Les Tilleuls',
      };
      expect((await h.ok(SET_POLICY, { input: ARRHES })).setDepositPolicy).toEqual(expected);
      expect((await h.ok(GET_POLICY)).depositPolicy).toEqual(expected);
    });

    it.each<[string, string, string, number]>([
      ['a stay 33 days ahead: the default 30 %', '2026-07-04', '2026-07-11', 30],
      ['a stay 19 days ahead: 50 %, under 30 days', '2026-06-20', '2026-06-27', 50],
      ['a stay 4 days ahead: all of it, under 7 days', '2026-06-05', '2026-06-08', 100],
    ])("has the public quote's deposit line ask arrhes for %s of the accommodation price, supplements excluded", async (_, arrival, departure, percent) => {
      const answer = await t.gql(QUOTE, { input: h.stay(arrival, departure) });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.quote).toEqual({ accommodationPrice: { cents: 70_000 }, total: { cents: 70_500 }, deposit: { kind: 'ARRHES', percent, amount: { cents: 700 * percent } } });
    });

    it('gives a new file arrhes of 30 %, due 5 days after it was made, and the balance 30 days before arrival', async () => {
      expect(await h.open('2026-07-25', '2026-08-01')).toMatchObject({
        total: { cents: 70_500 },
        deposit: { kind: 'ARRHES', percent: 30, amount: { cents: 21_000 }, dueDate: '2026-06-06' },
        balanceDueDate: '2026-06-25',
      });
    });

    it('asks all of a stay 4 days ahead, due by its arrival, with the balance due then too', async () => {
      expect(await h.open('2026-06-05', '2026-06-08')).toMatchObject({
        deposit: { kind: 'ARRHES', percent: 100, amount: { cents: 70_000 }, dueDate: '2026-06-05' },
        balanceDueDate: '2026-06-05',
      });
    });

    it('leaves a file made before the change with the terms it was made with', async () => {
      expect(await h.file(before.id)).toMatchObject({ deposit: { kind: 'ACOMPTE', percent: 25, amount: { cents: 17_500 }, dueDate: '2026-06-11' }, balanceDueDate: '2026-07-18' });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a default of 101 %', { defaultPercent: 101 }, 'input.defaultPercent'],
      ['a default below 0 %', { defaultPercent: -5 }, 'input.defaultPercent'],
      ['a rule of 101 %', { rules: [{ daysBeforeArrivalUnder: 7, percent: 101 }] }, 'input.rules.0.percent'],
      [
        'two rules for the same number of days',
        {
          rules: [
            { daysBeforeArrivalUnder: 7, percent: 100 },
            { daysBeforeArrivalUnder: 7, percent: 50 },
          ],
        },
        'input.rules.1.daysBeforeArrivalUnder',
      ],
      ['no accepted payment method', { acceptedPaymentMethods: [] }, 'input.acceptedPaymentMethods'],
      ['a deposit due in 400 days', { depositDueDays: 400 }, 'input.depositDueDays'],
    ])('refuses %s with BAD_USER_INPUT naming the field, and keeps the policy it had', async (_, change, field) => {
      const current = (await h.ok(GET_POLICY)).depositPolicy;
      const events = await eventCount();
      const answer = await t.gql(SET_POLICY, { input: { ...ARRHES, ...change } }, h.owner.token);
      expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(answer.errors?.[0].message).toContain(field);
      expect(await eventCount()).toBe(events);
      expect((await h.ok(GET_POLICY)).depositPolicy).toEqual(current);
    });
  });

  describe('payments', () => {
    let h: Awaited<ReturnType<typeof host>>;

    beforeAll(async () => {
      h = await host();
    });

    it.each<[string, number, Record<string, unknown>, string, [string, string]]>([
      ['a payment of 0', 0, {}, 'input.cents', ['2026-06-06', '2026-06-13']],
      ['a payment by a method the owner does not accept (online, by default)', 10_000, { method: 'ONLINE' }, 'input.method', ['2026-06-13', '2026-06-20']],
      ['a refund without its reason', -1_000, {}, 'input.note', ['2026-06-20', '2026-06-27']],
      ['a refund on a file nothing was paid on', -1_000, { note: 'Erreur' }, 'input.cents', ['2026-06-27', '2026-07-04']],
    ])('refuses %s with BAD_USER_INPUT naming the field, and records nothing', async (_, cents, extra, field, [arrival, departure]) => {
      const file = await h.open(arrival, departure);
      const events = await eventCount();
      const answer = await h.pay(file.id, cents, extra);
      expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(answer.errors?.[0].message).toContain(field);
      expect(await eventCount()).toBe(events);
      expect(await h.file(file.id)).toEqual(file);
    });

    it('refuses a method the owner took off the accepted ones, and takes one still accepted', async () => {
      const other = await host();
      await other.ok(SET_POLICY, { input: { ...ARRHES, acceptedPaymentMethods: ['CHEQUE'] } });
      const file = await other.open('2026-07-04', '2026-07-11');
      expect(refusal(await other.pay(file.id, 10_000, { method: 'CASH' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.method' });
      expect((await other.paid(file.id, 10_000, { method: 'CHEQUE' })).payments).toEqual([{ date: '2026-06-02', method: 'CHEQUE', amount: { cents: 10_000 }, note: null }]);
    });

    it('records a refund with its reason as a negative payment, and the balance rises by it', async () => {
      const file = await h.open('2026-07-18', '2026-07-25');
      await h.paid(file.id, 30_000);
      const refunded = await h.paid(file.id, -10_000, { note: 'Geste commercial' });
      expect(refunded).toMatchObject({ status: 'CONFIRMED', paid: { cents: 20_000 }, balance: { cents: 50_500 } });
      expect(refunded.payments).toEqual([
        { date: '2026-06-02', method: 'TRANSFER', amount: { cents: 30_000 }, note: null },
        { date: '2026-06-02', method: 'TRANSFER', amount: { cents: -10_000 }, note: 'Geste commercial' },
      ]);
    });

    it('refuses a refund of more than was paid, naming input.cents', async () => {
      const file = await h.open('2026-08-01', '2026-08-08');
      const deposit = await h.paid(file.id, 17_500);
      const answer = await h.pay(file.id, -17_501, { note: 'Annulation' });
      expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.cents' });
      expect(await h.file(file.id)).toEqual(deposit);
      expect((await h.paid(file.id, -17_500, { note: 'Annulation' })).paid.cents).toBe(0);
    });

    it('takes a paid file back to confirmed when part of it is refunded', async () => {
      const file = await h.open('2026-08-08', '2026-08-15');
      expect(await h.paid(file.id, 70_500)).toMatchObject({ status: 'PAID', balance: { cents: 0 } });
      expect(await h.paid(file.id, -5_000, { note: 'Ménage non fait' })).toMatchObject({ status: 'CONFIRMED', paid: { cents: 65_500 }, balance: { cents: 5_000 } });
    });

    it.each<[string, () => Promise<string>]>([
      [
        'a deleted file',
        async () => {
          const file = await h.open('2026-08-15', '2026-08-18');
          await h.ok('mutation($id: ID!) { deleteDossier(id: $id) }', { id: file.id });
          return file.id;
        },
      ],
      ['a file that never existed', () => Promise.resolve(randomUUID())],
    ])('refuses a payment on %s with NOT_FOUND, naming dossierId, and records nothing', async (_, dossierId) => {
      const id = await dossierId();
      const events = await eventCount();
      const answer = await h.pay(id, 10_000);
      expect(refusal(answer)).toEqual({ code: 'NOT_FOUND', field: 'dossierId' });
      expect(answer.data ?? null).toBeNull();
      expect(await eventCount()).toBe(events);
    });
  });
});

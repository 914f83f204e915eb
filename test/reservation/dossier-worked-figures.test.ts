import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

const DOSSIER_FIELDS = `id number status total { cents } paid { cents } balance { cents }
  deposit { kind percent amount { cents } dueDate } balanceDueDate
  stays { accommodationId arrival departure price { cents } accommodationPrice { cents } }
  payments { amount { cents } method }`;
const CREATE = `mutation($input: CreateDossierInput!) { createDossier(input: $input) { ${DOSSIER_FIELDS} } }`;
const PAY = `mutation($id: ID!, $input: PaymentInput!) { recordPayment(dossierId: $id, input: $input) { ${DOSSIER_FIELDS} } }`;

interface Figures {
  id: string;
  number: number;
  status: string;
  total: { cents: number };
  paid: { cents: number };
  balance: { cents: number };
  deposit: { kind: string; percent: number; amount: { cents: number }; dueDate: string };
  balanceDueDate: string;
}

/** DOMAIN.md's worked figures for booking files and payments, end to end over GraphQL. */
describe('booking file worked figures over GraphQL', () => {
  let t: TestApp;
  let owner: SignedUpOwner;
  let accommodationId: string;
  let adults: string;

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2026-06-01T10:00:00Z')) });
    owner = await signUpOwner(t);
    const created = await t.gql(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: 'Gîte des Lavandes', kind: 'HOLIDAY_RENTAL', city: 'Gordes', maxCapacity: 4, description: { fr: 'Un gîte.' } } },
      owner.token,
    );
    accommodationId = created.data?.createAccommodation.id as string;
    adults = ((await t.gql('{ ageRanges { id label } }', {}, owner.token)).data?.ageRanges as { id: string; label: string }[]).find((r) => r.label === 'Adult')?.id as string;
    const supplement = await t.gql(
      'mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }',
      { input: { name: { fr: 'Ménage' }, mandatory: true, price: 500, unit: 'PER_STAY', accommodationIds: [accommodationId] } },
      owner.token,
    );
    expect(supplement.errors).toBeUndefined();
    const rates = await t.gql(
      'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
      { input: { accommodationId, periods: [{ from: '2026-07-04', to: '2026-07-04' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 25000 } },
      owner.token,
    );
    expect(rates.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  const create = async (input: Record<string, unknown>): Promise<Figures> => {
    const answer = await t.gql<{ createDossier: Figures }>(CREATE, { input: { accommodationId, occupants: [{ ageRangeId: adults, count: 2 }], guest: { lastName: 'Martin', firstName: 'Claire' }, ...input } }, owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.createDossier as Figures;
  };
  const pay = async (id: string, cents: number): Promise<Figures> => {
    const answer = await t.gql<{ recordPayment: Figures }>(PAY, { id, input: { date: '2026-06-02', method: 'TRANSFER', cents } }, owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.recordPayment as Figures;
  };

  it('asks 62.50 € on 250 € + 5 €, confirms on that payment with 192.50 € left, and is paid after 192.50 €', async () => {
    const file = await create({ arrival: '2026-07-04', departure: '2026-07-11' });
    expect(file).toMatchObject({ number: 1, status: 'OPTION', total: { cents: 25_500 }, balance: { cents: 25_500 }, deposit: { kind: 'ACOMPTE', percent: 25, amount: { cents: 6_250 }, dueDate: '2026-06-11' }, balanceDueDate: '2026-07-04' });
    expect(await pay(file.id, 6_250)).toMatchObject({ status: 'CONFIRMED', paid: { cents: 6_250 }, balance: { cents: 19_250 } });
    expect(await pay(file.id, 19_250)).toMatchObject({ status: 'PAID', paid: { cents: 25_500 }, balance: { cents: 0 } });
  });

  it('asks 87.50 € on 350 € + 5 € = 355 €', async () => {
    const file = await create({ arrival: '2026-08-01', departure: '2026-08-08', price: 35_000 });
    expect(file).toMatchObject({ number: 2, total: { cents: 35_500 }, deposit: { amount: { cents: 8_750 } } });
  });

  it('asks 10.62 € on 42.50 € + 5 € = 47.50 €, leaving 36.88 € once the deposit is paid', async () => {
    const file = await create({ arrival: '2026-08-15', departure: '2026-08-16', price: 4_250 });
    expect(file).toMatchObject({ number: 3, total: { cents: 4_750 }, deposit: { amount: { cents: 1_062 } } });
    expect(await pay(file.id, 1_062)).toMatchObject({ status: 'CONFIRMED', balance: { cents: 3_688 } });
  });
});

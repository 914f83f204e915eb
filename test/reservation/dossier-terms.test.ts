import { ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { pdfWords } from '../support/pdf-text';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { until } from '../support/until';

const FILE = `id status total { cents } paid { cents } balance { cents } balanceDueDate
  deposit { kind percent amount { cents } dueDate }
  discount { label percent amount { cents } }
  stays { accommodationPrice { cents } priceOverridden discounts { amount { cents } } price { cents } }`;

interface File {
  id: string;
  status: string;
  total: { cents: number };
  balance: { cents: number };
  balanceDueDate: string;
  deposit: { kind: string; percent: number; amount: { cents: number }; dueDate: string };
  discount: { label: string | null; percent: number | null; amount: { cents: number } } | null;
  stays: { accommodationPrice: { cents: number }; priceOverridden: boolean; price: { cents: number } }[];
}

/**
 * The terms of a file the owner sets by hand, over GraphQL: each answered with the file as it now
 * reads, each refused by name when it would not hold together, each an event of its history, and
 * what integrators see of them published without a new public shape.
 */
describe('booking file terms set by hand', () => {
  let t: TestApp;
  let gite: OwnerWithGite;

  // 09:00 in Paris on 10 January 2033: a file made now has its deposit due on the 20th.
  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2033-01-10T08:00:00Z')) });
    gite = await ownerWithGite(t);
  });
  afterAll(() => t.close());

  const as = async <T>(answer: Promise<GraphqlAnswer<Record<string, T>>>, field: string): Promise<T> => {
    const { data, errors } = await answer;
    if (!data) throw new Error(JSON.stringify(errors));
    return data[field];
  };
  const mutate = (name: string, args: string, variables: Record<string, unknown>) => t.gql<Record<string, File>>(`mutation(${args}) { ${name} { ${FILE} } }`, variables, gite.owner.token);
  const open = (arrival: string, departure: string, price: number) =>
    as(
      t.gql<Record<string, File>>(
        `mutation($input: CreateDossierInput!) { createDossier(input: $input) { ${FILE} } }`,
        { input: { accommodationId: gite.accommodationId, arrival, departure, occupants: [{ ageRangeId: gite.adults, count: 2 }], price, guest: { lastName: 'Martin' } } },
        gite.owner.token,
      ),
      'createDossier',
    );
  const terms = (id: string, input: Record<string, unknown>) => mutate('setDossierTerms(id: $id, input: $input)', '$id: ID!, $input: DossierTermsInput!', { id, input });
  const discount = (id: string, given: Record<string, unknown> | null) => mutate('setDossierDiscount(id: $id, discount: $discount)', '$id: ID!, $discount: DossierDiscountInput', { id, discount: given });
  const refusal = (answer: GraphqlAnswer) => answer.errors?.[0].extensions;

  it('sets the deposit’s percentage and gives more time to pay it, the file answering with its new deposit', async () => {
    const file = await open('2033-03-05', '2033-03-12', 40_000);
    expect(file.deposit).toEqual({ kind: 'ACOMPTE', percent: 25, amount: { cents: 10_000 }, dueDate: '2033-01-20' });
    const changed = await as(terms(file.id, { depositPercent: 30, depositDueDate: '2033-02-01', balanceDueDate: '2033-03-01' }), 'setDossierTerms');
    expect(changed).toMatchObject({ deposit: { percent: 30, amount: { cents: 12_000 }, dueDate: '2033-02-01' }, balanceDueDate: '2033-03-01' });
    const history = await as(t.gql<Record<string, { type: string; actor: string }[]>>('query($id: ID!) { dossierHistory(id: $id) { type actor } }', { id: file.id }, gite.owner.token), 'dossierHistory');
    expect(history.map((e) => e.type)).toEqual(expect.arrayContaining(['DepositPercentChanged', 'DueDatesMoved']));
  });

  it('refuses terms that do not hold together, naming the field and the rule', async () => {
    const file = await open('2033-04-02', '2033-04-09', 40_000);
    expect(refusal(await terms(file.id, { depositPercent: 100.5 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depositPercent', reason: 'DEPOSIT_PERCENT_OUT_OF_RANGE' });
    expect(refusal(await terms(file.id, { depositDueDate: '2033-04-03' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depositDueDate', reason: 'DEPOSIT_DUE_AFTER_ARRIVAL' });
    expect(refusal(await terms(file.id, { depositDueDate: '2033-03-20', balanceDueDate: '2033-03-10' }))).toMatchObject({ field: 'depositDueDate', reason: 'DEPOSIT_DUE_AFTER_BALANCE' });
    expect(refusal(await terms(file.id, { balanceDueDate: '2033-04-10' }))).toMatchObject({ field: 'balanceDueDate', reason: 'BALANCE_DUE_AFTER_DEPARTURE' });
    expect(refusal(await terms(file.id, { depositDueDate: '2033-01-09' }))).toMatchObject({ field: 'depositDueDate', reason: 'DUE_DATE_IN_THE_PAST' });
    expect(refusal(await terms(file.id, {}))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    const cancelled = await t.gql('mutation($id: ID!) { cancelDossier(id: $id) { id } }', { id: file.id }, gite.owner.token);
    expect(cancelled.errors).toBeUndefined();
    expect(refusal(await terms(file.id, { depositPercent: 30 }))).toMatchObject({ code: 'CONFLICT' });
    expect(refusal(await discount(file.id, { cents: 100 }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('takes the manual’s 7.50 € off 50 €: 47.50 € with the 5 € cleaning, a deposit of 10.62 €, 36.88 € left once it is paid', async () => {
    const file = await open('2033-05-07', '2033-05-14', 5_000);
    await as(t.gql('mutation($id: ID!) { addGlobalSupplement(id: $id, label: "Ménage", cents: 500) { id } }', { id: file.id }, gite.owner.token), 'addGlobalSupplement');
    const discounted = await as(discount(file.id, { cents: 750 }), 'setDossierDiscount');
    expect(discounted).toMatchObject({ total: { cents: 4_750 }, deposit: { amount: { cents: 1_062 } }, discount: { label: null, percent: null, amount: { cents: 750 } } });
    const paid = await as(
      t.gql<Record<string, File>>(`mutation($id: ID!) { recordPayment(dossierId: $id, input: { date: "2033-01-10", method: TRANSFER, cents: 1062 }) { ${FILE} } }`, { id: file.id }, gite.owner.token),
      'recordPayment',
    );
    expect(paid).toMatchObject({ status: 'CONFIRMED', balance: { cents: 3_688 } });
    // The document shows the owner's discount as a line of its own, and the total with it deducted.
    const pdf = await fetch(`${t.url.replace(/\/graphql$/, '')}/dossiers/${file.id}/document.pdf`, { headers: { authorization: `Bearer ${gite.owner.token}` } });
    const printed = pdfWords(Buffer.from(await pdf.arrayBuffer()));
    expect(printed).toContain('Remise -7,50 €');
    expect(printed).toContain('Total : 47,50 € (remise de 7,50 € déduite)');
  });

  it('gives a discount in percent, refuses one above the accommodation price, and takes it back', async () => {
    const file = await open('2033-06-04', '2033-06-11', 40_000);
    expect(await as(discount(file.id, { percent: 10, label: 'Fidélité' }), 'setDossierDiscount')).toMatchObject({ total: { cents: 36_000 }, discount: { label: 'Fidélité', percent: 10, amount: { cents: 4_000 } } });
    expect(refusal(await discount(file.id, { cents: 40_001 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'discount', reason: 'DISCOUNT_TOO_LARGE' });
    expect(refusal(await discount(file.id, { cents: 100, percent: 5 }))).toMatchObject({ field: 'discount' });
    expect(refusal(await discount(file.id, { cents: 2_000_000_000 }))).toMatchObject({ field: 'discount.cents' });
    expect(await as(discount(file.id, null), 'setDossierDiscount')).toMatchObject({ total: { cents: 40_000 }, discount: null });
  });

  it('sets the total agreed with the guest as a discount, and a stay’s price by hand, published to integrators as a change of the stay', async () => {
    const file = await open('2033-07-02', '2033-07-09', 40_000);
    const agreed = await as(mutate('setDossierTotal(id: $id, cents: 38000, label: "Prix convenu")', '$id: ID!', { id: file.id }), 'setDossierTotal');
    expect(agreed).toMatchObject({ total: { cents: 38_000 }, discount: { label: 'Prix convenu', amount: { cents: 2_000 } } });
    expect(refusal(await mutate('setDossierTotal(id: $id, cents: 41000)', '$id: ID!', { id: file.id }))).toMatchObject({ field: 'cents', reason: 'TOTAL_ABOVE_LINES' });
    const priced = await as(mutate('setDossierStayPrice(id: $id, cents: 45000)', '$id: ID!', { id: file.id }), 'setDossierStayPrice');
    expect(priced).toMatchObject({ total: { cents: 43_000 }, stays: [{ accommodationPrice: { cents: 45_000 }, priceOverridden: true, price: { cents: 45_000 } }] });
    expect(refusal(await mutate('setDossierStayPrice(id: $id, cents: -1)', '$id: ID!', { id: file.id }))).toMatchObject({ field: 'cents' });

    const published = await until('the stay’s new price published', async () => {
      const feed = await t.gql<{ integrationEvents: { nodes: { type: string; data: { booking: { bookingId: string; stays: { price: { cents: number } }[] } } }[] } }>(
        '{ integrationEvents(first: 500, types: ["booking.stay_changed"]) { nodes { type data } } }',
        {},
        gite.owner.token,
      );
      return feed.data?.integrationEvents.nodes.find((e) => e.data.booking.bookingId === file.id);
    });
    expect(published.data.booking.stays[0].price).toEqual({ cents: 45_000, currency: 'EUR' });
  });
});

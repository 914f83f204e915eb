import { randomUUID } from 'node:crypto';
import { eventCount } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

const DOSSIER = `id number createdAt status origin promoCode note internalNote contractSigned cancellationReason cancelledAt
  guest { company civility lastName firstName address addressLine2 postalCode city country phone1 phone2 phone3 fax email }
  stays { accommodationId arrival departure occupants { ageRangeId count } accommodationPrice { cents } price { cents } priceOverridden
    discounts { amount { cents } } supplements { label { fr } amount { cents } } }
  globalSupplements { label amount { cents } }
  total { cents } paid { cents } balance { cents } deposit { kind percent amount { cents } dueDate } balanceDueDate
  payments { amount { cents } method note }`;

const CREATE = `mutation($input: CreateDossierInput!) { createDossier(input: $input) { ${DOSSIER} } }`;
const GET = `query($id: ID!) { dossier(id: $id) { ${DOSSIER} } }`;
const LIST = `query($filter: DossierFilter) { dossiers(filter: $filter, first: 500) { totalCount nodes { id number status } } }`;
const ADD_STAY = `mutation($id: ID!, $input: StayInput!) { addStayToDossier(id: $id, input: $input) { ${DOSSIER} } }`;
const CHANGE_STAY = `mutation($id: ID!, $arrival: Date!, $departure: Date!, $accommodationId: ID) {
  changeDossierStay(id: $id, arrival: $arrival, departure: $departure, accommodationId: $accommodationId) { ${DOSSIER} } }`;
const CHANGE_OCCUPANTS = `mutation($id: ID!, $occupants: [OccupantsInput!]!) { changeDossierOccupants(id: $id, occupants: $occupants) { ${DOSSIER} } }`;
const CONFIRM = `mutation($id: ID!) { confirmDossier(id: $id) { ${DOSSIER} } }`;
const CANCEL = `mutation($id: ID!, $reason: String) { cancelDossier(id: $id, reason: $reason) { ${DOSSIER} } }`;
const DELETE = 'mutation($id: ID!) { deleteDossier(id: $id) }';
const SUPPLEMENT = `mutation($id: ID!, $label: String!, $cents: Int!) { addGlobalSupplement(id: $id, label: $label, cents: $cents) { ${DOSSIER} } }`;
const NOTES = `mutation($id: ID!, $note: String, $internalNote: String) { setDossierNotes(id: $id, note: $note, internalNote: $internalNote) { ${DOSSIER} } }`;
const NOTE_ONLY = `mutation($id: ID!, $note: String) { setDossierNotes(id: $id, note: $note) { ${DOSSIER} } }`;
const SIGNED = `mutation($id: ID!) { markContractSigned(id: $id) { ${DOSSIER} } }`;
const PAY = `mutation($id: ID!, $input: PaymentInput!) { recordPayment(dossierId: $id, input: $input) { ${DOSSIER} } }`;
const HISTORY = 'query($id: ID!) { dossierHistory(id: $id) { eventId type stream occurredAt actor data } }';
const AS_OF = `query($id: ID!, $at: DateTime!) { dossierAsOf(id: $id, at: $at) { ${DOSSIER} } }`;
const PLANNING = `query($id: ID!, $from: Date!, $to: Date!) {
  planning(accommodationId: $id, from: $from, to: $to) { date state dossierId guestName } }`;
const BLOCK = 'mutation($id: ID!, $from: Date!, $to: Date!) { blockNights(accommodationId: $id, from: $from, to: $to) { id } }';
const QUOTE = `query($input: QuoteInput!) { quote(input: $input) { discountedAccommodationPrice { cents } supplements { amount { cents } } total { cents } } }`;

const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const OPENED = new Date('2026-06-01T10:00:00Z');
const HOUR = 3_600_000;

interface Day {
  date: string;
  state: string;
  dossierId: string | null;
  guestName: string | null;
}

interface Money {
  cents: number;
}

interface Dossier {
  id: string;
  number: number;
  createdAt: string;
  status: string;
  origin: string;
  promoCode: string | null;
  note: string | null;
  internalNote: string | null;
  contractSigned: boolean;
  cancellationReason: string | null;
  cancelledAt: string | null;
  guest: Record<string, string | null>;
  stays: {
    accommodationId: string;
    arrival: string;
    departure: string;
    occupants: { ageRangeId: string; count: number }[];
    accommodationPrice: Money;
    price: Money;
    priceOverridden: boolean;
    discounts: { amount: Money }[];
    supplements: { label: { fr: string }; amount: Money }[];
  }[];
  globalSupplements: { label: string; amount: Money }[];
  total: Money;
  paid: Money;
  balance: Money;
  deposit: { kind: string; percent: number; amount: Money; dueDate: string };
  balanceDueDate: string;
  payments: { amount: Money; method: string; note: string | null }[];
}

interface HistoryEntry {
  eventId: string;
  type: string;
  stream: string;
  occurredAt: string;
  actor: string;
  data: Record<string, unknown>;
}

const CLAIRE = {
  company: 'Martin Conseil',
  civility: 'Mme',
  lastName: 'Martin',
  firstName: 'Claire',
  address: '12 rue des Lilas',
  addressLine2: 'Bâtiment B',
  postalCode: '69003',
  city: 'Lyon',
  country: 'France',
  phone1: '+33 6 12 34 56 78',
  phone2: '04 78 00 00 00',
  phone3: '(0)4.78.11.22.33',
  fax: '04-78-99-99-99',
  email: 'Claire.Martin@example.fr',
};

/** Booking files over GraphQL: opening them on held nights, changing, confirming, cancelling and auditing them. */
describe('booking files over GraphQL', () => {
  const clock = new ManualClock(OPENED);
  let t: TestApp;
  let owner: SignedUpOwner;
  let intruder: SignedUpOwner;
  let adults: string;
  let children: string;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    owner = await signUpOwner(t);
    intruder = await signUpOwner(t, { lastName: 'Durand' });
    const ranges = (await t.gql('{ ageRanges { id label } }', {}, owner.token)).data?.ageRanges as { id: string; label: string }[];
    adults = ranges.find((r) => r.label === 'Adult')?.id as string;
    children = ranges.find((r) => r.label === 'Child')?.id as string;
  });
  afterAll(() => t.close());

  const ok = async (query: string, variables: Record<string, unknown>, token = owner.token) => {
    const answer = await t.gql(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  };
  const refusal = (answer: GraphqlAnswer) => ({ code: answer.errors?.[0].extensions?.code, field: answer.errors?.[0].extensions?.field });

  /** A gîte sleeping `maxCapacity`, priced for July and August 2026: 700 € a stay of 3 or 7 nights, any arrival day. */
  const gite = async (who: SignedUpOwner = owner, maxCapacity = 4): Promise<string> => {
    const created = await ok(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: 'Gîte des Tilleuls', kind: 'HOLIDAY_RENTAL', city: 'Cahors', maxCapacity, description: { fr: 'Un gîte.' } } },
      who.token,
    );
    const id = created.createAccommodation.id as string;
    await setRates(id, '2026-07-01', '2026-08-31', [3, 7], 70_000, who);
    return id;
  };
  const setRates = (accommodationId: string, from: string, to: string, nights: number[], initialPrice: number, who: SignedUpOwner = owner) =>
    ok('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', { input: { accommodationId, periods: [{ from, to }], nights, arrivalDays: EVERY_DAY, initialPrice } }, who.token);

  const stayInput = (accommodationId: string, arrival: string, departure: string, extra: Record<string, unknown> = {}) => ({
    accommodationId,
    arrival,
    departure,
    occupants: [{ ageRangeId: adults, count: 2 }],
    ...extra,
  });
  const attempt = (accommodationId: string, arrival: string, departure: string, extra: Record<string, unknown> = {}, token = owner.token) =>
    t.gql(CREATE, { input: { ...stayInput(accommodationId, arrival, departure), guest: { firstName: 'Claire', lastName: 'Martin' }, ...extra } }, token);
  const open = async (accommodationId: string, arrival: string, departure: string, extra: Record<string, unknown> = {}, token = owner.token) => {
    const answer = await attempt(accommodationId, arrival, departure, extra, token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.createDossier as Dossier;
  };
  const dossier = async (id: string, token = owner.token) => (await ok(GET, { id }, token)).dossier as Dossier | null;
  const planning = async (accommodationId: string, from: string, to: string, token = owner.token): Promise<Day[]> =>
    (await ok(PLANNING, { id: accommodationId, from, to }, token)).planning as Day[];
  /** Each night as `date state`, and the file holding it: the planning at a glance. */
  const glance = async (accommodationId: string, from: string, to: string): Promise<string[]> =>
    (await planning(accommodationId, from, to)).map((d) => [d.date, d.state, d.dossierId].filter((part) => part !== null).join(' '));
  const nights = (from: string, count: number, state: string, dossierId: string | null = null): string[] =>
    Array.from({ length: count }, (_, i) => {
      const date = new Date(`${from}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + i);
      return [date.toISOString().slice(0, 10), state, dossierId].filter((part) => part !== null).join(' ');
    });
  const pay = async (id: string, cents: number, method = 'TRANSFER') => (await ok(PAY, { id, input: { date: '2026-06-02', method, cents } })).recordPayment as Dossier;
  const history = async (id: string): Promise<HistoryEntry[]> => (await ok(HISTORY, { id })).dossierHistory as HistoryEntry[];

  describe('opening a file', () => {
    /** One gîte for every refused file: none of them may leave anything on it. */
    let refusedGite: string | undefined;

    it('opens an option with the guest as given, the stay and its price frozen from the quote, numbered 1 for a new owner', async () => {
      const me = await signUpOwner(t);
      const ranges = (await ok('{ ageRanges { id label } }', {}, me.token)).ageRanges as { id: string; label: string }[];
      const mine = ranges.find((r) => r.label === 'Adult')?.id as string;
      const id = await gite(me);
      await ok(
        'mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }',
        { input: { name: { fr: 'Ménage' }, mandatory: true, price: 5_000, unit: 'PER_STAY', accommodationIds: [id] } },
        me.token,
      );
      const occupants = [{ ageRangeId: mine, count: 2 }];
      const quote = (await ok(QUOTE, { input: { accommodationId: id, arrival: '2026-07-04', departure: '2026-07-11', occupants } }, me.token)).quote;
      const answer = await t.gql(
        CREATE,
        { input: { accommodationId: id, arrival: '2026-07-04', departure: '2026-07-11', occupants, guest: CLAIRE, note: 'Arrivée vers 18 h', internalNote: 'Client fidèle' } },
        me.token,
      );
      expect(answer.errors).toBeUndefined();
      const file = answer.data?.createDossier;
      expect(file).toEqual({
        id: expect.any(String),
        number: 1,
        createdAt: OPENED.toISOString(),
        status: 'OPTION',
        origin: 'BACK_OFFICE',
        promoCode: null,
        note: 'Arrivée vers 18 h',
        internalNote: 'Client fidèle',
        contractSigned: false,
        cancellationReason: null,
        cancelledAt: null,
        guest: CLAIRE,
        stays: [
          {
            accommodationId: id,
            arrival: '2026-07-04',
            departure: '2026-07-11',
            occupants,
            accommodationPrice: { cents: 70_000 },
            price: { cents: 75_000 },
            priceOverridden: false,
            discounts: [],
            supplements: [{ label: { fr: 'Ménage' }, amount: { cents: 5_000 } }],
          },
        ],
        globalSupplements: [],
        total: { cents: 75_000 },
        paid: { cents: 0 },
        balance: { cents: 75_000 },
        deposit: { kind: 'ACOMPTE', percent: 25, amount: { cents: 17_500 }, dueDate: '2026-06-11' },
        balanceDueDate: '2026-07-04',
        payments: [],
      });
      expect(file.stays[0].price).toEqual(quote.total);
      expect(file.stays[0].accommodationPrice).toEqual(quote.discountedAccommodationPrice);
      expect(await dossier(file.id, me.token)).toEqual(file);
    });

    it('keeps the price it was made with when the owner changes the rates afterwards', async () => {
      const id = await gite();
      const file = await open(id, '2026-07-04', '2026-07-11');
      await setRates(id, '2026-07-01', '2026-07-31', [7], 99_000);
      const quote = (await ok(QUOTE, { input: stayInput(id, '2026-07-04', '2026-07-11') })).quote;
      expect(quote.total.cents).toBe(99_000);
      expect(await dossier(file.id)).toMatchObject({ stays: [{ price: { cents: 70_000 } }], total: { cents: 70_000 }, deposit: { amount: { cents: 17_500 } } });
    });

    it('takes the price the owner gives in place of the quote, and says it was set by hand', async () => {
      const id = await gite();
      const file = await open(id, '2026-07-04', '2026-07-11', { price: 55_000 });
      expect(file.stays[0]).toMatchObject({ accommodationPrice: { cents: 55_000 }, price: { cents: 55_000 }, priceOverridden: true });
      expect(file.total.cents).toBe(55_000);
    });

    it('refuses nights another file holds with UNAVAILABLE, leaving no hold, no file and no number burnt behind', async () => {
      const me = await signUpOwner(t);
      const mine = ((await ok('{ ageRanges { id label } }', {}, me.token)).ageRanges as { id: string; label: string }[]).find((r) => r.label === 'Adult')?.id as string;
      const id = await gite(me);
      const create = (arrival: string, departure: string) =>
        t.gql(CREATE, { input: { accommodationId: id, arrival, departure, occupants: [{ ageRangeId: mine, count: 2 }], guest: { lastName: 'Martin' } } }, me.token);
      const first = (await create('2026-07-04', '2026-07-11')).data?.createDossier;
      expect(first.number).toBe(1);
      const before = await planning(id, '2026-07-01', '2026-07-20', me.token);
      const events = await eventCount();

      const clash = await create('2026-07-08', '2026-07-15');
      expect(refusal(clash).code).toBe('UNAVAILABLE');
      expect(clash.data ?? null).toBeNull();
      expect(await eventCount()).toBe(events);
      expect(await planning(id, '2026-07-01', '2026-07-20', me.token)).toEqual(before);
      expect((await ok(LIST, {}, me.token)).dossiers).toEqual({ totalCount: 1, nodes: [{ id: first.id, number: 1, status: 'OPTION' }] });

      const next = await create('2026-07-11', '2026-07-18');
      expect(next.errors).toBeUndefined();
      expect(next.data?.createDossier.number).toBe(2);
    });

    it('refuses blocked nights with UNAVAILABLE', async () => {
      const id = await gite();
      await ok(BLOCK, { id, from: '2026-07-06', to: '2026-07-08' });
      const answer = await attempt(id, '2026-07-04', '2026-07-11');
      expect(refusal(answer).code).toBe('UNAVAILABLE');
      expect(await glance(id, '2026-07-04', '2026-07-06')).toEqual(nights('2026-07-04', 2, 'FREE'));
    });

    it.each<[string, (accommodationId: string) => Record<string, unknown>, string]>([
      ['a departure on the day of arrival', (a) => stayInput(a, '2026-07-04', '2026-07-04'), 'input.departure'],
      ['a departure before the arrival', (a) => stayInput(a, '2026-07-11', '2026-07-04'), 'input.departure'],
      ['a stay of 91 nights, over the legal 90 of a seasonal let', (a) => stayInput(a, '2026-07-01', '2026-09-30', { price: 900_000 }), 'input.departure'],
      ['5 persons in a gîte sleeping 4', (a) => stayInput(a, '2026-07-04', '2026-07-11', { occupants: [{ ageRangeId: adults, count: 3 }, { ageRangeId: children, count: 2 }] }), 'input.occupants'],
      ['an age range the owner does not have', (a) => stayInput(a, '2026-07-04', '2026-07-11', { occupants: [{ ageRangeId: randomUUID(), count: 2 }] }), 'input.occupants[0].ageRangeId'],
      ['a stay no rate prices, without a price', (a) => stayInput(a, '2026-07-04', '2026-07-09'), 'input.price'],
    ])('refuses %s with BAD_USER_INPUT naming the field at fault, and writes nothing', async (_, input, field) => {
      const id = (refusedGite ??= await gite());
      const events = await eventCount();
      const answer = await t.gql(CREATE, { input: { ...input(id), guest: { lastName: 'Martin' } } }, owner.token);
      expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(answer.errors?.[0].message).toContain(field);
      expect(await eventCount()).toBe(events);
      expect((await ok(LIST, { filter: { accommodationId: id } })).dossiers.totalCount).toBe(0);
    });
  });

  describe("another owner's file", () => {
    let accommodationId: string;
    let file: Dossier;

    beforeAll(async () => {
      accommodationId = await gite();
      const opened = await open(accommodationId, '2026-08-01', '2026-08-08', { note: 'Privé' });
      file = (await dossier(opened.id)) as Dossier;
    });

    it('is not shown to them: the file answers null and is not in their list', async () => {
      const answer = await t.gql(GET, { id: file.id }, intruder.token);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.dossier).toBeNull();
      expect((await ok(LIST, {}, intruder.token)).dossiers.nodes).not.toContainEqual(expect.objectContaining({ id: file.id }));
    });

    it.each<[string, string, (id: string) => Record<string, unknown>]>([
      ['change its stay', CHANGE_STAY, (id) => ({ id, arrival: '2026-08-02', departure: '2026-08-09' })],
      ['change its occupants', CHANGE_OCCUPANTS, (id) => ({ id, occupants: [{ ageRangeId: randomUUID(), count: 1 }] })],
      ['add a stay to it', ADD_STAY, (id) => ({ id, input: { accommodationId: randomUUID(), arrival: '2026-08-01', departure: '2026-08-08', occupants: [] } })],
      ['confirm it', CONFIRM, (id) => ({ id })],
      ['cancel it', CANCEL, (id) => ({ id, reason: 'Intrus' })],
      ['delete it', DELETE, (id) => ({ id })],
      ['add a supplement to it', SUPPLEMENT, (id) => ({ id, label: 'Frais', cents: 1_000 })],
      ['write its notes', NOTES, (id) => ({ id, note: 'Intrus', internalNote: 'Intrus' })],
      ['mark its contract signed', SIGNED, (id) => ({ id })],
      ['record a payment on it', PAY, (id) => ({ id, input: { date: '2026-06-02', method: 'TRANSFER', cents: 1_000 } })],
      ['read its history', HISTORY, (id) => ({ id })],
      ['rebuild it as it was', AS_OF, (id) => ({ id, at: '2026-12-31T00:00:00Z' })],
    ])('refuses to let them %s with NOT_FOUND, leaving it as it was', async (_, operation, variables) => {
      const events = await eventCount();
      const answer = await t.gql(operation, variables(file.id), intruder.token);
      expect(refusal(answer).code).toBe('NOT_FOUND');
      expect(Object.values(answer.data ?? {}).filter((value) => value !== null)).toEqual([]);
      expect(await eventCount()).toBe(events);
      expect(await dossier(file.id)).toEqual(file);
    });
  });

  describe('a file over several accommodations', () => {
    it('adds a second gîte’s stay to the file: both stays listed, both held, the total their sum', async () => {
      const [first, second] = [await gite(), await gite()];
      await setRates(second, '2026-07-01', '2026-07-31', [7], 40_000);
      const file = await open(first, '2026-07-04', '2026-07-11');
      const added = (await ok(ADD_STAY, { id: file.id, input: stayInput(second, '2026-07-04', '2026-07-11', { occupants: [{ ageRangeId: children, count: 2 }] }) })).addStayToDossier as Dossier;
      expect(added.stays.map((s) => [s.accommodationId, s.price.cents])).toEqual([
        [first, 70_000],
        [second, 40_000],
      ]);
      expect(added).toMatchObject({ total: { cents: 110_000 }, balance: { cents: 110_000 }, deposit: { amount: { cents: 27_500 } } });
      expect(await glance(first, '2026-07-04', '2026-07-11')).toEqual(nights('2026-07-04', 7, 'OPTION', file.id));
      expect(await glance(second, '2026-07-04', '2026-07-11')).toEqual(nights('2026-07-04', 7, 'OPTION', file.id));
    });

    it("refuses the second gîte's stay with UNAVAILABLE when its nights are taken, leaving the file and the first hold as they were", async () => {
      const [first, second] = [await gite(), await gite()];
      const other = await open(second, '2026-07-08', '2026-07-11');
      const file = await open(first, '2026-07-04', '2026-07-11');
      const answer = await t.gql(ADD_STAY, { id: file.id, input: stayInput(second, '2026-07-04', '2026-07-11') }, owner.token);
      expect(refusal(answer).code).toBe('UNAVAILABLE');
      expect(await dossier(file.id)).toEqual(file);
      expect(await glance(first, '2026-07-04', '2026-07-11')).toEqual(nights('2026-07-04', 7, 'OPTION', file.id));
      expect(await glance(second, '2026-07-04', '2026-07-11')).toEqual([...nights('2026-07-04', 4, 'FREE'), ...nights('2026-07-08', 3, 'OPTION', other.id)]);
    });
  });

  describe('changing the stay', () => {
    it('moves the nights: the old ones come free, the new are held, and the stay is priced by the new dates’ rates', async () => {
      const id = await gite();
      await setRates(id, '2026-08-01', '2026-08-31', [7], 84_000);
      const file = await open(id, '2026-07-04', '2026-07-11');
      const moved = (await ok(CHANGE_STAY, { id: file.id, arrival: '2026-08-08', departure: '2026-08-15' })).changeDossierStay;
      expect(moved).toMatchObject({ id: file.id, number: file.number, status: 'OPTION', stays: [{ arrival: '2026-08-08', departure: '2026-08-15', price: { cents: 84_000 }, priceOverridden: false }], total: { cents: 84_000 } });
      expect(await glance(id, '2026-07-04', '2026-07-11')).toEqual(nights('2026-07-04', 7, 'FREE'));
      expect(await glance(id, '2026-08-08', '2026-08-15')).toEqual(nights('2026-08-08', 7, 'OPTION', file.id));
      expect((await attempt(id, '2026-07-04', '2026-07-11')).errors).toBeUndefined();
    });

    it('moves the balance due date with the arrival, so a balance due on arrival is never due after the guest has left', async () => {
      const id = await gite();
      const file = await open(id, '2026-08-08', '2026-08-15');
      expect(file.balanceDueDate).toBe('2026-08-08');
      const moved = (await ok(CHANGE_STAY, { id: file.id, arrival: '2026-07-04', departure: '2026-07-11' })).changeDossierStay;
      expect(moved).toMatchObject({ stays: [{ arrival: '2026-07-04' }], balanceDueDate: '2026-07-04' });
    });

    it('keeps a price set by hand when the stay moves', async () => {
      const id = await gite();
      const file = await open(id, '2026-07-04', '2026-07-11', { price: 55_000 });
      const moved = (await ok(CHANGE_STAY, { id: file.id, arrival: '2026-08-08', departure: '2026-08-15' })).changeDossierStay;
      expect(moved.stays[0]).toMatchObject({ arrival: '2026-08-08', price: { cents: 55_000 }, priceOverridden: true });
    });

    it('refuses taken nights with UNAVAILABLE, and the file keeps its old nights and price', async () => {
      const id = await gite();
      const other = await open(id, '2026-07-18', '2026-07-25');
      const file = await open(id, '2026-07-04', '2026-07-11');
      const answer = await t.gql(CHANGE_STAY, { id: file.id, arrival: '2026-07-15', departure: '2026-07-22' }, owner.token);
      expect(refusal(answer).code).toBe('UNAVAILABLE');
      expect(await dossier(file.id)).toEqual(file);
      expect(await glance(id, '2026-07-04', '2026-07-11')).toEqual(nights('2026-07-04', 7, 'OPTION', file.id));
      expect(await glance(id, '2026-07-15', '2026-07-18')).toEqual(nights('2026-07-15', 3, 'FREE'));
      expect(await glance(id, '2026-07-18', '2026-07-25')).toEqual(nights('2026-07-18', 7, 'OPTION', other.id));
    });

    it('moves a stay one day later over nights it holds itself', async () => {
      const id = await gite();
      const file = await open(id, '2026-07-04', '2026-07-11');
      const moved = (await ok(CHANGE_STAY, { id: file.id, arrival: '2026-07-05', departure: '2026-07-12' })).changeDossierStay;
      expect(moved.stays[0]).toMatchObject({ arrival: '2026-07-05', departure: '2026-07-12' });
      expect(await glance(id, '2026-07-04', '2026-07-13')).toEqual([...nights('2026-07-04', 1, 'FREE'), ...nights('2026-07-05', 7, 'OPTION', file.id), ...nights('2026-07-12', 1, 'FREE')]);
    });

    it('re-prices new occupants with a per-person supplement, and refuses more than the gîte sleeps', async () => {
      const id = await gite();
      await ok(
        'mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }',
        { input: { name: { fr: 'Linge de lit' }, mandatory: true, price: 1_500, unit: 'PER_PERSON', accommodationIds: [id] } },
      );
      const file = await open(id, '2026-07-04', '2026-07-11');
      expect(file.total.cents).toBe(73_000);
      const changed = (await ok(CHANGE_OCCUPANTS, { id: file.id, occupants: [{ ageRangeId: adults, count: 2 }, { ageRangeId: children, count: 1 }] })).changeDossierOccupants;
      expect(changed).toMatchObject({ stays: [{ occupants: [{ ageRangeId: adults, count: 2 }, { ageRangeId: children, count: 1 }], price: { cents: 74_500 } }], total: { cents: 74_500 } });

      const events = await eventCount();
      const answer = await t.gql(CHANGE_OCCUPANTS, { id: file.id, occupants: [{ ageRangeId: adults, count: 5 }] }, owner.token);
      expect(refusal(answer).code).toBe('BAD_USER_INPUT');
      expect(refusal(answer).field).toMatch(/occupants$/);
      expect(await eventCount()).toBe(events);
      expect(await dossier(file.id)).toEqual(changed);
    });
  });

  describe('the lifecycle', () => {
    it('confirms an option by hand, and the planning shows it CONFIRMED', async () => {
      const id = await gite();
      const file = await open(id, '2026-07-04', '2026-07-11');
      expect((await ok(CONFIRM, { id: file.id })).confirmDossier).toMatchObject({ status: 'CONFIRMED', paid: { cents: 0 }, balance: { cents: 70_000 } });
      expect(await glance(id, '2026-07-04', '2026-07-05')).toEqual(nights('2026-07-04', 1, 'CONFIRMED', file.id));
    });

    it('refuses to confirm a cancelled file with CONFLICT, and it stays cancelled', async () => {
      const id = await gite();
      const file = await open(id, '2026-07-04', '2026-07-11');
      await ok(CANCEL, { id: file.id, reason: 'Empêchement' });
      const answer = await t.gql(CONFIRM, { id: file.id }, owner.token);
      expect(refusal(answer).code).toBe('CONFLICT');
      expect((await dossier(file.id))?.status).toBe('CANCELLED');
    });

    it('frees the nights of a cancelled file at once, keeping the file with its reason, so the nights can be booked again', async () => {
      const id = await gite();
      const file = await open(id, '2026-07-04', '2026-07-11');
      clock.advance(HOUR);
      const cancelled = (await ok(CANCEL, { id: file.id, reason: 'Empêchement familial' })).cancelDossier;
      expect(cancelled).toMatchObject({ id: file.id, number: file.number, status: 'CANCELLED', cancellationReason: 'Empêchement familial', cancelledAt: clock.now().toISOString() });
      expect(await glance(id, '2026-07-04', '2026-07-11')).toEqual(nights('2026-07-04', 7, 'FREE'));
      expect((await ok(LIST, { filter: { accommodationId: id } })).dossiers.nodes).toEqual([{ id: file.id, number: file.number, status: 'CANCELLED' }]);
      const again = await open(id, '2026-07-04', '2026-07-11', { guest: { lastName: 'Durand' } });
      expect(again.status).toBe('OPTION');
    });

    it('adds cancellation fees to a cancelled file’s total', async () => {
      const id = await gite();
      const file = await open(id, '2026-07-04', '2026-07-11');
      const cancelled = (await ok(CANCEL, { id: file.id })).cancelDossier;
      const charged = (await ok(SUPPLEMENT, { id: file.id, label: "Frais d'annulation", cents: 15_000 })).addGlobalSupplement;
      expect(charged).toMatchObject({
        status: 'CANCELLED',
        globalSupplements: [{ label: "Frais d'annulation", amount: { cents: 15_000 } }],
        total: { cents: cancelled.total.cents + 15_000 },
        balance: { cents: cancelled.balance.cents + 15_000 },
      });
    });

    it('deletes a file: gone from the file query, the lists and the planning, while its history still answers', async () => {
      const id = await gite();
      const file = await open(id, '2026-07-04', '2026-07-11');
      expect((await ok(DELETE, { id: file.id })).deleteDossier).toBe(true);
      expect(await dossier(file.id)).toBeNull();
      expect((await ok(LIST, { filter: { accommodationId: id } })).dossiers).toEqual({ totalCount: 0, nodes: [] });
      expect((await ok('query($date: Date!) { arrivals(date: $date) { id } }', { date: '2026-07-04' })).arrivals).not.toContainEqual({ id: file.id });
      expect(await glance(id, '2026-07-04', '2026-07-11')).toEqual(nights('2026-07-04', 7, 'FREE'));
      expect((await history(file.id)).map((e) => e.type)).toEqual(['DossierOpened', 'DossierNumbered', 'DossierDeleted']);
      expect(refusal(await t.gql(CONFIRM, { id: file.id }, owner.token)).code).toBe('NOT_FOUND');
    });

    it('sets both notes, keeps the one left out, clears one set to null, and marks the contract signed', async () => {
      const id = await gite();
      const file = await open(id, '2026-07-04', '2026-07-11');
      expect((await ok(NOTES, { id: file.id, note: 'Clés chez la voisine', internalNote: 'Paie par chèque' })).setDossierNotes).toMatchObject({ note: 'Clés chez la voisine', internalNote: 'Paie par chèque' });
      expect((await ok(NOTE_ONLY, { id: file.id, note: 'Clés dans la boîte' })).setDossierNotes).toMatchObject({ note: 'Clés dans la boîte', internalNote: 'Paie par chèque' });
      expect((await ok(NOTES, { id: file.id, internalNote: null })).setDossierNotes).toMatchObject({ note: 'Clés dans la boîte', internalNote: null });
      expect((await ok(SIGNED, { id: file.id })).markContractSigned.contractSigned).toBe(true);
      expect((await dossier(file.id))?.contractSigned).toBe(true);
    });

    it('shows the nights on the planning as OPTION, then CONFIRMED, then PAID, each with Claire Martin and the file', async () => {
      const id = await gite();
      const file = await open(id, '2026-07-04', '2026-07-07', { price: 30_000 });
      const seen = async () => (await planning(id, '2026-07-04', '2026-07-07')).map((d) => [d.state, d.guestName, d.dossierId]);
      expect(await seen()).toEqual(Array(3).fill(['OPTION', 'Claire Martin', file.id]));
      await pay(file.id, 7_500);
      expect(await seen()).toEqual(Array(3).fill(['CONFIRMED', 'Claire Martin', file.id]));
      await pay(file.id, 22_500);
      expect(await seen()).toEqual(Array(3).fill(['PAID', 'Claire Martin', file.id]));
    });
  });

  describe('the audit trail', () => {
    it('lists every event of the file and its payments, oldest first, with who did it and when', async () => {
      const id = await gite();
      const opened = clock.now().toISOString();
      const file = await open(id, '2026-07-04', '2026-07-11');
      clock.advance(HOUR);
      const paidAt = clock.now().toISOString();
      await pay(file.id, 17_500);
      clock.advance(HOUR);
      const cancelledAt = clock.now().toISOString();
      await ok(CANCEL, { id: file.id, reason: 'Empêchement' });

      const entries = await history(file.id);
      expect(entries.map((e) => [e.type, e.stream, e.occurredAt])).toEqual([
        ['DossierOpened', `dossier-${file.id}`, opened],
        ['DossierNumbered', `dossier-${file.id}`, opened],
        ['PaymentRecorded', `payments-${file.id}`, paidAt],
        ['PaymentReceived', `dossier-${file.id}`, paidAt],
        ['DossierStatusChanged', `dossier-${file.id}`, paidAt],
        ['DossierCancelled', `dossier-${file.id}`, cancelledAt],
        ['DossierStatusChanged', `dossier-${file.id}`, cancelledAt],
      ]);
      expect(new Set(entries.map((e) => e.actor))).toEqual(new Set([`owner:${owner.id}`]));
      expect(entries[4].data).toMatchObject({ from: 'OPTION', to: 'CONFIRMED' });
      expect(entries[6].data).toMatchObject({ from: 'CONFIRMED', to: 'CANCELLED' });
      expect(entries[2].data).toMatchObject({ payment: { amount: { cents: 17_500 }, method: 'TRANSFER' } });
      expect(new Set(entries.map((e) => e.eventId)).size).toBe(entries.length);
    });

    it('rebuilds the file as it stood between two changes, and answers null before it was opened', async () => {
      const id = await gite();
      const opened = clock.now();
      const file = await open(id, '2026-07-04', '2026-07-11');
      clock.advance(HOUR);
      await ok(NOTES, { id: file.id, note: 'Arrivée tardive' });
      clock.advance(HOUR);
      await pay(file.id, 17_500);
      const at = async (instant: Date) => (await ok(AS_OF, { id: file.id, at: instant.toISOString() })).dossierAsOf as Dossier | null;

      expect(await at(new Date(opened.getTime() - 1_000))).toBeNull();
      expect(await at(new Date(opened.getTime() + HOUR / 2))).toEqual(file);
      expect(await at(new Date(opened.getTime() + (3 * HOUR) / 2))).toEqual({ ...file, note: 'Arrivée tardive' });
      expect(await at(clock.now())).toEqual(await dossier(file.id));
      expect((await at(clock.now()))?.status).toBe('CONFIRMED');
    });
  });

  describe('a single-use promo code', () => {
    it('discounts the first file made with it, and leaves a second file at full price, without the code', async () => {
      const id = await gite();
      const created = await ok('mutation($input: PromoCodeInput!) { createPromoCode(input: $input) { id } }', {
        input: { code: 'UNEFOIS', internalLabel: 'Une fois', label: { fr: 'Code unique' }, usage: 'SINGLE', percent: 10, accommodationIds: [id] },
      });
      const first = await open(id, '2026-07-04', '2026-07-11', { promoCode: 'unefois' });
      expect(first).toMatchObject({ promoCode: 'UNEFOIS', stays: [{ accommodationPrice: { cents: 63_000 }, discounts: [{ amount: { cents: 7_000 } }] }], total: { cents: 63_000 } });
      const codes = (await ok('{ promoCodes { id used } }', {})).promoCodes as { id: string; used: boolean }[];
      expect(codes.find((c) => c.id === created.createPromoCode.id)?.used).toBe(true);

      const second = await open(id, '2026-07-18', '2026-07-25', { promoCode: 'UNEFOIS' });
      expect(second).toMatchObject({ promoCode: null, stays: [{ accommodationPrice: { cents: 70_000 }, discounts: [] }], total: { cents: 70_000 }, deposit: { amount: { cents: 17_500 } } });
      expect((await dossier(first.id))?.total.cents).toBe(63_000);
    });
  });
});

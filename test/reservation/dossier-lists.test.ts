import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

const LIST = `query($filter: DossierFilter, $first: Int, $after: String) {
  dossiers(filter: $filter, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id number } } }`;
const CREATE = 'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id number deposit { dueDate } } }';
const ON_DAY = 'query($date: Date!) { arrivals(date: $date) { number } departures(date: $date) { number } }';
const REMINDERS = '{ depositReminders { number status deposit { dueDate } } }';

const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

interface Opened {
  id: string;
  number: number;
  deposit: { dueDate: string };
}

interface Page {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: { id: string; number: number }[];
}

/**
 * Listing booking files over GraphQL: filters, pages, a day's arrivals and departures, deposit reminders.
 *
 * One owner's season, numbered in the order made, listed by first arrival then number:
 *  #2 gîte B 4→11 July, Jean Dupont, confirmed by hand
 *  #3 gîte A 4→11 July, Sophie Lemartinet, promo code ETE10
 *  #1 gîte A 18→25 July, Claire Martin, paid in full
 *  #4 gîte B 25 July→1 August, Paul Durand, cancelled
 *  #5 gîte A 1→8 August, and gîte B 3→6 August, Anne Bernard
 *  #6 gîte B 8→15 August, Luc Moreau
 *  #7 gîte A 15→18 August, Marie Petit
 */
describe('booking file lists over GraphQL', () => {
  const clock = new ManualClock(new Date('2026-06-01T10:00:00Z'));
  let t: TestApp;
  let owner: SignedUpOwner;
  let adults: string;
  let giteA: string;
  let giteB: string;
  const ids = new Map<number, string>();

  const ok = async (query: string, variables: Record<string, unknown> = {}, token = owner.token) => {
    const answer = await t.gql(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  };
  const refusal = (answer: GraphqlAnswer) => ({ code: answer.errors?.[0].extensions?.code, field: answer.errors?.[0].extensions?.field });
  const gite = async (name: string): Promise<string> => {
    const created = await ok('mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }', {
      input: { name, kind: 'GUEST_ROOM', city: 'Sarlat', maxCapacity: 4, description: { fr: 'Une chambre.' } },
    });
    const id = created.createAccommodation.id as string;
    await ok('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', {
      input: { accommodationId: id, periods: [{ from: '2026-07-01', to: '2026-08-31' }], nights: [3, 7], arrivalDays: EVERY_DAY, initialPrice: 70_000 },
    });
    return id;
  };
  const open = async (accommodationId: string, arrival: string, departure: string, guest: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const file = (await ok(CREATE, { input: { accommodationId, arrival, departure, occupants: [{ ageRangeId: adults, count: 2 }], guest, ...extra } })).createDossier as Opened;
    ids.set(file.number, file.id);
    return file;
  };
  const id = (number: number): string => ids.get(number) as string;
  const page = async (filter: Record<string, unknown> | null, first: number | null = null, after: string | null = null): Promise<Page> =>
    (await ok(LIST, { filter, first, after })).dossiers as Page;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    owner = await signUpOwner(t);
    const ranges = (await ok('{ ageRanges { id label } }')).ageRanges as { id: string; label: string }[];
    adults = ranges.find((r) => r.label === 'Adult')?.id as string;
    giteA = await gite('Chambre des Roses');
    giteB = await gite('Chambre des Iris');
    await ok('mutation($input: PromoCodeInput!) { createPromoCode(input: $input) { id } }', {
      input: { code: 'ETE10', internalLabel: 'Été', label: { fr: 'Offre été' }, usage: 'MULTIPLE', percent: 10, accommodationIds: [giteA] },
    });
    await open(giteA, '2026-07-18', '2026-07-25', { firstName: 'Claire', lastName: 'Martin', email: 'claire.martin@example.fr' });
    await open(giteB, '2026-07-04', '2026-07-11', { firstName: 'Jean', lastName: 'Dupont', email: 'JEAN.DUPONT@Example.FR' });
    await open(giteA, '2026-07-04', '2026-07-11', { firstName: 'Sophie', lastName: 'Lemartinet', email: 'sophie@example.fr' }, { promoCode: 'ete10' });
    await open(giteB, '2026-07-25', '2026-08-01', { firstName: 'Paul', lastName: 'Durand' });
    await open(giteA, '2026-08-01', '2026-08-08', { firstName: 'Anne', lastName: 'Bernard', company: 'Bernard & Fils' });
    await open(giteB, '2026-08-08', '2026-08-15', { firstName: 'Luc', lastName: 'Moreau' });
    await open(giteA, '2026-08-15', '2026-08-18', { firstName: 'Marie', lastName: 'Petit' });
    await ok('mutation($id: ID!, $input: PaymentInput!) { recordPayment(dossierId: $id, input: $input) { status } }', {
      id: id(1),
      input: { date: '2026-06-01', method: 'TRANSFER', cents: 70_000 },
    });
    await ok('mutation($id: ID!) { confirmDossier(id: $id) { status } }', { id: id(2) });
    await ok('mutation($id: ID!) { cancelDossier(id: $id, reason: "Empêchement") { status } }', { id: id(4) });
    await ok('mutation($id: ID!, $input: StayInput!) { addStayToDossier(id: $id, input: $input) { id } }', {
      id: id(5),
      input: { accommodationId: giteB, arrival: '2026-08-03', departure: '2026-08-06', occupants: [{ ageRangeId: adults, count: 1 }] },
    });
  });
  afterAll(() => t.close());

  describe('filters', () => {
    it('lists every file by first arrival, then number, when nothing filters them', async () => {
      const all = await page(null);
      expect(all.nodes.map((n) => n.number)).toEqual([2, 3, 1, 4, 5, 6, 7]);
      expect(all).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: false } });
    });

    it.each<[string, Record<string, unknown>, number[]]>([
      ['arriving from 18 July to 1 August, both days included', { arrivalFrom: '2026-07-18', arrivalTo: '2026-08-01' }, [1, 4, 5]],
      ['arriving from 1 August', { arrivalFrom: '2026-08-01' }, [5, 6, 7]],
      ['arriving up to 4 July', { arrivalTo: '2026-07-04' }, [2, 3]],
      ['whose guest’s name holds “MARTIN”, in any case', { guest: 'MARTIN' }, [3, 1]],
      ['whose guest’s email holds “jean.dupont@example”, whatever case it was typed in', { guest: 'jean.dupont@example' }, [2]],
      ['whose guest’s company holds “& fils”', { guest: '& fils' }, [5]],
      ['whose guest matches nothing', { guest: 'Zola' }, []],
      ['with a stay in gîte B, the second stay of a file included', { accommodationId: 'B' }, [2, 4, 5, 6]],
      ['numbered 5', { number: 5 }, [5]],
      ['that are options or cancelled', { status: ['OPTION', 'CANCELLED'] }, [3, 4, 5, 6, 7]],
      ['that are confirmed', { status: ['CONFIRMED'] }, [2]],
      ['with nothing left to pay: paid in full, or cancelled without fees', { balance: 'PAID' }, [1, 4]],
      ['still running with a balance owed', { balance: 'UNPAID', status: ['OPTION', 'CONFIRMED', 'PAID'] }, [2, 3, 5, 6, 7]],
      ['made in the back office', { origin: 'BACK_OFFICE' }, [2, 3, 1, 4, 5, 6, 7]],
      ['booked online', { origin: 'ONLINE' }, []],
      ['made with the promo code ete10, in any case', { promoCode: 'ete10' }, [3]],
      ['that are options in gîte A: every filter combines', { accommodationId: 'A', status: ['OPTION'] }, [3, 5, 7]],
    ])('lists the files %s', async (_, filter, expected) => {
      const resolved = filter.accommodationId === 'A' ? { ...filter, accommodationId: giteA } : filter.accommodationId === 'B' ? { ...filter, accommodationId: giteB } : filter;
      const answer = await page(resolved);
      expect(answer.nodes.map((n) => n.number)).toEqual(expected);
      expect(answer.totalCount).toBe(expected.length);
    });

    it("does not list another owner's files", async () => {
      const other = await signUpOwner(t, { lastName: 'Durand' });
      expect(await ok(LIST, { filter: null }, other.token)).toEqual({ dossiers: { totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [] } });
    });
  });

  describe('pages', () => {
    it('gives every file exactly once, in order, across pages of three, each with the total count', async () => {
      const seen: number[] = [];
      const pages: boolean[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i += 1) {
        const current: Page = await page(null, 3, after);
        expect(current.totalCount).toBe(7);
        seen.push(...current.nodes.map((n) => n.number));
        pages.push(current.pageInfo.hasNextPage);
        if (!current.pageInfo.hasNextPage) break;
        after = current.pageInfo.endCursor;
      }
      expect(seen).toEqual([2, 3, 1, 4, 5, 6, 7]);
      expect(pages).toEqual([true, true, false]);
    });

    it('pages through a filtered list, counting only what the filter keeps', async () => {
      const first = await page({ accommodationId: giteA }, 2);
      expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
      const second = await page({ accommodationId: giteA }, 2, first.pageInfo.endCursor);
      expect([...first.nodes, ...second.nodes].map((n) => n.number)).toEqual([3, 1, 5, 7]);
      expect(second).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a cursor it did not give', { after: 'not-a-cursor' }, 'after'],
      ['a cursor of the right encoding but not a position', { after: Buffer.from(JSON.stringify(['2026-07-04', 1, 'x'])).toString('base64url') }, 'after'],
      ['a page of 501', { first: 501 }, 'first'],
      ['a page of 0', { first: 0 }, 'first'],
    ])('refuses %s with BAD_USER_INPUT, naming it', async (_, variables, field) => {
      const answer = await t.gql(LIST, { filter: null, ...variables }, owner.token);
      expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(answer.data ?? null).toBeNull();
    });

    it('gives a page of 500, the most it may', async () => {
      expect((await page(null, 500)).nodes).toHaveLength(7);
    });
  });

  describe("a day's arrivals and departures", () => {
    it.each<[string, number[], number[]]>([
      ['2026-07-04', [2, 3], []],
      ['2026-07-11', [], [2, 3]],
      ['2026-07-25', [], [1]],
      ['2026-08-01', [5], []],
      ['2026-08-03', [5], []],
      ['2026-08-06', [], [5]],
      ['2026-08-08', [6], [5]],
      ['2026-07-05', [], []],
    ])('on %s lists %j arriving and %j leaving, cancelled files left out', async (date, arriving, leaving) => {
      expect(await ok(ON_DAY, { date })).toEqual({ arrivals: arriving.map((number) => ({ number })), departures: leaving.map((number) => ({ number })) });
    });
  });

  describe('deposit reminders', () => {
    const setClock = (instant: string) => clock.advance(new Date(instant).getTime() - clock.now().getTime());
    const reminded = async (): Promise<number[]> => ((await ok(REMINDERS)).depositReminders as { number: number }[]).map((r) => r.number);

    it('lists nobody while no deposit is past due', async () => {
      expect((await ok('query($id: ID!) { dossier(id: $id) { deposit { dueDate } } }', { id: id(3) })).dossier.deposit.dueDate).toBe('2026-06-11');
      expect(await reminded()).toEqual([]);
      setClock('2026-06-11T21:30:00Z');
      expect(await reminded()).toEqual([]);
    });

    it('lists the options whose deposit was due before today in Paris, not the confirmed, paid or cancelled files, nor an option still in time', async () => {
      setClock('2026-06-05T10:00:00Z');
      const late = await open(giteB, '2026-08-20', '2026-08-27', { lastName: 'Roux' });
      expect(late.deposit.dueDate).toBe('2026-06-15');
      setClock('2026-06-11T22:30:00Z');
      const reminders = (await ok(REMINDERS)).depositReminders as { number: number; status: string; deposit: { dueDate: string } }[];
      expect(reminders.map((r) => r.number)).toEqual([3, 5, 6, 7]);
      expect(reminders.every((r) => r.status === 'OPTION' && r.deposit.dueDate === '2026-06-11')).toBe(true);
      setClock('2026-06-16T08:00:00Z');
      expect(await reminded()).toEqual([3, 5, 6, 7, late.number]);
    });

    it('stops reminding an option once its deposit is paid', async () => {
      await ok('mutation($id: ID!, $input: PaymentInput!) { recordPayment(dossierId: $id, input: $input) { status } }', {
        id: id(6),
        input: { date: '2026-06-16', method: 'CHEQUE', cents: 17_500 },
      });
      expect(await reminded()).not.toContain(6);
    });
  });
});

import { EntityManager } from '@mikro-orm/postgresql';
import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { signUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { until } from '../support/until';

const DASHBOARD = `query($months: Int, $from: Date, $to: Date, $lang: Lang) {
  dashboard(months: $months, from: $from, to: $to, lang: $lang) {
    timeZone today from to
    bookedToday { bookings revenue { cents } }
    revenueByMonth { month label bookings revenue { cents } previousYearBookings previousYearRevenue { cents } }
    recentActivity { last7Days { bookings revenue { cents } } last30Days { bookings revenue { cents } } last12Months { bookings revenue { cents } } }
    waitingForDeposit { count amount { cents } dossiers { number } }
    waitingForBalance { count amount { cents } dossiers { number } }
    origins { origin bookings revenue { cents } share }
    latestBookings { number }
    nextArrivals { number }
    nextDepartures { number }
  } }`;

interface Money {
  cents: number;
}
interface Activity {
  bookings: number;
  revenue: Money;
}
interface Dashboard {
  timeZone: string;
  today: string;
  from: string;
  to: string;
  bookedToday: Activity;
  revenueByMonth: { month: string; label: string; bookings: number; revenue: Money; previousYearBookings: number; previousYearRevenue: Money }[];
  recentActivity: { last7Days: Activity; last30Days: Activity; last12Months: Activity };
  waitingForDeposit: { count: number; amount: Money; dossiers: { number: number }[] };
  waitingForBalance: { count: number; amount: Money; dossiers: { number: number }[] };
  origins: { origin: string; bookings: number; revenue: Money; share: number }[];
  latestBookings: { number: number }[];
  nextArrivals: { number: number }[];
  nextDepartures: { number: number }[];
}

/**
 * The owner's dashboard over GraphQL and as an SVG. The owner's history, made by moving the clock
 * (Paris time; revenue by the month a file was made):
 *  #1 15 Nov 2025, 500 €            — a year before November 2026
 *  #2 30 Nov 2025 23:30 UTC, 320 €  — 1 December 2025 in Paris: December's
 *  #3 10 Nov 2026, 700 € → 780 €    — a supplement added later: its new total counts
 *  #4 10 Nov 2026, 300 €, cancelled — counted apart, no revenue
 *  #5 28 Nov 2026, 200 €, deleted   — gone from every sum
 *  #6 3 Dec 2026, 400 €, arriving 5 Dec, deposit paid: waits for its balance
 *  #7 3 Dec 2026, 250 €, arriving in 2027: an option waiting for its deposit
 * Today is Thursday 3 December 2026.
 */
describe('the owner’s dashboard', () => {
  const clock = new ManualClock(new Date('2025-11-15T10:00:00Z'));
  let t: TestApp;
  let gite: OwnerWithGite;
  let board: Dashboard;
  const numbers = new Map<number, string>();

  const moveTo = (instant: string) => clock.advance(new Date(instant).getTime() - clock.now().getTime());
  const ok = async <T>(query: string, variables: Record<string, unknown> = {}, token = gite.owner.token): Promise<T> => {
    const answer = await t.gql(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return answer.data as T;
  };
  const open = async (arrival: string, departure: string, price: number): Promise<number> => {
    const { createDossier } = await ok<{ createDossier: { id: string; number: number; total: Money } }>(CREATE_DOSSIER, dossierInput(gite, arrival, departure, price));
    numbers.set(createDossier.number, createDossier.id);
    return createDossier.total.cents;
  };
  const dashboard = async (variables: Record<string, unknown> = {}, token = gite.owner.token): Promise<Dashboard> => (await ok<{ dashboard: Dashboard }>(DASHBOARD, variables, token)).dashboard;
  const month = (d: Dashboard, m: string) => d.revenueByMonth.find((r) => r.month === m);
  const chart = (query: string, token: string | null = gite.owner.token) => fetch(`${t.url.replace(/\/graphql$/, '')}/dashboard/revenue.svg${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const totals: number[] = [];

  beforeAll(async () => {
    t = await startTestApp({ clock });
    gite = await ownerWithGite(t);
    totals[1] = await open('2027-01-02', '2027-01-09', 50_000);
    moveTo('2025-11-30T23:30:00Z');
    totals[2] = await open('2027-01-09', '2027-01-16', 32_000);
    moveTo('2026-11-10T09:00:00Z');
    totals[3] = await open('2027-01-16', '2027-01-23', 70_000);
    clock.advance(60_000);
    totals[4] = await open('2027-01-23', '2027-01-30', 30_000);
    await ok('mutation($id: ID!) { cancelDossier(id: $id, reason: "Empêchement") { status } }', { id: numbers.get(4) });
    moveTo('2026-11-28T09:00:00Z');
    totals[5] = await open('2027-02-06', '2027-02-13', 20_000);
    await ok('mutation($id: ID!) { deleteDossier(id: $id) }', { id: numbers.get(5) });
    moveTo('2026-12-03T08:00:00Z');
    totals[6] = await open('2026-12-05', '2026-12-08', 40_000);
    clock.advance(60_000);
    totals[7] = await open('2027-02-13', '2027-02-20', 25_000);
    const more = await ok<{ addGlobalSupplement: { total: Money } }>('mutation($id: ID!) { addGlobalSupplement(id: $id, label: "Ménage", cents: 8000) { total { cents } } }', {
      id: numbers.get(3),
    });
    totals[3] = more.addGlobalSupplement.total.cents;
    const deposit = await ok<{ dossier: { deposit: { amount: Money } } }>('query($id: ID!) { dossier(id: $id) { deposit { amount { cents } } } }', { id: numbers.get(6) });
    await ok('mutation($id: ID!, $input: PaymentInput!) { recordPayment(dossierId: $id, input: $input) { id } }', {
      id: numbers.get(6),
      input: { date: '2026-12-03', method: 'TRANSFER', cents: deposit.dossier.deposit.amount.cents },
    });
    board = await until('the paid deposit to confirm file #6', async () => {
      const d = await dashboard();
      return d.waitingForBalance.count === 1 ? d : null;
    });
  });
  afterAll(() => t.close());

  it('reads the owner’s calendar: Paris, Thursday 3 December 2026, the last 12 months by default', () => {
    expect(board).toMatchObject({ timeZone: 'Europe/Paris', today: '2026-12-03', from: '2026-01-01', to: '2026-12-31' });
    expect(board.revenueByMonth.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(month(board, '2026-11')?.label).toBe('novembre 2026');
  });

  it('gives revenue by month of booking beside the same month a year before: a changed total counts as changed, a cancelled or deleted file not at all', () => {
    expect(totals[3]).toBeGreaterThan(70_000);
    expect(month(board, '2026-11')).toMatchObject({ bookings: 1, revenue: { cents: totals[3] }, previousYearBookings: 1, previousYearRevenue: { cents: totals[1] } });
    expect(month(board, '2026-12')).toMatchObject({ bookings: 2, revenue: { cents: totals[6] + totals[7] }, previousYearBookings: 1, previousYearRevenue: { cents: totals[2] } });
    expect(month(board, '2026-10')).toMatchObject({ bookings: 0, revenue: { cents: 0 }, previousYearBookings: 0 });
  });

  it('counts today’s bookings and the recent activity over 7 days, 30 days and 12 months', () => {
    expect(board.bookedToday).toEqual({ bookings: 2, revenue: { cents: totals[6] + totals[7] } });
    expect(board.recentActivity.last7Days).toEqual({ bookings: 2, revenue: { cents: totals[6] + totals[7] } });
    expect(board.recentActivity.last30Days).toEqual({ bookings: 3, revenue: { cents: totals[3] + totals[6] + totals[7] } });
    // #2 was made on 1 December 2025, Paris time: more than 12 months before 3 December 2026.
    expect(board.recentActivity.last12Months).toEqual({ bookings: 3, revenue: { cents: totals[3] + totals[6] + totals[7] } });
  });

  it('lists the files waiting for their deposit and for their balance, with what is still due', async () => {
    const six = await ok<{ dossier: { balance: Money } }>('query($id: ID!) { dossier(id: $id) { balance { cents } } }', { id: numbers.get(6) });
    const options = await ok<{ dossiers: { nodes: { number: number; deposit: { amount: Money } }[] } }>(
      '{ dossiers(filter: { status: [OPTION] }) { nodes { number deposit { amount { cents } } } } }',
    );
    expect(board.waitingForBalance).toEqual({ count: 1, amount: { cents: six.dossier.balance.cents }, dossiers: [{ number: 6 }] });
    expect(options.dossiers.nodes.map((o) => o.number).sort()).toEqual([1, 2, 3, 7]);
    expect(board.waitingForDeposit.count).toBe(4);
    expect(board.waitingForDeposit.dossiers.map((d) => d.number).sort()).toEqual([1, 2, 3, 7]);
    expect(board.waitingForDeposit.amount.cents).toBe(options.dossiers.nodes.reduce((sum, o) => sum + o.deposit.amount.cents, 0));
  });

  it('shares the period’s bookings by origin, every origin listed', () => {
    expect(board.origins.map((o) => o.origin)).toEqual(['BACK_OFFICE', 'ONLINE', 'MARKETPLACE', 'CHANNEL', 'ICAL']);
    expect(board.origins[0]).toEqual({ origin: 'BACK_OFFICE', bookings: 3, revenue: { cents: totals[3] + totals[6] + totals[7] }, share: 1 });
    expect(board.origins.slice(1).every((o) => o.bookings === 0 && o.share === 0)).toBe(true);
  });

  it('lists the latest bookings, newest first, and the arrivals and departures of the coming 7 days', () => {
    expect(board.latestBookings.map((d) => d.number)).toEqual([7, 6, 4, 3, 2, 1]);
    expect(board.nextArrivals.map((d) => d.number)).toEqual([6]);
    expect(board.nextDepartures.map((d) => d.number)).toEqual([6]);
  });

  it('takes a period of months or of days, the months of a day range cut at its ends', async () => {
    const three = await dashboard({ months: 3, lang: 'EN' });
    expect(three.revenueByMonth.map((m) => [m.month, m.label])).toEqual([
      ['2026-10', 'October 2026'],
      ['2026-11', 'November 2026'],
      ['2026-12', 'December 2026'],
    ]);
    const days = await dashboard({ from: '2026-11-15', to: '2026-12-02' });
    expect(days.revenueByMonth).toEqual([
      { month: '2026-11', label: 'novembre 2026', bookings: 0, revenue: { cents: 0 }, previousYearBookings: 1, previousYearRevenue: { cents: totals[1] } },
      { month: '2026-12', label: 'décembre 2026', bookings: 0, revenue: { cents: 0 }, previousYearBookings: 1, previousYearRevenue: { cents: totals[2] } },
    ]);
    expect(days.origins[0].bookings).toBe(0);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no month', { months: 0 }, 'months'],
    ['more than 36 months', { months: 37 }, 'months'],
    ['months and days together', { months: 3, from: '2026-01-01' }, 'months'],
    ['a start after the end', { from: '2026-12-01', to: '2026-11-01' }, 'from'],
    ['more than 36 months of days', { from: '2020-01-01', to: '2026-12-01' }, 'from'],
  ])('refuses %s by name', async (_, variables, field) => {
    const answer: GraphqlAnswer = await t.gql(DASHBOARD, variables, gite.owner.token);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('shows another owner nothing of this one', async () => {
    const other = await signUpOwner(t, { lastName: 'Autre' });
    const theirs = await dashboard({}, other.token);
    expect(theirs.revenueByMonth.every((m) => m.bookings === 0 && m.previousYearBookings === 0)).toBe(true);
    expect(theirs).toMatchObject({ bookedToday: { bookings: 0 }, waitingForDeposit: { count: 0, dossiers: [] }, latestBookings: [], nextArrivals: [] });
  });

  it('keeps its sums per day equal to the files they come from, whatever was changed, cancelled or deleted', async () => {
    const db = t.app.get(EntityManager).fork().getConnection();
    const sums = await db.execute<{ same: boolean }[]>(`
      WITH kept AS (SELECT owner_id, day, origin, bookings, revenue_cents, cancelled FROM dashboard_days WHERE bookings <> 0 OR revenue_cents <> 0 OR cancelled <> 0),
           recomputed AS (SELECT owner_id, (created_at AT TIME ZONE time_zone)::date AS day, origin,
                                 count(*) FILTER (WHERE status <> 'CANCELLED')::int AS bookings,
                                 coalesce(sum(total_cents) FILTER (WHERE status <> 'CANCELLED'), 0)::bigint AS revenue_cents,
                                 count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled
                            FROM dossiers GROUP BY 1, 2, 3)
      SELECT NOT EXISTS (SELECT * FROM kept EXCEPT SELECT * FROM recomputed) AND NOT EXISTS (SELECT * FROM recomputed EXCEPT SELECT * FROM kept) AS same`);
    expect(sums[0].same).toBe(true);
    const [mine] = await db.execute<{ cancelled: number }[]>('SELECT sum(cancelled)::int AS cancelled FROM dashboard_days WHERE owner_id = ?', [gite.owner.id]);
    expect(mine.cancelled).toBe(1);
  });

  describe('GET /dashboard/revenue.svg', () => {
    it('draws the months as bars beside the year before, in French, with each amount in its tooltip', async () => {
      const response = await chart('?months=3');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      const svg = await response.text();
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('Chiffre d’affaires par mois de réservation');
      expect(svg).toContain('>nov.<');
      expect(svg.match(/<rect [^>]*fill="#1f5fa8">/g)).toHaveLength(3);
      const amount = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(totals[3] / 100);
      expect(svg).toContain(`novembre 2026 (Période)\u00a0: ${amount}`);
    });

    it('draws lines in English when asked', async () => {
      const svg = await (await chart('?months=6&style=line&lang=en')).text();
      expect(svg.match(/<polyline /g)).toHaveLength(2);
      expect(svg).toContain('Revenue by month of booking');
      expect(svg).toContain('>Dec<');
    });

    it('refuses a caller without a token, and an unknown style by name', async () => {
      expect((await chart('', null)).status).toBe(401);
      const bad = await chart('?style=pie');
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'style' } });
    });
  });
});

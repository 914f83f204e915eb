import ExcelJS from 'exceljs';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The booking-file listing as a spreadsheet, downloaded over plain HTTP with the owner's token. */
describe('booking file listing export over HTTP', () => {
  let t: TestApp;
  let baseUrl: string;
  let owner: SignedUpOwner;
  let other: SignedUpOwner;
  const accommodations: Record<string, string> = {};
  let adults: string;

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2026-06-01T10:00:00Z')) });
    baseUrl = t.url.replace(/\/graphql$/, '');
    owner = await signUpOwner(t);
    other = await signUpOwner(t, { lastName: 'Durand' });
    for (const name of ['Chambre Lavande', 'Chambre Tilleul']) {
      const created = await t.gql(
        'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
        { input: { name, kind: 'GUEST_ROOM', city: 'Uzès', maxCapacity: 3, description: { fr: 'Une chambre.' } } },
        owner.token,
      );
      accommodations[name] = created.data?.createAccommodation.id as string;
    }
    adults = ((await t.gql('{ ageRanges { id label } }', {}, owner.token)).data?.ageRanges as { id: string; label: string }[]).find((r) => r.label === 'Adult')?.id as string;
    const create = async (accommodation: string, arrival: string, departure: string, price: number, lastName: string) => {
      const answer = await t.gql(
        'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }',
        { input: { accommodationId: accommodations[accommodation], arrival, departure, occupants: [{ ageRangeId: adults, count: 2 }], price, guest: { lastName, firstName: 'Claire', email: `${lastName.toLowerCase()}@example.fr` } } },
        owner.token,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data?.createDossier.id as string;
    };
    const rates = await t.gql(
      'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
      { input: { accommodationId: accommodations['Chambre Tilleul'], periods: [{ from: '2026-07-10', to: '2026-07-10' }], nights: [2], arrivalDays: ['FRIDAY'], initialPrice: 8_000 } },
      owner.token,
    );
    expect(rates.errors).toBeUndefined();
    const family = await create('Chambre Lavande', '2026-07-10', '2026-07-12', 16_000, 'Martin');
    const stay = await t.gql(
      'mutation($id: ID!, $input: StayInput!) { addStayToDossier(id: $id, input: $input) { id } }',
      { id: family, input: { accommodationId: accommodations['Chambre Tilleul'], arrival: '2026-07-10', departure: '2026-07-12', occupants: [{ ageRangeId: adults, count: 1 }] } },
      owner.token,
    );
    expect(stay.errors).toBeUndefined();
    const paid = await create('Chambre Tilleul', '2026-08-01', '2026-08-03', 9_000, 'Bernard');
    const payment = await t.gql('mutation($id: ID!) { recordPayment(dossierId: $id, input: { date: "2026-06-02", method: CHEQUE, cents: 9000 }) { status } }', { id: paid }, owner.token);
    expect(payment.data?.recordPayment.status).toBe('PAID');
  });
  afterAll(() => t.close());

  const download = (query: Record<string, string>, token: string | null = owner.token) =>
    fetch(`${baseUrl}/exports/dossiers.xlsx?${new URLSearchParams(query).toString()}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  /** Each row after the header: number, status, guest, accommodation, arrival, departure, total, deposit, paid, balance in cents. */
  const rowsOf = async (response: Response) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Dossiers');
    if (!sheet) throw new Error('the workbook has no Dossiers sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['N°', 'Créé le', 'Statut', 'Origine', 'Client']);
    const rows: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const [n, , status, , guest, , , accommodation, arrival, departure, , total, deposit, , paid, balance] = (row.values as unknown[]).slice(1);
      rows.push([n, status, guest, accommodation, dayOf(arrival), dayOf(departure), cents(total), cents(deposit), cents(paid), cents(balance)]);
    });
    return rows;
  };
  const dayOf = (cell: unknown) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell);
  const cents = (euros: unknown) => (euros === undefined || euros === null ? null : Math.round(Number(euros) * 100));

  it('downloads every file of the owner, one row per stay with the sums on the first, in French, with names, real dates and euros to the cent', async () => {
    const response = await download({});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(XLSX);
    expect(response.headers.get('x-dossiers')).toBe('2');
    expect(await rowsOf(response)).toEqual([
      [1, 'Option', 'Claire Martin', 'Chambre Lavande', '2026-07-10', '2026-07-12', 24_000, 6_000, 0, 24_000],
      [1, 'Option', 'Claire Martin', 'Chambre Tilleul', '2026-07-10', '2026-07-12', null, null, null, null],
      [2, 'Soldé', 'Claire Bernard', 'Chambre Tilleul', '2026-08-01', '2026-08-03', 9_000, 2_250, 9_000, 0],
    ]);
  });

  it('applies the listing filters: status, balance, guest and arrival dates', async () => {
    expect((await rowsOf(await download({ status: 'PAID' }))).map((row) => row[0])).toEqual([2]);
    expect((await rowsOf(await download({ balance: 'unpaid' }))).map((row) => row[0])).toEqual([1, 1]);
    expect((await rowsOf(await download({ guest: 'BERN' }))).map((row) => row[0])).toEqual([2]);
    expect((await rowsOf(await download({ arrivalFrom: '2026-07-15', arrivalTo: '2026-12-31' }))).map((row) => row[0])).toEqual([2]);
  });

  it('gives another owner only their own, empty, listing', async () => {
    const response = await download({}, other.token);
    expect(response.status).toBe(200);
    expect(await rowsOf(response)).toEqual([]);
  });

  it('refuses a caller without a token (401) and a bad filter (400, naming it)', async () => {
    expect((await download({}, null)).status).toBe(401);
    const bad = await download({ status: 'SOLD' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'filter.status' } });
  });
});

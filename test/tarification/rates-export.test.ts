import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RATES = `query($id: ID!, $from: Date!, $to: Date!, $nights: Int, $days: [Weekday!]) {
  rates(accommodationId: $id, from: $from, to: $to, nights: $nights, arrivalDays: $days) { id arrival departure nights initialPrice { cents } discount { cents } salePrice { cents } }
}`;

interface Listed {
  id: string;
  arrival: string;
  departure: string;
  nights: number;
  initialPrice: { cents: number };
  discount: { cents: number };
  salePrice: { cents: number };
}

/** The rate listing as a spreadsheet, downloaded over plain HTTP with the owner's token. */
describe('rate listing export over HTTP', () => {
  let t: TestApp;
  let baseUrl: string;
  let owner: SignedUpOwner;
  let accommodationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = t.url.replace(/\/graphql$/, '');
    owner = await signUpOwner(t);
    const created = await t.gql(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: 'Gîte des Dentelles', kind: 'HOLIDAY_RENTAL', city: 'Gigondas', maxCapacity: 4, description: { fr: 'Un gîte.' } } },
      owner.token,
    );
    accommodationId = created.data?.createAccommodation.id as string;
    const setRates = async (input: Record<string, unknown>) => {
      const answer = await t.gql('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', { input: { accommodationId, ...input } }, owner.token);
      expect(answer.errors).toBeUndefined();
    };
    await setRates({ periods: [{ from: '2026-09-01', to: '2026-09-30' }], nights: [2], arrivalDays: ['FRIDAY', 'SATURDAY'], initialPrice: 9_000, discount: { cents: 1_500 } });
    await setRates({ periods: [{ from: '2026-09-01', to: '2026-09-30' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 45_050, discount: { percent: 10 } });
  });
  afterAll(() => t.close());

  const download = (query: Record<string, string>, token: string | null = owner.token) =>
    fetch(`${baseUrl}/exports/rates.xlsx?${new URLSearchParams(query).toString()}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  /** The sheet's rows after its header, as the listing would name them: days, euros turned back to cents. */
  const rowsOf = async (response: Response) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Tarifs');
    if (!sheet) throw new Error('the workbook has no Tarifs sheet');
    const header = sheet.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual([
      'Arrivée',
      'Jour',
      'Départ',
      'Nuits',
      'Prix initial',
      'Remise',
      'Prix de vente',
      'Personnes incluses',
      'Personne en plus, par nuit',
      'Par tranche d’âge, par nuit',
      'Id',
    ]);
    const rows: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const [arrival, day, departure, nights, initial, discount, sale, , , , id] = (row.values as unknown[]).slice(1);
      rows.push([day, dayOf(arrival), dayOf(departure), nights, cents(initial), cents(discount), cents(sale), id]);
    });
    return rows;
  };
  const dayOf = (cell: unknown) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell);
  const cents = (euros: unknown) => Math.round(Number(euros) * 100);

  const listed = async (variables: { from: string; to: string; nights?: number; days?: string[] }) => {
    const answer = await t.gql<{ rates: Listed[] }>(RATES, { id: accommodationId, ...variables }, owner.token);
    expect(answer.errors).toBeUndefined();
    return (answer.data?.rates ?? []).map((r) => [r.arrival, r.departure, r.nights, r.initialPrice.cents, r.discount.cents, r.salePrice.cents, r.id]);
  };
  const withoutWeekday = (rows: unknown[][]) => rows.map(([, ...rest]) => rest);

  it('downloads the rates of the asked stay length and weekday as an xlsx attachment, row for row as the rates query lists them', async () => {
    const response = await download({ accommodationId, from: '2026-09-01', to: '2026-09-30', nights: '2', arrivalDays: 'SATURDAY' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(XLSX);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="tarifs-2026-09-01-2026-09-30\.xlsx"$/);
    const rows = await rowsOf(response);
    expect(rows).toEqual([
      ['samedi', '2026-09-05', '2026-09-07', 2, 9_000, 1_500, 7_500, '2026-09-05/P2D'],
      ['samedi', '2026-09-12', '2026-09-14', 2, 9_000, 1_500, 7_500, '2026-09-12/P2D'],
      ['samedi', '2026-09-19', '2026-09-21', 2, 9_000, 1_500, 7_500, '2026-09-19/P2D'],
      ['samedi', '2026-09-26', '2026-09-28', 2, 9_000, 1_500, 7_500, '2026-09-26/P2D'],
    ]);
    expect(withoutWeekday(rows)).toEqual(await listed({ from: '2026-09-01', to: '2026-09-30', nights: 2, days: ['SATURDAY'] }));
  });

  it('exports the whole period, every length and weekday, when no other filter is given, amounts in euros to the cent', async () => {
    const response = await download({ accommodationId, from: '2026-09-04', to: '2026-09-12' });
    expect(response.status).toBe(200);
    const rows = await rowsOf(response);
    expect(withoutWeekday(rows)).toEqual(await listed({ from: '2026-09-04', to: '2026-09-12' }));
    // 10 % off 450.50 € is 45.05 €: the sheet keeps the cents.
    expect(rows.map((row) => row[7])).toEqual(['2026-09-04/P2D', '2026-09-05/P2D', '2026-09-05/P7D', '2026-09-11/P2D', '2026-09-12/P2D', '2026-09-12/P7D']);
    expect(rows[2]).toEqual(['samedi', '2026-09-05', '2026-09-12', 7, 45_050, 4_505, 40_545, '2026-09-05/P7D']);
  });

  it('takes several arrival weekdays, comma-separated, as the rates query does', async () => {
    const response = await download({ accommodationId, from: '2026-09-01', to: '2026-09-13', arrivalDays: 'friday,SATURDAY', nights: '2' });
    expect(withoutWeekday(await rowsOf(response))).toEqual(await listed({ from: '2026-09-01', to: '2026-09-13', nights: 2, days: ['FRIDAY', 'SATURDAY'] }));
  });

  it('sends a sheet with only its header when no rate matches', async () => {
    const response = await download({ accommodationId, from: '2026-10-01', to: '2026-10-31' });
    expect(response.status).toBe(200);
    expect(await rowsOf(response)).toEqual([]);
  });

  it('refuses a caller without a token with 401 and a JSON error', async () => {
    const response = await download({ accommodationId, from: '2026-09-01', to: '2026-09-30' }, null);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
  });

  it('refuses a token that is not one of ours with 401', async () => {
    const response = await download({ accommodationId, from: '2026-09-01', to: '2026-09-30' }, 'forged.token.value');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it("refuses another owner's accommodation with 404, as an unknown one, and sends none of its rates", async () => {
    const stranger = await signUpOwner(t);
    const response = await download({ accommodationId, from: '2026-09-01', to: '2026-09-30' }, stranger.token);
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: Record<string, unknown> };
    expect(body).toEqual({ error: { code: 'NOT_FOUND', field: 'accommodationId', message: expect.stringContaining('was not found') } });
    expect(JSON.stringify(body)).not.toContain('2026-09-05');
  });

  it('answers 404 for an accommodation that does not exist', async () => {
    const response = await download({ accommodationId: randomUUID(), from: '2026-09-01', to: '2026-09-30' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND', field: 'accommodationId' } });
  });

  it.each<[string, Record<string, string>, string]>([
    ['a missing start', { to: '2026-09-30' }, 'from'],
    ['a missing end', { from: '2026-09-01' }, 'to'],
    ['a start that is no day of the calendar', { from: '2026-02-30', to: '2026-09-30' }, 'from'],
    ['an end before the start', { from: '2026-09-30', to: '2026-09-01' }, 'to'],
    ['a stay length that is not a number', { from: '2026-09-01', to: '2026-09-30', nights: 'sept' }, 'nights'],
    ['a stay length of 91 nights', { from: '2026-09-01', to: '2026-09-30', nights: '91' }, 'nights'],
    ['a weekday that does not exist', { from: '2026-09-01', to: '2026-09-30', arrivalDays: 'SATURDAY,SAMEDI' }, 'arrivalDays[1]'],
  ])('refuses %s with 400, naming the field', async (_, query, field) => {
    const response = await download({ accommodationId, ...query });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'BAD_USER_INPUT', field, message: expect.stringContaining(field) } });
  });

  it('refuses a parameter given twice with 400 rather than failing', async () => {
    const response = await fetch(`${baseUrl}/exports/rates.xlsx?accommodationId=${accommodationId}&from=2026-09-01&from=2026-09-02&to=2026-09-30`, {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'from' } });
  });

  it('exports occupancy prices, naming age ranges by their labels', async () => {
    const ranges = await t.gql<{ ageRanges: { id: string; label: string }[] }>('{ ageRanges { id label } }', {}, owner.token);
    const child = ranges.data?.ageRanges.find((range) => range.label === 'Child')?.id as string;
    const set = await t.gql(
      'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
      {
        input: {
          accommodationId,
          periods: [{ from: '2026-10-03', to: '2026-10-03' }],
          nights: [7],
          arrivalDays: ['SATURDAY'],
          initialPrice: 50_000,
          occupancy: { includedOccupants: 2, extraPerNight: 2_000, byAgeRange: [{ ageRangeId: child, perNight: 1_050 }] },
        },
      },
      owner.token,
    );
    expect(set.errors).toBeUndefined();
    const response = await download({ accommodationId, from: '2026-10-03', to: '2026-10-03' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const values = (workbook.getWorksheet('Tarifs')?.getRow(2).values as unknown[]).slice(8, 11);
    expect(values).toEqual([2, 20, 'Child 10.50 €']);
  });
});

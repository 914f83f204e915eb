import ExcelJS from 'exceljs';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const AVIGNON = { kind: 'COMMUNE', inseeCode: '84050' };
const CATEGORIES = ['PALACE', 'FIVE_STARS', 'FOUR_STARS', 'THREE_STARS', 'TWO_STARS', 'ONE_STAR', 'GUEST_ROOM'] as const;
const AMOUNTS = { PALACE: 300, FIVE_STARS: 230, FOUR_STARS: 165, THREE_STARS: 110, TWO_STARS: 80, ONE_STAR: 70, GUEST_ROOM: 70 };

const REGISTER = `query($from: Date!, $to: Date!, $authority: String) { touristTaxRegister(from: $from, to: $to, authority: $authority) {
  from to authority
  lines { dossierId dossierNumber accommodationName accommodationAddress arrival departure stayNights nights personsTaxed personsExempt { reason count }
    taxedPersonNights exemptPersonNights label perPersonNight { cents } amount { cents } authority
    rates { kind category ratePercent label nights personsTaxed perPersonNight { cents } amount { cents } } }
  totals { stays nights taxedPersonNights exemptPersonNights exemptPersonNightsByReason { reason count } amount { cents } }
} }`;

/** Avignon's table of a year: 2★ at `twoStars` cents, and the department's 10 % on top. */
const avignonTable = (year: number, twoStars: number) => ({
  authority: AVIGNON,
  year,
  tariffs: CATEGORIES.map((category) => ({ category, cents: category === 'TWO_STARS' ? twoStars : AMOUNTS[category] })),
  unclassifiedRate: 5,
  additionalTaxes: [{ kind: 'DEPARTMENTAL', percent: 10 }],
});

interface RegisterLine {
  readonly dossierNumber: number;
  readonly accommodationName: string;
  readonly arrival: string;
  readonly departure: string;
  readonly nights: number;
  readonly personsTaxed: number;
  readonly taxedPersonNights: number;
  readonly exemptPersonNights: number;
  readonly label: string;
  readonly perPersonNight: { readonly cents: number } | null;
  readonly amount: { readonly cents: number };
  readonly authority: string | null;
  readonly [field: string]: unknown;
}

/**
 * The registre du logeur over GraphQL and as its two downloads, from files made through the API
 * on a 2★ gîte taxed from Avignon's tables (0.80 € + 10 % = 0.88 € in 2025, 0.90 € + 10 % = 0.99 €
 * in 2026) and a studio taxed a flat 1.00 € per adult and night.
 */
describe('the registre du logeur of the taxe de séjour', () => {
  let t: TestApp;
  let baseUrl: string;
  let owner: SignedUpOwner;
  let other: SignedUpOwner;
  let gite: string;
  let studio: string;
  const numbers: Record<string, number> = {};

  const ok = async (document: string, variables: Record<string, unknown>, token: string) => {
    const answer = await t.gql(document, variables, token);
    if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };

  const accommodation = async (who: SignedUpOwner, name: string, starRating: number) =>
    (
      await ok(
        'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
        { input: { name, kind: 'HOLIDAY_RENTAL', starRating, address: '12 rue des Lices', postalCode: '84000', city: 'Avignon', maxCapacity: 6, description: { fr: 'Un gîte.' } } },
        who.token,
      )
    ).createAccommodation.id as string;

  const ageRanges = async (who: SignedUpOwner) => {
    const { ageRanges: ranges } = await ok('{ ageRanges { id label } }', {}, who.token);
    return (label: string) => (ranges as { id: string; label: string }[]).find((range) => range.label === label)?.id;
  };

  /** A file of `adults` and `children` on one accommodation, its guest named and reachable: what the register must never show. */
  const file = async (who: SignedUpOwner, accommodationId: string, arrival: string, departure: string, adults: number, children: number, lastName: string) => {
    const range = await ageRanges(who);
    const occupants = [{ ageRangeId: range('Adult'), count: adults }, ...(children > 0 ? [{ ageRangeId: range('Child'), count: children }] : [])];
    const guest = { lastName, firstName: 'Claire', email: `${lastName.toLowerCase()}@example.fr`, phone1: '+33612345678' };
    const { createDossier } = await ok('mutation($input: CreateDossierInput!) { createDossier(input: $input) { id number } }', { input: { accommodationId, arrival, departure, occupants, price: 50_000, guest } }, who.token);
    numbers[lastName] = createDossier.number as number;
    return createDossier.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2025-06-01T10:00:00Z')) });
    baseUrl = t.url.replace(/\/graphql$/, '');
    owner = await signUpOwner(t);
    other = await signUpOwner(t, { lastName: 'Durand' });
    gite = await accommodation(owner, 'Gîte Lavande', 2);
    studio = await accommodation(owner, 'Studio Tilleul', 0);
    for (const [year, twoStars] of [
      [2025, 80],
      [2026, 90],
    ]) {
      await ok('mutation($input: TouristTaxTariffInput!) { setTouristTaxTariff(input: $input) { year } }', { input: avignonTable(year, twoStars) }, owner.token);
    }
    await ok('mutation($id: ID!, $source: TouristTaxTariffSourceInput!) { setTouristTaxTariffSource(accommodationId: $id, source: $source) { touristTax { cents } } }', { id: gite, source: { authority: AVIGNON } }, owner.token);
    await ok('mutation($id: ID!) { setTouristTax(accommodationId: $id, perPersonPerNight: 100) { touristTax { cents } } }', { id: studio }, owner.token);

    await file(owner, gite, '2025-07-05', '2025-07-12', 2, 2, 'Dupont');
    const worker = await file(owner, gite, '2025-07-26', '2025-08-02', 3, 1, 'Moreau');
    await ok('mutation($id: ID!) { setStayTouristTaxExemptions(id: $id, exemptions: [{ reason: SEASONAL_WORKER, count: 1 }]) { id } }', { id: worker }, owner.token);
    await file(owner, studio, '2025-07-14', '2025-07-19', 2, 1, 'Lefebvre');
    const cancelled = await file(owner, gite, '2025-07-19', '2025-07-26', 2, 0, 'Garnier');
    await ok('mutation($id: ID!) { cancelDossier(id: $id, by: GUEST) { id } }', { id: cancelled }, owner.token);
    const deleted = await file(owner, studio, '2025-07-21', '2025-07-24', 2, 0, 'Roux');
    await ok('mutation($id: ID!) { deleteDossier(id: $id) }', { id: deleted }, owner.token);
    await file(owner, gite, '2025-12-27', '2026-01-03', 2, 0, 'Fournier');

    const theirs = await accommodation(other, 'Gîte des Intrus', 0);
    await ok('mutation($id: ID!) { setTouristTax(accommodationId: $id, perPersonPerNight: 150) { touristTax { cents } } }', { id: theirs }, other.token);
    await file(other, theirs, '2025-07-10', '2025-07-13', 2, 0, 'Intrus');
  });
  afterAll(() => t.close());

  const registerOf = async (variables: Record<string, unknown>, token = owner.token) => (await ok(REGISTER, variables, token)).touristTaxRegister as { lines: RegisterLine[]; totals: Record<string, unknown> };
  const JULY = { from: '2025-07-01', to: '2025-07-31' };

  /** What a row of either download and a line of the query have in common, amounts in cents. */
  const figuresOf = (line: RegisterLine) => [line.dossierNumber, line.accommodationName, line.arrival, line.departure, line.nights, line.personsTaxed, line.taxedPersonNights, line.exemptPersonNights, line.label, line.perPersonNight?.cents ?? null, line.amount.cents, line.authority ?? ''];

  describe('as the GraphQL query', () => {
    it('lists July’s stays by arrival, each with its nights in July, persons taxed and exempt, rate and amount', async () => {
      const register = await registerOf(JULY);
      expect(register.lines).toEqual([
        // 0.88 € × 2 adults × 7 nights = 12.32 €, the 2 children exempt.
        expect.objectContaining({
          dossierNumber: numbers.Dupont,
          accommodationName: 'Gîte Lavande',
          accommodationAddress: '12 rue des Lices, 84000 Avignon',
          arrival: '2025-07-05',
          departure: '2025-07-12',
          stayNights: 7,
          nights: 7,
          personsTaxed: 2,
          personsExempt: [{ reason: 'MINOR', count: 2 }],
          taxedPersonNights: 14,
          exemptPersonNights: 14,
          label: '2★',
          perPersonNight: { cents: 88 },
          amount: { cents: 1_232 },
          authority: 'COMMUNE:84050',
          rates: [{ kind: 'TARIFF', category: 'TWO_STARS', ratePercent: null, label: '2★', nights: 7, personsTaxed: 2, perPersonNight: { cents: 88 }, amount: { cents: 1_232 } }],
        }),
        // A flat 1.00 € × 2 adults × 5 nights = 10.00 €, the child exempt by its age range.
        expect.objectContaining({
          dossierNumber: numbers.Lefebvre,
          accommodationName: 'Studio Tilleul',
          nights: 5,
          personsTaxed: 2,
          personsExempt: [{ reason: 'MINOR', count: 1 }],
          taxedPersonNights: 10,
          exemptPersonNights: 5,
          label: 'Forfait',
          perPersonNight: { cents: 100 },
          amount: { cents: 1_000 },
          authority: null,
        }),
        // 3 adults, one a seasonal worker, and a child, 26 July to 2 August: 6 nights in July, 0.88 € × 2 × 6 = 10.56 €.
        expect.objectContaining({
          dossierNumber: numbers.Moreau,
          stayNights: 7,
          nights: 6,
          personsTaxed: 2,
          personsExempt: [
            { reason: 'MINOR', count: 1 },
            { reason: 'SEASONAL_WORKER', count: 1 },
          ],
          taxedPersonNights: 12,
          exemptPersonNights: 12,
          amount: { cents: 1_056 },
        }),
      ]);
      expect(register.totals).toEqual({
        stays: 3,
        nights: 18,
        taxedPersonNights: 36,
        exemptPersonNights: 31,
        exemptPersonNightsByReason: [
          { reason: 'MINOR', count: 25 },
          { reason: 'SEASONAL_WORKER', count: 6 },
        ],
        // 12.32 + 10.00 + 10.56
        amount: { cents: 3_288 },
      });
    });

    it('keeps to Avignon’s stays when asked, the flat one left out: 12.32 + 10.56 = 22.88 €', async () => {
      const register = await registerOf({ ...JULY, authority: 'commune:84050' });
      expect(register.lines.map((line) => line.dossierNumber)).toEqual([numbers.Dupont, numbers.Moreau]);
      expect(register.totals).toMatchObject({ stays: 2, amount: { cents: 2_288 } });
    });

    it('counts the August nights of the stay crossing July’s end in August’s register: 0.88 € × 2 × 1 = 1.76 €', async () => {
      const register = await registerOf({ from: '2025-08-01', to: '2025-08-31' });
      expect(register.lines).toEqual([expect.objectContaining({ dossierNumber: numbers.Moreau, nights: 1, taxedPersonNights: 2, amount: { cents: 176 } })]);
    });

    it('takes each year’s table over New Year: 5 nights at 0.88 € and 2 at 0.99 €, 2 adults, is 8.80 + 3.96 = 12.76 €', async () => {
      const register = await registerOf({ from: '2025-12-01', to: '2026-01-31' });
      expect(register.lines).toEqual([
        expect.objectContaining({
          dossierNumber: numbers.Fournier,
          nights: 7,
          label: '2★',
          perPersonNight: null,
          amount: { cents: 1_276 },
          rates: [expect.objectContaining({ nights: 5, perPersonNight: { cents: 88 }, amount: { cents: 880 } }), expect.objectContaining({ nights: 2, perPersonNight: { cents: 99 }, amount: { cents: 396 } })],
        }),
      ]);
      expect((await registerOf({ from: '2026-01-01', to: '2026-01-31' })).lines).toEqual([expect.objectContaining({ nights: 2, perPersonNight: { cents: 99 }, amount: { cents: 396 } })]);
    });

    it('never shows another owner’s files: theirs are theirs alone', async () => {
      expect((await registerOf(JULY)).lines.map((line) => line.accommodationName)).not.toContain('Gîte des Intrus');
      const theirs = await registerOf(JULY, other.token);
      expect(theirs.lines).toEqual([expect.objectContaining({ accommodationName: 'Gîte des Intrus', nights: 3, amount: { cents: 900 } })]);
    });

    it('answers an API key that reads bookings, since it names no guest', async () => {
      const { createApiKey } = await ok('mutation { createApiKey(name: "Comptabilité", scopes: [BOOKINGS_READ]) { key } }', {}, owner.token);
      const register = await registerOf(JULY, createApiKey.key as string);
      expect(register.totals).toMatchObject({ stays: 3, amount: { cents: 3_288 } });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['from after to', { from: '2025-08-01', to: '2025-07-31' }, 'from'],
      ['a period over 366 nights', { from: '2025-01-01', to: '2026-01-02' }, 'to'],
      ['a malformed authority', { ...JULY, authority: 'AVIGNON' }, 'authority'],
    ])('refuses %s as BAD_USER_INPUT naming the field', async (_, variables, field) => {
      const answer: GraphqlAnswer = await t.gql(REGISTER, variables, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  });

  describe('as downloads', () => {
    const download = (format: 'xlsx' | 'csv', query: Record<string, string>, token: string | null = owner.token) =>
      fetch(`${baseUrl}/exports/tourist-tax-register.${format}?${new URLSearchParams(query).toString()}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    const GUEST_TRACES = ['Dupont', 'Moreau', 'Lefebvre', 'Claire', '@example.fr', '+33612345678', 'Intrus'];

    it('gives a spreadsheet with French headers, the query’s figures, euros as numbers and a totals row, and no guest', async () => {
      const [register, response] = await Promise.all([registerOf(JULY), download('xlsx', JULY)]);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(XLSX);
      expect(response.headers.get('content-disposition')).toContain('registre-taxe-de-sejour-2025-07-01-2025-07-31.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const sheet = workbook.getWorksheet('Registre');
      if (!sheet) throw new Error('the workbook has no Registre sheet');
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const [header, ...body] = rows;
      expect(header).toEqual([
        'Numéro de dossier',
        'Hébergement',
        "Adresse de l'hébergement",
        "Numéro d'enregistrement",
        "Date d'arrivée",
        'Date de départ',
        'Nombre de nuitées',
        'Nombre de personnes assujetties',
        'Personnes exonérées – mineurs',
        'Personnes exonérées – travailleurs saisonniers',
        "Personnes exonérées – hébergement d'urgence",
        'Personnes exonérées – relogement temporaire',
        'Personnes exonérées – loyer sous le seuil',
        'Nuitées assujetties',
        'Nuitées exonérées',
        'Catégorie ou tarif',
        'Tarif par personne et par nuit',
        'Montant de la taxe',
        'Collectivité',
      ]);
      const stays = body.slice(0, -1);
      const day = (cell: unknown) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell);
      const cents = (cell: unknown) => (cell === undefined || cell === null ? null : Math.round(Number(cell) * 100));
      expect(stays.map((r) => [r[0], r[1], day(r[4]), day(r[5]), r[6], r[7], r[13], r[14], r[15], cents(r[16]), cents(r[17]), r[18] ?? ''])).toEqual(register.lines.map(figuresOf));
      expect(stays.map((r) => r.slice(8, 13).map((count) => count ?? 0))).toEqual([
        [2, 0, 0, 0, 0],
        [1, 0, 0, 0, 0],
        [1, 1, 0, 0, 0],
      ]);
      expect(sheet.getCell('R2').numFmt).toContain('€');
      const totals = body[body.length - 1];
      expect([totals[1], totals[6], totals[13], totals[14], cents(totals[17])]).toEqual(['Total : 3 séjours', 18, 36, 31, 3_288]);
      const text = JSON.stringify(rows);
      for (const trace of GUEST_TRACES) expect(text).not.toContain(trace);
    });

    it('gives the CSV a platform imports: UTF-8 with BOM, “;”, decimal commas, dd/mm/yyyy, one header line, the same figures, and no guest', async () => {
      const [register, response] = await Promise.all([registerOf(JULY), download('csv', JULY)]);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      const [header, ...rows] = text.split('\r\n').filter((line) => line !== '').map((line) => line.split(';'));
      expect(header).toHaveLength(19);
      expect(header.slice(0, 8)).toEqual(['Numéro de dossier', 'Hébergement', "Adresse de l'hébergement", "Numéro d'enregistrement", "Date d'arrivée", 'Date de départ', 'Nombre de nuitées', 'Nombre de personnes assujetties']);
      expect(rows[0]).toEqual([String(numbers.Dupont), 'Gîte Lavande', '12 rue des Lices, 84000 Avignon', '', '05/07/2025', '12/07/2025', '7', '2', '2', '0', '0', '0', '0', '14', '14', '2★', '0,88', '12,32', 'COMMUNE:84050']);
      const euros = (text: string) => (text === '' ? null : Math.round(Number(text.replace(',', '.')) * 100));
      const iso = (text: string) => text.split('/').reverse().join('-');
      expect(rows.map((r) => [Number(r[0]), r[1], iso(r[4]), iso(r[5]), Number(r[6]), Number(r[7]), Number(r[13]), Number(r[14]), r[15], euros(r[16]), euros(r[17]), r[18]])).toEqual(register.lines.map(figuresOf));
      for (const trace of GUEST_TRACES) expect(text).not.toContain(trace);
    });

    it('gives another owner only their own register', async () => {
      const response = await download('csv', JULY, other.token);
      const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
      expect(text).toContain('Gîte des Intrus');
      expect(text).not.toContain('Gîte Lavande');
      expect(text.split('\r\n').filter((line) => line !== '')).toHaveLength(2);
    });

    it('refuses a caller without a token (401) and a bad parameter (400, naming it)', async () => {
      expect((await download('csv', JULY, null)).status).toBe(401);
      expect((await download('xlsx', JULY, null)).status).toBe(401);
      const bad = await download('csv', { ...JULY, authority: 'COMMUNE:8405' });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'authority' } });
      const missing = await download('xlsx', { from: '2025-07-01' });
      expect(missing.status).toBe(400);
      expect(await missing.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'to' } });
    });
  });
});

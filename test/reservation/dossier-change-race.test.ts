import { Client } from 'pg';
import { ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { onRealServer, testDatabaseUrl } from '../support/database';
import { startTestApp, type TestApp } from '../support/test-app';

const FILE = 'id stays { arrival departure occupants { count } accommodationPrice { cents } supplements { amount { cents } } price { cents } }';
const CHANGE_OCCUPANTS = `mutation($id: ID!, $occupants: [OccupantsInput!]!) { changeDossierOccupants(id: $id, occupants: $occupants) { ${FILE} } }`;
const CHANGE_STAY = `mutation($id: ID!, $arrival: Date!, $departure: Date!) { changeDossierStay(id: $id, arrival: $arrival, departure: $departure) { ${FILE} } }`;

interface File {
  id: string;
  stays: { arrival: string; departure: string; occupants: { count: number }[]; accommodationPrice: { cents: number }; supplements: { amount: { cents: number } }[]; price: { cents: number } }[];
}

/**
 * A change of occupants racing a change of dates on the same file: each is worked out from the
 * file as read, and used to be decided again on the fresher file, so the occupants' change could
 * put the file back on the old nights while the planning held the new ones. On the real server,
 * where requests truly run at once, through two app instances.
 */
(onRealServer() ? describe : describe.skip)('changes of one booking file racing each other', () => {
  let first: TestApp;
  let second: TestApp;
  let gite: OwnerWithGite;

  beforeAll(async () => {
    [first, second] = await Promise.all([startTestApp(), startTestApp()]);
    gite = await ownerWithGite(first);
    const token = gite.owner.token;
    // A price per night that differs by week, and a per-person supplement: a file priced for other dates or occupants shows.
    for (const [from, price] of [['2027-09-01', 20_000], ['2027-09-08', 30_000], ['2027-09-15', 40_000]] as const) {
      const rates = await first.gql('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', {
        input: { accommodationId: gite.accommodationId, periods: [{ from, to: from }], nights: [3], arrivalDays: ['WEDNESDAY'], initialPrice: price },
      }, token);
      expect(rates.errors).toBeUndefined();
    }
    const supplement = await first.gql('mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }', {
      input: { name: { fr: 'Draps' }, mandatory: true, price: 1_000, unit: 'PER_PERSON', accommodationIds: [gite.accommodationId] },
    }, token);
    expect(supplement.errors).toBeUndefined();
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('never leaves the file on other nights than the planning holds for it, nor priced for a state it was not in', async () => {
    const token = gite.owner.token;
    const created = await first.gql('mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }', {
      input: { accommodationId: gite.accommodationId, arrival: '2027-09-01', departure: '2027-09-04', occupants: [{ ageRangeId: gite.adults, count: 2 }], guest: { lastName: 'Martin' } },
    }, token);
    expect(created.errors).toBeUndefined();
    const id = created.data?.createDossier.id as string;
    const weeks = ['2027-09-01', '2027-09-08', '2027-09-15'];
    const departure = (arrival: string) => `2027-09-${String(Number(arrival.slice(8)) + 3).padStart(2, '0')}`;
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) => {
        const app = i % 2 === 0 ? first : second;
        if (i % 3 === 0) {
          const arrival = weeks[(i / 3) % 3];
          return app.gql(CHANGE_STAY, { id, arrival, departure: departure(arrival) }, token);
        }
        return app.gql(CHANGE_OCCUPANTS, { id, occupants: [{ ageRangeId: gite.adults, count: 1 + (i % 4) }] }, token);
      }),
    );
    const codes = answers.map((a) => (a.errors ? String(a.errors[0].extensions?.code) : 'OK'));
    expect(codes.filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);
    console.log(`racing changes answered: ${JSON.stringify(codes.reduce<Record<string, number>>((n, c) => ({ ...n, [c]: (n[c] ?? 0) + 1 }), {}))}`);

    const file = (await first.gql<{ dossier: File }>(`query($id: ID!) { dossier(id: $id) { ${FILE} } }`, { id }, token)).data?.dossier as File;
    const [stay] = file.stays;
    // The planning holds the file's nights, and only them.
    const db = new Client({ connectionString: testDatabaseUrl() });
    await db.connect();
    const holds = (
      await db.query<{ arrival: string; departure: string }>(
        "SELECT to_char(arrival, 'YYYY-MM-DD') AS arrival, to_char(departure, 'YYYY-MM-DD') AS departure FROM planning_holds WHERE dossier_id = $1",
        [id],
      )
    ).rows;
    await db.end();
    expect(holds).toEqual([{ arrival: stay.arrival, departure: stay.departure }]);
    // The price is the one its dates and occupants make, not a mix of two states.
    const persons = stay.occupants.reduce((sum, o) => sum + o.count, 0);
    expect(stay.accommodationPrice.cents).toBe({ '2027-09-01': 20_000, '2027-09-08': 30_000, '2027-09-15': 40_000 }[stay.arrival]);
    expect(stay.supplements.map((s) => s.amount.cents)).toEqual([1_000 * persons]);
  }, 60_000);
});

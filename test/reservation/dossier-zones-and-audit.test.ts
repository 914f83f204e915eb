import ExcelJS from 'exceljs';
import { dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

const FILE = 'id createdAt timeZone deletedAt deposit { dueDate } balanceDueDate stays { arrival }';
const CREATE = `mutation($input: CreateDossierInput!) { createDossier(input: $input) { ${FILE} } }`;
const RULES = 'mutation($input: BookingRulesInput!) { setBookingRules(input: $input) { timeZone } }';

/**
 * A booking file's days are the accommodation's: due dates counted from the day it was made
 * there, the day the spreadsheet says it was made, whether its deposit is late. And a deleted
 * file stays in its history, for audit.
 */
describe('a booking file’s days and its audit', () => {
  let t: TestApp;
  let clock: ManualClock;
  let gite: OwnerWithGite;

  beforeAll(async () => {
    // 02:00 UTC on 1 June: already 1 June in Paris (04:00), still 31 May in Martinique (22:00).
    clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
    t = await startTestApp({ clock });
    gite = await ownerWithGite(t);
  });
  afterAll(() => t.close());

  it('counts the due dates from the day the file was made where the accommodation is, and keeps doing so when it moves', async () => {
    const caribbean = await ownerWithGite(t, 'Gîte des Trois-Îlets');
    expect((await t.gql(RULES, { input: { accommodationId: caribbean.accommodationId, timeZone: 'America/Martinique' } }, caribbean.owner.token)).data?.setBookingRules).toEqual({ timeZone: 'America/Martinique' });
    const made = await t.gql(CREATE, dossierInput(caribbean, '2026-08-01', '2026-08-08'), caribbean.owner.token);
    expect(made.errors).toBeUndefined();
    // Ten days after 31 May, Martinique time: 10 June (Paris time would say 11 June).
    expect(made.data?.createDossier).toMatchObject({ timeZone: 'America/Martinique', deposit: { dueDate: '2026-06-10' } });
    const moved = await t.gql(
      `mutation($id: ID!) { changeDossierStay(id: $id, arrival: "2026-08-15", departure: "2026-08-22") { ${FILE} } }`,
      { id: made.data?.createDossier.id },
      caribbean.owner.token,
    );
    expect(moved.data?.changeDossierStay).toMatchObject({ deposit: { dueDate: '2026-06-10' }, balanceDueDate: '2026-08-15', stays: [{ arrival: '2026-08-15' }] });
  });

  it('writes in the spreadsheet the day the file was made in its accommodation’s zone, not in UTC', async () => {
    // 22:30 UTC on 1 June is 00:30 on 2 June in Paris.
    clock.advance(20.5 * 3_600_000);
    const made = await t.gql(CREATE, dossierInput(gite, '2026-09-01', '2026-09-03'), gite.owner.token);
    expect(made.errors).toBeUndefined();
    const response = await fetch(`${t.url.replace(/\/graphql$/, '')}/exports/dossiers.xlsx?arrivalFrom=2026-09-01`, { headers: { authorization: `Bearer ${gite.owner.token}` } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const createdOn = workbook.getWorksheet('Dossiers')?.getRow(2).getCell(2).value as Date;
    expect(createdOn.toISOString().slice(0, 10)).toBe('2026-06-02');
  });

  it('still replays a deleted file as it stood, after its deletion too, and lists its deletion in its history', async () => {
    const made = await t.gql(CREATE, dossierInput(gite, '2026-10-01', '2026-10-03'), gite.owner.token);
    const id = made.data?.createDossier.id as string;
    clock.advance(3_600_000);
    expect((await t.gql('mutation($id: ID!) { deleteDossier(id: $id) }', { id }, gite.owner.token)).data?.deleteDossier).toBe(true);
    expect((await t.gql('query($id: ID!) { dossier(id: $id) { id } }', { id }, gite.owner.token)).data?.dossier).toBeNull();
    const history = await t.gql('query($id: ID!) { dossierHistory(id: $id) { type schemaVersion } }', { id }, gite.owner.token);
    expect(history.data?.dossierHistory).toContainEqual({ type: 'DossierDeleted', schemaVersion: 1 });
    expect(history.data?.dossierHistory[0]).toEqual({ type: 'DossierOpened', schemaVersion: 3 });
    const asOf = (at: Date) => t.gql(`query($id: ID!, $at: DateTime!) { dossierAsOf(id: $id, at: $at) { ${FILE} } }`, { id, at: at.toISOString() }, gite.owner.token);
    expect((await asOf(new Date(clock.now().getTime() - 1_800_000))).data?.dossierAsOf).toMatchObject({ id, deletedAt: null });
    expect((await asOf(clock.now())).data?.dossierAsOf).toMatchObject({ id, deletedAt: clock.now().toISOString() });
  });
});

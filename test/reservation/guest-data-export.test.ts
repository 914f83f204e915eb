import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

/**
 * A guest's right of access (RGPD art. 15 and 20): the owner downloads everything they hold about
 * one guest of their directory, as the file to hand over, from the API or as a download; nobody
 * else may, not even the owner's own API keys.
 */
const EXPORT = 'query($id: ID!) { exportGuest(guestId: $id) { guestId fileName json } }';
const CREATE_KEY = 'mutation { createApiKey(name: "Channel manager", scopes: [BOOKINGS_READ, GUESTS_READ]) { key } }';

describe('exporting a guest’s data', () => {
  let t: TestApp;
  let gite: OwnerWithGite;
  let other: OwnerWithGite;
  let guestId: string;
  let dossierIds: string[];

  const download = (id: string, token: string) => fetch(`${t.url.replace('/graphql', '')}/exports/guests/${id}.json`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    t = await startTestApp();
    gite = await ownerWithGite(t);
    other = await ownerWithGite(t, 'Gîte voisin');
    dossierIds = [];
    for (const [arrival, departure] of [
      ['2027-03-06', '2027-03-13'],
      ['2027-08-07', '2027-08-14'],
    ]) {
      const { input } = dossierInput(gite, arrival, departure, 50_000, 'Lefèvre');
      const created = await t.gql(CREATE_DOSSIER, { input: { ...input, guest: { lastName: 'Lefèvre', firstName: 'Anne', email: 'anne.lefevre@example.org', city: 'Nyons' }, note: 'Allergique aux chats' } }, gite.owner.token);
      dossierIds.push(created.data?.createDossier.id as string);
    }
    guestId = await until('the guest in the directory', async () => {
      const nodes = (await t.gql('{ guests { nodes { id files } } }', {}, gite.owner.token)).data?.guests.nodes as { id: string; files: number }[];
      return nodes.length === 1 && nodes[0].files === 2 ? nodes[0].id : null;
    });
  });
  afterAll(() => t.close());

  it('hands over the guest, both files with their stays, money and notes', async () => {
    const answer = await t.gql(EXPORT, { id: guestId }, gite.owner.token);
    expect(answer.errors).toBeUndefined();
    const exported = answer.data?.exportGuest as { guestId: string; fileName: string; json: string };
    expect(exported.fileName).toMatch(/^donnees-client-LEFÈVRE-Anne-\d{4}-\d{2}-\d{2}\.json$/);
    const body = JSON.parse(exported.json) as { format: string; guest: Record<string, unknown>; files: { dossierId: string; note: string; total: { cents: number }; stays: { arrival: string }[]; consents: unknown }[] };
    expect(body.format).toBe('osmb.guest-data/1');
    expect(body.guest).toMatchObject({ lastName: 'Lefèvre', firstName: 'Anne', email: 'anne.lefevre@example.org', city: 'Nyons' });
    expect(body.files.map((f) => f.dossierId).sort()).toEqual([...dossierIds].sort());
    expect(body.files.map((f) => f.stays[0].arrival).sort()).toEqual(['2027-03-06', '2027-08-07']);
    expect(body.files.every((f) => f.note === 'Allergique aux chats' && f.total.cents === 50_000)).toBe(true);
    // Booked in the back office: no consent was asked online.
    expect(body.files.every((f) => f.consents === null)).toBe(true);
  });

  it('gives the same file as a download', async () => {
    const response = await download(guestId, gite.owner.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=.*donnees-client-/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(await response.text())).toMatchObject({ guestId, guest: { lastName: 'Lefèvre' } });
  });

  it('answers another owner as if the guest did not exist', async () => {
    const answer = await t.gql(EXPORT, { id: guestId }, other.owner.token);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'guestId' });
    expect(JSON.stringify(answer)).not.toContain('Lefèvre');
    const response = await download(guestId, other.owner.token);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Lefèvre');
  });

  it('is the owner’s own to ask: an API key, even one that reads guests, is refused', async () => {
    const key = (await t.gql(CREATE_KEY, {}, gite.owner.token)).data?.createApiKey.key as string;
    const answer = await t.gql(EXPORT, { id: guestId }, key);
    expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await download(guestId, key)).status).toBe(403);
  });

  it('answers a malformed id as not found', async () => {
    expect((await t.gql(EXPORT, { id: 'not-a-guest' }, gite.owner.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

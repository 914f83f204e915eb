import { ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { signUpOwner } from '../support/owners';
import { startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

const GUEST_FIELDS = 'company civility lastName firstName address addressLine2 postalCode city country phone1 phone2 phone3 fax email';
const GUESTS = `query($search: String, $first: Int, $after: String) {
  guests(search: $search, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage }
    nodes { id label files lastStay { dossierId arrival departure } lastFileAt guest { ${GUEST_FIELDS} } }
  } }`;
const CREATE = 'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }';
const CHANGE_GUEST = 'mutation($id: ID!, $guest: GuestInput!) { changeDossierGuest(id: $id, guest: $guest) { id } }';

type Guest = Record<string, string | null>;

interface Entry {
  id: string;
  label: string;
  files: number;
  lastStay: { dossierId: string; arrival: string; departure: string } | null;
  lastFileAt: string;
  guest: Guest;
}

interface Page {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: Entry[];
}

const MARIE: Guest = { firstName: 'Marie', lastName: 'Dupont', email: 'marie.dupont@example.org', phone1: '06 12 34 56 78' };
/** Marie again, a year on: the same address typed otherwise, a new phone and town. */
const MARIE_AGAIN: Guest = { firstName: 'Marie', lastName: 'DUPONT', email: 'Marie.Dupont@Example.org', phone1: '07 98 76 54 32', city: 'Lyon' };
const PAUL: Guest = { firstName: 'Paul', lastName: 'Durand', phone1: '+33 6 11 22 33 44' };
const ELISE: Guest = { firstName: 'Élise', lastName: 'Lefèvre', company: 'Les Tilleuls SARL', email: 'elise@tilleuls.example' };

/**
 * The guest directory ("récupérer les informations d'un client") over GraphQL: one entry per guest
 * of the owner's files, with the details given last, following corrections of a file's guest.
 */
describe('the guest directory', () => {
  let t: TestApp;
  let gite: OwnerWithGite;
  const files: Record<string, string> = {};

  const ok = async (query: string, variables: Record<string, unknown> = {}, token = gite.owner.token) => {
    const answer = await t.gql(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  };
  const refusal = (answer: GraphqlAnswer) => ({ code: answer.errors?.[0].extensions?.code, field: answer.errors?.[0].extensions?.field });
  const open = async (name: string, guest: Guest, arrival: string, departure: string) => {
    const input = { accommodationId: gite.accommodationId, arrival, departure, occupants: [{ ageRangeId: gite.adults, count: 2 }], price: 50_000, guest };
    files[name] = (await ok(CREATE, { input })).createDossier.id as string;
  };
  const directory = async (variables: Record<string, unknown> = {}, token = gite.owner.token): Promise<Page> => (await ok(GUESTS, variables, token)).guests as Page;
  const labels = async (search?: string): Promise<string[]> => (await directory({ search })).nodes.map((n) => n.label);
  const answered = (given: Guest): Guest => ({ ...Object.fromEntries(GUEST_FIELDS.split(' ').map((field) => [field, null])), ...given });

  beforeAll(async () => {
    t = await startTestApp();
    gite = await ownerWithGite(t);
    await open('marie2027', MARIE, '2027-07-03', '2027-07-10');
    await open('paul', PAUL, '2027-07-17', '2027-07-24');
    await open('elise', ELISE, '2027-09-04', '2027-09-11');
    await ok('mutation($id: ID!) { cancelDossier(id: $id) { id } }', { id: files.elise });
    await open('marie2028', MARIE_AGAIN, '2028-07-01', '2028-07-08');
  });
  afterAll(() => t.close());

  it('lists each guest once, by name as French back offices write it, with the details given last, their files and latest stay', async () => {
    const page = await directory();
    expect(page).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect(page.nodes).toEqual([
      expect.objectContaining({ label: 'DUPONT Marie', files: 2, guest: answered(MARIE_AGAIN), lastStay: { dossierId: files.marie2028, arrival: '2028-07-01', departure: '2028-07-08' } }),
      expect.objectContaining({ label: 'DURAND Paul', files: 1, guest: answered(PAUL), lastStay: { dossierId: files.paul, arrival: '2027-07-17', departure: '2027-07-24' } }),
      // Cancelled: a guest of the owner's still, with no stay that happened.
      expect.objectContaining({ label: 'Les Tilleuls SARL (LEFÈVRE Élise)', files: 1, guest: answered(ELISE), lastStay: null }),
    ]);
  });

  it('finds guests by part of a name, email, company or phone, in any case, with or without accents', async () => {
    expect(await labels('lefevre')).toEqual(['Les Tilleuls SARL (LEFÈVRE Élise)']);
    expect(await labels('tilleuls')).toEqual(['Les Tilleuls SARL (LEFÈVRE Élise)']);
    expect(await labels('marie dupont')).toEqual(['DUPONT Marie']);
    expect(await labels('MARIE.DUPONT@example')).toEqual(['DUPONT Marie']);
    expect(await labels('06 11 22')).toEqual(['DURAND Paul']);
    expect(await labels('100%_')).toEqual([]);
  });

  it('gives a guest’s details for a new file as they are, and counts that file too', async () => {
    const [marie] = (await directory({ search: 'dupont' })).nodes;
    await open('marie2029', marie.guest, '2029-07-07', '2029-07-14');
    expect((await directory({ search: 'dupont' })).nodes).toEqual([expect.objectContaining({ id: marie.id, files: 3, guest: marie.guest, lastStay: expect.objectContaining({ dossierId: files.marie2029 }) })]);
  });

  it('follows a guest corrected on a file: the file leaves the entry it was under for the new one', async () => {
    const before = (await directory({ search: 'durand' })).nodes[0];
    const corrected: Guest = { ...PAUL, email: 'paul.durand@example.org' };
    await ok(CHANGE_GUEST, { id: files.paul, guest: corrected });
    const after = (await directory({ search: 'durand' })).nodes;
    expect(after).toEqual([expect.objectContaining({ label: 'DURAND Paul', files: 1, guest: answered(corrected) })]);
    expect(after[0].id).not.toBe(before.id);
  });

  it('takes the details corrected last on any file of the guest', async () => {
    const corrected: Guest = { ...MARIE, lastName: 'Dupont-Martin', city: 'Annecy' };
    await ok(CHANGE_GUEST, { id: files.marie2027, guest: corrected });
    const [marie] = (await directory({ search: 'marie' })).nodes;
    expect(marie).toMatchObject({ label: 'DUPONT-MARTIN Marie', files: 3, guest: answered(corrected) });
  });

  it('drops a guest whose only file was deleted', async () => {
    await ok('mutation($id: ID!) { deleteDossier(id: $id) }', { id: files.elise });
    expect(await labels()).toEqual(['DUPONT-MARTIN Marie', 'DURAND Paul']);
  });

  it('pages by cursor, bounded', async () => {
    const first = await directory({ first: 1 });
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ label: 'DUPONT-MARTIN Marie' }] });
    const second = await directory({ first: 1, after: first.pageInfo.endCursor });
    expect(second).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ label: 'DURAND Paul' }] });
    expect(refusal(await t.gql(GUESTS, { first: 101 }, gite.owner.token))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(refusal(await t.gql(GUESTS, { after: 'not-a-cursor' }, gite.owner.token))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(refusal(await t.gql(GUESTS, { search: 'x'.repeat(101) }, gite.owner.token))).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it('is each owner’s own', async () => {
    const other = await signUpOwner(t);
    expect(await directory({}, other.token)).toEqual({ totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [] });
  });
});

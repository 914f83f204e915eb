import { randomUUID } from 'node:crypto';
import { ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { emailsOf } from '../support/communication-fixtures';
import { signUpOwner } from '../support/owners';
import { startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { until } from '../support/until';

const GUEST_FIELDS = 'company civility lastName firstName address addressLine2 postalCode city country phone1 phone2 phone3 fax email';
const FILE = `id number status guest { ${GUEST_FIELDS} }`;
const CREATE = `mutation($input: CreateDossierInput!) { createDossier(input: $input) { ${FILE} } }`;
const CHANGE_GUEST = `mutation($id: ID!, $guest: GuestInput!) { changeDossierGuest(id: $id, guest: $guest) { ${FILE} } }`;
const GET = `query($id: ID!) { dossier(id: $id) { ${FILE} } }`;
const FIND = 'query($guest: String!) { dossiers(filter: { guest: $guest }) { nodes { id } } }';
const PLANNING = 'query($id: ID!, $from: Date!, $to: Date!) { planning(accommodationId: $id, from: $from, to: $to) { date dossierId guestName } }';
const HISTORY = 'query($id: ID!) { dossierHistory(id: $id) { type actor data } }';
const CANCEL = `mutation($id: ID!) { cancelDossier(id: $id, reason: "Guest withdrew") { ${FILE} } }`;
const DELETE = 'mutation($id: ID!) { deleteDossier(id: $id) }';
const PAY = 'mutation($id: ID!) { recordPayment(dossierId: $id, input: { date: "2027-01-15", method: TRANSFER, cents: 10000 }) { status } }';

type GuestInput = Record<string, string | null>;

const CLAIRE: GuestInput = { firstName: 'Claire', lastName: 'Martin', phone1: '06 12 34 56 78', email: 'claire.martin@example.fr' };
/** Claire as the owner corrected her: married since, moved to Lyon. */
const AS_CORRECTED: GuestInput = {
  civility: 'Mme',
  firstName: 'Claire',
  lastName: 'Dubois',
  address: '12 rue des Lilas',
  postalCode: '69003',
  city: 'Lyon',
  country: 'France',
  phone1: '06 12 34 56 78',
  email: 'claire@dubois.example',
};

/** A guest as the API answers it: every field, those not given null. */
const answered = (given: GuestInput): GuestInput => ({
  ...Object.fromEntries(GUEST_FIELDS.split(' ').map((field) => [field, null])),
  ...given,
});

interface HistoryEntry {
  type: string;
  actor: string;
  data: Record<string, unknown>;
}

/** An owner corrects who a booking file is for: every view of the file, and what it sends, follows. */
describe('correcting the guest of a booking file', () => {
  let t: TestApp;
  let gite: OwnerWithGite;
  let week = 0;

  beforeAll(async () => {
    t = await startTestApp();
    gite = await ownerWithGite(t);
  });
  afterAll(() => t.close());

  const ok = async (query: string, variables: Record<string, unknown>, token = gite.owner.token) => {
    const answer = await t.gql(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  };
  const refusal = (answer: GraphqlAnswer) => ({ code: answer.errors?.[0].extensions?.code, field: answer.errors?.[0].extensions?.field, data: answer.data ?? null });

  /** A file for Claire on a week of its own in 2027, so no two tests share nights. */
  const open = async (): Promise<{ id: string; arrival: string; departure: string }> => {
    week += 1;
    const day = (offset: number) => new Date(Date.UTC(2027, 4, 1 + 7 * week + offset)).toISOString().slice(0, 10);
    const [arrival, departure] = [day(0), day(3)];
    const input = { accommodationId: gite.accommodationId, arrival, departure, occupants: [{ ageRangeId: gite.adults, count: 2 }], price: 50_000, guest: CLAIRE };
    const id = (await ok(CREATE, { input })).createDossier.id as string;
    return { id, arrival, departure };
  };
  const guestOf = async (id: string) => (await ok(GET, { id })).dossier.guest as GuestInput;
  const found = async (guest: string): Promise<string[]> => ((await ok(FIND, { guest })).dossiers.nodes as { id: string }[]).map((n) => n.id);
  const history = async (id: string): Promise<HistoryEntry[]> => (await ok(HISTORY, { id })).dossierHistory as HistoryEntry[];

  it('answers the file with the corrected guest, which the file, the searches, the planning and the history then show', async () => {
    const file = await open();

    const changed = await ok(CHANGE_GUEST, { id: file.id, guest: AS_CORRECTED });

    expect(changed.changeDossierGuest).toEqual({ id: file.id, number: expect.any(Number), status: 'OPTION', guest: answered(AS_CORRECTED) });
    expect(await guestOf(file.id)).toEqual(answered(AS_CORRECTED));
    expect(await found('dubois')).toContain(file.id);
    expect(await found('CLAIRE@DUBOIS.example')).toContain(file.id);
    expect(await found('claire.martin@example.fr')).not.toContain(file.id);
    const nights = (await ok(PLANNING, { id: gite.accommodationId, from: file.arrival, to: file.departure })).planning as { dossierId: string; guestName: string }[];
    expect(nights.map((n) => [n.dossierId, n.guestName])).toEqual([
      [file.id, 'Claire Dubois'],
      [file.id, 'Claire Dubois'],
      [file.id, 'Claire Dubois'],
    ]);
    expect((await history(file.id)).at(-1)).toEqual({
      type: 'GuestChanged',
      actor: `owner:${gite.owner.id}`,
      data: { dossierId: file.id, ownerId: gite.owner.id, guest: answered(AS_CORRECTED), previous: answered(CLAIRE) },
    });
  });

  it('replaces the guest as a whole: a field left out is cleared', async () => {
    const file = await open();

    const changed = await ok(CHANGE_GUEST, { id: file.id, guest: { firstName: 'Claire', lastName: 'Martin' } });

    expect(changed.changeDossierGuest.guest).toEqual(answered({ firstName: 'Claire', lastName: 'Martin' }));
    expect(await found('claire.martin@example.fr')).not.toContain(file.id);
  });

  it('records nothing when the guest given is the one the file has, trimmed as it was', async () => {
    const file = await open();
    const before = await history(file.id);

    const changed = await ok(CHANGE_GUEST, { id: file.id, guest: { ...CLAIRE, lastName: '  Martin ' } });

    expect(changed.changeDossierGuest.guest).toEqual(answered(CLAIRE));
    expect(await history(file.id)).toEqual(before);
  });

  it.each([
    ['an email that is not one', { email: 'claire@' }, 'guest.email'],
    ['a blank last name', { lastName: '   ' }, 'guest.lastName'],
    ['a phone that is not a number', { phone2: 'after 6pm' }, 'guest.phone2'],
    ['a line break in a name', { firstName: 'Claire\nBcc: x@example.fr' }, 'guest.firstName'],
  ])('refuses %s as createDossier does, naming the field, and changes nothing', async (_, wrong, field) => {
    const file = await open();
    const before = await history(file.id);

    const answer = await t.gql(CHANGE_GUEST, { id: file.id, guest: { ...CLAIRE, ...wrong } }, gite.owner.token);

    expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field, data: null });
    expect(answer.errors?.[0].message).toMatch(`${field}: `);
    expect(await guestOf(file.id)).toEqual(answered(CLAIRE));
    expect(await history(file.id)).toEqual(before);
  });

  it('corrects the guest of a cancelled file, which stays cancelled', async () => {
    const file = await open();
    await ok(CANCEL, { id: file.id });

    const changed = await ok(CHANGE_GUEST, { id: file.id, guest: AS_CORRECTED });

    expect(changed.changeDossierGuest).toMatchObject({ status: 'CANCELLED', guest: answered(AS_CORRECTED) });
  });

  it('answers NOT_FOUND for a deleted file, as for one that never was', async () => {
    const file = await open();
    await ok(DELETE, { id: file.id });

    expect(refusal(await t.gql(CHANGE_GUEST, { id: file.id, guest: AS_CORRECTED }, gite.owner.token))).toEqual({ code: 'NOT_FOUND', field: 'id', data: null });
    expect(refusal(await t.gql(CHANGE_GUEST, { id: randomUUID(), guest: AS_CORRECTED }, gite.owner.token))).toEqual({ code: 'NOT_FOUND', field: 'id', data: null });
  });

  it('answers another owner NOT_FOUND and leaves the guest as it was', async () => {
    const file = await open();
    const intruder = await signUpOwner(t, { lastName: 'Durand' });

    expect(refusal(await t.gql(CHANGE_GUEST, { id: file.id, guest: AS_CORRECTED }, intruder.token))).toEqual({ code: 'NOT_FOUND', field: 'id', data: null });
    expect(await guestOf(file.id)).toEqual(answered(CLAIRE));
  });

  it('writes to the corrected address from then on', async () => {
    const file = await open();
    await ok(CHANGE_GUEST, { id: file.id, guest: AS_CORRECTED });

    await ok(PAY, { id: file.id });

    const acknowledged = await until('the payment acknowledged to the guest', async () =>
      (await emailsOf(t, gite.owner.token, file.id)).find((e) => e.kind === 'PAYMENT_RECEIVED' && e.recipient === 'GUEST'),
    );
    expect(acknowledged.to).toBe(AS_CORRECTED.email);
  });

  it('answers a retry with the same Idempotency-Key with the first answer, recording the change once', async () => {
    const file = await open();
    const key = randomUUID();
    const send = async () => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${gite.owner.token}`, 'idempotency-key': key },
        body: JSON.stringify({ query: CHANGE_GUEST, variables: { id: file.id, guest: AS_CORRECTED } }),
      });
      return { answer: (await response.json()) as GraphqlAnswer, replayed: response.headers.get('idempotent-replayed') === 'true' };
    };

    const first = await send();
    const retry = await send();

    expect(first.answer.errors).toBeUndefined();
    expect(retry).toEqual({ answer: first.answer, replayed: true });
    expect((await history(file.id)).filter((e) => e.type === 'GuestChanged')).toHaveLength(1);
  });
});

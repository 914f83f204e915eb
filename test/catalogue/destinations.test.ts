import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { PASSWORD, signUpOwner, uniqueEmail, type SignedUpOwner } from '../support/owners';
import { startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { clientAddresses, describeWithManyClients, fromClient } from './clients';

const DESTINATION = 'id name kind area website email registeredAt';
const SIGN_UP = `mutation($input: DestinationSignUpInput!) { signUpDestination(input: $input) { token destination { ${DESTINATION} } } }`;
const LOG_IN = 'mutation($email: String!, $password: String!) { logInDestination(email: $email, password: $password) { token destination { id } } }';
const MY_DESTINATION = `{ myDestination { id name members { totalCount nodes { ownerName accommodations { id name } } pageInfo { hasNextPage endCursor } } } }`;
const LISTING = 'destination { id name } accommodations { id name bookable }';
const JOIN = `mutation($d: ID!, $ids: [ID!]!) { joinDestination(destinationId: $d, accommodationIds: $ids) { ${LISTING} } }`;
const SET = `mutation($d: ID!, $ids: [ID!]!) { setDestinationListing(destinationId: $d, accommodationIds: $ids) { ${LISTING} } }`;
const LEAVE = 'mutation($d: ID!) { leaveDestination(destinationId: $d) }';
const MY_DESTINATIONS = `{ myDestinations { ${LISTING} } }`;
const CHANGE_PASSWORD = 'mutation($c: String!, $n: String!) { changeDestinationPassword(currentPassword: $c, newPassword: $n) }';
const CHANGE_EMAIL = `mutation($c: String!, $e: String!) { changeDestinationEmail(currentPassword: $c, newEmail: $e) { ${DESTINATION} } }`;
const NEW_PASSWORD = 'une toute nouvelle phrase de passe';

const PERIGORD = { name: 'Dordogne-Périgord Tourisme', kind: 'TOURISM_AGENCY', area: ['24'], website: 'https://www.dordogne-perigord-tourisme.fr' };

const codeOf = (answer: GraphqlAnswer) => answer.errors?.[0].extensions?.code ?? 'OK';

interface SignedUpDestination {
  readonly id: string;
  readonly email: string;
  readonly token: string;
}

describe('destinations, an account of their own kind, and owners joining them', () => {
  let t: TestApp;
  let owner: SignedUpOwner;
  let bookable: string;
  let listedOnly: string;
  const newClient = clientAddresses(7);

  const signUpDestination = async (input: Record<string, unknown> = {}): Promise<SignedUpDestination> => {
    const email = uniqueEmail('destination');
    const answer = await t.gql(SIGN_UP, { input: { ...PERIGORD, email, password: PASSWORD, ...input } });
    if (!answer.data?.signUpDestination) throw new Error(`destination sign-up failed: ${JSON.stringify(answer.errors)}`);
    return { id: answer.data.signUpDestination.destination.id as string, email, token: answer.data.signUpDestination.token as string };
  };

  const createAccommodation = async (token: string, name: string, visibility: 'BOOKABLE' | 'LISTED' | 'HIDDEN'): Promise<string> => {
    const created = await t.gql('mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }', { input: { name, kind: 'HOLIDAY_RENTAL', city: 'Sarlat-la-Canéda', maxCapacity: 4, description: { fr: 'Une maison en pierre' } } }, token);
    const id = created.data?.createAccommodation.id as string;
    if (visibility !== 'HIDDEN') await t.gql(`mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: ${visibility}) { id } }`, { id }, token);
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUpOwner(t, { lastName: 'Delpech', firstName: 'Jeanne' });
    bookable = await createAccommodation(owner.token, 'Gîte du Moulin', 'BOOKABLE');
    listedOnly = await createAccommodation(owner.token, 'Gîte de la Source', 'LISTED');
  });
  afterAll(() => t.close());

  describe('signing up and logging in', () => {
    it('opens an account with its profile, its departments as official codes, and a token that works at once', async () => {
      const email = uniqueEmail('Clevacances');
      const answer = await t.gql(SIGN_UP, { input: { name: ' Clévacances Sud-Ouest ', kind: 'LABEL_NETWORK', area: ['47', '2a', '24', '971'], website: 'https://www.clevacances.com', email, password: PASSWORD } });
      expect(answer.errors).toBeUndefined();
      const { token, destination } = answer.data?.signUpDestination ?? {};
      expect(destination).toMatchObject({ name: 'Clévacances Sud-Ouest', kind: 'LABEL_NETWORK', area: ['2A', '24', '47', '971'], website: 'https://www.clevacances.com', email });
      expect((await t.gql(MY_DESTINATION, {}, token as string)).data?.myDestination).toMatchObject({ id: destination.id, members: { totalCount: 0, nodes: [] } });

      const logIn = await t.gql(LOG_IN, { email: email.toUpperCase(), password: PASSWORD });
      expect(logIn.data?.logInDestination.destination.id).toBe(destination.id);
      expect(codeOf(await t.gql(MY_DESTINATION, {}, logIn.data?.logInDestination.token as string))).toBe('OK');
    });

    it('refuses a wrong password and an unknown address alike', async () => {
      const destination = await signUpDestination();
      const wrong = await t.gql(LOG_IN, { email: destination.email, password: 'not the password at all' });
      const unknown = await t.gql(LOG_IN, { email: uniqueEmail('nobody'), password: PASSWORD });
      expect([codeOf(wrong), codeOf(unknown)]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
      expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    });

    it('refuses an address another destination logs in with, but not one an owner does', async () => {
      const taken = await signUpDestination();
      const again = await t.gql(SIGN_UP, { input: { ...PERIGORD, email: taken.email.toUpperCase(), password: PASSWORD } });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
      expect(codeOf(await t.gql(SIGN_UP, { input: { ...PERIGORD, email: owner.email, password: PASSWORD } }))).toBe('OK');
    });

    it.each([
      ['area', { area: ['24', '20'] }, 'input.area[1]'],
      ['area', { area: [] }, 'input.area'],
      ['website', { website: 'http://www.dordogne-perigord-tourisme.fr' }, 'input.website'],
      ['name', { name: '  ' }, 'input.name'],
      ['email', { email: 'not-an-address' }, 'input.email'],
      ['password', { password: 'short' }, 'input.password'],
    ])('refuses a bad %s, naming the field', async (_, input, field) => {
      const answer = await t.gql(SIGN_UP, { input: { ...PERIGORD, email: uniqueEmail('bad'), password: PASSWORD, ...input } });
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  });

  describe('public profiles', () => {
    it('shows a destination’s profile to anyone, never its address; null when unknown', async () => {
      const destination = await signUpDestination({ area: ['2B'] });
      const answer = await t.gql('query($id: ID!) { destination(id: $id) { id name kind area website } }', { id: destination.id });
      expect(answer.data?.destination).toEqual({ id: destination.id, ...PERIGORD, area: ['2B'] });
      expect((await t.gql('{ destination(id: "7f1c2a9e-0d3b-4c5e-9f6a-1b2c3d4e5f60") { id } }')).data?.destination).toBeNull();
      expect((await t.gql('{ destination(id: "not-an-id") { id } }')).data?.destination).toBeNull();
      expect(codeOf(await t.gql('query($id: ID!) { destination(id: $id) { email } }', { id: destination.id }))).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('lists destinations for an owner to choose, only those covering a department when asked', async () => {
      const corsica = await signUpDestination({ name: 'Corse Tourisme', area: ['2A', '2B'] });
      const inCorsica = await t.gql('{ destinations(department: "2a") { id area } }');
      expect(inCorsica.data?.destinations).toContainEqual({ id: corsica.id, area: ['2A', '2B'] });
      expect((inCorsica.data?.destinations as { area: string[] }[]).every((d) => d.area.includes('2A'))).toBe(true);
      expect((await t.gql('{ destinations { id } }')).data?.destinations).toContainEqual({ id: corsica.id });
      expect((await t.gql('{ destinations(department: "20") { id } }')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'department' });
    });
  });

  describe('tokens of two kinds', () => {
    let destination: SignedUpDestination;
    beforeAll(async () => {
      destination = await signUpDestination();
    });

    it.each([
      ['me', '{ me { id } }'],
      ['accommodations', '{ accommodations { id } }'],
      ['dossiers', '{ dossiers { nodes { id } } }'],
      ['createAccommodation', 'mutation { createAccommodation(input: { name: "Pris", kind: HOLIDAY_RENTAL, city: "Sarlat", maxCapacity: 2, description: { fr: "x" } }) { id } }'],
      ['myDestinations', MY_DESTINATIONS],
      ['leaveDestination', 'mutation { leaveDestination(destinationId: "7f1c2a9e-0d3b-4c5e-9f6a-1b2c3d4e5f60") }'],
    ])('refuses a destination’s token on the owner operation %s', async (_, document) => {
      const answer = await t.gql(document, {}, destination.token);
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(answer.errors?.[0].message).toMatch(/destination's token cannot call it/);
      expect(answer.data ?? null).toBeNull();
    });

    it('refuses an owner’s token, and a caller with none, on a destination’s operation', async () => {
      expect(codeOf(await t.gql(MY_DESTINATION, {}, owner.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(MY_DESTINATION))).toBe('UNAUTHENTICATED');
    });

    it('answers a public operation to a destination’s token as to any visitor', async () => {
      const answer = await t.gql('query($id: ID!) { publicAccommodation(id: $id) { name } }', { id: bookable }, destination.token);
      expect(answer.data?.publicAccommodation).toEqual({ name: 'Gîte du Moulin' });
    });
  });

  describe('joining, choosing and leaving', () => {
    it('lists only bookable accommodations of the owner’s, changes the choice, and leaves, as often as asked', async () => {
      const destination = await signUpDestination();
      const d = destination.id;

      const notBookable = await t.gql(JOIN, { d, ids: [bookable, listedOnly] }, owner.token);
      expect(notBookable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accommodationIds[1]', reason: 'ACCOMMODATION_NOT_BOOKABLE' });
      expect(codeOf(await t.gql(JOIN, { d, ids: [] }, owner.token))).toBe('BAD_USER_INPUT');
      expect((await t.gql(JOIN, { d: '7f1c2a9e-0d3b-4c5e-9f6a-1b2c3d4e5f60', ids: [bookable] }, owner.token)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'destinationId' });
      expect((await t.gql(SET, { d, ids: [bookable] }, owner.token)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DESTINATION_NOT_JOINED' });

      const joined = await t.gql(JOIN, { d, ids: [bookable] }, owner.token);
      expect(joined.data?.joinDestination).toEqual({ destination: { id: d, name: PERIGORD.name }, accommodations: [{ id: bookable, name: 'Gîte du Moulin', bookable: true }] });
      expect(codeOf(await t.gql(JOIN, { d, ids: [bookable] }, owner.token))).toBe('OK');
      expect((await t.gql(JOIN, { d, ids: [bookable, bookable] }, owner.token)).data?.joinDestination.accommodations).toHaveLength(1);

      const second = await createAccommodation(owner.token, 'Gîte des Noyers', 'BOOKABLE');
      const changed = await t.gql(SET, { d, ids: [second, bookable] }, owner.token);
      expect((changed.data?.setDestinationListing.accommodations as { id: string }[]).map((a) => a.id)).toEqual([second, bookable]);

      // No longer bookable: still the owner's choice, flagged; the destination no longer sees it.
      await t.gql('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: LISTED) { id } }', { id: second }, owner.token);
      const mine = await t.gql(MY_DESTINATIONS, {}, owner.token);
      expect(mine.data?.myDestinations).toEqual([
        {
          destination: { id: d, name: PERIGORD.name },
          accommodations: [
            { id: second, name: 'Gîte des Noyers', bookable: false },
            { id: bookable, name: 'Gîte du Moulin', bookable: true },
          ],
        },
      ]);
      const seen = await t.gql(MY_DESTINATION, {}, destination.token);
      expect(seen.data?.myDestination.members.nodes).toEqual([{ ownerName: 'Jeanne Delpech', accommodations: [{ id: bookable, name: 'Gîte du Moulin' }] }]);

      expect((await t.gql(LEAVE, { d }, owner.token)).data?.leaveDestination).toBe(true);
      expect((await t.gql(LEAVE, { d }, owner.token)).data?.leaveDestination).toBe(true);
      expect((await t.gql(MY_DESTINATIONS, {}, owner.token)).data?.myDestinations).toEqual([]);
      expect((await t.gql(MY_DESTINATION, {}, destination.token)).data?.myDestination.members).toMatchObject({ totalCount: 0, nodes: [] });

      const events = await t.app.get<EventStore>(EVENT_STORE).readStream(`destination-listing-${d}-${owner.id}`);
      expect(events.map((e) => (e.data as { accommodationIds: string[] }).accommodationIds)).toEqual([[bookable], [second, bookable], []]);
    });

    it('settles two tabs joining at once on the stream’s revision: one choice wins, the other is told', async () => {
      const { id: d } = await signUpDestination();
      const other = await createAccommodation(owner.token, 'Gîte du Lavoir', 'BOOKABLE');
      const answers = await Promise.all([t.gql(JOIN, { d, ids: [bookable] }, owner.token), t.gql(JOIN, { d, ids: [other] }, owner.token)]);
      expect(answers.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
      const same = await Promise.all([t.gql(LEAVE, { d }, owner.token), t.gql(LEAVE, { d }, owner.token)]);
      expect(same.map(codeOf)).toEqual(['OK', 'OK']);
      const twins = await Promise.all([t.gql(JOIN, { d, ids: [other] }, owner.token), t.gql(JOIN, { d, ids: [other] }, owner.token)]);
      expect(twins.map(codeOf)).toEqual(['OK', 'OK']);
      expect(await t.app.get<EventStore>(EVENT_STORE).readStream(`destination-listing-${d}-${owner.id}`)).toHaveLength(3);
    });
  });

  describe('between owners', () => {
    it('refuses an owner listing another owner’s accommodation, as if it did not exist', async () => {
      const { id: d } = await signUpDestination();
      const intruder = await signUpOwner(t, { lastName: 'Intrus' });
      const answer = await t.gql(JOIN, { d, ids: [bookable] }, intruder.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accommodationIds[0]' });
      expect((await t.gql(MY_DESTINATIONS, {}, intruder.token)).data?.myDestinations).toEqual([]);
    });

    it('shows a destination each owner’s name and accommodation names only, paged in the order they joined', async () => {
      const destination = await signUpDestination();
      const company = await signUpOwner(t, { lastName: 'Roux', company: 'SARL Les Bories' });
      const borie = await createAccommodation(company.token, 'La Borie', 'BOOKABLE');
      await t.gql(JOIN, { d: destination.id, ids: [bookable] }, owner.token);
      await t.gql(JOIN, { d: destination.id, ids: [borie] }, company.token);

      const first = await t.gql(`{ myDestination { members(first: 1) { totalCount nodes { ownerName accommodations { id name } } pageInfo { hasNextPage endCursor } } } }`, {}, destination.token);
      const page = first.data?.myDestination.members;
      expect(page).toMatchObject({ totalCount: 2, nodes: [{ ownerName: 'Jeanne Delpech', accommodations: [{ id: bookable, name: 'Gîte du Moulin' }] }], pageInfo: { hasNextPage: true } });
      const next = await t.gql('query($after: String) { myDestination { members(first: 1, after: $after) { nodes { ownerName accommodations { name } } pageInfo { hasNextPage } } } }', { after: page.pageInfo.endCursor }, destination.token);
      expect(next.data?.myDestination.members).toEqual({ nodes: [{ ownerName: 'SARL Les Bories', accommodations: [{ name: 'La Borie' }] }], pageInfo: { hasNextPage: false } });

      // What a destination can ask about an owner at all: no id, address, email, file or guest.
      const schema = await t.gql(`{ member: __type(name: "DestinationMember") { fields { name } } accommodation: __type(name: "DestinationMemberAccommodation") { fields { name } } }`);
      expect((schema.data?.member.fields as { name: string }[]).map((f) => f.name).sort()).toEqual(['accommodations', 'joinedAt', 'ownerName']);
      expect((schema.data?.accommodation.fields as { name: string }[]).map((f) => f.name).sort()).toEqual(['id', 'name']);
    });
  });

  describe('changing a destination’s password and address', () => {
    const logIn = (email: string, password: string) => t.gql(LOG_IN, { email, password });

    it('changes the password only with the current one, ending every token issued before; then only the new one logs in', async () => {
      const destination = await signUpDestination();
      const otherSession = (await logIn(destination.email, PASSWORD)).data?.logInDestination.token as string;

      const wrong = await t.gql(CHANGE_PASSWORD, { c: 'not the current password', n: NEW_PASSWORD }, destination.token);
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      const tooShort = await t.gql(CHANGE_PASSWORD, { c: PASSWORD, n: 'short' }, destination.token);
      expect(tooShort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      expect(codeOf(await t.gql(MY_DESTINATION, {}, destination.token))).toBe('OK');

      expect((await t.gql(CHANGE_PASSWORD, { c: PASSWORD, n: NEW_PASSWORD }, destination.token)).data?.changeDestinationPassword).toBe(true);
      for (const token of [destination.token, otherSession]) {
        const ended = await t.gql(MY_DESTINATION, {}, token);
        expect(ended.errors?.[0]).toMatchObject({ message: expect.stringMatching(/changed since this token was issued/), extensions: { code: 'UNAUTHENTICATED' } });
      }
      expect(codeOf(await logIn(destination.email, PASSWORD))).toBe('UNAUTHENTICATED');
      const fresh = await logIn(destination.email, NEW_PASSWORD);
      expect(fresh.data?.logInDestination.destination.id).toBe(destination.id);
      expect((await t.gql(MY_DESTINATION, {}, fresh.data?.logInDestination.token as string)).data?.myDestination.id).toBe(destination.id);
    });

    it('changes the address only with the current password, to one no other destination has, and frees the old one', async () => {
      const destination = await signUpDestination();
      const other = await signUpDestination();
      const newEmail = uniqueEmail('Accueil');

      const wrong = await t.gql(CHANGE_EMAIL, { c: 'not the current password', e: newEmail }, destination.token);
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      const taken = await t.gql(CHANGE_EMAIL, { c: PASSWORD, e: other.email.toUpperCase() }, destination.token);
      expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'newEmail' });
      const malformed = await t.gql(CHANGE_EMAIL, { c: PASSWORD, e: 'not-an-address' }, destination.token);
      expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newEmail' });
      expect(codeOf(await t.gql(MY_DESTINATION, {}, destination.token))).toBe('OK');

      const changed = await t.gql(CHANGE_EMAIL, { c: PASSWORD, e: `  ${newEmail} ` }, destination.token);
      expect(changed.data?.changeDestinationEmail).toMatchObject({ id: destination.id, name: PERIGORD.name, email: newEmail });
      expect(codeOf(await t.gql(MY_DESTINATION, {}, destination.token))).toBe('UNAUTHENTICATED');
      expect((await logIn(newEmail.toLowerCase(), PASSWORD)).data?.logInDestination.destination.id).toBe(destination.id);
      expect(codeOf(await logIn(destination.email, PASSWORD))).toBe('UNAUTHENTICATED');

      const reused = await signUpDestination({ email: destination.email });
      expect(reused.id).not.toBe(destination.id);
      expect((await logIn(destination.email, PASSWORD)).data?.logInDestination.destination.id).toBe(reused.id);
      // As at sign-up, an owner's address is no obstacle: each kind logs in on its own.
      const anOwner = await signUpOwner(t);
      expect((await t.gql(CHANGE_EMAIL, { c: PASSWORD, e: anOwner.email }, other.token)).data?.changeDestinationEmail.email).toBe(anOwner.email);
    });

    it('refuses an owner’s token, and a caller with none', async () => {
      const asOwner = [t.gql(CHANGE_PASSWORD, { c: PASSWORD, n: NEW_PASSWORD }, owner.token), t.gql(CHANGE_EMAIL, { c: PASSWORD, e: uniqueEmail() }, owner.token)];
      expect((await Promise.all(asOwner)).map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      const anonymous = [t.gql(CHANGE_PASSWORD, { c: PASSWORD, n: NEW_PASSWORD }), t.gql(CHANGE_EMAIL, { c: PASSWORD, e: uniqueEmail() })];
      expect((await Promise.all(anonymous)).map(codeOf)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
      expect((await t.gql('mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { owner { id } } }', { e: owner.email, p: PASSWORD })).data?.logIn.owner.id).toBe(owner.id);
    });

    describeWithManyClients('wrong current passwords', () => {
      it('refuses a 6th wrong current password from one client for 15 minutes, the right one included, on either mutation, as for an owner', async () => {
        const destination = await signUpDestination();
        const thief = fromClient(t, newClient());
        for (let i = 0; i < 3; i++) expect(codeOf(await thief(CHANGE_PASSWORD, { c: `guess ${i}`, n: NEW_PASSWORD }, destination.token))).toBe('BAD_USER_INPUT');
        for (let i = 3; i < 5; i++) expect(codeOf(await thief(CHANGE_EMAIL, { c: `guess ${i}`, e: uniqueEmail() }, destination.token))).toBe('BAD_USER_INPUT');

        const refused = await thief(CHANGE_PASSWORD, { c: PASSWORD, n: NEW_PASSWORD }, destination.token);
        expect(refused.errors?.[0]).toMatchObject({
          message: 'currentPassword: too many wrong attempts: try again in 15 minutes',
          extensions: { code: 'TOO_MANY_REQUESTS', field: 'currentPassword' },
        });
        expect(codeOf(await thief(CHANGE_EMAIL, { c: PASSWORD, e: uniqueEmail() }, destination.token))).toBe('TOO_MANY_REQUESTS');

        // The destination, from its own client, still changes it.
        const changed = await fromClient(t, newClient())(CHANGE_PASSWORD, { c: PASSWORD, n: NEW_PASSWORD }, destination.token);
        expect(changed.data?.changeDestinationPassword).toBe(true);
      });
    });
  });

  describeWithManyClients('log-in throttling', () => {
    it('throttles a destination’s log-in as an owner’s, by its own address: the owner with the same address is not held up', async () => {
      const destination = await signUpDestination();
      const shared = await signUpDestination();
      const sameAddressOwner = await signUpOwner(t, { email: shared.email });
      const client = newClient();
      const logInFrom = (email: string, password: string) => fromClient(t, client)(LOG_IN, { email, password });
      for (let i = 0; i < 5; i++) expect(codeOf(await logInFrom(shared.email, `wrong password ${i}`))).toBe('UNAUTHENTICATED');
      expect(codeOf(await logInFrom(shared.email, PASSWORD))).toBe('TOO_MANY_REQUESTS');
      expect(codeOf(await logInFrom(destination.email, PASSWORD))).toBe('OK');
      const ownerLogIn = await fromClient(t, client)('mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { owner { id } } }', { e: shared.email, p: PASSWORD });
      expect(ownerLogIn.data?.logIn.owner.id).toBe(sameAddressOwner.id);
    });
  });
});

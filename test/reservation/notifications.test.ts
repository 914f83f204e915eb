import { randomUUID } from 'node:crypto';
import { newCorrelation } from '../../src/event-store/command-handler';
import { PLANNING_IMPORTS, type PlanningImports } from '../../src/reservation/contracts';
import { CREATE_DOSSIER, type OwnerWithGite } from '../support/booking-fixtures';
import { bookableGite } from '../support/guest-booking-fixtures';
import { signUpOwner } from '../support/owners';
import { refusal as smtpRefusal, startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { until } from '../support/until';

const NOTIFICATIONS = `query($first: Int, $unseenOnly: Boolean) {
  notifications(first: $first, unseenOnly: $unseenOnly) { unseenFiles unseenCount nodes { id kind dossierId dossierNumber guestName accommodationId detail seen } } }`;
const MARK = 'mutation($ids: [ID!], $dossierId: ID) { markNotificationsSeen(ids: $ids, dossierId: $dossierId) }';
const READ_FILE = 'query($id: ID!) { dossier(id: $id) { id } }';
const BOOK_STAY = 'mutation($input: BookStayInput!) { bookStay(input: $input) { dossierId } }';

/** Where the guest's mail server refuses everything: each email to them fails for good. */
const UNREACHABLE = 'marie.dupont@unreachable.example';

interface Notification {
  id: string;
  kind: string;
  dossierId: string | null;
  dossierNumber: number | null;
  guestName: string | null;
  accommodationId: string | null;
  detail: string | null;
  seen: boolean;
}

interface Notifications {
  unseenFiles: number;
  unseenCount: number;
  nodes: Notification[];
}

/**
 * What an owner has not looked at yet: a guest's online booking, a calendar conflict, an email
 * that could not be delivered; cleared by reading the file or by marking them seen.
 */
describe('the owner’s notifications', () => {
  const clock = new ManualClock(new Date('2027-06-01T08:00:00Z'));
  let sink: SmtpSink;
  let t: TestApp;
  let gite: OwnerWithGite;
  let online: string;

  const ok = async (query: string, variables: Record<string, unknown> = {}, token: string | undefined = gite.owner.token) => {
    const answer = await t.gql(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  };
  const refusal = (answer: GraphqlAnswer) => ({ code: answer.errors?.[0].extensions?.code, field: answer.errors?.[0].extensions?.field });
  const notifications = async (variables: Record<string, unknown> = {}, token = gite.owner.token): Promise<Notifications> => (await ok(NOTIFICATIONS, variables, token)).notifications as Notifications;
  const kinds = (list: Notifications) => list.nodes.map((n) => [n.kind, n.seen]).sort();

  beforeAll(async () => {
    sink = await startSmtpSink((address) => (address.endsWith('@unreachable.example') ? smtpRefusal(550, 'mailbox unavailable') : null));
    t = await startTestApp({ clock, config: { smtpUrl: sink.url, emailPollMs: 50, pdfWorkers: 1 } });
    gite = await bookableGite(t);
    // The owner's own file: nothing to tell them about.
    await ok(CREATE_DOSSIER, {
      input: { accommodationId: gite.accommodationId, arrival: '2027-07-03', departure: '2027-07-10', occupants: [{ ageRangeId: gite.adults, count: 2 }], price: 50_000, guest: { lastName: 'Martin' } },
    });
    online = (
      await ok(
        BOOK_STAY,
        {
          input: {
            accommodationId: gite.accommodationId,
            arrival: '2027-07-17',
            departure: '2027-07-24',
            occupants: [{ ageRangeId: gite.adults, count: 2 }],
            guest: { firstName: 'Marie', lastName: 'Dupont', email: UNREACHABLE },
            acceptTerms: true,
            payOnline: false,
          },
        },
        undefined,
      )
    ).bookStay.dossierId as string;
    // Airbnb lists a stay on nights the owner blocked.
    await ok('mutation($id: ID!) { blockNights(accommodationId: $id, from: "2027-08-01", to: "2027-08-08", reason: "Famille") { id } }', { id: gite.accommodationId });
    await t.app
      .get<PlanningImports>(PLANNING_IMPORTS)
      .sync(gite.owner.id, gite.accommodationId, randomUUID(), 'Airbnb', [{ holdId: randomUUID(), arrival: '2027-08-03', departure: '2027-08-06' }], [], newCorrelation({ kind: 'system', id: 'test' }, clock.now()));
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('tell of the online booking, the email its guest could not be sent and the calendar conflict, counting files once', async () => {
    const list = await until('three notifications', async () => {
      const found = await notifications();
      return found.nodes.length === 3 && found;
    });
    expect(list).toMatchObject({ unseenCount: 3, unseenFiles: 2 });
    expect(list.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'ONLINE_BOOKING', dossierId: online, dossierNumber: 2, guestName: 'DUPONT Marie', accommodationId: gite.accommodationId, detail: 'ONLINE', seen: false }),
        expect.objectContaining({ kind: 'EMAIL_FAILED', dossierId: online, detail: expect.stringContaining('refused by the receiving server'), seen: false }),
        expect.objectContaining({ kind: 'SYNC_CONFLICT', dossierId: null, accommodationId: gite.accommodationId, detail: 'Airbnb: 2027-08-03 to 2027-08-06', seen: false }),
      ]),
    );
  });

  it('are the owner’s alone: an integrator’s key reading the file, or another owner marking all theirs, leaves them unseen', async () => {
    const key = (await ok('mutation { createApiKey(name: "CRM", scopes: [BOOKINGS_READ, GUESTS_READ]) { key } }')).createApiKey.key as string;
    await ok(READ_FILE, { id: online }, key);
    expect(refusal(await t.gql(NOTIFICATIONS, {}, key)).code).toBe('FORBIDDEN');
    const other = await signUpOwner(t);
    expect(await notifications({}, other.token)).toEqual({ unseenFiles: 0, unseenCount: 0, nodes: [] });
    expect((await ok(MARK, {}, other.token)).markNotificationsSeen).toBe(0);
    expect((await ok(MARK, { dossierId: online }, other.token)).markNotificationsSeen).toBe(0);
    expect(await notifications()).toMatchObject({ unseenCount: 3, unseenFiles: 2 });
  });

  it('are seen once the owner reads the file they are about', async () => {
    await ok(READ_FILE, { id: online });
    const list = await notifications();
    expect(list).toMatchObject({ unseenCount: 1, unseenFiles: 1 });
    expect(kinds(list)).toEqual([
      ['EMAIL_FAILED', true],
      ['ONLINE_BOOKING', true],
      ['SYNC_CONFLICT', false],
    ]);
    expect(kinds(await notifications({ unseenOnly: true }))).toEqual([['SYNC_CONFLICT', false]]);
  });

  it('are all marked seen at once, and marking them again changes nothing', async () => {
    expect((await ok(MARK)).markNotificationsSeen).toBe(1);
    expect((await ok(MARK)).markNotificationsSeen).toBe(0);
    expect(await notifications()).toMatchObject({ unseenCount: 0, unseenFiles: 0 });
  });

  it('tell again of what happens again to a file already seen', async () => {
    clock.advance(60_000);
    await ok('mutation($id: ID!) { recordPayment(dossierId: $id, input: { date: "2027-06-01", method: TRANSFER, cents: 5000 }) { id } }', { id: online });
    const list = await until('the payment’s email failed', async () => {
      const found = await notifications({ unseenOnly: true });
      return found.unseenCount > 0 && found;
    });
    expect(list).toMatchObject({ unseenCount: 1, unseenFiles: 1, nodes: [{ kind: 'EMAIL_FAILED', dossierId: online }] });
    expect((await ok(MARK, { ids: [list.nodes[0].id] })).markNotificationsSeen).toBe(1);
  });

  it('are bounded', async () => expect(refusal(await t.gql(NOTIFICATIONS, { first: 101 }, gite.owner.token))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' }));
});

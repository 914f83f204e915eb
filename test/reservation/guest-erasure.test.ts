import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { FollowerRunner } from '../../src/event-store/following/follower-runner';
import { ProjectionRegistry } from '../../src/event-store/projection/projection-registry';
import { ReadModelWaiter } from '../../src/event-store/projection/read-model-waiter';
import { GuestRetention } from '../../src/reservation/application/guest-retention';
import { WebhookDispatcher } from '../../src/synchronisation/application/webhook-dispatcher';
import { readableTypes } from '../../src/synchronisation/domain/integration/public-events';
import { CREATE_DOSSIER, type OwnerWithGite } from '../support/booking-fixtures';
import { testDatabaseUrl } from '../support/database';
import { bookableGite } from '../support/guest-booking-fixtures';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { pdfText } from '../support/pdf-text';
import { personalDataInDatabase, personalDataInFiles, termsFound, type PersonalData } from '../support/personal-data-leaks';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { until } from '../support/until';
import { WebhookReceiver } from '../support/webhook-receiver';

/**
 * A guest's right to erasure (RGPD art. 17, issue 17 §4), end to end: a guest who booked online,
 * paid, was written to, noted by the owner and sent to an integrator's webhook, then erased once
 * the stay is over and nothing is owed. Afterwards no table, answer, document, export, feed or
 * webhook names them, a rebuild of every read model from the events does not bring them back, and
 * the file keeps its figures for the accounts. « Gîte des Tilleuls », let by the week from
 * Saturday in July 2027 at 600 €, 25 % deposit.
 */
const GUEST = {
  civility: 'Mme',
  lastName: 'Zyxwvor',
  firstName: 'Quentessa',
  email: 'quentessa.zyxwvor@example.org',
  phone1: '+33 6 47 19 83 26',
  address: '17 rue des Glycines',
  postalCode: '26110',
  city: 'Vrilleval',
  country: 'FR',
};
/** Everything that names her, as a failure should call it; the phone however it is spaced. */
const HER: PersonalData = {
  'last name': GUEST.lastName,
  'first name': GUEST.firstName,
  email: GUEST.email,
  phone: /6[\s.-]*47[\s.-]*19[\s.-]*83[\s.-]*26/,
  address: 'rue des Glycines',
  city: GUEST.city,
};
const NOTE = 'Quentessa Zyxwvor arrive après 22 h, clé dans la boîte';
const INTERNAL_NOTE = 'Mme Zyxwvor est allergique aux chats (06 47 19 83 26)';
const OPT_IN = { fr: 'Je souhaite recevoir les offres du Gîte des Tilleuls.', en: 'I wish to receive the offers of the Gîte des Tilleuls.' };
const ANONYMOUS = { company: null, civility: null, lastName: 'Anonyme', firstName: null, address: null, addressLine2: null, postalCode: null, city: null, country: null, phone1: null, phone2: null, phone3: null, fax: null, email: null };

const GUEST_FIELDS = 'company civility lastName firstName address addressLine2 postalCode city country phone1 phone2 phone3 fax email';
const FILE_FIELDS = `id number status total { cents } paid { cents } balance { cents } note internalNote guest { ${GUEST_FIELDS} } stays { accommodationId arrival departure } payments { amount { cents } } emails { kind recipient to subject status }`;
const DOSSIER = `query($id: ID!) { dossier(id: $id) { ${FILE_FIELDS} } }`;
const GUESTS = `query($search: String) { guests(search: $search, first: 100) { totalCount pageInfo { endCursor } nodes { id label files lastStay { dossierId } guest { ${GUEST_FIELDS} } } } }`;
const ERASE = 'mutation($id: ID!) { eraseGuest(guestId: $id) { guestId dossierIds } }';
const EXPORT = 'query($id: ID!) { exportGuest(guestId: $id) { guestId fileName json } }';
const NOTES = `mutation($id: ID!, $note: String, $internalNote: String) { setDossierNotes(id: $id, note: $note, internalNote: $internalNote) { ${FILE_FIELDS} } }`;
const PAY = 'mutation($id: ID!, $cents: Int!, $date: Date!) { recordPayment(dossierId: $id, input: { date: $date, method: TRANSFER, cents: $cents }) { status balance { cents } } }';
/** Everything an owner reads that may name a guest, in one request per file. */
const OWNER_READS = `query($id: ID!, $acc: ID!, $search: String!) {
  dossier(id: $id) { ${FILE_FIELDS} }
  dossierAsOf(id: $id, at: "2027-06-02T12:00:00Z") { note internalNote guest { ${GUEST_FIELDS} } }
  dossierHistory(id: $id) { type data }
  dossiers(first: 500) { pageInfo { endCursor } nodes { ${FILE_FIELDS} } }
  dossiersOfHers: dossiers(filter: { guest: $search }) { totalCount }
  guests(first: 100) { totalCount pageInfo { endCursor } nodes { id label guest { ${GUEST_FIELDS} } } }
  guestsNamedHer: guests(search: $search) { totalCount }
  planning(accommodationId: $acc, from: "2027-07-01", to: "2027-08-01") { dossierId guestName guestLabel reason }
  ownerPlanning(from: "2027-07-01", to: "2027-08-01") { days { guestName guestLabel } }
  arrivals(date: "2027-07-01", to: "2027-08-01") { id guest { ${GUEST_FIELDS} } }
  departures(date: "2027-07-01", to: "2027-08-01") { id guest { ${GUEST_FIELDS} } }
  depositReminders { id guest { ${GUEST_FIELDS} } }
  dashboard { latestBookings { guest { ${GUEST_FIELDS} } } nextArrivals { guest { ${GUEST_FIELDS} } } nextDepartures { guest { ${GUEST_FIELDS} } } }
  notifications(first: 100) { nodes { kind dossierId guestName detail } }
  integrationEvents(first: 500) { nodes { type data } }
}`;
/** What an integrator's key allowed guests' personal data reads. */
const INTEGRATOR_READS = `query($id: ID!, $acc: ID!) {
  dossier(id: $id) { guest { ${GUEST_FIELDS} } note }
  dossiers(first: 500) { nodes { guest { ${GUEST_FIELDS} } } }
  planning(accommodationId: $acc, from: "2027-07-01", to: "2027-08-01") { guestName guestLabel }
  integrationEvents(first: 500) { nodes { type data } }
}`;

interface BookingFile {
  id: string;
  number: number;
  status: string;
  total: { cents: number };
  paid: { cents: number };
  balance: { cents: number };
  note: string | null;
  internalNote: string | null;
  guest: Record<string, string | null>;
  stays: { accommodationId: string; arrival: string; departure: string }[];
  payments: { amount: { cents: number } }[];
  emails: { kind: string; recipient: string; to: string | null; subject: string; status: string }[];
}

/** What the accounts keep of a file, whoever its guest was. */
const figuresOf = ({ id, number, status, total, paid, balance, stays, payments }: BookingFile) => ({ id, number, status, total, paid, balance, stays, payments });

/** Every string and number a JSON document holds, wherever it nests. */
const leavesOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(leavesOf) : value === null || value === undefined ? [] : [JSON.stringify(value)];

async function workbookText(bytes: ArrayBuffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
  return cells.join('\n');
}

describe('erasing a guest', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let receiver: WebhookReceiver;
  let gite: OwnerWithGite;
  let other: SignedUpOwner;
  let apiKey: string;
  let endpointId: string;
  let dataDir: string;
  let booking: { dossierId: string; guestToken: string; paymentUrl: string; documentUrl: string | null };
  let guestId: string;
  let owedFile: string;
  let termsVersion: string;
  /** The files as they stood before the erasure: their figures must stay. */
  const before = new Map<string, BookingFile>();
  const clock = new ManualClock(new Date('2027-06-01T08:00:00Z'));

  const base = () => t.url.replace(/\/graphql$/, '');
  const ok = async <T = Record<string, any>>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const answer = await t.gql<T>(query, variables, token);
    if (answer.errors || !answer.data) throw new Error(`${query.slice(0, 70)} failed: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
  const fileOf = async (id: string): Promise<BookingFile> => (await ok<{ dossier: BookingFile }>(DOSSIER, { id }, gite.owner.token)).dossier;
  const files = () => [booking.dossierId, ...(owedFile ? [owedFile] : [])];
  const download = (path: string, token: string | null = gite.owner.token) => fetch(`${base()}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const documentText = async (id: string) => {
    const response = await download(`/dossiers/${id}/document.pdf`);
    expect(response.status).toBe(200);
    return pdfText(Buffer.from(await response.arrayBuffer()));
  };
  const icalFeed = async () => {
    const { icalExportUrl } = await ok<{ icalExportUrl: string }>('query($id: ID!) { icalExportUrl(accommodationId: $id) }', { id: gite.accommodationId }, gite.owner.token);
    const response = await fetch(icalExportUrl);
    expect(response.status).toBe(200);
    return response.text();
  };
  const dossiersWorkbook = async () => {
    const response = await download('/exports/dossiers.xlsx');
    expect(response.status).toBe(200);
    return workbookText(await response.arrayBuffer());
  };

  /** Every read of the owner's and the integrator's, each file's: one text to search. */
  async function everythingRead(): Promise<string> {
    const answers: GraphqlAnswer[] = [];
    for (const id of files()) {
      answers.push(await t.gql(OWNER_READS, { id, acc: gite.accommodationId, search: GUEST.lastName }, gite.owner.token));
      answers.push(await t.gql(INTEGRATOR_READS, { id, acc: gite.accommodationId }, apiKey));
    }
    answers.push(await t.gql('query($token: String!) { guestBooking(token: $token) { dossierId status documentUrl } }', { token: booking.guestToken }));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    return JSON.stringify(answers);
  }

  const idempotencyKey = randomUUID();
  /** The owner's notes on her file, sent as a client that may retry sends them: its answer is kept for a replay. */
  const notedWithKey = async (): Promise<GraphqlAnswer<{ setDossierNotes: BookingFile }>> => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gite.owner.token}`, 'idempotency-key': idempotencyKey },
      body: JSON.stringify({ query: NOTES, variables: { id: booking.dossierId, note: NOTE, internalNote: INTERNAL_NOTE } }),
    });
    return (await response.json()) as GraphqlAnswer<{ setDossierNotes: BookingFile }>;
  };

  /** Every follower (read models, policies, the public feed) has reached the newest event. */
  async function allCaughtUp(): Promise<void> {
    const head = await t.app.get<EventStore>(EVENT_STORE).headPosition();
    const names = t.app.get(FollowerRunner).names();
    expect(await t.app.get(ReadModelWaiter).waitFor(head, names, 30_000)).toBe(true);
  }

  /** Sends what the webhooks have pending, past any backoff. */
  async function deliverWebhooks(): Promise<void> {
    await allCaughtUp();
    clock.advance(60_000);
    await t.app.get(WebhookDispatcher).runDue();
  }

  /** Events of that type in her files' streams (other test files share the database). */
  async function eventsOfType(type: string): Promise<number> {
    const db = new Client({ connectionString: testDatabaseUrl() });
    await db.connect();
    try {
      const streams = files().map((id) => `dossier-${id}`);
      return Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM events WHERE type = $1 AND stream_name = ANY($2)', [type, streams])).rows[0].n);
    } finally {
      await db.end();
    }
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    receiver = await new WebhookReceiver().up();
    dataDir = mkdtempSync(join(tmpdir(), 'osmb-erasure-'));
    t = await startTestApp({ clock, config: { dataDir, smtpUrl: sink.url, emailPollMs: 50, mailFrom: 'reservations@gites.example', pdfWorkers: 1, outboundAllow: ['127.0.0.1'] } });
    gite = await bookableGite(t, { name: 'Gîte des Tilleuls', provider: 'LOCAL' });
    other = await signUpOwner(t);
    await ok('mutation($input: SalesTermsInput!) { setSalesTerms(input: $input) { preBooking } }', { input: { gdprOptIn: { text: OPT_IN, link: 'https://tilleuls.example/rgpd' } } }, gite.owner.token);
    ({ createApiKey: { key: apiKey } } = await ok<{ createApiKey: { key: string } }>(
      'mutation { createApiKey(name: "Channel manager", scopes: [WEBHOOKS_MANAGE, BOOKINGS_READ, GUESTS_READ, AVAILABILITY_READ]) { key } }',
      {},
      gite.owner.token,
    ));
    const { createWebhookEndpoint } = await ok<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(
      'mutation($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }',
      { input: { url: receiver.url, eventTypes: readableTypes(['bookings:read', 'guests:read', 'availability:read']), includeGuestDetails: true } },
      apiKey,
    );
    receiver.secrets = [createWebhookEndpoint.secret];
    endpointId = createWebhookEndpoint.endpoint.id;
    termsVersion = (await ok<{ bookingTerms: { termsVersion: string } }>('query($id: ID!) { bookingTerms(accommodationId: $id, lang: FR) { termsVersion } }', { id: gite.accommodationId })).bookingTerms.termsVersion;
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
    await receiver?.down();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  describe('a guest who booked online, paid, was written to and sent to an integrator', () => {
    beforeAll(async () => {
      const { bookStay } = await ok<{ bookStay: typeof booking }>('mutation($input: BookStayInput!) { bookStay(input: $input) { dossierId guestToken paymentUrl documentUrl } }', {
        input: { accommodationId: gite.accommodationId, arrival: '2027-07-17', departure: '2027-07-24', occupants: [{ ageRangeId: gite.adults, count: 2 }], guest: GUEST, acceptTerms: true, marketingConsent: true, payOnline: true, lang: 'FR' },
      });
      booking = bookStay;
      expect((await fetch(`${booking.paymentUrl}/pay`, { method: 'POST', redirect: 'manual' })).status).toBe(303);
      await until('the file confirmed with its deposit', async () => {
        const { dossier } = await ok<{ dossier: BookingFile | null }>(DOSSIER, { id: booking.dossierId }, gite.owner.token);
        return dossier?.status === 'CONFIRMED' && dossier.number !== null;
      });
      await until('an email to the guest', () => Promise.resolve(sink.received.some((m) => JSON.stringify(m.to).includes(GUEST.email))));
      await until('the file’s emails sent', async () => (await fileOf(booking.dossierId)).emails.some((e) => e.to === GUEST.email && e.status === 'SENT'));
      await ok(PAY, { id: booking.dossierId, cents: 45_000, date: '2027-06-01' }, gite.owner.token);
      await deliverWebhooks();
    });

    it('keeps the notes of a mutation sent with an Idempotency-Key, whose answer names her', async () => {
      const answer = await notedWithKey();
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.setDossierNotes).toMatchObject({ note: NOTE, internalNote: INTERNAL_NOTE, status: 'PAID', guest: { lastName: GUEST.lastName, email: GUEST.email } });
    });

    it('lists her in the directory, once, with her file', async () => {
      const { guests } = await ok<{ guests: { totalCount: number; nodes: { id: string; files: number; guest: Record<string, string> }[] } }>(GUESTS, { search: GUEST.lastName }, gite.owner.token);
      expect(guests.totalCount).toBe(1);
      expect(guests.nodes[0]).toMatchObject({ files: 1, guest: { lastName: GUEST.lastName, email: GUEST.email } });
      guestId = guests.nodes[0].id;
    });

    it('sent her details to the integrator who asked for them', () => {
      const created = receiver.accepted.find((w) => w.event.type === 'booking.created' && w.event.data.booking.bookingId === booking.dossierId);
      expect(created?.event.data.booking.guest).toMatchObject({ lastName: GUEST.lastName, email: GUEST.email });
    });

    it('names her wherever the owner looks, so that finding her nowhere afterwards means something', async () => {
      await allCaughtUp();
      expect(termsFound(await everythingRead(), HER)).toEqual(expect.arrayContaining(['last name', 'first name', 'email', 'phone', 'address', 'city']));
      expect(termsFound(await documentText(booking.dossierId), HER)).toEqual(expect.arrayContaining(['last name']));
      expect(termsFound(await dossiersWorkbook(), HER)).toEqual(expect.arrayContaining(['last name']));
      const leaks = await personalDataInDatabase(testDatabaseUrl(), HER);
      expect(leaks.length).toBeGreaterThan(0);
      expect(leaks.some((leak) => /: last name /.test(leak))).toBe(true);
    });

    it('keeps her details in the events only sealed, never in clear', async () => {
      const inEvents = (await personalDataInDatabase(testDatabaseUrl(), HER)).filter((leak) => /^events[:.]/.test(leak));
      expect(inEvents).toEqual([]);
    });
  });

  describe('exporting what the owner holds about her', () => {
    it('gives one JSON naming her, her file, and the consents she gave at booking', async () => {
      const { exportGuest } = await ok<{ exportGuest: { guestId: string; fileName: string; json: string } }>(EXPORT, { id: guestId }, gite.owner.token);
      expect(exportGuest.guestId).toBe(guestId);
      expect(exportGuest.fileName).toMatch(/\.json$/);
      const leaves = leavesOf(JSON.parse(exportGuest.json));
      expect(leaves).toEqual(expect.arrayContaining([GUEST.lastName, GUEST.firstName, GUEST.email, GUEST.phone1, GUEST.address, booking.dossierId, NOTE]));
      // Consents as proof: the terms' version and when they were accepted, the opt-in's text as shown and when.
      expect(leaves).toEqual(expect.arrayContaining([termsVersion, OPT_IN.fr, '2027-06-01T08:00:00.000Z']));
    });

    it('is the same JSON as GET /exports/guests/<id>.json, which another owner cannot download', async () => {
      const { exportGuest } = await ok<{ exportGuest: { json: string } }>(EXPORT, { id: guestId }, gite.owner.token);
      const response = await download(`/exports/guests/${guestId}.json`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(JSON.parse(await response.text())).toEqual(JSON.parse(exportGuest.json));
      expect((await download(`/exports/guests/${guestId}.json`, other.token)).status).toBe(404);
      expect((await download(`/exports/guests/${guestId}.json`, null)).status).toBe(401);
    });

    it('does not exist for another owner', async () => {
      expect((await t.gql(EXPORT, { id: guestId }, other.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('while it must not happen yet', () => {
    it('refuses while her stay is to come, erasing nothing', async () => {
      const answer = await t.gql(ERASE, { id: guestId }, gite.owner.token);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STAY_TO_COME' });
      expect(answer.data).toBeNull();
      expect(await eventsOfType('GuestErased')).toBe(0);
      expect((await fileOf(booking.dossierId)).guest).toMatchObject({ lastName: GUEST.lastName, email: GUEST.email });
      expect((await ok<{ guests: { totalCount: number } }>(GUESTS, { search: GUEST.lastName }, gite.owner.token)).guests.totalCount).toBe(1);
    });

    it('is another owner’s guest to nobody else, and an integrator’s key may not erase', async () => {
      expect((await t.gql(ERASE, { id: guestId }, other.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain((await t.gql(ERASE, { id: guestId }, apiKey)).errors?.[0]?.extensions?.code);
      expect(await eventsOfType('GuestErased')).toBe(0);
    });

    it('refuses, once her stays are over, while money is still owed on one of her files', async () => {
      const { createDossier } = await ok<{ createDossier: { id: string } }>(
        CREATE_DOSSIER,
        { input: { accommodationId: gite.accommodationId, arrival: '2027-07-03', departure: '2027-07-10', occupants: [{ ageRangeId: gite.adults, count: 2 }], price: 50_000, guest: { lastName: GUEST.lastName, firstName: GUEST.firstName, email: GUEST.email } } },
        gite.owner.token,
      );
      owedFile = createDossier.id;
      await ok(PAY, { id: owedFile, cents: 10_000, date: '2027-06-01' }, gite.owner.token);
      await until('her second file in the directory', async () => (await ok<{ guests: { nodes: { id: string; files: number }[] } }>(GUESTS, { search: GUEST.lastName }, gite.owner.token)).guests.nodes.some((g) => g.id === guestId && g.files === 2));

      clock.advance(55 * 24 * 3_600_000); // 26 July 2027: both stays are over.
      const answer = await t.gql(ERASE, { id: guestId }, gite.owner.token);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MONEY_OWED' });
      expect(await eventsOfType('GuestErased')).toBe(0);
      expect((await fileOf(booking.dossierId)).guest.lastName).toBe(GUEST.lastName);
    });
  });

  describe('once her stays are over and nothing is owed', () => {
    beforeAll(async () => {
      await ok(PAY, { id: owedFile, cents: 40_000, date: '2027-07-26' }, gite.owner.token);
      await allCaughtUp();
      for (const id of files()) before.set(id, await fileOf(id));
      expect([...before.values()].map((f) => f.balance.cents)).toEqual([0, 0]);
    });

    it('erases her from every file of hers, naming them', async () => {
      const { eraseGuest } = await ok<{ eraseGuest: { guestId: string; dossierIds: string[] } }>(ERASE, { id: guestId }, gite.owner.token);
      expect(eraseGuest.guestId).toBe(guestId);
      expect([...eraseGuest.dossierIds].sort()).toEqual([...files()].sort());
      await allCaughtUp();
      await deliverWebhooks();
    });

    it('keeps each file’s figures, stays and payments, its guest read as “Anonyme” and its notes gone', async () => {
      for (const id of files()) {
        const now = await fileOf(id);
        expect(figuresOf(now)).toEqual(figuresOf(before.get(id) as BookingFile));
        expect(now.guest).toEqual(ANONYMOUS);
        expect([now.note, now.internalNote]).toEqual([null, null]);
      }
    });

    it('takes her out of the directory', async () => {
      const { guests } = await ok<{ guests: { totalCount: number; nodes: { id: string; lastStay: { dossierId: string } | null }[] } }>(GUESTS, {}, gite.owner.token);
      expect(guests.nodes.filter((g) => g.id === guestId || files().includes(g.lastStay?.dossierId ?? ''))).toEqual([]);
      expect(guests.totalCount).toBe(0);
    });

    it('leaves her in no table of the database, the events holding only what her deleted key sealed', async () => {
      expect(await personalDataInDatabase(testDatabaseUrl(), HER)).toEqual([]);
      expect(personalDataInFiles(dataDir, HER)).toEqual([]);
    });

    it('names her in no answer: files, lists, directory, planning, dashboard, notifications, emails, history, public feed', async () => {
      expect(termsFound(await everythingRead(), HER)).toEqual([]);
    });

    it('names her in no replay of an answer kept for its Idempotency-Key', async () => {
      expect(termsFound(JSON.stringify(await notedWithKey()), HER)).toEqual([]);
    });

    it('prints her in no document, no export and no calendar feed', async () => {
      for (const id of files()) expect(termsFound(await documentText(id), HER)).toEqual([]);
      expect(termsFound(await dossiersWorkbook(), HER)).toEqual([]);
      expect(termsFound(await icalFeed(), HER)).toEqual([]);
      const guestDocument = booking.documentUrl ? await fetch(booking.documentUrl) : null;
      if (guestDocument?.status === 200) expect(termsFound(pdfText(Buffer.from(await guestDocument.arrayBuffer())), HER)).toEqual([]);
    });

    it('sends her to the integrator no more, not even in a delivery sent again', async () => {
      const sentSince = receiver.requests.length;
      const { webhookDeliveries } = await ok<{ webhookDeliveries: { nodes: { id: string; eventType: string; lastError: string | null }[] } }>(
        'query($id: ID!) { webhookDeliveries(endpointId: $id, first: 200) { nodes { id eventType lastError } } }',
        { id: endpointId },
        gite.owner.token,
      );
      expect(termsFound(JSON.stringify(webhookDeliveries), HER)).toEqual([]);
      const created = webhookDeliveries.nodes.filter((d) => d.eventType === 'booking.created');
      expect(created.length).toBeGreaterThan(0);
      for (const delivery of created) await ok('mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }', { id: delivery.id }, gite.owner.token);
      await deliverWebhooks();
      const redelivered = receiver.requests.slice(sentSince);
      expect(redelivered.length).toBeGreaterThanOrEqual(created.length);
      expect(termsFound(redelivered.map((r) => r.body).join('\n'), HER)).toEqual([]);
    });

    it('exports nothing of her any more', async () => {
      const exported = await t.gql<{ exportGuest: { json: string } }>(EXPORT, { id: guestId }, gite.owner.token);
      if (exported.errors) expect(exported.errors[0].extensions?.code).toBe('NOT_FOUND');
      else expect(termsFound(JSON.stringify(exported.data), HER)).toEqual([]);
      const downloaded = await download(`/exports/guests/${guestId}.json`);
      if (downloaded.status !== 404) expect(termsFound(await downloaded.text(), HER)).toEqual([]);
    });

    it('refuses to change an erased file, or to name someone on it again', async () => {
      const notes = await t.gql(NOTES, { id: booking.dossierId, note: 'Retour prévu' }, gite.owner.token);
      expect(notes.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const renamed = await t.gql('mutation($id: ID!, $guest: GuestInput!) { changeDossierGuest(id: $id, guest: $guest) { id } }', { id: booking.dossierId, guest: { lastName: GUEST.lastName } }, gite.owner.token);
      expect(renamed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect((await fileOf(booking.dossierId)).note).toBeNull();
    });

    it('is still nobody another owner may erase or export', async () => {
      expect((await t.gql(ERASE, { id: guestId }, other.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(EXPORT, { id: guestId }, other.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('after every read model is rebuilt from the events', () => {
    beforeAll(async () => {
      const projections = t.app.get(ProjectionRegistry).all();
      await t.app.get(FollowerRunner).rebuild(projections);
      // A runner that follows the store learns of the reset from its next batch: write one.
      await signUpOwner(t);
      const head = await t.app.get<EventStore>(EVENT_STORE).headPosition();
      expect(await t.app.get(ReadModelWaiter).waitFor(head, projections.map((p) => p.name), 60_000)).toBe(true);
    }, 90_000);

    it('brings her back into no table', async () => {
      expect(await personalDataInDatabase(testDatabaseUrl(), HER)).toEqual([]);
    });

    it('brings her back into no answer, and the files keep their figures', async () => {
      expect(termsFound(await everythingRead(), HER)).toEqual([]);
      for (const id of files()) {
        const now = await fileOf(id);
        expect(figuresOf(now)).toEqual(figuresOf(before.get(id) as BookingFile));
        expect(now.guest).toEqual(ANONYMOUS);
      }
      expect((await ok<{ guests: { totalCount: number } }>(GUESTS, {}, gite.owner.token)).guests.totalCount).toBe(0);
    });

    it('prints her in no document', async () => {
      for (const id of files()) expect(termsFound(await documentText(id), HER)).toEqual([]);
    });
  });

  describe('the retention period', () => {
    const ODILE = { lastName: 'Brumelbach', firstName: 'Odile', email: 'odile.brumelbach@example.org', phone1: '+33 7 58 20 91 64' };
    const HILDEGARDE = { lastName: 'Farnsworthy', firstName: 'Hildegarde', email: 'hildegarde.farnsworthy@example.org' };
    let keeper: OwnerWithGite;
    const made: Record<string, string> = {};

    const fileFor = async (guest: Record<string, string>, paid: number, arrival: string, departure: string) => {
      const { createDossier } = await ok<{ createDossier: { id: string } }>(
        CREATE_DOSSIER,
        { input: { accommodationId: keeper.accommodationId, arrival, departure, occupants: [{ ageRangeId: keeper.adults, count: 2 }], price: 50_000, guest } },
        keeper.owner.token,
      );
      await ok(PAY, { id: createDossier.id, cents: paid, date: clock.now().toISOString().slice(0, 10) }, keeper.owner.token);
      return createDossier.id;
    };
    const guestOf = async (id: string) => (await ok<{ dossier: BookingFile }>(DOSSIER, { id }, keeper.owner.token)).dossier.guest;
    const sweep = async () => {
      await allCaughtUp();
      await t.app.get(GuestRetention).sweep();
      // Twice: what the erasure's policies write (the emails' erasure) is followed by the read models in turn.
      await allCaughtUp();
      await allCaughtUp();
    };

    beforeAll(async () => {
      keeper = await bookableGite(t, { name: 'Le Mas des Oliviers' });
      made.odile = await fileFor(ODILE, 50_000, '2027-08-07', '2027-08-14');
      // Paid 50 € too much: the owner owes it back, however long ago the stay was.
      made.hildegarde = await fileFor(HILDEGARDE, 55_000, '2027-07-31', '2027-08-07');
    });

    it('keeps a guest whose period has not run out', async () => {
      clock.advance(300 * 24 * 3_600_000); // Late May 2028: her stay ended nine months ago.
      await sweep();
      expect(await guestOf(made.odile)).toMatchObject({ lastName: ODILE.lastName, email: ODILE.email });
    });

    it('anonymises, once the period after the last stay has run out, a guest owed nothing, leaving no trace of her', async () => {
      clock.advance(830 * 24 * 3_600_000); // End of August 2030: past the legal default of three years since 14 August 2027.
      await sweep();
      // As the scheduler does every 6 hours: a file a round could not settle (a change racing its
      // erasure, the read models catching up) is the next round's; it must go within a few.
      await until('her guest anonymised', async () => (await guestOf(made.odile)).lastName === 'Anonyme' || (await sweep(), false), 20_000, 200);
      expect(await guestOf(made.odile)).toEqual(ANONYMOUS);
      const odile: PersonalData = { 'last name': ODILE.lastName, email: ODILE.email, phone: /7[\s.-]*58[\s.-]*20[\s.-]*91[\s.-]*64/ };
      expect(await personalDataInDatabase(testDatabaseUrl(), odile)).toEqual([]);
    });

    it('keeps, past the period, a guest the owner still owes money to', async () => {
      expect(await guestOf(made.hildegarde)).toMatchObject({ lastName: HILDEGARDE.lastName, email: HILDEGARDE.email });
      const { guests } = await ok<{ guests: { nodes: { label: string }[] } }>(GUESTS, {}, keeper.owner.token);
      expect(guests.nodes.map((g) => g.label)).toEqual(['FARNSWORTHY Hildegarde']);
    });

    it('is the owner’s to choose, in whole years, three (the CNIL’s reference) until they do', async () => {
      const RETENTION = '{ reservationSettings { guestRetentionYears } }';
      expect((await ok<{ reservationSettings: unknown }>(RETENTION, {}, keeper.owner.token)).reservationSettings).toEqual({ guestRetentionYears: 3 });
      expect((await t.gql('mutation { setGuestRetention(years: -1) { guestRetentionYears } }', {}, keeper.owner.token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await ok<{ setGuestRetention: unknown }>('mutation { setGuestRetention(years: 1) { guestRetentionYears } }', {}, keeper.owner.token)).setGuestRetention).toEqual({ guestRetentionYears: 1 });
      expect((await ok<{ reservationSettings: unknown }>(RETENTION, {}, keeper.owner.token)).reservationSettings).toEqual({ guestRetentionYears: 1 });
    });
  });
});

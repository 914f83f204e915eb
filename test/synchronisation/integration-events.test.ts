import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { PUBLIC_EVENT_FIELDS as FIELDS, subscribeToEvents as subscriber, type PublicEvent } from '../support/event-subscriber';
import { startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

const FEED = `query($after: String, $first: Int, $types: [String!], $accommodationId: ID) {
  integrationEvents(after: $after, first: $first, types: $types, accommodationId: $accommodationId) { nodes { ${FIELDS} } pageInfo { endCursor hasNextPage } }
}`;
const CREATE_KEY = 'mutation($name: String!, $scopes: [ApiScope!]!) { createApiKey(name: $name, scopes: $scopes) { key } }';

type Page = { nodes: PublicEvent[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };

async function feed(t: TestApp, token: string, variables: Record<string, unknown> = {}): Promise<Page> {
  const answer = await t.gql<{ integrationEvents: Page }>(FEED, { first: 500, ...variables }, token);
  if (!answer.data) throw new Error(`integrationEvents failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.integrationEvents;
}

async function keyOf(t: TestApp, token: string, scopes: string[]): Promise<string> {
  const answer = await t.gql<{ createApiKey: { key: string } }>(CREATE_KEY, { name: scopes.join(' '), scopes }, token);
  if (!answer.data) throw new Error(`createApiKey failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.createApiKey.key;
}

async function ok<T = Record<string, unknown>>(t: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const answer = await t.gql<T>(query, variables, token);
  if (!answer.data) throw new Error(`${query.slice(0, 60)} failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** A file of two adults, confirmed and part paid: what an integrator sees of it, once written. */
async function bookedFile(t: TestApp, gite: OwnerWithGite, arrival: string, departure: string, guest = 'Martin'): Promise<string> {
  const { createDossier } = await ok<{ createDossier: { id: string } }>(t, CREATE_DOSSIER, dossierInput(gite, arrival, departure, 50_000, guest), gite.owner.token);
  return createDossier.id;
}

describe('public integration events', () => {
  let t: TestApp;
  let gite: OwnerWithGite;
  let other: OwnerWithGite;
  let fileId: string;

  beforeAll(async () => {
    t = await startTestApp();
    gite = await ownerWithGite(t);
    other = await ownerWithGite(t, 'Mas des Oliviers');
    fileId = await bookedFile(t, gite, '2031-07-04', '2031-07-11', 'Durand');
    await ok(t, 'mutation($id: ID!) { confirmDossier(id: $id) { status } }', { id: fileId }, gite.owner.token);
    await ok(t, 'mutation($id: ID!) { recordPayment(dossierId: $id, input: { date: "2031-01-15", method: TRANSFER, cents: 15000 }) { status } }', { id: fileId }, gite.owner.token);
    await ok(t, 'mutation($id: ID!) { blockNights(accommodationId: $id, from: "2031-08-01", to: "2031-08-03", reason: "Travaux chez M. Petit") { id } }', { id: gite.accommodationId }, gite.owner.token);
    await ok(t, 'mutation($id: ID!) { cancelDossier(id: $id, reason: "Empêchement") { status } }', { id: fileId }, gite.owner.token);
    await until('the cancellation published', async () => (await feed(t, gite.owner.token)).nodes.some((e) => e.type === 'booking.cancelled'));
  });
  afterAll(() => t.close());

  it("tells a booking's life in order, each event with its envelope and the booking as it stands", async () => {
    const { nodes } = await feed(t, gite.owner.token);
    const about = nodes.filter((e) => e.data.booking?.bookingId === fileId || e.data.bookingId === fileId);
    expect(about.map((e) => e.type)).toEqual(['availability.changed', 'booking.created', 'booking.numbered', 'booking.confirmed', 'payment.recorded', 'booking.cancelled', 'availability.changed']);
    for (const e of nodes) {
      expect(e).toMatchObject({ version: 1, ownerId: gite.owner.id, accommodationId: gite.accommodationId });
      expect(new Date(e.occurredAt).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
    }
    const created = about[1];
    // The nights are held before the file opens: a file never exists without them.
    expect(created.data.booking).toMatchObject({ bookingId: fileId, status: 'OPTION', origin: 'BACK_OFFICE', stays: [{ accommodationId: gite.accommodationId, arrival: '2031-07-04', departure: '2031-07-11', nights: 7 }] });
    expect(created.data.booking.guest).toMatchObject({ lastName: 'Durand' });
    const cancelled = about.find((e) => e.type === 'booking.cancelled');
    expect(cancelled?.data).toMatchObject({ previousStatus: 'CONFIRMED', booking: { status: 'CANCELLED', number: expect.any(Number) } });
    expect(about.filter((e) => e.type === 'availability.changed').map((e) => e.data.available as boolean)).toEqual([false, true]);
    expect(about.find((e) => e.type === 'payment.recorded')?.data.payment).toEqual({ paymentId: expect.any(String), date: '2031-01-15', method: 'TRANSFER', amount: { cents: 15000, currency: 'EUR' } });
    // A block says the nights are taken, never the owner's reason; internal names never leak.
    const block = nodes.find((e) => e.type === 'availability.changed' && e.data.heldBy === 'BLOCK');
    expect(block?.data).toEqual({ accommodationId: gite.accommodationId, from: '2031-08-01', to: '2031-08-03', available: false, heldBy: 'BLOCK', bookingId: null });
    expect(JSON.stringify(nodes)).not.toMatch(/Travaux|Empêchement|Dossier|NightsHeld|holdId|dossierId/);
    expect(new Set(nodes.map((e) => e.id)).size).toBe(nodes.length);
  });

  it('pages through the same events, in the same order, by cursor, and keeps the place on an empty page', async () => {
    const all = (await feed(t, gite.owner.token)).nodes;
    const seen: PublicEvent[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await feed(t, gite.owner.token, { first: 2, after });
      seen.push(...page.nodes);
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(seen.map((e) => e.id)).toEqual(all.map((e) => e.id));
    const empty = await feed(t, gite.owner.token, { after });
    expect(empty).toEqual({ nodes: [], pageInfo: { endCursor: after, hasNextPage: false } });
  });

  it('filters by type and by accommodation', async () => {
    const payments = (await feed(t, gite.owner.token, { types: ['payment.recorded', 'booking.cancelled'] })).nodes;
    expect(payments.map((e) => e.type)).toEqual(['payment.recorded', 'booking.cancelled']);
    expect((await feed(t, gite.owner.token, { accommodationId: other.accommodationId })).nodes).toEqual([]);
    expect((await feed(t, gite.owner.token, { accommodationId: gite.accommodationId })).nodes.length).toBeGreaterThan(5);
  });

  it('gives an API key only the types its scopes allow, and the guest only with guests:read', async () => {
    const availability = await keyOf(t, gite.owner.token, ['AVAILABILITY_READ']);
    const types = new Set((await feed(t, availability)).nodes.map((e) => e.type));
    expect([...types].sort()).toEqual(['availability.changed']);
    const refused = await t.gql(FEED, { types: ['booking.created'] }, availability);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('bookings:read') });

    const bookings = await keyOf(t, gite.owner.token, ['BOOKINGS_READ']);
    const [created] = (await feed(t, bookings, { types: ['booking.created'] })).nodes;
    expect(created.data.booking).toMatchObject({ bookingId: fileId, guest: null });
    expect(JSON.stringify(created)).not.toContain('Durand');

    const guests = await keyOf(t, gite.owner.token, ['BOOKINGS_READ', 'GUESTS_READ']);
    const [withGuest] = (await feed(t, guests, { types: ['booking.created'] })).nodes;
    expect(withGuest.data.booking.guest).toMatchObject({ lastName: 'Durand' });

    const none = await keyOf(t, gite.owner.token, ['BLOCKS_WRITE']);
    expect((await t.gql(FEED, {}, none)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a cursor it did not give, an unknown type and a page size out of range, naming the argument', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ after: 'not-a-cursor' }, 'after'],
      [{ after: Buffer.from('v1:1:2:3 ').toString('base64url') }, 'after'],
      [{ types: ['booking.exploded'] }, 'types'],
      [{ first: 0 }, 'first'],
      [{ first: 501 }, 'first'],
      [{ accommodationId: 'gite-1' }, 'accommodationId'],
    ];
    for (const [variables, field] of cases) {
      const answer = await t.gql(FEED, variables, gite.owner.token);
      expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining(field) });
    }
  });

  it("never shows an owner another owner's events, by token or by key", async () => {
    await bookedFile(t, other, '2031-09-01', '2031-09-05');
    await until('the other owner’s file published', async () => (await feed(t, other.owner.token)).nodes.some((e) => e.type === 'booking.created'));
    const key = await keyOf(t, other.owner.token, ['BOOKINGS_READ', 'GUESTS_READ', 'AVAILABILITY_READ']);
    // The file's later events (its nights on the planning) may still be on their way: compare once the feed stands still.
    const { theirs, byKey } = await until('the other owner’s feed to stand still', async () => {
      const before = (await feed(t, other.owner.token)).nodes;
      const keyed = (await feed(t, key)).nodes;
      const after = (await feed(t, other.owner.token)).nodes;
      return before.length === after.length && { theirs: after, byKey: keyed };
    });
    expect(byKey.map((e) => e.id)).toEqual(theirs.map((e) => e.id));
    for (const e of [...theirs, ...byKey]) expect(e.ownerId).toBe(other.owner.id);
    expect(JSON.stringify(byKey)).not.toContain(fileId);
    // Asking for the first owner's accommodation gives nothing, not an error that says it exists.
    expect((await feed(t, key, { accommodationId: gite.accommodationId })).nodes).toEqual([]);
  });

  describe('by subscription', () => {
    it('pushes what happens from now on, to the owner it belongs to only', async () => {
      const mine = subscriber(t, gite.owner.token, { types: ['booking.created'] });
      const theirs = subscriber(t, other.owner.token);
      try {
        await mine.connected;
        await theirs.connected;
        // Give the subscriptions a moment to read where the feed ends before anything is written.
        await new Promise((resolve) => setTimeout(resolve, 300));
        const id = await bookedFile(t, gite, '2032-01-10', '2032-01-12');
        await until('the new booking pushed', () => Promise.resolve(mine.received.length > 0));
        expect(mine.received.map((e) => [e.type, e.data.booking.bookingId as string])).toEqual([['booking.created', id]]);
        expect(theirs.received).toEqual([]);
        expect(mine.errors).toEqual([]);
      } finally {
        await mine.close();
        await theirs.close();
      }
    });

    it('resumes from a cursor: first exactly what was missed, then live, no gap and no repeat at the seam', async () => {
      const before = (await feed(t, gite.owner.token)).nodes;
      const cursor = before[2].cursor;
      const missed = before.slice(3);
      const resumed = subscriber(t, gite.owner.token, { after: cursor });
      try {
        await until('the missed events replayed', () => Promise.resolve(resumed.received.length >= missed.length));
        const id = await bookedFile(t, gite, '2032-02-10', '2032-02-12');
        await until('the next booking pushed', () => Promise.resolve(resumed.received.some((e) => e.data.booking?.bookingId === id && e.type === 'booking.numbered')));
        const after = (await feed(t, gite.owner.token, { after: cursor })).nodes;
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(resumed.received.map((e) => e.id)).toEqual(after.map((e) => e.id));
        expect(resumed.received.slice(0, missed.length).map((e) => e.id)).toEqual(missed.map((e) => e.id));
      } finally {
        await resumed.close();
      }
    });

    it('hears on one instance a booking made on another', async () => {
      const second = await startTestApp();
      const listener = subscriber(second, gite.owner.token, { types: ['booking.created'] });
      try {
        await listener.connected;
        await new Promise((resolve) => setTimeout(resolve, 300));
        const id = await bookedFile(t, gite, '2032-03-10', '2032-03-12');
        await until('the booking made on the first instance heard on the second', () => Promise.resolve(listener.received.length > 0));
        expect(listener.received.map((e) => e.data.booking.bookingId as string)).toEqual([id]);
      } finally {
        await listener.close();
        await second.close();
      }
    });

    it('works with an API key, within its scopes', async () => {
      const key = await keyOf(t, gite.owner.token, ['AVAILABILITY_READ']);
      const listener = subscriber(t, key);
      const refused = subscriber(t, key, { types: ['booking.created'] });
      try {
        await listener.connected;
        await new Promise((resolve) => setTimeout(resolve, 300));
        await bookedFile(t, gite, '2032-04-10', '2032-04-12');
        await until('the nights taken pushed', () => Promise.resolve(listener.received.length > 0));
        expect(new Set(listener.received.map((e) => e.type))).toEqual(new Set(['availability.changed']));
        await until('the refusal told', () => Promise.resolve(refused.errors.length > 0));
        expect(JSON.stringify(refused.errors)).toContain('bookings:read');
      } finally {
        await listener.close();
        await refused.close();
      }
    });

    it('refuses a handshake without a valid token, and anything but a subscription over the socket', async () => {
      const anonymous = subscriber(t, 'not-a-token');
      await until('the handshake refused', () => Promise.resolve(anonymous.errors.length > 0));
      await anonymous.close();

      const query = createClient({ url: t.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${gite.owner.token}` }, retryAttempts: 0 });
      const errors: unknown[] = [];
      await new Promise<void>((resolve) =>
        query.subscribe({ query: '{ integrationEvents { nodes { id } } }' }, { next: () => undefined, error: (error) => (errors.push(error), resolve()), complete: resolve }),
      );
      await query.dispose();
      expect(JSON.stringify(errors)).toContain('Only subscriptions go over WebSocket');
    });
  });
});

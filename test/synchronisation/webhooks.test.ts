import type { ParsedMail } from 'mailparser';
import { WebhookDispatcher } from '../../src/synchronisation/application/webhook-dispatcher';
import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';
import { expectedSignature, signaturesOf, WebhookReceiver } from '../support/webhook-receiver';

/**
 * Webhooks as an integrator receives them, from the real server to a real HTTP receiver on this
 * machine: signed, each public event once, in order per booking, through a receiver that was down
 * and then failing. The clock is moved by hand to cross backoffs, the rotation overlap and the
 * retry window; the dispatcher is run by hand (the tests' configuration never runs it alone).
 */
const ENDPOINT_FIELDS = 'id url eventTypes includeGuestDetails enabled createdAt disabledAt previousSecretExpiresAt';
const CREATE = `mutation($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT_FIELDS} } } }`;
const UPDATE = `mutation($id: ID!, $input: WebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { ${ENDPOINT_FIELDS} } }`;
const ROTATE = `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { ${ENDPOINT_FIELDS} } } }`;
const ENDPOINTS = `{ webhookEndpoints { ${ENDPOINT_FIELDS} } }`;
const DELIVERY_FIELDS = 'id endpointId eventId eventType status attempts lastStatusCode lastAttemptAt nextAttemptAt deliveredAt lastError createdAt';
const DELIVERIES = `query($id: ID!, $first: Int, $after: String) { webhookDeliveries(endpointId: $id, first: $first, after: $after) { nodes { ${DELIVERY_FIELDS} } pageInfo { endCursor hasNextPage } } }`;
const REDELIVER = `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { ${DELIVERY_FIELDS} } }`;
const FEED = '{ integrationEvents(first: 500) { nodes { id type cursor data } } }';
const BOOKING_TYPES = ['booking.created', 'booking.numbered', 'booking.confirmed', 'booking.paid', 'booking.cancelled', 'payment.recorded', 'availability.changed'];

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  lastStatusCode: number | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  lastError: string | null;
}

interface FeedEvent {
  id: string;
  type: string;
  cursor: string;
  data: { booking?: { bookingId: string }; bookingId?: string; accommodationId?: string };
}

type Lane = Pick<FeedEvent, 'type' | 'data'>;

const bookingOf = (e: Pick<FeedEvent, 'data'>): string | null => e.data.booking?.bookingId ?? e.data.bookingId ?? null;

describe('webhooks', () => {
  let t: TestApp;
  let sink: SmtpSink;
  const clock = new ManualClock();
  const dispatcher = () => t.app.get(WebhookDispatcher);

  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const answer = await t.gql<T>(query, variables, token);
    if (!answer.data) throw new Error(`${query.slice(0, 60)} failed: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };

  async function endpointFor(gite: OwnerWithGite, url: string, eventTypes = BOOKING_TYPES): Promise<{ id: string; secret: string }> {
    const { createWebhookEndpoint } = await ok<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(CREATE, { input: { url, eventTypes } }, gite.owner.token);
    return { id: createWebhookEndpoint.endpoint.id, secret: createWebhookEndpoint.secret };
  }

  const deliveriesOf = async (gite: OwnerWithGite, endpointId: string): Promise<Delivery[]> =>
    (await ok<{ webhookDeliveries: { nodes: Delivery[] } }>(DELIVERIES, { id: endpointId, first: 200 }, gite.owner.token)).webhookDeliveries.nodes;

  const feedOf = async (gite: OwnerWithGite): Promise<FeedEvent[]> => (await ok<{ integrationEvents: { nodes: FeedEvent[] } }>(FEED, {}, gite.owner.token)).integrationEvents.nodes;

  /** Waits for the file's events to reach the public feed, which the fan-out reads. */
  const published = (gite: OwnerWithGite, what: (events: FeedEvent[]) => boolean) => until('the events published', async () => what(await feedOf(gite)));

  async function file(gite: OwnerWithGite, arrival: string, departure: string): Promise<string> {
    const { createDossier } = await ok<{ createDossier: { id: string } }>(CREATE_DOSSIER, dossierInput(gite, arrival, departure), gite.owner.token);
    return createDossier.id;
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ clock, config: { outboundAllow: ['127.0.0.1'], smtpUrl: sink.url, emailPollMs: 50, mailFrom: 'reservations@gites.example' } });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('delivers every event once, signed, in order per booking, through a receiver that was down and then failing', async () => {
    const gite = await ownerWithGite(t);
    const receiver = await new WebhookReceiver().up();
    const endpoint = await endpointFor(gite, receiver.url);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    receiver.secrets = [endpoint.secret];
    await receiver.down();

    const first = await file(gite, '2031-07-04', '2031-07-11');
    const second = await file(gite, '2031-08-01', '2031-08-08');
    await ok('mutation($id: ID!) { confirmDossier(id: $id) { status } }', { id: first }, gite.owner.token);
    await ok('mutation($id: ID!) { recordPayment(dossierId: $id, input: { date: "2031-01-15", method: TRANSFER, cents: 15000 }) { status } }', { id: first }, gite.owner.token);
    await ok('mutation($id: ID!) { cancelDossier(id: $id) { status } }', { id: second }, gite.owner.token);
    await published(gite, (events) => events.some((e) => e.type === 'booking.cancelled') && events.some((e) => e.type === 'payment.recorded'));
    const events = (await feedOf(gite)).filter((e) => BOOKING_TYPES.includes(e.type));

    // Two at once, as two instances would: each event is fanned out once, each delivery attempted once.
    await Promise.all([dispatcher().runDue(), dispatcher().runDue()]);
    const refused = await deliveriesOf(gite, endpoint.id);
    expect(refused).toHaveLength(events.length);
    expect(refused.filter((d) => d.attempts === 1)).toEqual(refused.filter((d) => d.status === 'PENDING' && d.lastStatusCode === null && /ECONNREFUSED/.test(d.lastError ?? '')));
    // One attempt per lane (each booking, and the accommodation's availability): the rest wait behind it.
    expect(refused.filter((d) => d.attempts === 1)).toHaveLength(3);
    expect(refused.every((d) => d.attempts <= 1)).toBe(true);

    await receiver.up();
    receiver.status = 500;
    clock.advance(5_000);
    await dispatcher().runDue();
    expect((await deliveriesOf(gite, endpoint.id)).filter((d) => d.attempts === 2).every((d) => d.lastStatusCode === 500 && d.status === 'PENDING')).toBe(true);
    expect(receiver.accepted).toEqual([]);

    receiver.status = 200;
    clock.advance(30_000);
    await Promise.all([dispatcher().runDue(), dispatcher().runDue()]);
    const delivered = await deliveriesOf(gite, endpoint.id);
    expect(delivered.map((d) => d.status)).toEqual(events.map(() => 'DELIVERED'));
    // Newest first, the log lists the events the feed lists, each once.
    expect(delivered.map((d) => d.eventId)).toEqual(events.map((e) => e.id).reverse());

    expect(receiver.accepted.map((w) => w.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(receiver.duplicates).toEqual([]);
    for (const webhook of receiver.accepted) {
      const sent = events.find((e) => e.id === webhook.id);
      expect(webhook.event).toMatchObject({ id: webhook.id, type: sent?.type, version: 1, ownerId: gite.owner.id, cursor: sent?.cursor });
      expect(Object.keys(webhook.event).sort()).toEqual(['accommodationId', 'cursor', 'data', 'id', 'occurredAt', 'ownerId', 'type', 'version']);
      expect(Math.abs(Number(webhook.timestamp) - clock.now().getTime() / 1000)).toBeLessThan(5);
    }
    // Guests' details are left out unless asked for.
    expect(receiver.accepted.find((w) => w.event.type === 'booking.created')?.event.data.booking.guest).toBeNull();
    // In feed order per booking, and per accommodation for its availability: what the writer keys its events by.
    const received = receiver.accepted.map((w) => ({ id: w.id, type: w.event.type as string, data: w.event.data as FeedEvent['data'] }));
    for (const lane of [(e: Lane) => e.type !== 'availability.changed' && bookingOf(e) === first, (e: Lane) => e.type !== 'availability.changed' && bookingOf(e) === second, (e: Lane) => e.type === 'availability.changed']) {
      expect(received.filter(lane).map((e) => e.id)).toEqual(events.filter(lane).map((e) => e.id));
    }
    await receiver.down();
  });

  it('signs with both secrets for a day after a rotation, then with the new one alone', async () => {
    const gite = await ownerWithGite(t);
    const receiver = await new WebhookReceiver().up();
    const endpoint = await endpointFor(gite, receiver.url, ['availability.changed']);
    const { rotateWebhookSecret } = await ok<{ rotateWebhookSecret: { secret: string; endpoint: { previousSecretExpiresAt: string } } }>(ROTATE, { id: endpoint.id }, gite.owner.token);
    expect(rotateWebhookSecret.secret).not.toBe(endpoint.secret);
    expect(Date.parse(rotateWebhookSecret.endpoint.previousSecretExpiresAt)).toBe(clock.now().getTime() + 24 * 3_600_000);
    receiver.secrets = [rotateWebhookSecret.secret];

    await ok('mutation($id: ID!) { blockNights(accommodationId: $id, from: "2031-09-01", to: "2031-09-03") { id } }', { id: gite.accommodationId }, gite.owner.token);
    await published(gite, (events) => events.length === 1);
    await dispatcher().runDue();
    const [during] = receiver.accepted;
    expect(signaturesOf(during)).toEqual([expectedSignature(rotateWebhookSecret.secret, during), expectedSignature(endpoint.secret, during)]);

    clock.advance(24 * 3_600_000 + 1_000);
    await ok('mutation($id: ID!) { blockNights(accommodationId: $id, from: "2031-09-10", to: "2031-09-12") { id } }', { id: gite.accommodationId }, gite.owner.token);
    await published(gite, (events) => events.length === 2);
    await dispatcher().runDue();
    const after = receiver.accepted[1];
    expect(signaturesOf(after)).toEqual([expectedSignature(rotateWebhookSecret.secret, after)]);
    await receiver.down();
  });

  it('refuses at once a URL on a private, loopback or link-local address', async () => {
    const gite = await ownerWithGite(t);
    for (const [url, range] of [
      ['http://10.1.2.3/hooks', 'private'],
      ['http://169.254.169.254/latest/meta-data', 'linkLocal'],
      ['http://[::1]:8080/hooks', 'loopback'],
    ]) {
      const answer = await t.gql(CREATE, { input: { url, eventTypes: ['booking.created'] } }, gite.owner.token);
      expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'url' }, message: expect.stringContaining(`a ${range} address`) });
    }
    const ftp = await t.gql(CREATE, { input: { url: 'ftp://example.org/hooks', eventTypes: ['booking.created'] } }, gite.owner.token);
    expect(ftp.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'url' } });
    expect((await ok<{ webhookEndpoints: unknown[] }>(ENDPOINTS, {}, gite.owner.token)).webhookEndpoints).toEqual([]);
  });

  it('checks event types against the catalogue and an API key’s scopes', async () => {
    const gite = await ownerWithGite(t);
    const unknown = await t.gql(CREATE, { input: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['booking.exploded'] } }, gite.owner.token);
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'eventTypes[0]' } });
    const { createApiKey } = await ok<{ createApiKey: { key: string } }>('mutation { createApiKey(name: "Channel", scopes: [WEBHOOKS_MANAGE, AVAILABILITY_READ]) { key } }', {}, gite.owner.token);
    const bookings = await t.gql(CREATE, { input: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['booking.created'] } }, createApiKey.key);
    expect(bookings.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('bookings:read') });
    const guests = await t.gql(CREATE, { input: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['availability.changed'], includeGuestDetails: true } }, createApiKey.key);
    expect(guests.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('guests:read') });
    const made = await t.gql(CREATE, { input: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['availability.changed'] } }, createApiKey.key);
    expect(made.errors).toBeUndefined();
    const { createApiKey: reader } = await ok<{ createApiKey: { key: string } }>('mutation { createApiKey(name: "Reader", scopes: [BOOKINGS_READ]) { key } }', {}, gite.owner.token);
    expect((await t.gql(ENDPOINTS, {}, reader.key)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps at most 10 endpoints per owner', async () => {
    const gite = await ownerWithGite(t);
    for (let i = 0; i < 10; i++) await endpointFor(gite, `http://127.0.0.1:9/hooks/${i}`);
    const eleventh = await t.gql(CREATE, { input: { url: 'http://127.0.0.1:9/hooks/10', eventTypes: ['booking.created'] } }, gite.owner.token);
    expect(eleventh.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('sends a delivery again on request, with the same webhook-id, and pages through the log', async () => {
    const gite = await ownerWithGite(t);
    const receiver = await new WebhookReceiver().up();
    const endpoint = await endpointFor(gite, receiver.url, ['availability.changed']);
    receiver.secrets = [endpoint.secret];
    for (const from of ['2031-10-01', '2031-10-05', '2031-10-09']) {
      await ok('mutation($id: ID!, $from: Date!, $to: Date!) { blockNights(accommodationId: $id, from: $from, to: $to) { id } }', { id: gite.accommodationId, from, to: from.replace(/\d\d$/, (d) => String(Number(d) + 2).padStart(2, '0')) }, gite.owner.token);
    }
    await published(gite, (events) => events.length === 3);
    await dispatcher().runDue();
    const log = await deliveriesOf(gite, endpoint.id);
    expect(log.map((d) => d.status)).toEqual(['DELIVERED', 'DELIVERED', 'DELIVERED']);

    const pending = await t.gql(REDELIVER, { id: log[0].id }, gite.owner.token);
    expect(pending.data?.redeliverWebhook).toMatchObject({ id: log[0].id, status: 'PENDING', eventId: log[0].eventId });
    expect((await t.gql(REDELIVER, { id: log[0].id }, gite.owner.token)).errors?.[0].extensions?.code).toBe('CONFLICT');
    await dispatcher().runDue();
    expect(receiver.duplicates.map((w) => w.id)).toEqual([log[0].eventId]);
    expect((await deliveriesOf(gite, endpoint.id))[0]).toMatchObject({ status: 'DELIVERED', attempts: 2 });

    const firstPage = (await ok<{ webhookDeliveries: { nodes: Delivery[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(DELIVERIES, { id: endpoint.id, first: 2 }, gite.owner.token)).webhookDeliveries;
    expect(firstPage.nodes.map((d) => d.id)).toEqual(log.slice(0, 2).map((d) => d.id));
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const secondPage = (await ok<{ webhookDeliveries: { nodes: Delivery[]; pageInfo: { hasNextPage: boolean } } }>(DELIVERIES, { id: endpoint.id, first: 2, after: firstPage.pageInfo.endCursor }, gite.owner.token))
      .webhookDeliveries;
    expect(secondPage.nodes.map((d) => d.id)).toEqual([log[2].id]);
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
    await receiver.down();
  });

  it('hides one owner’s endpoints and deliveries from another', async () => {
    const a = await ownerWithGite(t);
    const b = await ownerWithGite(t);
    const receiver = await new WebhookReceiver().up();
    const endpoint = await endpointFor(a, receiver.url, ['availability.changed']);
    receiver.secrets = [endpoint.secret];
    await ok('mutation($id: ID!) { blockNights(accommodationId: $id, from: "2031-11-01", to: "2031-11-03") { id } }', { id: a.accommodationId }, a.owner.token);
    await published(a, (events) => events.length === 1);
    await dispatcher().runDue();
    const [delivery] = await deliveriesOf(a, endpoint.id);
    for (const [query, variables] of [
      [DELIVERIES, { id: endpoint.id }],
      [REDELIVER, { id: delivery.id }],
      [ROTATE, { id: endpoint.id }],
      [UPDATE, { id: endpoint.id, input: { url: receiver.url, eventTypes: ['availability.changed'], enabled: false } }],
      ['mutation($id: ID!) { removeWebhookEndpoint(id: $id) }', { id: endpoint.id }],
    ] as const) {
      expect((await t.gql(query, variables, b.owner.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await ok<{ webhookEndpoints: unknown[] }>(ENDPOINTS, {}, b.owner.token)).webhookEndpoints).toEqual([]);
    expect((await ok<{ webhookEndpoints: { enabled: boolean }[] }>(ENDPOINTS, {}, a.owner.token)).webhookEndpoints).toMatchObject([{ id: endpoint.id, enabled: true }]);
    await receiver.down();
  });

  // Last: it moves the clock past the retry window, which every endpoint of the file shares.
  it('disables an endpoint that failed for the whole retry window, tells its owner once, and resumes where it stopped when switched on again', async () => {
    const gite = await ownerWithGite(t);
    const receiver = await new WebhookReceiver().up();
    const endpoint = await endpointFor(gite, receiver.url, ['availability.changed']);
    receiver.secrets = [endpoint.secret];
    receiver.status = 503;
    await ok('mutation($id: ID!) { blockNights(accommodationId: $id, from: "2031-12-01", to: "2031-12-03") { id } }', { id: gite.accommodationId }, gite.owner.token);
    await published(gite, (events) => events.length === 1);
    await dispatcher().runDue();
    for (let hours = 0; hours < 80; hours += 8) {
      clock.advance(8 * 3_600_000);
      await dispatcher().runDue();
    }
    const [failed] = await deliveriesOf(gite, endpoint.id);
    expect(failed).toMatchObject({ status: 'FAILED', lastStatusCode: 503, nextAttemptAt: null, lastError: expect.stringContaining('503') });
    expect(failed.attempts).toBeGreaterThan(9);
    const [disabled] = (await ok<{ webhookEndpoints: { enabled: boolean; disabledAt: string | null }[] }>(ENDPOINTS, {}, gite.owner.token)).webhookEndpoints;
    expect(disabled).toMatchObject({ enabled: false, disabledAt: expect.any(String) });

    const mails = await until('the owner told', () => {
      const found = sink.received.filter((m: ParsedMail) => JSON.stringify(m.to).includes(gite.owner.email));
      return Promise.resolve(found.length > 0 && found);
    });
    expect(mails).toHaveLength(1);
    // In the owner's first language, French unless they chose otherwise; the host alone, never the path.
    expect(mails[0].subject).toBe(`Webhook désactivé : ${new URL(receiver.url).host}`);
    expect(mails[0].text).not.toContain('/hooks');

    // What happened while it was off is fanned out when it is switched on again, after what was left.
    await ok('mutation($id: ID!) { blockNights(accommodationId: $id, from: "2031-12-10", to: "2031-12-12") { id } }', { id: gite.accommodationId }, gite.owner.token);
    await published(gite, (events) => events.length === 2);
    await dispatcher().runDue();
    expect(await deliveriesOf(gite, endpoint.id)).toHaveLength(1);
    receiver.status = 200;
    await ok(UPDATE, { id: endpoint.id, input: { url: receiver.url, eventTypes: ['availability.changed'], enabled: true } }, gite.owner.token);
    await dispatcher().runDue();
    expect((await deliveriesOf(gite, endpoint.id)).map((d) => d.status)).toEqual(['DELIVERED', 'FAILED']);
    await ok(REDELIVER, { id: failed.id }, gite.owner.token);
    await dispatcher().runDue();
    expect(receiver.accepted).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.received.filter((m: ParsedMail) => JSON.stringify(m.to).includes(gite.owner.email))).toHaveLength(1);
    await receiver.down();
  });
});

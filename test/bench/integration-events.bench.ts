import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { subscribeToEvents } from '../support/event-subscriber';
import { startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';
import { WebhookReceiver } from '../support/webhook-receiver';
import { percentile } from './booking-load-helpers';

/**
 * `npm run bench -- integration-events`: issue 15 §5. About 1,000 public events (each booking
 * file opened makes three: the nights taken, the file, its number), written by four writers at
 * once (owners in several tabs; BENCH_WRITERS to change), while a graphql-ws client listens and 10 webhook endpoints on
 * loopback receive them all. For each way: how long from each domain event's commit
 * (`occurredAt`, the store's clock) to the client or receiver, and deliveries a second. The
 * dispatcher runs as in production, every second. Prints the figures; asserts only that every
 * event arrived once everywhere, in the feed's order.
 */
const FILES = Number(process.env.BENCH_FILES ?? 334);
const ENDPOINTS = Number(process.env.BENCH_ENDPOINTS ?? 10);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 4);

const CREATE_ENDPOINT = 'mutation($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }';

const spread = (latencies: readonly number[]) => ({ p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: Math.max(...latencies) });

describe('integration events benchmark', () => {
  let t: TestApp;
  let gite: OwnerWithGite;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    // The production defaults: a dispatch every second at least, and 20 connections a pool (the tests' 8 would queue the senders).
    t = await startTestApp({ config: { outboundAllow: ['127.0.0.1'], webhookDispatchMs: 1000, databasePoolSize: 20 } });
    gite = await ownerWithGite(t);
    for (let i = 0; i < ENDPOINTS; i++) {
      const receiver = await new WebhookReceiver().up();
      const answer = await t.gql<{ createWebhookEndpoint: { secret: string } }>(
        CREATE_ENDPOINT,
        { input: { url: receiver.url, eventTypes: ['booking.created', 'booking.numbered', 'availability.changed'] } },
        gite.owner.token,
      );
      if (!answer.data) throw new Error(JSON.stringify(answer.errors));
      receiver.secrets = [answer.data.createWebhookEndpoint.secret];
      receivers.push(receiver);
    }
  });
  afterAll(async () => {
    await t.close();
    for (const receiver of receivers) await receiver.down();
  });

  it(`pushes the events of ${FILES} booking files to a subscriber and to ${ENDPOINTS} webhook endpoints`, async () => {
    const client = subscribeToEvents(t, gite.owner.token);
    await client.connected;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const started = Date.now();
    let next = 0;
    const writer = async () => {
      while (next < FILES) {
        const i = next++;
        // One-night stays, a night apart, years ahead: no two files ever want the same night.
        const arrival = new Date(Date.UTC(2040, 0, 1 + 2 * i)).toISOString().slice(0, 10);
        const departure = new Date(Date.UTC(2040, 0, 2 + 2 * i)).toISOString().slice(0, 10);
        const answer = await t.gql(CREATE_DOSSIER, dossierInput(gite, arrival, departure), gite.owner.token);
        if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));
    const written = Date.now();
    const expected = FILES * 3;
    await until('every event pushed', () => Promise.resolve(client.received.length >= expected), 120_000);
    const pushed = Date.now();
    await until('every event delivered to every endpoint', () => Promise.resolve(receivers.every((r) => r.accepted.length >= expected)), 600_000, 100);
    const delivered = Date.now();
    await client.close();

    const pushLatencies = client.received.map((e, i) => client.receivedAt[i] - new Date(e.occurredAt).getTime());
    const accepted = receivers.flatMap((r) => r.accepted);
    const deliveryLatencies = accepted.map((w) => w.receivedAt - new Date(w.event.occurredAt as string).getTime());
    const figures = {
      files: FILES,
      events: client.received.length,
      writtenInMs: written - started,
      subscription: { lastPushedAfterWritesMs: pushed - written, eventsPerSecond: Math.round((client.received.length / (pushed - started)) * 1000), commitToClientMs: spread(pushLatencies) },
      webhooks: {
        endpoints: ENDPOINTS,
        deliveries: accepted.length,
        lastDeliveredAfterWritesMs: delivered - written,
        deliveriesPerSecond: Math.round((accepted.length / (delivered - started)) * 1000),
        commitToDeliveryMs: spread(deliveryLatencies),
      },
    };
    console.log(`Integration events, ${FILES} files:\n${JSON.stringify(figures, null, 2)}`);

    expect(client.errors).toEqual([]);
    expect(new Set(client.received.map((e) => e.id)).size).toBe(client.received.length);
    const feed = await t.gql<{ integrationEvents: { nodes: { id: string }[] } }>('{ integrationEvents(first: 500) { nodes { id } } }', {}, gite.owner.token);
    const order = feed.data?.integrationEvents.nodes.map((n) => n.id);
    expect(client.received.slice(0, 500).map((e) => e.id)).toEqual(order);
    for (const receiver of receivers) {
      expect(receiver.duplicates).toEqual([]);
      // Webhooks keep the order of each booking's events, not the global one: lanes go side by side.
      expect(receiver.accepted.map((w) => w.id).sort()).toEqual(client.received.map((e) => e.id).sort());
    }
  });
});

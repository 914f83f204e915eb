import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { CREATE_DOSSIER, dossierInput, ownerWithGite } from '../support/booking-fixtures';
import { testConfig, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { until } from '../support/until';
import { WebhookReceiver } from '../support/webhook-receiver';
import { freePort } from '../support/free-port';

/**
 * Webhooks survive the sender's death: the app runs in a child process, is killed with SIGKILL
 * while a delivery is on the wire, and started again; every event still reaches the receiver,
 * in order per booking. The second start lives two minutes ahead, past the dead sender's lease,
 * as if it had been restarted later.
 */
const TYPES = ['booking.created', 'booking.numbered', 'booking.confirmed', 'availability.changed'];
const ROOT = join(__dirname, '..', '..');

interface FeedEvent {
  id: string;
  type: string;
  data: { booking?: { bookingId: string }; accommodationId?: string };
}


describe('webhooks across a crash of their sender', () => {
  const receiver = new WebhookReceiver();
  let child: ChildProcess | null = null;
  let port = 0;
  let config: ReturnType<typeof testConfig>;

  /** The app started in its own process; answers once it serves. */
  async function start(clockOffsetMs: number): Promise<void> {
    const started = spawn(process.execPath, ['-r', join(ROOT, 'test/support/swc-register.cjs'), join(ROOT, 'test/support/child-app.ts')], {
      cwd: ROOT,
      env: { ...process.env, OSMB_TEST_CONFIG: JSON.stringify(config), OSMB_CLOCK_OFFSET_MS: String(clockOffsetMs) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child = started;
    await new Promise<void>((resolve, reject) => {
      started.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
      started.on('exit', (code) => reject(new Error(`the app exited (${code}) before it served`)));
    });
  }

  async function kill(): Promise<void> {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise((resolve) => {
      running.on('exit', resolve);
      running.kill('SIGKILL');
    });
  }

  /** The app over HTTP, as the fixtures need it: gql is all a remote app offers. */
  const remote: Pick<TestApp, 'gql'> = {
    async gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphqlAnswer<never>> {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlAnswer<never>;
    },
  };

  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const answer = await remote.gql(query, variables, token);
    if (!answer.data) throw new Error(`${query.slice(0, 60)} failed: ${JSON.stringify(answer.errors)}`);
    return answer.data as T;
  };

  beforeAll(async () => {
    port = await freePort();
    config = testConfig({ port, publicUrl: `http://127.0.0.1:${port}`, outboundAllow: ['127.0.0.1'], webhookDispatchMs: 100 });
    await receiver.up();
  });
  afterAll(async () => {
    await kill();
    await receiver.down();
    rmSync(config.dataDir, { recursive: true, force: true });
  });

  it('delivers every event, in order per booking, after a SIGKILL in the middle of a delivery', async () => {
    await start(0);
    const gite = await ownerWithGite(remote);
    const { createWebhookEndpoint } = await ok<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(
      'mutation($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }',
      { input: { url: receiver.url, eventTypes: TYPES } },
      gite.owner.token,
    );
    receiver.secrets = [createWebhookEndpoint.secret];
    receiver.hang = true;

    const first = (await ok<{ createDossier: { id: string } }>(CREATE_DOSSIER, dossierInput(gite, '2031-07-04', '2031-07-11'), gite.owner.token)).createDossier.id;
    const second = (await ok<{ createDossier: { id: string } }>(CREATE_DOSSIER, dossierInput(gite, '2031-08-01', '2031-08-08'), gite.owner.token)).createDossier.id;
    await ok('mutation($id: ID!) { confirmDossier(id: $id) { status } }', { id: first }, gite.owner.token);
    await until('a delivery on the wire', () => Promise.resolve(receiver.requests.length > 0));
    await kill();
    expect(receiver.accepted).toEqual([]);

    receiver.hang = false;
    await start(120_000);
    const feed = async () => (await ok<{ integrationEvents: { nodes: FeedEvent[] } }>('{ integrationEvents(first: 500) { nodes { id type data } } }', {}, gite.owner.token)).integrationEvents.nodes;
    const events = await until('the confirmation published', async () => {
      const nodes = (await feed()).filter((e) => TYPES.includes(e.type));
      return nodes.some((e) => e.type === 'booking.confirmed') && nodes;
    });
    await until('every event received', () => Promise.resolve(events.every((e) => receiver.accepted.some((w) => w.id === e.id))), 30_000);

    expect(receiver.accepted.map((w) => w.id).sort()).toEqual(events.map((e) => e.id).sort());
    const lanes = [(e: Pick<FeedEvent, 'type' | 'data'>) => e.type !== 'availability.changed' && e.data.booking?.bookingId === first, (e: Pick<FeedEvent, 'type' | 'data'>) => e.type !== 'availability.changed' && e.data.booking?.bookingId === second, (e: Pick<FeedEvent, 'type' | 'data'>) => e.type === 'availability.changed'];
    const received = receiver.accepted.map((w) => ({ id: w.id, type: w.event.type as string, data: w.event.data as FeedEvent['data'] }));
    for (const lane of lanes) expect(received.filter(lane).map((e) => e.id)).toEqual(events.filter(lane).map((e) => e.id));
    const log = await ok<{ webhookDeliveries: { nodes: { status: string }[] } }>('query($id: ID!) { webhookDeliveries(endpointId: $id, first: 200) { nodes { status } } }', { id: createWebhookEndpoint.endpoint.id }, gite.owner.token);
    expect(log.webhookDeliveries.nodes.map((d) => d.status)).toEqual(events.map(() => 'DELIVERED'));
  }, 120_000);
});

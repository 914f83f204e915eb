import { randomUUID } from 'node:crypto';
import { PLANNING_IMPORTS, type PlanningImports } from '../../src/reservation/contracts';
import { WebhookDispatcher } from '../../src/synchronisation/application/webhook-dispatcher';
import type { TestApp } from '../support/test-app';
import { until } from '../support/until';
import { expectRefused, type OwnerOperation, type Owners } from './owner-operation';

const A_EXPORT = 'query($id: ID!) { icalExportUrl(accommodationId: $id) icalExportSettings(accommodationId: $id) { exportOptions exportImported } }';

const A_FEEDS = 'query($id: ID) { icalFeeds(accommodationId: $id) { id url label intervalMinutes } syncConflicts(accommodationId: $id) { id arrival heldBy { kind } } }';

const A_KEYS = '{ apiKeys { id name scopes prefix revokedAt } }';

const A_WEBHOOKS = 'query($id: ID!) { webhookEndpoints { id url eventTypes enabled previousSecretExpiresAt } webhookDeliveries(endpointId: $id) { nodes { id eventId status attempts } } }';

/** A's export URL and settings, feeds and conflicts, API key and webhooks as A left them, known once createSynchronisationOfA has run. */
const aSynchronisation = {
  export: {} as Record<string, unknown>,
  feeds: {} as Record<string, unknown>,
  feedId: '',
  apiKeyId: '',
  apiKey: '',
  apiKeys: [] as unknown[],
  webhookEndpointId: '',
  webhookDeliveryId: '',
  webhooks: {} as Record<string, unknown>,
};

/**
 * An export URL of A's, and settings that differ from the defaults, for B to read or replace; a
 * feed A imports (at a private address, so it is never fetched), and a stay of another calendar
 * in conflict with a block of A's; an API key A gave an integrator; a webhook endpoint of A's (at
 * a public address never called: nothing sends here) with a delivery of that block.
 */
export async function createSynchronisationOfA(t: TestApp, token: string, accommodationId: string): Promise<void> {
  const hook = await t.gql('mutation { createWebhookEndpoint(input: { url: "https://93.184.215.14/hooks/a", eventTypes: ["availability.changed"] }) { endpoint { id } } }', {}, token);
  if (hook.errors || !hook.data) throw new Error(`making A's webhook endpoint failed: ${JSON.stringify(hook.errors)}`);
  aSynchronisation.webhookEndpointId = hook.data.createWebhookEndpoint.endpoint.id as string;
  const feed = await t.gql(
    'mutation($id: ID!) { addIcalFeed(input: { accommodationId: $id, url: "https://10.9.8.7/a.ics", platform: AIRBNB, label: "Airbnb de A", intervalMinutes: 30 }) { id } }',
    { id: accommodationId },
    token,
  );
  if (feed.errors) throw new Error(`adding A's feed failed: ${JSON.stringify(feed.errors)}`);
  aSynchronisation.feedId = (feed.data as { addIcalFeed: { id: string } }).addIcalFeed.id;
  const block = await t.gql('mutation($id: ID!) { blockNights(accommodationId: $id, from: "2031-03-01", to: "2031-03-08") { id } }', { id: accommodationId }, token);
  if (block.errors) throw new Error(`blocking A's nights failed: ${JSON.stringify(block.errors)}`);
  const ownerId = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;
  await t.app
    .get<PlanningImports>(PLANNING_IMPORTS)
    .sync(ownerId, accommodationId, aSynchronisation.feedId, 'Airbnb de A', [{ holdId: randomUUID(), arrival: '2031-03-05', departure: '2031-03-10' }], [], {
      actor: { kind: 'system', id: 'test' },
      now: new Date(),
      correlationId: randomUUID(),
      causationId: null,
    });
  await until('A’s conflict listed', async () => ((await t.gql(A_FEEDS, { id: accommodationId }, token)).data?.syncConflicts as unknown[] | undefined)?.length === 1);
  aSynchronisation.feeds = (await t.gql(A_FEEDS, { id: accommodationId }, token)).data ?? {};
  const set = await t.gql('mutation($id: ID!) { setIcalExportSettings(accommodationId: $id, input: { exportOptions: false, exportImported: true }) { exportOptions } }', { id: accommodationId }, token);
  if (set.errors) throw new Error(`setting up A's export failed: ${JSON.stringify(set.errors)}`);
  const read = await t.gql(A_EXPORT, { id: accommodationId }, token);
  if (read.errors || !read.data) throw new Error(`reading A's export failed: ${JSON.stringify(read.errors)}`);
  aSynchronisation.export = read.data;
  const key = await t.gql('mutation { createApiKey(name: "Channel manager de A", scopes: [BOOKINGS_READ, GUESTS_READ]) { key apiKey { id } } }', {}, token);
  if (key.errors || !key.data) throw new Error(`making A's API key failed: ${JSON.stringify(key.errors)}`);
  aSynchronisation.apiKey = key.data.createApiKey.key as string;
  aSynchronisation.apiKeyId = key.data.createApiKey.apiKey.id as string;
  aSynchronisation.apiKeys = (await t.gql(A_KEYS, {}, token)).data?.apiKeys as unknown[];
  // Fanned out only: the dispatcher sends nothing unless run whole.
  const deliveries = await until('A’s block fanned out to A’s webhook', async () => {
    await t.app.get(WebhookDispatcher).fanOut();
    const nodes = (await t.gql(A_WEBHOOKS, { id: aSynchronisation.webhookEndpointId }, token)).data?.webhookDeliveries.nodes as { id: string }[] | undefined;
    return nodes?.length ? nodes : null;
  });
  aSynchronisation.webhookDeliveryId = deliveries[0].id;
  aSynchronisation.webhooks = (await t.gql(A_WEBHOOKS, { id: aSynchronisation.webhookEndpointId }, token)).data ?? {};
}

/** B is told A's accommodation does not exist, and A's URL still opens A's feed, unchanged. */
const notFoundOnExport =
  (): OwnerOperation['verify'] =>
  async (answer, o, t) => {
    expectRefused(answer, 'NOT_FOUND');
    const after = await t.gql(A_EXPORT, { id: o.aCatalogue.accommodationId }, o.a.token);
    expect(after.data).toEqual(aSynchronisation.export);
    expect(after.data).toMatchObject({ icalExportSettings: { exportOptions: false, exportImported: true } });
    expect((await fetch(after.data?.icalExportUrl as string)).status).toBe(200);
  };

/** B is told A's feed or accommodation does not exist, and A's feeds and conflicts are as A left them. */
const notFoundOnFeed =
  (): OwnerOperation['verify'] =>
  async (answer, o, t) => {
    expectRefused(answer, 'NOT_FOUND');
    await aFeedsUntouched(o, t);
  };

async function aFeedsUntouched(o: Owners, t: TestApp): Promise<void> {
  const after = await t.gql(A_FEEDS, { id: o.aCatalogue.accommodationId }, o.a.token);
  expect(after.data).toEqual(aSynchronisation.feeds);
  expect(after.data).toMatchObject({ icalFeeds: [{ label: 'Airbnb de A', intervalMinutes: 30 }], syncConflicts: [{ heldBy: { kind: 'BLOCK' } }] });
}

/** B's own list: none of A's feeds or conflicts. */
const onlyOwn =
  (field: string): OwnerOperation['verify'] =>
  async (answer, o, t) => {
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.[field]).toEqual([]);
    await aFeedsUntouched(o, t);
  };

/** A's keys are as A left them, and A's key still reads A's files. */
async function aKeysUntouched(o: Owners, t: TestApp): Promise<void> {
  expect((await t.gql(A_KEYS, {}, o.a.token)).data?.apiKeys).toEqual(aSynchronisation.apiKeys);
  expect(aSynchronisation.apiKeys).toMatchObject([{ id: aSynchronisation.apiKeyId, name: 'Channel manager de A', revokedAt: null }]);
  const read = await t.gql('{ dossiers { totalCount } }', {}, aSynchronisation.apiKey);
  expect(read.errors).toBeUndefined();
  expect(read.data?.dossiers.totalCount).toBeGreaterThan(0);
}

/** B's call made or listed B's keys only: none of A's in B's answer, A's as A left them. */
const ownKeysOnly =
  (field: string): OwnerOperation['verify'] =>
  async (answer, o, t) => {
    expect(answer.errors).toBeUndefined();
    expect(JSON.stringify(answer.data?.[field])).not.toContain(aSynchronisation.apiKeyId);
    await aKeysUntouched(o, t);
  };

/** A's endpoints and deliveries are as A left them. */
async function aWebhooksUntouched(o: Owners, t: TestApp): Promise<void> {
  expect((await t.gql(A_WEBHOOKS, { id: aSynchronisation.webhookEndpointId }, o.a.token)).data).toEqual(aSynchronisation.webhooks);
  expect(aSynchronisation.webhooks).toMatchObject({ webhookEndpoints: [{ id: aSynchronisation.webhookEndpointId, enabled: true }], webhookDeliveries: { nodes: [{ status: 'PENDING' }] } });
}

/** B is told A's endpoint or delivery does not exist, and A's webhooks are as A left them. */
const notFoundOnWebhook: OwnerOperation['verify'] = async (answer, o, t) => {
  expectRefused(answer, 'NOT_FOUND');
  await aWebhooksUntouched(o, t);
};

/** B's call made or listed B's endpoints only: none of A's in B's answer, A's as A left them. */
const ownWebhooksOnly =
  (field: string): OwnerOperation['verify'] =>
  async (answer, o, t) => {
    expect(answer.errors).toBeUndefined();
    expect(JSON.stringify(answer.data?.[field])).not.toContain(aSynchronisation.webhookEndpointId);
    await aWebhooksUntouched(o, t);
  };

const ENDPOINT_ID = () => ({ id: aSynchronisation.webhookEndpointId });

const FEED_ID = () => ({ id: aSynchronisation.feedId });

export const SYNCHRONISATION_OPERATIONS: Record<string, OwnerOperation> = {
  integrationEvents: {
    document: 'query($id: ID) { integrationEvents(accommodationId: $id, first: 500) { nodes { ownerId data } } }',
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: async (answer, o, t) => {
      // Asked about A's accommodation, B reads nothing; B's whole feed holds nothing of A's.
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.integrationEvents.nodes).toEqual([]);
      const all = await t.gql('{ integrationEvents(first: 500) { nodes { ownerId } } }', {}, o.b.token);
      for (const node of all.data?.integrationEvents.nodes ?? []) expect(node.ownerId).toBe(o.b.id);
      const own = await t.gql('{ integrationEvents(first: 500) { nodes { ownerId } } }', {}, o.a.token);
      expect(own.data?.integrationEvents.nodes.length).toBeGreaterThan(0);
    },
  },
  icalFeeds: { document: '{ icalFeeds { id url } }', variables: () => ({}), verify: onlyOwn('icalFeeds') },
  syncConflicts: { document: '{ syncConflicts { id } }', variables: () => ({}), verify: onlyOwn('syncConflicts') },
  addIcalFeed: {
    document: 'mutation($id: ID!) { addIcalFeed(input: { accommodationId: $id, url: "https://10.1.1.1/b.ics", platform: GENERIC }) { id } }',
    variables: (o: Owners) => ({ id: o.aCatalogue.accommodationId }),
    verify: notFoundOnFeed(),
  },
  changeIcalFeed: { document: 'mutation($id: ID!) { changeIcalFeed(id: $id, changes: { label: "pris", intervalMinutes: 5 }) { id } }', variables: FEED_ID, verify: notFoundOnFeed() },
  confirmIcalFeed: { document: 'mutation($id: ID!) { confirmIcalFeed(id: $id) { id } }', variables: FEED_ID, verify: notFoundOnFeed() },
  removeIcalFeed: { document: 'mutation($id: ID!) { removeIcalFeed(id: $id) }', variables: FEED_ID, verify: notFoundOnFeed() },
  syncIcalFeed: { document: 'mutation($id: ID!) { syncIcalFeed(id: $id) { id } }', variables: FEED_ID, verify: notFoundOnFeed() },
  icalExportUrl: {
    document: 'query($id: ID!) { icalExportUrl(accommodationId: $id) }',
    variables: (o: Owners) => ({ id: o.aCatalogue.accommodationId }),
    verify: notFoundOnExport(),
  },
  regenerateIcalExportUrl: {
    document: 'mutation($id: ID!) { regenerateIcalExportUrl(accommodationId: $id) }',
    variables: (o: Owners) => ({ id: o.aCatalogue.accommodationId }),
    verify: notFoundOnExport(),
  },
  icalExportSettings: {
    document: 'query($id: ID!) { icalExportSettings(accommodationId: $id) { exportOptions exportImported } }',
    variables: (o: Owners) => ({ id: o.aCatalogue.accommodationId }),
    verify: notFoundOnExport(),
  },
  setIcalExportSettings: {
    document: 'mutation($id: ID!) { setIcalExportSettings(accommodationId: $id, input: { exportOptions: true, exportImported: false }) { exportOptions } }',
    variables: (o: Owners) => ({ id: o.aCatalogue.accommodationId }),
    verify: notFoundOnExport(),
  },
  apiKeys: { document: '{ apiKeys { id name } }', variables: () => ({}), verify: ownKeysOnly('apiKeys') },
  createApiKey: { document: 'mutation { createApiKey(name: "Beta", scopes: [BOOKINGS_READ]) { key apiKey { id } } }', variables: () => ({}), verify: ownKeysOnly('createApiKey') },
  webhookEndpoints: { document: '{ webhookEndpoints { id url } }', variables: () => ({}), verify: ownWebhooksOnly('webhookEndpoints') },
  webhookDeliveries: { document: 'query($id: ID!) { webhookDeliveries(endpointId: $id) { nodes { id } } }', variables: ENDPOINT_ID, verify: notFoundOnWebhook },
  createWebhookEndpoint: {
    document: 'mutation { createWebhookEndpoint(input: { url: "https://93.184.215.14/hooks/b", eventTypes: ["booking.created"] }) { secret endpoint { id } } }',
    variables: () => ({}),
    verify: ownWebhooksOnly('createWebhookEndpoint'),
  },
  updateWebhookEndpoint: {
    document: 'mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: { url: "https://93.184.215.14/hooks/b", eventTypes: ["booking.created"], enabled: false }) { id } }',
    variables: ENDPOINT_ID,
    verify: notFoundOnWebhook,
  },
  removeWebhookEndpoint: { document: 'mutation($id: ID!) { removeWebhookEndpoint(id: $id) }', variables: ENDPOINT_ID, verify: notFoundOnWebhook },
  rotateWebhookSecret: { document: 'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }', variables: ENDPOINT_ID, verify: notFoundOnWebhook },
  redeliverWebhook: {
    document: 'mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }',
    variables: () => ({ id: aSynchronisation.webhookDeliveryId }),
    verify: notFoundOnWebhook,
  },
  revokeApiKey: {
    document: 'mutation($id: ID!) { revokeApiKey(id: $id) }',
    variables: () => ({ id: aSynchronisation.apiKeyId }),
    verify: async (answer, o, t) => {
      expectRefused(answer, 'NOT_FOUND');
      await aKeysUntouched(o, t);
    },
  },
};

import type { INestApplication } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import type { Policy } from '../../src/event-store/policy/policy';
import { PolicyRegistry } from '../../src/event-store/policy/policy-registry';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../src/shared/config/config';
import type { TestApp } from '../support/test-app';

/**
 * The app's public address set to where it listens, once it does (on a port the system chose):
 * the local provider links its pages there and sends its notifications there over HTTP. The
 * configuration is read when a page is made, so setting it after start is enough.
 */
export function listenAtPublicUrl(t: TestApp): string {
  const base = t.url.replace(/\/graphql$/, '');
  Object.assign(t.app.get<RuntimeConfig>(RUNTIME_CONFIG), { publicUrl: base });
  return base;
}

/** A stream's event types and payloads, oldest first. */
export async function streamEvents(t: TestApp, stream: string): Promise<{ type: string; data: Record<string, unknown> }[]> {
  return (await t.app.get<EventStore>(EVENT_STORE).readStream(stream)).map(({ type, data }) => ({ type, data }));
}

export const SECRET_KEY = 'sk_test_51QbWlqKkQ4mXbN8rZt7VhYcE2uJ0pLrN5sDgF3wXyA9mB1kQe6Ta1b2';
export const WEBHOOK_SECRET = 'whsec_Zt7VhYcE2uJ0pLrN5sDgF3wXyA9mB1kQ';
export const CONNECT = 'mutation($input: PaymentProviderInput!) { connectPaymentProvider(input: $input) { provider connectedAt keyHint byDefault } }';

/**
 * For `startTestApp({ beforeListen })`: every other context's reaction to online payments
 * (Reservation opens a guest's file from one, and gives back any it cannot place) sees the
 * payments of these tests and does nothing, so the tests settle and refund by hand what those
 * reactions would, and nothing races them. The stand-in keeps the reaction's name, so its
 * checkpoint moves past these payments and no later app on the same database takes them up.
 * Policies register as the app initialises, which `listen` does after this runs.
 */
export function withoutReactionsToOnlinePayments(app: INestApplication): void {
  const registry = app.get(PolicyRegistry);
  const register = registry.register.bind(registry);
  const standIn = (policy: Policy): Policy => ({ name: policy.name, handles: policy.handles, decode: policy.decode, react: () => Promise.resolve() });
  registry.register = (...policies) => register(...policies.map((policy) => (policy.handles.includes('OnlinePaymentSucceeded') ? standIn(policy) : policy)));
}

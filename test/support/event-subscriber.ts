import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './test-app';

/** A public integration event as integrators receive it. */
export interface PublicEvent {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  ownerId: string;
  accommodationId: string | null;
  cursor: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read field by field
  data: Record<string, any>;
}

export const PUBLIC_EVENT_FIELDS = 'id type version occurredAt ownerId accommodationId cursor data';

export interface EventSubscriber {
  /** Every event received, in order, with when it arrived (performance.now() is not comparable to occurredAt). */
  readonly received: PublicEvent[];
  readonly receivedAt: number[];
  readonly errors: unknown[];
  /** Settles once the handshake is accepted. */
  readonly connected: Promise<void>;
  close(): Promise<void>;
}

/** A graphql-ws client on the app, subscribed to `bookingEvents` with these variables, with `token` in its handshake. */
export function subscribeToEvents(t: TestApp, token: string, variables: Record<string, unknown> = {}): EventSubscriber {
  const received: PublicEvent[] = [];
  const receivedAt: number[] = [];
  const errors: unknown[] = [];
  const client: Client = createClient({
    url: t.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  let started!: () => void;
  const connected = new Promise<void>((resolve) => (started = resolve));
  client.on('connected', () => started());
  const stop = client.subscribe<{ bookingEvents: PublicEvent }>(
    {
      query: `subscription($after: String, $types: [String!], $accommodationId: ID) { bookingEvents(after: $after, types: $types, accommodationId: $accommodationId) { ${PUBLIC_EVENT_FIELDS} } }`,
      variables,
    },
    {
      next: (message) => {
        if (message.data) {
          received.push(message.data.bookingEvents);
          receivedAt.push(Date.now());
        }
        if (message.errors) errors.push(message.errors);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    received,
    receivedAt,
    errors,
    connected,
    async close() {
      stop();
      await client.dispose();
    },
  };
}

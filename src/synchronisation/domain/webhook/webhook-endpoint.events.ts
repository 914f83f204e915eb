import { z } from 'zod';
import { instantSchema } from '../../../shared/kernel/event-schemas';
import { eventCodec } from '../../../shared/kernel/event-codec';
import type { Event } from '../../../shared/kernel/message';

/**
 * The events of a `webhook-endpoint-<endpointId>` stream: what an owner is told of and may audit
 * about an endpoint that stopped receiving. Its settings, secrets and feed position are rows
 * (a secret never reaches the event store, and the position moves with every event fanned out).
 * A stored contract: a change of shape is a new version.
 */
export interface WebhookEndpointDisabled {
  readonly endpointId: string;
  readonly ownerId: string;
  /** The URL's host only: its path and query may hold the receiver's own secret. */
  readonly host: string;
  /** The first failed attempt since the last success. */
  readonly failingSince: string;
  readonly disabledAt: string;
}

/** Switched on again by its owner after it was disabled for failing. */
export interface WebhookEndpointEnabled {
  readonly endpointId: string;
  readonly ownerId: string;
  readonly enabledAt: string;
}

export type WebhookEndpointEvent = Event<'WebhookEndpointDisabled', WebhookEndpointDisabled> | Event<'WebhookEndpointEnabled', WebhookEndpointEnabled>;

export const webhookEndpointEvents = eventCodec<WebhookEndpointEvent>('webhook-endpoint', {
  WebhookEndpointDisabled: {
    version: 1,
    schema: z.object({ endpointId: z.string(), ownerId: z.string(), host: z.string(), failingSince: instantSchema, disabledAt: instantSchema }),
  },
  WebhookEndpointEnabled: { version: 1, schema: z.object({ endpointId: z.string(), ownerId: z.string(), enabledAt: instantSchema }) },
});

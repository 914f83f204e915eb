import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { hasScope, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { Forbidden } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { pageSize } from '../../shared/kernel/page';
import { checkOutboundUrl } from '../../shared/outbound/guarded-fetch';
import { OutboundAllowList } from '../../shared/outbound/outbound-address';
import { OutboundFailed, OutboundRefused } from '../../shared/outbound/outbound-errors';
import { formatCursor, parseCursor } from '../domain/integration/cursor';
import { endpointEventTypes, endpointUrl, MAX_WEBHOOK_ENDPOINTS } from '../domain/webhook/endpoint-settings';
import { webhookEndpointDecider, webhookEndpointStream } from '../domain/webhook/webhook-endpoint.decider';
import { webhookSecretOf } from '../domain/webhook/webhook-signature';
import { DeliveryStillPending, TooManyWebhookEndpoints, WebhookDeliveryNotFound, WebhookEndpointNotFound, WebhookUrlRefused } from '../domain/webhook/webhook.errors';
import { IntegrationFeed } from './integration-feed';
import {
  WEBHOOK_DELIVERY_STORE,
  WEBHOOK_ENDPOINT_STORE,
  type WebhookDeliveryRecord,
  type WebhookDeliveryStore,
  type WebhookEndpointRecord,
  type WebhookEndpointSettings,
  type WebhookEndpointStore,
} from './webhook-ports';

export interface WebhookEndpointInput {
  readonly url: string;
  readonly eventTypes: readonly string[];
  readonly includeGuestDetails?: boolean | null;
  readonly enabled?: boolean | null;
}

/** An endpoint with its new secret: in this answer only. */
export interface CreatedWebhookEndpoint {
  readonly secret: string;
  readonly endpoint: WebhookEndpointRecord;
}

export interface DeliveryPage {
  readonly deliveries: readonly WebhookDeliveryRecord[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

/** How long a rotated-out secret still signs: a day for the receiver to switch to the new one. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

const DEFAULT_DELIVERY_PAGE = 50;
const MAX_DELIVERY_PAGE = 200;

/** The webhook endpoints owners (or their integrators' keys) set up: every operation scoped to the caller. */
@Injectable()
export class WebhookEndpoints {
  private readonly allow: OutboundAllowList;

  constructor(
    @Inject(WEBHOOK_ENDPOINT_STORE) private readonly endpoints: WebhookEndpointStore,
    @Inject(WEBHOOK_DELIVERY_STORE) private readonly deliveries: WebhookDeliveryStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
    private readonly feed: IntegrationFeed,
  ) {
    this.allow = OutboundAllowList.of(config.outboundAllow ?? []);
  }

  /** The endpoint receives what happens from now on: its place is the owner's newest event. */
  async create(caller: AuthenticatedOwner, input: WebhookEndpointInput): Promise<CreatedWebhookEndpoint> {
    const settings = await this.settingsOf(caller, input);
    const secret = newSecret();
    const endpoint: WebhookEndpointRecord = {
      id: randomUUID(),
      ownerId: caller.ownerId,
      ...settings,
      createdAt: this.clock.now(),
      disabledAt: settings.enabled ? null : this.clock.now(),
      previousSecretExpiresAt: null,
    };
    if (!(await this.endpoints.add(endpoint, secret, await this.feed.last(caller.ownerId), MAX_WEBHOOK_ENDPOINTS))) throw new TooManyWebhookEndpoints();
    return { secret, endpoint };
  }

  /**
   * Switched on again after it was disabled for failing, it goes on from its place in the feed:
   * what was left pending is sent, and what happened while it was off is fanned out to it.
   */
  async update(caller: AuthenticatedOwner, endpointId: string, input: WebhookEndpointInput): Promise<WebhookEndpointRecord> {
    const before = await this.endpointOf(caller, endpointId);
    const settings = await this.settingsOf(caller, input);
    const now = this.clock.now();
    if (settings.enabled && !before.enabled) {
      await handleCommand(
        this.store,
        webhookEndpointStream(endpointId),
        webhookEndpointDecider,
        command('EnableWebhookEndpoint', { endpointId, ownerId: caller.ownerId, enabledAt: now.toISOString() }),
        newCorrelation({ kind: 'owner', id: caller.ownerId }, now),
      );
    }
    const updated = await this.endpoints.update(caller.ownerId, endpointId, settings, now);
    if (!updated) throw new WebhookEndpointNotFound(endpointId);
    return updated;
  }

  async remove(caller: AuthenticatedOwner, endpointId: string): Promise<boolean> {
    if (!isUuid(endpointId) || !(await this.endpoints.remove(caller.ownerId, endpointId))) throw new WebhookEndpointNotFound(endpointId);
    return true;
  }

  /** A new secret signs from now on; the one it replaces signs too for a day, so the receiver can switch without losing a delivery. */
  async rotateSecret(caller: AuthenticatedOwner, endpointId: string): Promise<CreatedWebhookEndpoint> {
    if (!isUuid(endpointId)) throw new WebhookEndpointNotFound(endpointId);
    const secret = newSecret();
    const endpoint = await this.endpoints.rotate(caller.ownerId, endpointId, secret, new Date(this.clock.now().getTime() + ROTATION_OVERLAP_MS));
    if (!endpoint) throw new WebhookEndpointNotFound(endpointId);
    return { secret, endpoint };
  }

  list(caller: AuthenticatedOwner): Promise<WebhookEndpointRecord[]> {
    return this.endpoints.listOf(caller.ownerId);
  }

  /** The endpoint's deliveries, newest event first; `after` is the cursor the previous page ended at. */
  async deliveriesOf(caller: AuthenticatedOwner, endpointId: string, first: number | null, after: string | null): Promise<DeliveryPage> {
    const limit = pageSize(first, DEFAULT_DELIVERY_PAGE, MAX_DELIVERY_PAGE);
    if (!isUuid(endpointId)) throw new WebhookEndpointNotFound(endpointId);
    const rows = await this.deliveries.page(caller.ownerId, endpointId, after === null ? null : parseCursor('after', after), limit + 1);
    if (rows === null) throw new WebhookEndpointNotFound(endpointId);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { deliveries: page, endCursor: last ? formatCursor(last.position) : after, hasNextPage: rows.length > limit };
  }

  /** Sent again as a new attempt with the same `webhook-id`, so a receiver that kept it knows it. */
  async redeliver(caller: AuthenticatedOwner, deliveryId: string): Promise<WebhookDeliveryRecord> {
    if (!isUuid(deliveryId)) throw new WebhookDeliveryNotFound(deliveryId);
    const queued = await this.deliveries.redeliver(caller.ownerId, deliveryId, this.clock.now());
    if (queued) return queued;
    if (await this.deliveries.find(caller.ownerId, deliveryId)) throw new DeliveryStillPending();
    throw new WebhookDeliveryNotFound(deliveryId);
  }

  private async endpointOf(caller: AuthenticatedOwner, endpointId: string): Promise<WebhookEndpointRecord> {
    const endpoint = isUuid(endpointId) ? await this.endpoints.find(caller.ownerId, endpointId) : null;
    if (!endpoint) throw new WebhookEndpointNotFound(endpointId);
    return endpoint;
  }

  /** The input checked against the rules and the caller's scopes, and its URL against the network rules, after DNS. */
  private async settingsOf(caller: AuthenticatedOwner, input: WebhookEndpointInput): Promise<WebhookEndpointSettings> {
    const url = endpointUrl(input.url);
    const eventTypes = endpointEventTypes(input.eventTypes, caller.apiKey ? caller.apiKey.scopes : null);
    const includeGuestDetails = input.includeGuestDetails ?? false;
    if (includeGuestDetails && !hasScope(caller, 'guests:read')) throw new Forbidden('includeGuestDetails: sending guests’ details needs the guests:read scope, which this API key lacks', 'includeGuestDetails');
    try {
      await checkOutboundUrl(url, this.allow);
    } catch (error) {
      if (error instanceof OutboundRefused || error instanceof OutboundFailed) throw new WebhookUrlRefused(error.message);
      throw error;
    }
    return { url, eventTypes, includeGuestDetails, enabled: input.enabled ?? true };
  }
}

/** 32 random bytes: Standard Webhooks asks for 24 to 64. */
const newSecret = (): string => webhookSecretOf(randomBytes(32));

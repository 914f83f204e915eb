import type { FeedPosition } from '../domain/integration/cursor';
import type { PublicEventType } from '../domain/integration/public-events';
import type { AfterFailure } from '../domain/webhook/delivery-schedule';
import type { QueuedDelivery } from '../domain/webhook/delivery-order';

/** An endpoint as its owner sees it; its secrets are never in a list. */
export interface WebhookEndpointRecord {
  readonly id: string;
  readonly ownerId: string;
  readonly url: string;
  readonly eventTypes: readonly PublicEventType[];
  readonly includeGuestDetails: boolean;
  readonly enabled: boolean;
  readonly createdAt: Date;
  /** When it was last switched off, by its owner or for failing; null while it is on. */
  readonly disabledAt: Date | null;
  /** Until when the secret replaced by the last rotation signs too (a past instant once it no longer does); null before any rotation. */
  readonly previousSecretExpiresAt: Date | null;
}

/** What an owner may change of an endpoint. */
export interface WebhookEndpointSettings {
  readonly url: string;
  readonly eventTypes: readonly PublicEventType[];
  readonly includeGuestDetails: boolean;
  readonly enabled: boolean;
}

/** An enabled endpoint as the fan-out reads it: whose events, which, and after where. */
export interface FanOutTarget {
  readonly id: string;
  readonly ownerId: string;
  readonly eventTypes: readonly PublicEventType[];
  readonly includeGuestDetails: boolean;
  /** The last event fanned out to it; null: the owner had none when it was made. */
  readonly position: FeedPosition | null;
}

/** A delivery to record: the public event as the endpoint receives it, written once. */
export interface NewDelivery {
  readonly id: string;
  readonly eventId: string;
  readonly eventType: PublicEventType;
  readonly position: FeedPosition;
  /** The JSON body, kept as sent so that every attempt signs and sends the same bytes. */
  readonly body: string;
}

/** An endpoint failing for a whole retry window, to be disabled. */
export interface FailingEndpoint {
  readonly id: string;
  readonly ownerId: string;
  readonly url: string;
  readonly failingSince: Date;
}

export interface WebhookEndpointStore {
  /** Keeps the endpoint and its secret (sealed), unless its owner already has `max`: false then. Two creations at once count each other. */
  add(record: WebhookEndpointRecord, secret: string, position: FeedPosition | null, max: number): Promise<boolean>;
  listOf(ownerId: string): Promise<WebhookEndpointRecord[]>;
  find(ownerId: string, endpointId: string): Promise<WebhookEndpointRecord | null>;
  /** Null when the owner has no such endpoint. */
  update(ownerId: string, endpointId: string, settings: WebhookEndpointSettings, now: Date): Promise<WebhookEndpointRecord | null>;
  /** Forgets the endpoint and its deliveries; false when the owner has no such endpoint. */
  remove(ownerId: string, endpointId: string): Promise<boolean>;
  /** Makes `secret` the one that signs, the one it replaces signing too until `previousUntil`; null when the owner has no such endpoint. */
  rotate(ownerId: string, endpointId: string, secret: string, previousUntil: Date): Promise<WebhookEndpointRecord | null>;
  fanOutTargets(): Promise<FanOutTarget[]>;
  /**
   * Records the deliveries and moves the endpoint's position to `to`, in one transaction, if the
   * endpoint is still enabled at `expected` and no other instance holds it: false otherwise.
   */
  fanOut(endpointId: string, expected: FeedPosition | null, deliveries: readonly NewDelivery[], to: FeedPosition, now: Date): Promise<boolean>;
  /** Enabled endpoints whose every attempt since `failingBefore` or earlier failed. */
  failingSince(failingBefore: Date): Promise<FailingEndpoint[]>;
  disable(endpointId: string, now: Date): Promise<void>;
}

/** A delivery taken for one attempt, with what sending needs. */
export interface ClaimedDelivery extends QueuedDelivery {
  readonly eventId: string;
  readonly url: string;
  readonly body: string;
  /** The secrets that sign it: the current one first. */
  readonly secrets: readonly string[];
  /** Attempts since it was recorded or sent again by hand, this one excluded. */
  readonly runAttempts: number;
  /** Of this run; null before its first attempt. */
  readonly firstAttemptAt: Date | null;
}

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/** A delivery as the owner's log shows it. */
export interface WebhookDeliveryRecord {
  readonly id: string;
  readonly endpointId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly position: FeedPosition;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastStatusCode: number | null;
  readonly lastAttemptAt: Date | null;
  readonly nextAttemptAt: Date | null;
  readonly deliveredAt: Date | null;
  readonly lastError: string | null;
  readonly createdAt: Date;
}

export interface WebhookDeliveryStore {
  /**
   * Takes at most `limit` due deliveries of enabled endpoints, none held back by an earlier
   * pending one of its lane, and leases them until `leaseUntil`: no other instance takes them
   * meanwhile, and one whose sender died is taken again once the lease runs out.
   */
  /** The due deliveries heading their lanes, leased to the caller; with `lane`, only that lane's head. */
  claimDue(now: Date, leaseUntil: Date, limit: number, lane?: { endpointId: string; orderingKey: string }): Promise<ClaimedDelivery[]>;
  recordSuccess(delivery: ClaimedDelivery, status: number, now: Date): Promise<void>;
  recordFailure(delivery: ClaimedDelivery, status: number | null, error: string, outcome: AfterFailure, now: Date): Promise<void>;
  /** The endpoint's deliveries, newest event first, after `after`'s; null when the owner has no such endpoint. */
  page(ownerId: string, endpointId: string, before: FeedPosition | null, limit: number): Promise<WebhookDeliveryRecord[] | null>;
  find(ownerId: string, deliveryId: string): Promise<WebhookDeliveryRecord | null>;
  /** Puts a delivered or failed delivery back in line, due now, with a fresh retry window; null when it is not the owner's or not settled. */
  redeliver(ownerId: string, deliveryId: string, now: Date): Promise<WebhookDeliveryRecord | null>;
}

export const WEBHOOK_ENDPOINT_STORE = Symbol('WebhookEndpointStore');
export const WEBHOOK_DELIVERY_STORE = Symbol('WebhookDeliveryStore');

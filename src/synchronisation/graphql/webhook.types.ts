import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../shared/graphql/enum-type';
import { PageInfoType } from '../../shared/graphql/page-info.type';
import type { WebhookDeliveryRecord, WebhookEndpointRecord } from '../application/webhook-ports';

const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export const WebhookDeliveryStatusEnum = enumType(DELIVERY_STATUSES, 'WebhookDeliveryStatus', 'PENDING: to be sent or tried again; DELIVERED: answered 2xx; FAILED: given up after its retry window');

@InputType('WebhookEndpointInput')
export class WebhookEndpointInputType {
  @Field({ description: 'Where deliveries are POSTed: http or https, on a public address' }) url!: string;
  @Field(() => [String], { description: 'The public event types it receives (booking.created…), each readable with your scopes' }) eventTypes!: string[];
  @Field(() => Boolean, { nullable: true, description: 'Put the guest’s details in booking events; false unless said, and needs GUESTS_READ for an API key' })
  includeGuestDetails?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'True unless said; switching it on again sends what was left pending and what happened since' }) enabled?: boolean | null;
}

@ObjectType('WebhookEndpoint', { description: 'Where your public events are POSTed as they happen, signed (Standard Webhooks)' })
export class WebhookEndpointType {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field(() => [String]) eventTypes!: string[];
  @Field() includeGuestDetails!: boolean;
  @Field({ description: 'False once switched off, by you or after failing every delivery for the whole retry window (3 days)' }) enabled!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) disabledAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when the secret the last rotation replaced signs too' }) previousSecretExpiresAt!: Date | null;
}

@ObjectType('CreatedWebhookEndpoint')
export class CreatedWebhookEndpointType {
  @Field({ description: 'The signing secret (whsec_…): shown in this answer only, never again' }) secret!: string;
  @Field(() => WebhookEndpointType) endpoint!: WebhookEndpointType;
}

@ObjectType('WebhookDelivery', { description: 'One public event sent to one endpoint, however many attempts it takes' })
export class WebhookDeliveryType {
  @Field(() => ID) id!: string;
  @Field(() => ID) endpointId!: string;
  @Field(() => ID, { description: 'The public event’s id, sent as `webhook-id` on every attempt' }) eventId!: string;
  @Field() eventType!: string;
  @Field(() => WebhookDeliveryStatusEnum) status!: (typeof DELIVERY_STATUSES)[number];
  @Field(() => Int) attempts!: number;
  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt; null when none came back' }) lastStatusCode!: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null once delivered or given up' }) nextAttemptAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, in a line' }) lastError!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('WebhookDeliveryConnection')
export class WebhookDeliveryConnectionType {
  @Field(() => [WebhookDeliveryType], { description: 'Newest event first' }) nodes!: WebhookDeliveryType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}

export const webhookEndpointType = (record: WebhookEndpointRecord): WebhookEndpointType => ({
  id: record.id,
  url: record.url,
  eventTypes: [...record.eventTypes],
  includeGuestDetails: record.includeGuestDetails,
  enabled: record.enabled,
  createdAt: record.createdAt,
  disabledAt: record.disabledAt,
  previousSecretExpiresAt: record.previousSecretExpiresAt,
});

export const webhookDeliveryType = ({ id, endpointId, eventId, eventType, status, attempts, lastStatusCode, lastAttemptAt, nextAttemptAt, deliveredAt, lastError, createdAt }: WebhookDeliveryRecord): WebhookDeliveryType => ({
  id,
  endpointId,
  eventId,
  eventType,
  status,
  attempts,
  lastStatusCode,
  lastAttemptAt,
  nextAttemptAt,
  deliveredAt,
  lastError,
  createdAt,
});

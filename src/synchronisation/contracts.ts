/**
 * Synchronisation's public face: the only file another context may import. Communication
 * follows these events to tell an owner that a calendar they import went silent, or that a
 * webhook endpoint was disabled for failing.
 */
export type { IcalFeedEvent } from './domain/ical-feed/ical-feed.decider';
export { icalFeedEvents } from './domain/ical-feed/ical-feed.events';
export type { IcalFeedWentSilent } from './domain/ical-feed/ical-feed.events';
export { PLATFORM_PROFILES, type IcalPlatform } from './domain/ical-feed/platform-profiles';
export { webhookEndpointEvents } from './domain/webhook/webhook-endpoint.events';
export type { WebhookEndpointDisabled, WebhookEndpointEvent } from './domain/webhook/webhook-endpoint.events';

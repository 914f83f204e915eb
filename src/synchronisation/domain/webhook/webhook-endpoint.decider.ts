import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import { webhookEndpointEvents, type WebhookEndpointDisabled, type WebhookEndpointEnabled, type WebhookEndpointEvent } from './webhook-endpoint.events';

export type { WebhookEndpointEvent };

/** Stream `webhook-endpoint-<endpointId>`. */
export const webhookEndpointStream = (endpointId: string): string => `webhook-endpoint-${endpointId}`;

export type WebhookEndpointCommand = Command<'DisableWebhookEndpoint', WebhookEndpointDisabled> | Command<'EnableWebhookEndpoint', WebhookEndpointEnabled>;

export interface WebhookEndpointHealth {
  /** Disabled for failing, and not switched on again since. */
  readonly disabled: boolean;
}

/**
 * Once per disablement, however many instances or retries find the endpoint failing: the
 * owner's email is caused by the event, so a second event would be a second email.
 */
export function decide(command: WebhookEndpointCommand, state: WebhookEndpointHealth): WebhookEndpointEvent[] {
  switch (command.type) {
    case 'DisableWebhookEndpoint':
      return state.disabled ? [] : [event('WebhookEndpointDisabled', command.data)];
    case 'EnableWebhookEndpoint':
      return state.disabled ? [event('WebhookEndpointEnabled', command.data)] : [];
    default:
      return assertNever(command);
  }
}

export function evolve(_: WebhookEndpointHealth, e: WebhookEndpointEvent): WebhookEndpointHealth {
  switch (e.type) {
    case 'WebhookEndpointDisabled':
      return { disabled: true };
    case 'WebhookEndpointEnabled':
      return { disabled: false };
    default:
      return assertNever(e);
  }
}

export const webhookEndpointDecider: Decider<WebhookEndpointCommand, WebhookEndpointEvent, WebhookEndpointHealth> = {
  decide,
  evolve,
  initialState: () => ({ disabled: false }),
  events: webhookEndpointEvents,
};

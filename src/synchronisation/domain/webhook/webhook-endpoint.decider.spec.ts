import { event } from '../../../shared/kernel/message';
import { decide, evolve, webhookEndpointDecider } from './webhook-endpoint.decider';

const disabled = { endpointId: 'e1', ownerId: 'o1', host: 'hooks.example.org', failingSince: '2027-03-01T10:00:00.000Z', disabledAt: '2027-03-04T10:00:00.000Z' };
const enabled = { endpointId: 'e1', ownerId: 'o1', enabledAt: '2027-03-05T10:00:00.000Z' };
const fold = (events: ReturnType<typeof decide>) => events.reduce(evolve, webhookEndpointDecider.initialState());

describe('a webhook endpoint disabled for failing', () => {
  it('is disabled by one event, whoever finds it failing first', () =>
    expect(decide({ type: 'DisableWebhookEndpoint', data: disabled }, fold([]))).toEqual([event('WebhookEndpointDisabled', disabled)]));

  it('is not disabled twice, so its owner is told once', () =>
    expect(decide({ type: 'DisableWebhookEndpoint', data: disabled }, fold([event('WebhookEndpointDisabled', disabled)]))).toEqual([]));

  it('records being switched on again only after a disablement', () => {
    expect(decide({ type: 'EnableWebhookEndpoint', data: enabled }, fold([]))).toEqual([]);
    expect(decide({ type: 'EnableWebhookEndpoint', data: enabled }, fold([event('WebhookEndpointDisabled', disabled)]))).toEqual([event('WebhookEndpointEnabled', enabled)]);
  });

  it('may be disabled again once switched on', () =>
    expect(decide({ type: 'DisableWebhookEndpoint', data: disabled }, fold([event('WebhookEndpointDisabled', disabled), event('WebhookEndpointEnabled', enabled)]))).toEqual([
      event('WebhookEndpointDisabled', disabled),
    ]));
});

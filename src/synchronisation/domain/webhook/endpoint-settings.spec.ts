import { Forbidden, InvalidInput } from '../../../shared/kernel/errors';
import { endpointEventTypes, endpointUrl } from './endpoint-settings';

describe('a webhook endpoint’s settings', () => {
  it('takes an http or https URL, and nothing else', () => {
    expect(endpointUrl(' https://hooks.example.org/osmb?token=abc ')).toBe('https://hooks.example.org/osmb?token=abc');
    for (const url of ['ftp://example.org/x', 'javascript:alert(1)', 'not a url', '', `https://example.org/${'a'.repeat(2_000)}`]) expect(() => endpointUrl(url)).toThrow(InvalidInput);
  });

  it('refuses credentials in the URL: deliveries are authenticated by their signature', () => expect(() => endpointUrl('https://user:pass@example.org/')).toThrow(/user name or password/));

  it('takes event types of the catalogue, at least one, each once', () => {
    expect(endpointEventTypes(['booking.created', 'booking.created', 'rates.changed'], null)).toEqual(['booking.created', 'rates.changed']);
    expect(() => endpointEventTypes([], null)).toThrow(InvalidInput);
    expect(() => endpointEventTypes(['booking.exploded'], null)).toThrow(/no event type/);
  });

  it('gives an API key only the types its scopes read', () => {
    expect(endpointEventTypes(['availability.changed'], ['availability:read', 'webhooks:manage'])).toEqual(['availability.changed']);
    expect(() => endpointEventTypes(['booking.paid'], ['availability:read', 'webhooks:manage'])).toThrow(Forbidden);
  });
});

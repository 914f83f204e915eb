import { Forbidden, InvalidInput } from '../../../shared/kernel/errors';
import { isPublicEventType, PUBLIC_EVENTS, type PublicEventType, type PublicScope } from '../integration/public-events';

/** An owner's endpoints, counted whether on or off: each costs a fan-out per event. */
export const MAX_WEBHOOK_ENDPOINTS = 10;

const MAX_URL_LENGTH = 2_000;

/**
 * The URL as typed, checked for what it says alone; the address it reaches is checked by the
 * guarded client, at creation and again before every delivery.
 */
export function endpointUrl(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_URL_LENGTH) throw new InvalidInput('url', `must be an http or https URL of at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new InvalidInput('url', 'is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidInput('url', `must be an http or https URL, not ${url.protocol}`);
  if (url.username !== '' || url.password !== '') throw new InvalidInput('url', 'must not hold a user name or password: authenticate deliveries by their signature');
  if (url.hash !== '') throw new InvalidInput('url', 'must not hold a #fragment, which is never sent');
  return url.href;
}

/**
 * The public event types an endpoint receives: at least one, each in the catalogue, and each
 * readable with the caller's scopes (null: an owner's own token, which reads them all), so a key
 * cannot hear through a webhook what it may not read from the feed.
 */
export function endpointEventTypes(types: readonly string[], scopes: readonly string[] | null): PublicEventType[] {
  const unique = [...new Set(types)];
  if (unique.length === 0) throw new InvalidInput('eventTypes', `name at least one of ${Object.keys(PUBLIC_EVENTS).join(', ')}`);
  return unique.map((type, i) => {
    if (!isPublicEventType(type)) throw new InvalidInput(`eventTypes[${i}]`, `${JSON.stringify(type.slice(0, 60))} is no event type; the types are ${Object.keys(PUBLIC_EVENTS).join(', ')}`);
    const scope: PublicScope = PUBLIC_EVENTS[type].scope;
    if (scopes !== null && !scopes.includes(scope)) throw new Forbidden(`eventTypes[${i}]: ${type} needs the ${scope} scope, which this API key lacks`, `eventTypes[${i}]`);
    return type;
  });
}

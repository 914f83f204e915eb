import { InvalidInput } from '../../../shared/kernel/errors';
import { requiredText, TEXT_LIMITS } from '../../../shared/kernel/text';
import { ICAL_PLATFORMS, PLATFORM_PROFILES, type IcalPlatform } from './platform-profiles';

/** Fetched every 15 minutes unless the owner says otherwise; never more often than every 5, nor less than once a day. */
export const DEFAULT_INTERVAL_MINUTES = 15;
export const MIN_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 24 * 60;
const MAX_URL_LENGTH = 2048;
/** Feeds one accommodation may import: more is a mistake, and each is fetched every few minutes. */
export const MAX_FEEDS_PER_ACCOMMODATION = 20;

/**
 * The feed's URL as it will be fetched: http(s) only, no credentials, `webcal://` (what Apple and
 * Google offer to copy) read as https. Addresses are checked when fetched, after DNS.
 */
export function feedUrl(value: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0 || text.length > MAX_URL_LENGTH) throw new InvalidInput('url', `must be a web address of at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text.replace(/^webcals?:\/\//i, 'https://'));
  } catch {
    throw new InvalidInput('url', 'is not a web address (it should begin with https://)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidInput('url', 'must begin with https:// or http://');
  if (url.username || url.password) throw new InvalidInput('url', 'must not carry a user name or password');
  url.hash = '';
  return url.toString();
}

export function intervalMinutes(value: number | null | undefined): number {
  if (value === null || value === undefined) return DEFAULT_INTERVAL_MINUTES;
  if (!Number.isInteger(value) || value < MIN_INTERVAL_MINUTES || value > MAX_INTERVAL_MINUTES) {
    throw new InvalidInput('intervalMinutes', `must be a whole number of minutes from ${MIN_INTERVAL_MINUTES} to ${MAX_INTERVAL_MINUTES}`);
  }
  return value;
}

export function platform(value: string): IcalPlatform {
  if (!(ICAL_PLATFORMS as readonly string[]).includes(value)) throw new InvalidInput('platform', `must be one of ${ICAL_PLATFORMS.join(', ')}`);
  return value as IcalPlatform;
}

/** The owner's name for the feed; the platform's when they give none. */
export function feedLabel(value: string | null | undefined, of: IcalPlatform): string {
  return value === null || value === undefined || value.trim() === '' ? PLATFORM_PROFILES[of].name : requiredText('label', value, TEXT_LIMITS.name);
}

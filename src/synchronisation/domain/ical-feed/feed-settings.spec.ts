import { refusal } from '../../../../test/support/thrown';
import { DEFAULT_INTERVAL_MINUTES, feedLabel, feedUrl, intervalMinutes, MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES, platform } from './feed-settings';
import { ICAL_PLATFORMS } from './platform-profiles';

describe('A feed’s URL', () => {
  it('keeps an https address as it is', () => expect(feedUrl('https://www.airbnb.fr/calendar/ical/123.ics?s=abc')).toBe('https://www.airbnb.fr/calendar/ical/123.ics?s=abc'));

  it('keeps an http address', () => expect(feedUrl('http://example.com/cal.ics')).toBe('http://example.com/cal.ics'));

  it.each([
    ['webcal://p42-caldav.icloud.com/published/2/abc', 'https://p42-caldav.icloud.com/published/2/abc'],
    ['WEBCAL://example.com/cal.ics', 'https://example.com/cal.ics'],
    ['webcals://example.com/cal.ics', 'https://example.com/cal.ics'],
  ])('reads %s as https', (given, expected) => expect(feedUrl(given)).toBe(expected));

  it('trims the spaces pasted around it', () => expect(feedUrl('  https://example.com/cal.ics \n')).toBe('https://example.com/cal.ics'));

  it('drops the fragment, which is never sent', () => expect(feedUrl('https://example.com/cal.ics?k=1#section')).toBe('https://example.com/cal.ics?k=1'));

  it.each([
    ['a user name and password', 'https://user:secret@example.com/cal.ics'],
    ['a user name', 'https://user@example.com/cal.ics'],
    ['a password alone', 'https://:secret@example.com/cal.ics'],
    ['credentials behind webcal://', 'webcal://user:secret@example.com/cal.ics'],
  ])('refuses one carrying %s', (_, given) => expect(refusal(() => feedUrl(given))).toMatchObject({ field: 'url', message: 'url: must not carry a user name or password' }));

  it.each([
    ['ftp', 'ftp://example.com/cal.ics'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/calendar,BEGIN:VCALENDAR'],
  ])('refuses a %s address', (_, given) => expect(refusal(() => feedUrl(given))).toMatchObject({ field: 'url', message: 'url: must begin with https:// or http://' }));

  it.each([['not a web address'], ['example.com/cal.ics'], ['https://']])('refuses %j, which is no address at all', (given) =>
    expect(refusal(() => feedUrl(given))).toMatchObject({ field: 'url', message: 'url: is not a web address (it should begin with https://)' }));

  it.each([[''], ['   ']])('refuses an empty one (%j)', (given) => expect(refusal(() => feedUrl(given))).toMatchObject({ field: 'url', code: 'BAD_USER_INPUT' }));

  it('takes one of 2048 characters', () => {
    const url = `https://example.com/${'a'.repeat(2048 - 'https://example.com/'.length)}`;
    expect(url).toHaveLength(2048);
    expect(feedUrl(url)).toBe(url);
  });

  it('refuses one longer than 2048 characters', () => {
    const url = `https://example.com/${'a'.repeat(2049 - 'https://example.com/'.length)}`;
    expect(refusal(() => feedUrl(url))).toMatchObject({ field: 'url', message: 'url: must be a web address of at most 2048 characters' });
  });
});

describe('How often a feed is fetched', () => {
  it('is every 15 minutes when the owner says nothing', () => {
    expect(DEFAULT_INTERVAL_MINUTES).toBe(15);
    expect(intervalMinutes(null)).toBe(15);
    expect(intervalMinutes(undefined)).toBe(15);
  });

  it('is from 5 minutes to once a day', () => expect([MIN_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES]).toEqual([5, 1440]));

  it.each([5, 15, 60, 1440])('takes %i minutes', (minutes) => expect(intervalMinutes(minutes)).toBe(minutes));

  it.each([0, 4, 1441, -15, 7.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p minutes', (minutes) =>
    expect(refusal(() => intervalMinutes(minutes))).toMatchObject({ field: 'intervalMinutes', message: 'intervalMinutes: must be a whole number of minutes from 5 to 1440' }));
});

describe('A feed’s platform', () => {
  it.each(ICAL_PLATFORMS.map((p) => [p]))('takes %s', (p) => expect(platform(p)).toBe(p));

  it.each([['airbnb'], ['EXPEDIA'], ['']])('refuses %j', (given) => expect(refusal(() => platform(given))).toMatchObject({ field: 'platform', code: 'BAD_USER_INPUT' }));
});

describe('A feed’s label', () => {
  it.each([
    [null, 'AIRBNB', 'Airbnb'],
    [undefined, 'BOOKING_COM', 'Booking.com'],
    ['', 'VRBO', 'Abritel / Vrbo'],
    ['   ', 'GENERIC', 'iCal'],
  ] as const)('is the platform’s name when the owner gives %j on %s', (given, of, expected) => expect(feedLabel(given, of)).toBe(expected));

  it('is the owner’s name for it, trimmed', () => expect(feedLabel('  Airbnb — chambre bleue ', 'AIRBNB')).toBe('Airbnb — chambre bleue'));

  it('takes one of 100 characters', () => expect(feedLabel('é'.repeat(100), 'GOOGLE')).toBe('é'.repeat(100)));

  it('refuses one longer than 100 characters', () => expect(refusal(() => feedLabel('a'.repeat(101), 'GOOGLE'))).toMatchObject({ field: 'label', code: 'BAD_USER_INPUT' }));

  it('refuses one on two lines', () => expect(refusal(() => feedLabel('Airbnb\nBcc: x@example.com', 'AIRBNB'))).toMatchObject({ field: 'label' }));
});

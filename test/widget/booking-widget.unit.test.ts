import { appAddress, returnedBooking, returnUrlFor } from '../../src/widget/app-address';
import { choose, monthGrid, moveDay, NO_SELECTION, selectable, shiftMonth, type DayInfo } from '../../src/widget/calendar-grid';
import { addDays, formatMoney, formatPrice, groupedRegistrationNumber, longDate, monthTitle, shownStars, weekdayNames } from '../../src/widget/format';
import { langOf, TEXTS } from '../../src/widget/i18n';
import { contrastRatio, PALETTE, TEXT_PAIRS } from '../../src/widget/palette';

/** The widget's pure parts, without a browser: formats, the month grid, choosing a stay, where the app is. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('how the widget writes amounts and dates', () => {
  it('writes amounts the French way in French and the British way in English', () => {
    expect(plain(formatMoney(123_450, 'fr'))).toBe('1 234,50 €');
    expect(formatMoney(123_450, 'en')).toBe('€1,234.50');
    // No-break spaces, so that "1 234,50 €" never breaks across lines.
    expect(formatMoney(123_450, 'fr')).toBe('1\u202f234,50\u00a0€');
  });

  it('shows whole euros without cents in the price table, and cents when there are some', () => {
    expect(plain(formatPrice(66_500, 'fr'))).toBe('665 €');
    expect(plain(formatPrice(8_750, 'fr'))).toBe('87,50 €');
    expect(formatPrice(80_500, 'en')).toBe('€805');
  });

  it('writes a day in full, without a comma in English', () => {
    expect(longDate('2020-01-25', 'fr')).toBe('samedi 25 janvier 2020');
    expect(longDate('2020-01-25', 'en')).toBe('Saturday 25 January 2020');
    expect(monthTitle(2027, 1, 'fr')).toBe('Janvier 2027');
    expect(monthTitle(2027, 1, 'en')).toBe('January 2027');
  });

  it('starts the week on Monday', () => {
    expect(weekdayNames('fr')[0].long).toBe('lundi');
    expect(weekdayNames('en')[6].long).toBe('Sunday');
  });

  it('counts days across a daylight-saving change without losing one', () => {
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2027-10-31', 1)).toBe('2027-11-01');
  });
});

describe('what the header says of the classement and the registration number', () => {
  it('shows the stars of a classement that holds, and none once it has expired', () => {
    expect(shownStars(3, 'VALID')).toBe(3);
    expect(shownStars(3, 'EXPIRING_SOON')).toBe(3);
    expect(shownStars(3, 'UNDATED')).toBe(3);
    expect(shownStars(3, 'EXPIRED')).toBe(0);
    expect(TEXTS.fr.stars(shownStars(3, 'EXPIRED'))).toBe('Non classé');
  });

  it('prints a registration number in the three groups communes print it in, on one line, in both languages', () => {
    expect(groupedRegistrationNumber('75056123456AB')).toBe('75056\u00a0123456\u00a0AB');
    expect(plain(TEXTS.fr.registrationNumber(groupedRegistrationNumber('75056123456AB')))).toBe('N° d’enregistrement : 75056 123456 AB');
    expect(plain(TEXTS.en.registrationNumber(groupedRegistrationNumber('75056123456AB')))).toBe('Registration number: 75056 123456 AB');
  });
});

describe('the calendar’s month grid', () => {
  it('lays a month out in weeks from Monday, with blanks before the first and after the last day', () => {
    // 1 January 2027 is a Friday; 31 January a Sunday.
    const weeks = monthGrid({ year: 2027, month: 1 });
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, null, null, '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(weeks[4]).toEqual(['2027-01-25', '2027-01-26', '2027-01-27', '2027-01-28', '2027-01-29', '2027-01-30', '2027-01-31']);
  });

  it('fits a February starting on a Monday in four weeks, and a leap day in the fifth', () => {
    expect(monthGrid({ year: 2027, month: 2 })).toHaveLength(4);
    const leap = monthGrid({ year: 2028, month: 2 }).flat().filter(Boolean);
    expect(leap).toHaveLength(29);
    expect(leap.at(-1)).toBe('2028-02-29');
  });

  it('needs six weeks for a 31-day month starting on a Sunday', () => {
    // 1 August 2027 is a Sunday.
    const weeks = monthGrid({ year: 2027, month: 8 });
    expect(weeks).toHaveLength(6);
    expect(weeks[0][6]).toBe('2027-08-01');
  });

  it('moves across years', () => {
    expect(shiftMonth({ year: 2027, month: 12 }, 1)).toEqual({ year: 2028, month: 1 });
    expect(shiftMonth({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
  });

  it.each([
    ['ArrowRight', '2027-01-31', '2027-02-01'],
    ['ArrowLeft', '2027-01-01', '2026-12-31'],
    ['ArrowDown', '2027-01-27', '2027-02-03'],
    ['ArrowUp', '2027-01-06', '2026-12-30'],
    ['Home', '2027-01-29', '2027-01-25'],
    ['End', '2027-01-25', '2027-01-31'],
    ['PageDown', '2027-01-31', '2027-02-28'],
    ['PageUp', '2027-03-15', '2027-02-15'],
  ])('moves the focused day with %s from %s to %s', (key, from, to) => expect(moveDay(from, key)).toBe(to));

  it('leaves other keys to the page', () => expect(moveDay('2027-01-01', 'Tab')).toBeNull());
});

describe('choosing a stay on the calendar', () => {
  // A week from Saturday 3 July 2027 may be booked; the 10th is taken.
  const days = new Map<string, DayInfo>([
    ['2027-07-03', { state: 'AVAILABLE', arrivalAllowed: true, departureAllowed: false }],
    ...['04', '05', '06', '07', '08', '09'].map((d): [string, DayInfo] => [`2027-07-${d}`, { state: 'AVAILABLE', arrivalAllowed: false, departureAllowed: false }]),
    ['2027-07-05', { state: 'AVAILABLE', arrivalAllowed: false, departureAllowed: true }],
    ['2027-07-10', { state: 'UNAVAILABLE', arrivalAllowed: false, departureAllowed: true }],
    ['2027-07-11', { state: 'AVAILABLE', arrivalAllowed: true, departureAllowed: false }],
    ['2027-07-13', { state: 'AVAILABLE', arrivalAllowed: false, departureAllowed: true }],
  ]);
  const info = (day: string) => days.get(day);

  it('takes a day a stay may start on as the arrival', () => expect(choose(NO_SELECTION, '2027-07-03', info)).toEqual({ arrival: '2027-07-03', departure: null }));

  it('ignores a day no stay may start on', () => {
    expect(choose(NO_SELECTION, '2027-07-04', info)).toBe(NO_SELECTION);
    expect(selectable(NO_SELECTION, '2027-07-04', info)).toBe(false);
  });

  it('ends the stay on a day it may end on, after the arrival', () =>
    expect(choose({ arrival: '2027-07-03', departure: null }, '2027-07-10', info)).toEqual({ arrival: '2027-07-03', departure: '2027-07-10' }));

  it('refuses a departure past a night that is taken', () => {
    const arrived = { arrival: '2027-07-03', departure: null };
    expect(selectable(arrived, '2027-07-13', info)).toBe(false);
  });

  it('starts again from a new arrival once a stay is chosen', () =>
    expect(choose({ arrival: '2027-07-03', departure: '2027-07-10' }, '2027-07-11', info)).toEqual({ arrival: '2027-07-11', departure: null }));

  it('never ends a stay before it starts', () => expect(choose({ arrival: '2027-07-11', departure: null }, '2027-07-05', info)).toEqual({ arrival: '2027-07-11', departure: null }));
});

describe('where the widget finds the app', () => {
  const page = 'https://www.gite-des-lavandes.fr/reserver?x=1';

  it('calls the app the script was loaded from', () =>
    expect(appAddress(null, 'https://booking.example.org/widget/osmb-booking.js', page)).toEqual({ base: 'https://booking.example.org', endpoint: 'https://booking.example.org/graphql' }));

  it('keeps the path the app is served under', () =>
    expect(appAddress(null, 'https://example.org/osmb/widget/osmb-booking.js', page).endpoint).toBe('https://example.org/osmb/graphql'));

  it('prefers the api attribute, an address or an endpoint', () => {
    expect(appAddress('https://api.example.org/', 'https://cdn.example.org/widget/osmb-booking.js', page).endpoint).toBe('https://api.example.org/graphql');
    expect(appAddress('https://api.example.org/graphql', null, page).base).toBe('https://api.example.org');
  });

  it('sends the guest back to this page, naming the widget and forgetting an earlier return', () => {
    const back = returnUrlFor('https://www.gite.fr/reserver?osmb_booking=gb_old&x=1#top', 'gite');
    expect(back).toBe('https://www.gite.fr/reserver?x=1&osmb_from=gite');
  });

  it('shows a returning booking in the widget that made it, or in the first widget when none is named', () => {
    const url = 'https://www.gite.fr/?osmb_from=gite&osmb_booking=gb_1';
    expect(returnedBooking(url, 'gite', false)).toBe('gb_1');
    expect(returnedBooking(url, 'room', true)).toBeNull();
    expect(returnedBooking('https://www.gite.fr/?osmb_booking=gb_2', 'room', true)).toBe('gb_2');
    expect(returnedBooking('https://www.gite.fr/', 'gite', true)).toBeNull();
  });
});

describe('texts and colours', () => {
  it('speaks French unless English is asked for', () => {
    expect(langOf('en-GB')).toBe('en');
    expect(langOf('de')).toBe('fr');
    expect(langOf(null)).toBe('fr');
  });

  it('has every text in both languages, none empty', () => {
    const flat = (texts: object): string[] =>
      Object.entries(texts).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? flat(value as object).map((k) => `${key}.${k}`) : [key]));
    expect(flat(TEXTS.en).sort()).toEqual(flat(TEXTS.fr).sort());
    for (const texts of [TEXTS.fr, TEXTS.en]) {
      for (const [key, value] of Object.entries(texts)) if (typeof value === 'string') expect([key, value.trim().length > 0]).toEqual([key, true]);
    }
    expect(TEXTS.fr.state).toEqual({ AVAILABLE: 'disponible', UNAVAILABLE: 'non disponible', OPTION: 'option', UNKNOWN: 'non communiqué' });
    expect(TEXTS.en.state).toEqual({ AVAILABLE: 'available', UNAVAILABLE: 'unavailable', OPTION: 'option', UNKNOWN: 'not communicated' });
  });

  it.each(TEXT_PAIRS.map(([text, background]) => [text, background]))('reads %s on %s at a contrast of at least 4.5:1', (text, background) =>
    expect(contrastRatio(PALETTE[text], PALETTE[background])).toBeGreaterThanOrEqual(4.5));

  it('draws control borders and the focus ring at a contrast of at least 3:1', () => {
    expect(contrastRatio(PALETTE.border, PALETTE.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(PALETTE.focus, PALETTE.background)).toBeGreaterThanOrEqual(3);
  });
});

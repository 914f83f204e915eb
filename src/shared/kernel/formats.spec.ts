import { Settings } from 'luxon';
import { formatAmount, formatPercent, hourOfDay, longDate, shortDate } from './formats';

// Spelled out, since they look like ordinary spaces in an editor. Node's ICU writes a no-break
// space before the euro sign and a narrow no-break space between thousands in fr-FR.
const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('Amounts', () => {
  it.each<[number, string]>([
    [4_750, `47,50${NBSP}€`],
    [123_450, `1${NNBSP}234,50${NBSP}€`],
    [12_345_678, `123${NNBSP}456,78${NBSP}€`],
    [5, `0,05${NBSP}€`],
    [0, `0,00${NBSP}€`],
    [-4_750, `-47,50${NBSP}€`],
  ])('writes %i cents in French as "%s": a decimal comma, the euro sign after', (cents, expected) => expect(formatAmount(cents, 'FR')).toBe(expected));

  it.each<[number, string]>([
    [4_750, '€47.50'],
    [123_450, '€1,234.50'],
    [5, '€0.05'],
    [-4_750, '-€47.50'],
  ])('writes %i cents in English as "%s": the euro sign first, a decimal point', (cents, expected) => expect(formatAmount(cents, 'EN')).toBe(expected));

  it('never lets a French amount break across lines: it holds no ordinary space', () => expect(formatAmount(123_456_789, 'FR')).not.toMatch(/ /));
});

describe('Dates', () => {
  it.each<[string, string, string]>([
    ['2020-01-25', 'samedi 25 janvier 2020', 'Saturday 25 January 2020'],
    ['2020-08-01', 'samedi 1 août 2020', 'Saturday 1 August 2020'],
    ['2024-02-29', 'jeudi 29 février 2024', 'Thursday 29 February 2024'],
  ])('writes %s in full as "%s" and "%s"', (date, fr, en) => {
    expect(longDate(date, 'FR')).toBe(fr);
    expect(longDate(date, 'EN')).toBe(en);
  });

  it.each(['FR', 'EN'] as const)('writes a short date day first in %s, as a letter’s place and date do', (lang) => {
    expect(shortDate('2020-01-20', lang)).toBe('20/01/2020');
    expect(shortDate('2020-12-05', lang)).toBe('05/12/2020');
  });

  describe('on a server far west of Greenwich', () => {
    const zone = { tz: process.env.TZ, luxon: Settings.defaultZone };

    beforeEach(() => {
      process.env.TZ = 'Pacific/Pago_Pago';
      Settings.defaultZone = 'Pacific/Pago_Pago';
    });

    afterEach(() => {
      if (zone.tz === undefined) delete process.env.TZ;
      else process.env.TZ = zone.tz;
      Settings.defaultZone = zone.luxon;
    });

    it('still reads a date as the calendar day it names, not the day before', () => {
      expect(longDate('2020-01-01', 'EN')).toBe('Wednesday 1 January 2020');
      expect(shortDate('2020-01-01', 'FR')).toBe('01/01/2020');
    });
  });
});

describe('Hours of the day', () => {
  it.each<[string, string]>([
    ['09:00', '09 h 00'],
    ['18:30', '18 h 30'],
    ['00:15', '00 h 15'],
  ])('writes %s in French as "%s"', (hour, expected) => expect(hourOfDay(hour, 'FR')).toBe(expected));

  it.each<[string, string]>([
    ['09:00', '9:00 am'],
    ['18:30', '6:30 pm'],
    ['12:00', '12:00 pm'],
    ['00:15', '12:15 am'],
  ])('writes %s in English as "%s", on the twelve-hour clock', (hour, expected) => expect(hourOfDay(hour, 'EN')).toBe(expected));
});

describe('Percentages', () => {
  it.each<[number, string, string]>([
    [25, `25${NBSP}%`, '25%'],
    [16.5, `16,5${NBSP}%`, '16.5%'],
    [33.333, `33,33${NBSP}%`, '33.33%'],
    [0, `0${NBSP}%`, '0%'],
  ])('writes %p as "%s" in French, a space that does not break before the sign, and "%s" in English', (value, fr, en) => {
    expect(formatPercent(value, 'FR')).toBe(fr);
    expect(formatPercent(value, 'EN')).toBe(en);
  });
});

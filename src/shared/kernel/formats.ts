import { DateTime } from 'luxon';
import type { CalendarDate } from './calendar-date';
import type { Lang } from './lang';

/**
 * How amounts and dates read in what guests and owners receive: French formats in French
 * ("47,50 €", "samedi 25 janvier 2020", "20/01/2020", "09 h 00"), British ones in English
 * ("€47.50", "Saturday 25 January 2020"). Intl writes no-break spaces in French amounts (before
 * the € sign, and narrow ones between thousands) so that "47,50 €" never breaks across lines.
 */
const LOCALES: Record<Lang, string> = { FR: 'fr-FR', EN: 'en-GB' };

const moneyFormats: Record<Lang, Intl.NumberFormat> = {
  FR: new Intl.NumberFormat(LOCALES.FR, { style: 'currency', currency: 'EUR' }),
  EN: new Intl.NumberFormat(LOCALES.EN, { style: 'currency', currency: 'EUR' }),
};

export const formatAmount = (cents: number, lang: Lang): string => moneyFormats[lang].format(cents / 100);

const day = (date: CalendarDate, lang: Lang): DateTime => DateTime.fromISO(date, { zone: 'utc' }).setLocale(LOCALES[lang]);

/** "samedi 25 janvier 2020" / "Saturday 25 January 2020". */
export const longDate = (date: CalendarDate, lang: Lang): string => day(date, lang).toFormat('cccc d LLLL yyyy');

/** "20/01/2020" in both languages: the form a letter's place and date take. */
export const shortDate = (date: CalendarDate, lang: Lang): string => day(date, lang).toFormat('dd/MM/yyyy');

/** "09 h 00" / "9:00 am" from a "09:00" hour of the day. */
export function hourOfDay(hour: string, lang: Lang): string {
  const [h, m] = hour.split(':');
  return lang === 'FR' ? `${h} h ${m}` : DateTime.fromObject({ hour: Number(h), minute: Number(m) }, { zone: 'utc' }).setLocale(LOCALES.EN).toFormat('h:mm a');
}

/** "samedi 25 janvier 2020 à 14 h 05" / "Saturday 25 January 2020 at 2:05 pm": an instant as the clocks of `zone` read it. */
export function longDateTime(instant: string, zone: string, lang: Lang): string {
  const local = DateTime.fromISO(instant, { zone });
  const date = local.toISODate();
  if (!local.isValid || date === null) throw new RangeError(`not an instant in ${zone}: ${instant}`);
  return `${longDate(date, lang)} ${lang === 'FR' ? 'à' : 'at'} ${hourOfDay(local.toFormat('HH:mm'), lang)}`;
}

/** A percentage as written in the language: "25 %" / "25%", "16,5 %" / "16.5%". */
export const formatPercent = (value: number, lang: Lang): string =>
  lang === 'FR' ? `${new Intl.NumberFormat(LOCALES.FR, { maximumFractionDigits: 2 }).format(value)}\u00a0%` : `${new Intl.NumberFormat(LOCALES.EN, { maximumFractionDigits: 2 }).format(value)}%`;

const firstOf = (month: string, lang: Lang): DateTime => DateTime.fromISO(`${month}-01`, { zone: 'utc' }).setLocale(LOCALES[lang]);

/** "novembre 2026" / "November 2026", from "2026-11". */
export const monthAndYear = (month: string, lang: Lang): string => firstOf(month, lang).toFormat('LLLL yyyy');

/** "nov." / "Nov", from "2026-11": a chart's axis. */
export const shortMonth = (month: string, lang: Lang): string => firstOf(month, lang).toFormat('LLL');

const roundMoneyFormats: Record<Lang, Intl.NumberFormat> = {
  FR: new Intl.NumberFormat(LOCALES.FR, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  EN: new Intl.NumberFormat(LOCALES.EN, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
};

/** "1 200 €" / "€1,200": whole euros, for a chart's scale. */
export const formatWholeAmount = (cents: number, lang: Lang): string => roundMoneyFormats[lang].format(Math.round(cents / 100));

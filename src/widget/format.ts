import type { Lang } from './i18n';

/**
 * Amounts and dates as guests read them: "1 234,50 €" and "samedi 25 janvier 2020" in French,
 * "€1,234.50" and "Saturday 25 January 2020" in English, as the app's emails and documents write
 * them. Days of stays are ISO dates ("2020-01-25") worked on at UTC midnight, so that no time
 * zone or daylight-saving hour ever moves a day.
 */
const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const money = new Map<string, Intl.NumberFormat>();
function moneyFormat(lang: Lang, whole: boolean): Intl.NumberFormat {
  const key = `${lang}${whole ? '0' : '2'}`;
  let format = money.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 });
    money.set(key, format);
  }
  return format;
}

/** "1 234,50 €" / "€1,234.50". */
export const formatMoney = (cents: number, lang: Lang): string => moneyFormat(lang, false).format(cents / 100);

/** Whole euros without decimals, as price tables show them: "665 €", "87,50 €". */
export const formatPrice = (cents: number, lang: Lang): string => moneyFormat(lang, cents % 100 === 0).format(cents / 100);

export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

export const toDate = (day: IsoDate): Date => new Date(`${day}T00:00:00Z`);
export const toIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);

export const addDays = (day: IsoDate, days: number): IsoDate => toIso(new Date(toDate(day).getTime() + days * 86_400_000));

export const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);

/** The guest's calendar day now, where the guest is. */
export const localToday = (now: Date): IsoDate =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

const longDates = new Map<Lang, Intl.DateTimeFormat>();

/** "samedi 25 janvier 2020" / "Saturday 25 January 2020" (no comma, whatever the browser's data says). */
export function longDate(day: IsoDate, lang: Lang): string {
  let format = longDates.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    longDates.set(lang, format);
  }
  const parts = Object.fromEntries(format.formatToParts(toDate(day)).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

/** "janvier 2027" / "January 2027". */
export function monthTitle(year: number, month: number, lang: Lang): string {
  const title = new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The week's days, Monday first as in France: short ("lun.") and long ("lundi") names. */
export function weekdayNames(lang: Lang): { short: string; long: string }[] {
  const short = new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = new Date(Date.UTC(2024, 0, 1 + i));
    return { short: short.format(date), long: long.format(date) };
  });
}

/** An instant in the guest's own time: "samedi 25 janvier 2020 à 14:30" / "Saturday 25 January 2020, 14:30". */
export function dateTime(instant: string, lang: Lang): string {
  const date = new Date(instant);
  const time = new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit' }).format(date);
  return `${longDate(localToday(date), lang)}${lang === 'fr' ? ' à ' : ', '}${time}`;
}

/** How the official classement stands today, as the app says it (EXPIRED: its five years are over). */
export type ClassificationStatus = 'NONE' | 'UNDATED' | 'VALID' | 'EXPIRING_SOON' | 'EXPIRED';

/** The stars to show: none once the classement has expired, as the accommodation is then unclassified. */
export const shownStars = (stars: number, status: ClassificationStatus): number => (status === 'EXPIRED' ? 0 : stars);

/** "75056 123456 AB", as communes print a registration number, kept on one line. */
export const groupedRegistrationNumber = (number: string): string => [number.slice(0, 5), number.slice(5, 11), number.slice(11)].join('\u00a0');

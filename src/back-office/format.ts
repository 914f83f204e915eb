import type { Lang } from './i18n';

/**
 * Amounts and dates as a French owner reads them ("47,50 €", "samedi 25 janvier 2020"), or in
 * English. Dates of stays are calendar days (YYYY-MM-DD), never shifted by a time zone.
 */
const locale = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** Cents as euros: 4750 → "47,50 €". */
export function euros(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** A calendar day as UTC midnight, so formatting never moves it. */
export function dayDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** "samedi 25 janvier 2020". */
export function longDay(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dayDate(day));
}

/** "25/01/2020". */
export function shortDay(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(dayDate(day));
}

/** A moment (ISO date-time) in the owner's time zone: "25/01/2020 14:05". */
export function moment(at: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(at));
}

/** A day plus n days, as YYYY-MM-DD. */
export function addDays(day: string, n: number): string {
  const date = dayDate(day);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** Nights between two days. */
export function nightsBetween(from: string, to: string): number {
  return Math.round((dayDate(to).getTime() - dayDate(from).getTime()) / 86_400_000);
}

/** Today in France, as YYYY-MM-DD. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/** "12,5" or "12.5" typed by an owner → cents; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const normalised = text.replace(/\s|€/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 100);
}

import type { Lang } from '../../i18n';

/**
 * Whole euros for the dashboard's totals and chart ("12 345 €"): an owner reads the month's
 * revenue at a glance, the cents only matter on a file.
 */
export function wholeEuros(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(Math.round(cents / 100));
}

/** "DUPONT Marie" as the files list guests; the last name alone when no first name was given. */
export function guestName(guest: { readonly firstName?: string | null; readonly lastName: string }): string {
  return [guest.lastName.toUpperCase(), guest.firstName].filter(Boolean).join(' ');
}

/** The default age ranges new owners get are named in English; an owner reading French sees them in French. */
const DEFAULT_RANGES_FR: Record<string, string> = { Adult: 'Adultes', Child: 'Enfants', Baby: 'Bébés' };

export function ageRangeLabel(label: string, lang: Lang): string {
  return lang === 'fr' ? (DEFAULT_RANGES_FR[label] ?? label) : label;
}

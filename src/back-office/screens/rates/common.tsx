import type { Weekday } from '../../graphql/graphql';
import { longDay } from '../../format';
import { defineMessages, useLang, useMessages } from '../../i18n';

const messages = defineMessages({
  fr: {
    MONDAY: 'lundi', TUESDAY: 'mardi', WEDNESDAY: 'mercredi', THURSDAY: 'jeudi', FRIDAY: 'vendredi', SATURDAY: 'samedi', SUNDAY: 'dimanche',
    always: 'toujours',
    fromTo: 'du {from} au {to}',
    fromOnly: 'à partir du {from}',
    toOnly: 'jusqu’au {to}',
  },
  en: {
    MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday', FRIDAY: 'Friday', SATURDAY: 'Saturday', SUNDAY: 'Sunday',
    always: 'always',
    fromTo: 'from {from} to {to}',
    fromOnly: 'from {from}',
    toOnly: 'until {to}',
  },
});

/** The week as a French calendar shows it, Monday first. */
export const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** "12,5" or "12.5" → 12.5, two decimals at most; null when it is not such a number. */
export function parsePercent(text: string): number | null {
  const normalised = text.replace(/\s|%/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return null;
  return Number(normalised);
}

/** 12.5 → "12,5 %" (or "12.5 %"). */
export function percentText(value: number, lang: 'fr' | 'en'): string {
  return `${new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(value)} %`;
}

/** Weekdays to tick, in the owner's language. */
export function WeekdayChecks({ legend, value, onChange }: { readonly legend: string; readonly value: readonly Weekday[]; readonly onChange: (days: Weekday[]) => void }) {
  const t = useMessages(messages);
  return (
    <fieldset className="rates-days">
      <legend>{legend}</legend>
      {WEEKDAYS.map((day) => (
        <label key={day} className="check">
          <input type="checkbox" checked={value.includes(day)} onChange={(event) => onChange(event.target.checked ? WEEKDAYS.filter((d) => d === day || value.includes(d)) : value.filter((d) => d !== day))} />
          {t(day)}
        </label>
      ))}
    </fieldset>
  );
}

export function useWeekdayName(): (day: Weekday) => string {
  const t = useMessages(messages);
  return (day) => t(day);
}

/** When a promotion or promo code applies: "du samedi 1 mai 2027 au …", "à partir du …", "toujours". */
export function usePeriodText(): (from: string | null | undefined, to: string | null | undefined) => string {
  const t = useMessages(messages);
  const { lang } = useLang();
  return (from, to) =>
    from && to ? t('fromTo', { from: longDay(from, lang), to: longDay(to, lang) }) : from ? t('fromOnly', { from: longDay(from, lang) }) : to ? t('toOnly', { to: longDay(to, lang) }) : t('always');
}

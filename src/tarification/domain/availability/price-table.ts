import { weekdayOf, type CalendarDate } from '../../../shared/kernel/calendar-date';
import type { Lang } from '../../../shared/kernel/lang';
import { euros, type Money } from '../../../shared/kernel/money';

export const STAY_KINDS = ['WEEK', 'WEEKEND', 'MID_WEEK', 'NIGHTS'] as const;
/** How guests name a length of stay: a week, a weekend (two nights from Friday or Saturday), a mid-week (Monday to Friday), or so many nights. */
export type StayKind = (typeof STAY_KINDS)[number];

export interface PriceTableRow {
  readonly kind: StayKind;
  readonly nights: number;
  /** "Semaine", "Week-end", "Mid-week", "3 nuits", in the language asked for. */
  readonly label: string;
  readonly min: Money;
  readonly max: Money;
}

const LABELS: Record<Lang, Record<Exclude<StayKind, 'NIGHTS'>, string> & { nights: (n: number) => string }> = {
  FR: { WEEK: 'Semaine', WEEKEND: 'Week-end', MID_WEEK: 'Mid-week', nights: (n) => (n === 1 ? '1 nuit' : `${n} nuits`) },
  EN: { WEEK: 'Week', WEEKEND: 'Weekend', MID_WEEK: 'Mid-week', nights: (n) => (n === 1 ? '1 night' : `${n} nights`) },
};

function kindOf(arrival: CalendarDate, nights: number): StayKind {
  const weekday = weekdayOf(arrival);
  if (nights === 7) return 'WEEK';
  if (nights === 2 && (weekday === 'FRIDAY' || weekday === 'SATURDAY')) return 'WEEKEND';
  if (nights === 4 && weekday === 'MONDAY') return 'MID_WEEK';
  return 'NIGHTS';
}

/**
 * The lengths of stay an accommodation offers over a period, each with its lowest and highest
 * price before occupancy extras, as guide pages print them ("Semaine 665 € – 805 €"): by length,
 * shortest first, a weekend apart from two nights mid-week.
 */
export function priceTable(rates: readonly { readonly arrival: CalendarDate; readonly nights: number; readonly saleCents: number }[], lang: Lang): PriceTableRow[] {
  const rows = new Map<string, { kind: StayKind; nights: number; min: number; max: number }>();
  for (const { arrival, nights, saleCents } of rates) {
    const kind = kindOf(arrival, nights);
    const key = `${nights}/${kind}`;
    const row = rows.get(key);
    rows.set(key, row ? { ...row, min: Math.min(row.min, saleCents), max: Math.max(row.max, saleCents) } : { kind, nights, min: saleCents, max: saleCents });
  }
  const labels = LABELS[lang];
  return [...rows.values()]
    .sort((a, b) => a.nights - b.nights || STAY_KINDS.indexOf(a.kind) - STAY_KINDS.indexOf(b.kind))
    .map(({ kind, nights, min, max }) => ({ kind, nights, label: kind === 'NIGHTS' ? labels.nights(nights) : labels[kind], min: euros(min), max: euros(max) }));
}

import { defineMessages, useLang, useMessages } from '../../i18n';
import { wholeEuros } from './money';

const messages = defineMessages({
  fr: {
    title: 'Chiffre d’affaires par mois de réservation',
    description: 'Montant réservé chaque mois (dossiers annulés exclus), comparé au même mois de l’année précédente.',
    thisYear: 'Cette année',
    lastYear: 'Année précédente',
    bar: '{month} : {amount}, {bookings} réservation(s)',
    barLastYear: '{month}, un an plus tôt : {amount}, {bookings} réservation(s)',
    showTable: 'Voir les chiffres',
    month: 'Mois',
    bookings: 'Réservations',
    revenue: 'Chiffre d’affaires',
    previousBookings: 'Réservations un an plus tôt',
    previousRevenue: 'Chiffre d’affaires un an plus tôt',
  },
  en: {
    title: 'Revenue by month of booking',
    description: 'Amount booked each month (cancelled files left out), beside the same month a year before.',
    thisYear: 'This year',
    lastYear: 'Previous year',
    bar: '{month}: {amount}, {bookings} booking(s)',
    barLastYear: '{month}, a year before: {amount}, {bookings} booking(s)',
    showTable: 'Show the figures',
    month: 'Month',
    bookings: 'Bookings',
    revenue: 'Revenue',
    previousBookings: 'Bookings a year before',
    previousRevenue: 'Revenue a year before',
  },
});

export interface ChartMonth {
  readonly month: string;
  readonly label: string;
  readonly bookings: number;
  readonly revenue: { readonly cents: number };
  readonly previousYearBookings: number;
  readonly previousYearRevenue: { readonly cents: number };
}

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 64;
const BOTTOM = 28;
const TOP = 12;

/** The month's abbreviation on the axis ("janv."; its initial on a phone), the full label being in each bar's title and the table. */
function shortMonth(month: string, lang: 'fr' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** A round step for the axis: 1, 2 or 5 times a power of ten, in euros. */
function niceStep(maxEuros: number): number {
  const raw = maxEuros / 4;
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? power * 10;
}

/**
 * Each month's revenue as a bar beside last year's, drawn as an SVG a screen reader can read
 * (a title on each bar), with the same figures in a table under a disclosure.
 */
export function RevenueChart({ months }: { months: readonly ChartMonth[] }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const maxCents = Math.max(0, ...months.flatMap((m) => [m.revenue.cents, m.previousYearRevenue.cents]));
  const step = niceStep(maxCents / 100);
  const top = Math.max(step * 4, step * Math.ceil(maxCents / 100 / step));
  const plotHeight = HEIGHT - BOTTOM - TOP;
  const slot = (WIDTH - LEFT) / Math.max(months.length, 1);
  const barWidth = Math.max(slot * 0.34, 2);
  const y = (cents: number) => TOP + plotHeight - (cents / 100 / top) * plotHeight;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);

  return (
    <figure className="dashboard-chart">
      <figcaption>
        <h2 id="dashboard-chart-title">{t('title')}</h2>
        <p className="muted" id="dashboard-chart-description">{t('description')}</p>
        <ul className="dashboard-legend">
          <li><span className="dashboard-swatch dashboard-swatch-now" aria-hidden="true" /> {t('thisYear')}</li>
          <li><span className="dashboard-swatch dashboard-swatch-before" aria-hidden="true" /> {t('lastYear')}</li>
        </ul>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="dashboard-chart-title" aria-describedby="dashboard-chart-description" className="dashboard-chart-svg">
        {ticks.map((tick) => (
          <g key={tick} className="dashboard-tick">
            <line x1={LEFT} x2={WIDTH} y1={y(tick * 100)} y2={y(tick * 100)} />
            <text x={LEFT - 6} y={y(tick * 100) + 4} textAnchor="end">{wholeEuros(tick * 100, lang)}</text>
          </g>
        ))}
        {months.map((m, i) => {
          const x = LEFT + i * slot + slot * 0.14;
          return (
            <g key={m.month}>
              <rect className="dashboard-bar-before" x={x} y={y(m.previousYearRevenue.cents)} width={barWidth} height={Math.max(y(0) - y(m.previousYearRevenue.cents), 0)}>
                <title>{t('barLastYear', { month: m.label, amount: wholeEuros(m.previousYearRevenue.cents, lang), bookings: m.previousYearBookings })}</title>
              </rect>
              <rect className="dashboard-bar-now" x={x + barWidth} y={y(m.revenue.cents)} width={barWidth} height={Math.max(y(0) - y(m.revenue.cents), 0)}>
                <title>{t('bar', { month: m.label, amount: wholeEuros(m.revenue.cents, lang), bookings: m.bookings })}</title>
              </rect>
              <text className="dashboard-axis-wide" x={x + barWidth} y={HEIGHT - 8} textAnchor="middle">{shortMonth(m.month, lang)}</text>
              <text className="dashboard-axis-narrow" x={x + barWidth} y={HEIGHT - 6} textAnchor="middle">{shortMonth(m.month, lang).charAt(0).toUpperCase()}</text>
            </g>
          );
        })}
      </svg>
      <details className="dashboard-figures">
        <summary>{t('showTable')}</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('month')}</th>
                <th scope="col" className="amount">{t('bookings')}</th>
                <th scope="col" className="amount">{t('revenue')}</th>
                <th scope="col" className="amount">{t('previousBookings')}</th>
                <th scope="col" className="amount">{t('previousRevenue')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.label}</th>
                  <td className="amount">{m.bookings}</td>
                  <td className="amount">{wholeEuros(m.revenue.cents, lang)}</td>
                  <td className="amount">{m.previousYearBookings}</td>
                  <td className="amount">{wholeEuros(m.previousYearRevenue.cents, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

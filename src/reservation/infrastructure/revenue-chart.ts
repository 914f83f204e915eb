import { formatAmount, formatWholeAmount, monthAndYear, shortMonth } from '../../shared/kernel/formats';
import { escapeHtml } from '../../shared/kernel/html';
import type { Lang } from '../../shared/kernel/lang';

export const CHART_STYLES = ['BAR', 'LINE'] as const;
export type ChartStyle = (typeof CHART_STYLES)[number];

export interface ChartMonth {
  readonly month: string;
  readonly revenueCents: number;
  readonly previousYearCents: number;
}

const WIDTH = 720;
const HEIGHT = 320;
const PLOT = { left: 84, right: 16, top: 40, bottom: 44 };
// Both at least 4.5:1 on white (WCAG AA): the chart is read, not only seen.
const CURRENT = '#1f5fa8';
const PREVIOUS = '#6b6b6b';

const TEXTS = {
  FR: { title: 'Chiffre d’affaires par mois de réservation', current: 'Période', previous: 'Un an avant', empty: 'Aucune réservation sur la période' },
  EN: { title: 'Revenue by month of booking', current: 'Period', previous: 'A year before', empty: 'No booking over the period' },
} as const;

/** The smallest "round" amount (1, 2 or 5 times a power of ten, in euros) at or above the largest bar. */
function scaleTop(cents: number): number {
  if (cents <= 0) return 100_00;
  const euros = cents / 100;
  const power = 10 ** Math.floor(Math.log10(euros));
  const step = [1, 2, 5, 10].find((m) => m * power >= euros) ?? 10;
  return step * power * 100;
}

/**
 * The dashboard's revenue as an SVG an owner's front-end shows as it is: this period's months beside
 * the same months a year before, as bars or lines, with the scale in euros, month names and a
 * legend in the owner's language, and each value in a tooltip (`<title>`) for screen readers too.
 */
export function revenueChartSvg(months: readonly ChartMonth[], style: ChartStyle, lang: Lang): string {
  const t = TEXTS[lang];
  const top = scaleTop(Math.max(0, ...months.flatMap((m) => [m.revenueCents, m.previousYearCents])));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const y = (cents: number): number => PLOT.top + plotHeight - (Math.max(0, cents) / top) * plotHeight;
  const slot = plotWidth / Math.max(1, months.length);
  const centre = (i: number): number => PLOT.left + slot * (i + 0.5);
  const round = (n: number): string => n.toFixed(1);
  const parts: string[] = [];

  for (let tick = 0; tick <= 4; tick += 1) {
    const cents = (top * tick) / 4;
    parts.push(`<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${round(y(cents))}" y2="${round(y(cents))}" stroke="#d9d9d9"/>`);
    parts.push(`<text x="${PLOT.left - 8}" y="${round(y(cents) + 4)}" text-anchor="end">${escapeHtml(formatWholeAmount(cents, lang))}</text>`);
  }
  // A long period shows every other month's name, so that names never overlap on a phone.
  const labelEvery = months.length > 18 ? 3 : months.length > 12 ? 2 : 1;
  months.forEach((m, i) => {
    if (i % labelEvery === 0) parts.push(`<text x="${round(centre(i))}" y="${HEIGHT - PLOT.bottom + 18}" text-anchor="middle">${escapeHtml(shortMonth(m.month, lang))}</text>`);
  });
  const tip = (m: ChartMonth, cents: number, which: string): string => `<title>${escapeHtml(`${monthAndYear(m.month, lang)} (${which})${lang === 'FR' ? '\u00a0:' : ':'} ${formatAmount(cents, lang)}`)}</title>`;

  if (style === 'BAR') {
    const bar = Math.max(2, (slot * 0.8) / 2);
    months.forEach((m, i) => {
      const left = centre(i) - bar;
      for (const [cents, x, colour, which] of [
        [m.previousYearCents, left, PREVIOUS, t.previous],
        [m.revenueCents, left + bar, CURRENT, t.current],
      ] as const) {
        parts.push(`<rect x="${round(x)}" y="${round(y(cents))}" width="${round(bar)}" height="${round(y(0) - y(cents))}" fill="${colour}">${tip(m, cents, which)}</rect>`);
      }
    });
  } else {
    for (const [pick, colour, which, dash] of [
      [(m: ChartMonth) => m.previousYearCents, PREVIOUS, t.previous, ' stroke-dasharray="6 4"'],
      [(m: ChartMonth) => m.revenueCents, CURRENT, t.current, ''],
    ] as const) {
      parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2.5"${dash} points="${months.map((m, i) => `${round(centre(i))},${round(y(pick(m)))}`).join(' ')}"/>`);
      months.forEach((m, i) => parts.push(`<circle cx="${round(centre(i))}" cy="${round(y(pick(m)))}" r="3.5" fill="${colour}">${tip(m, pick(m), which)}</circle>`));
    }
  }
  if (months.every((m) => m.revenueCents === 0 && m.previousYearCents === 0)) {
    parts.push(`<text x="${round(PLOT.left + plotWidth / 2)}" y="${round(PLOT.top + plotHeight / 2)}" text-anchor="middle">${escapeHtml(t.empty)}</text>`);
  }
  const legend = [
    [CURRENT, t.current],
    [PREVIOUS, t.previous],
  ]
    .map(([colour, label], i) => `<rect x="${PLOT.left + i * 150}" y="12" width="12" height="12" fill="${colour}"/><text x="${PLOT.left + i * 150 + 18}" y="22">${escapeHtml(label)}</text>`)
    .join('');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-labelledby="revenue-title" font-family="system-ui, sans-serif" font-size="12" fill="#222">`,
    `<title id="revenue-title">${escapeHtml(t.title)}</title>`,
    legend,
    ...parts,
    `<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${round(y(0))}" y2="${round(y(0))}" stroke="#222"/>`,
    '</svg>',
  ].join('\n');
}

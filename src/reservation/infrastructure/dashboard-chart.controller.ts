import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { RequiresScopes } from '../../shared/auth/requires-scopes.decorator';
import { optional } from '../../shared/http/query-params';
import { InvalidInput } from '../../shared/kernel/errors';
import { LANGS } from '../../shared/kernel/lang';
import { GetDashboard, type DashboardView } from './dashboard.queries';
import { CHART_STYLES, revenueChartSvg } from './revenue-chart';

/**
 * `GET /dashboard/revenue.svg?months=12&style=bar|line&lang=fr|en` (or `from`/`to` days instead of
 * `months`) with the owner's bearer token: the dashboard's revenue by month of booking beside the
 * year before, drawn. A front-end fetches it with its token and shows it as it comes.
 */
@Controller('dashboard')
export class DashboardChartController {
  constructor(private readonly queries: QueryBus) {}

  @RequiresScopes('bookings:read')
  @Get('revenue.svg')
  async revenue(@CurrentOwner() caller: AuthenticatedOwner, @Query() params: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const style = choice('style', optional('style', params.style) ?? 'BAR', CHART_STYLES);
    const lang = choice('lang', optional('lang', params.lang) ?? 'FR', LANGS);
    const months = optional('months', params.months);
    if (months !== null && !/^\d{1,3}$/.test(months)) throw new InvalidInput('months', 'must be a whole number of months');
    const view: DashboardView = await this.queries.execute(
      new GetDashboard(caller.ownerId, { months: months === null ? null : Number(months), from: optional('from', params.from), to: optional('to', params.to) }),
    );
    const chart = revenueChartSvg(
      view.revenueByMonth.map((m) => ({ month: m.month, revenueCents: m.current.revenueCents, previousYearCents: m.previousYear.revenueCents })),
      style,
      lang,
    );
    response
      .status(200)
      .type('image/svg+xml')
      .setHeader('Cache-Control', 'private, no-store')
      // Drawn here from figures, never from what someone typed; and an SVG opened on its own runs nothing.
      .setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(chart);
  }
}

function choice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const upper = value.toUpperCase();
  if (!(allowed as readonly string[]).includes(upper)) throw new InvalidInput(name, `must be one of ${allowed.map((a) => a.toLowerCase()).join(', ')}`);
  return upper as T;
}

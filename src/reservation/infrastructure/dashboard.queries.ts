import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CATALOGUE_QUERIES, classificationStatus, type CatalogueQueries, type Classification } from '../../catalogue/contracts';
import { addDays, localDayAndHour, PARIS_TIME_ZONE, type CalendarDate } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { dashboardPeriod, monthBefore, type DashboardPeriod, type DashboardPeriodInput, type DayWindow } from '../domain/dashboard/dashboard-period';
import { ORIGINS, type Origin } from '../domain/dossier/dossier';
import type { DossierDocument } from './dossier-document';
import { filesOnDays } from './dossier.queries';

export interface Activity {
  readonly bookings: number;
  readonly revenueCents: number;
}

export interface MonthActivity {
  readonly month: string;
  readonly current: Activity;
  readonly previousYear: Activity;
}

export interface Waiting {
  readonly count: number;
  readonly amountCents: number;
  /** The first of them, the most urgent first; `count` says how many there are in all. */
  readonly files: readonly DossierDocument[];
}

/** An accommodation whose classement ends soon or has ended: the owner has a visit to book. */
export interface ClassificationWarning {
  readonly accommodationId: string;
  readonly reference: string;
  readonly name: string;
  readonly status: 'EXPIRING_SOON' | 'EXPIRED';
  readonly classification: Classification;
}

export interface DashboardView {
  readonly timeZone: string;
  readonly today: CalendarDate;
  readonly period: DashboardPeriod;
  readonly bookedToday: Activity;
  readonly revenueByMonth: readonly MonthActivity[];
  readonly recent: { readonly last7Days: Activity; readonly last30Days: Activity; readonly last12Months: Activity };
  /** Every origin, in the order of `ORIGINS`, over the period. */
  readonly origins: readonly (Activity & { readonly origin: Origin })[];
  readonly waitingForDeposit: Waiting;
  readonly waitingForBalance: Waiting;
  readonly latestBookings: readonly DossierDocument[];
  readonly nextArrivals: readonly DossierDocument[];
  readonly nextDepartures: readonly DossierDocument[];
  /** Accommodations not archived whose classement ends within the warning days or has ended, the earliest end first. */
  readonly classificationWarnings: readonly ClassificationWarning[];
}

/** The owner's dashboard (the manual's "Tableau de bord"), on the owner's calendar. */
export class GetDashboard extends Query<DashboardView> {
  constructor(
    readonly ownerId: string,
    readonly input: DashboardPeriodInput,
  ) {
    super();
  }
}

export const WAITING_LISTED = 20;
export const LATEST_LISTED = 10;
/** Today and the six days after it. */
export const COMING_DAYS = 7;
/** A busy week of a large owner; the lists by day give the rest. */
export const COMING_LISTED = 100;

const NONE: Activity = { bookings: 0, revenueCents: 0 };

interface DayTotals {
  origin: Origin;
  today_bookings: string;
  today_revenue: string;
  last7_bookings: string;
  last7_revenue: string;
  last30_bookings: string;
  last30_revenue: string;
  last12_bookings: string;
  last12_revenue: string;
  period_bookings: string;
  period_revenue: string;
}

/**
 * Reads the sums per day of booking (`dashboard_days`, kept by the database beside the files) and
 * only the files the lists show, each list by an index: the answer costs the same for an owner of
 * fifty files and one of five thousand.
 */
@QueryHandler(GetDashboard)
export class GetDashboardHandler implements IQueryHandler<GetDashboard> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ ownerId, input }: GetDashboard): Promise<DashboardView> {
    const em = this.em.fork();
    const timeZone = await this.timeZoneOf(em, ownerId);
    const today = localDayAndHour(this.clock.now(), timeZone).date;
    const period = dashboardPeriod(today, input);
    const [months, totals, waiting, latestBookings, coming, classificationWarnings] = await Promise.all([
      this.months(em, ownerId, period),
      this.totals(em, ownerId, today, period),
      this.waiting(em, ownerId),
      this.documents(em, 'SELECT document FROM dossiers WHERE owner_id = ? ORDER BY created_at DESC, id DESC LIMIT ?', [ownerId, LATEST_LISTED]),
      this.coming(em, ownerId, today),
      this.classificationWarnings(ownerId, today),
    ]);
    const sum = (pick: (row: DayTotals) => [string, string]): Activity =>
      totals.reduce((acc, row) => ({ bookings: acc.bookings + Number(pick(row)[0] ?? 0), revenueCents: acc.revenueCents + Number(pick(row)[1] ?? 0) }), NONE);
    return {
      timeZone,
      today,
      period,
      bookedToday: sum((r) => [r.today_bookings, r.today_revenue]),
      revenueByMonth: period.months.map((month) => ({ month, current: months.get(month) ?? NONE, previousYear: months.get(monthBefore(month)) ?? NONE })),
      recent: {
        last7Days: sum((r) => [r.last7_bookings, r.last7_revenue]),
        last30Days: sum((r) => [r.last30_bookings, r.last30_revenue]),
        last12Months: sum((r) => [r.last12_bookings, r.last12_revenue]),
      },
      origins: ORIGINS.map((origin) => {
        const row = totals.find((r) => r.origin === origin);
        return { origin, bookings: Number(row?.period_bookings ?? 0), revenueCents: Number(row?.period_revenue ?? 0) };
      }),
      ...waiting,
      latestBookings,
      ...coming,
      classificationWarnings,
    };
  }

  private async classificationWarnings(ownerId: string, today: CalendarDate): Promise<ClassificationWarning[]> {
    const accommodations = await this.catalogue.accommodationsOfOwner(ownerId);
    return accommodations
      .flatMap(({ accommodationId, reference, name, classification }) => {
        const status = classificationStatus(classification, today);
        return status === 'EXPIRING_SOON' || status === 'EXPIRED' ? [{ accommodationId, reference, name, status, classification }] : [];
      })
      .sort((a, b) => (a.classification.expiresOn ?? '').localeCompare(b.classification.expiresOn ?? ''));
  }

  /** The owner's calendar is their accommodations': the zone of their latest file, Paris before any. */
  private async timeZoneOf(em: EntityManager, ownerId: string): Promise<string> {
    const [row] = await em.execute<{ time_zone: string }[]>('SELECT time_zone FROM dossiers WHERE owner_id = ? ORDER BY created_at DESC, id DESC LIMIT 1', [ownerId]);
    return row?.time_zone ?? PARIS_TIME_ZONE;
  }

  /** The period's months and the same months a year before. */
  private async months(em: EntityManager, ownerId: string, period: DashboardPeriod): Promise<Map<string, Activity>> {
    const rows = await em.execute<{ month: string; bookings: string; revenue: string }[]>(
      `SELECT to_char(day, 'YYYY-MM') AS month, sum(bookings) AS bookings, sum(revenue_cents) AS revenue FROM dashboard_days
        WHERE owner_id = ? AND (day BETWEEN ? AND ? OR day BETWEEN ? AND ?) GROUP BY 1`,
      [ownerId, period.from, period.to, period.previousYear.from, period.previousYear.to],
    );
    return new Map(rows.map((r) => [r.month, { bookings: Number(r.bookings), revenueCents: Number(r.revenue) }]));
  }

  /** Per origin: today, the last 7 and 30 days and 12 months, and the period, in one pass. */
  private async totals(em: EntityManager, ownerId: string, today: CalendarDate, period: DashboardPeriod): Promise<DayTotals[]> {
    const windows: [string, DayWindow][] = [
      ['today', { from: today, to: today }],
      ['last7', period.recent.last7Days],
      ['last30', period.recent.last30Days],
      ['last12', period.recent.last12Months],
      ['period', period],
    ];
    const columns = windows.map(([name]) => `sum(bookings) FILTER (WHERE day BETWEEN ? AND ?) AS ${name}_bookings, sum(revenue_cents) FILTER (WHERE day BETWEEN ? AND ?) AS ${name}_revenue`);
    const bounds = windows.flatMap(([, w]) => [w.from, w.to, w.from, w.to]);
    const first = [period.from, period.recent.last12Months.from].sort()[0];
    const last = [period.to, today].sort()[1];
    return em.execute<DayTotals[]>(`SELECT origin, ${columns.join(', ')} FROM dashboard_days WHERE owner_id = ? AND day BETWEEN ? AND ? GROUP BY origin`, [...bounds, ownerId, first, last]);
  }

  /** Options waiting for their deposit (what is left of it) and confirmed files for their balance. */
  private async waiting(em: EntityManager, ownerId: string): Promise<Pick<DashboardView, 'waitingForDeposit' | 'waitingForBalance'>> {
    const [counts, deposit, balance] = await Promise.all([
      em.execute<{ status: string; count: string; amount: string }[]>(
        `SELECT status, count(*) AS count, sum(CASE WHEN status = 'OPTION' THEN greatest(deposit_cents - paid_cents, 0) ELSE balance_cents END) AS amount
           FROM dossiers WHERE owner_id = ? AND status IN ('OPTION', 'CONFIRMED') AND (status = 'OPTION' OR balance_cents > 0) GROUP BY status`,
        [ownerId],
      ),
      this.documents(em, "SELECT document FROM dossiers WHERE owner_id = ? AND status = 'OPTION' ORDER BY deposit_due_date, number LIMIT ?", [ownerId, WAITING_LISTED]),
      this.documents(em, "SELECT document FROM dossiers WHERE owner_id = ? AND status = 'CONFIRMED' AND balance_cents > 0 ORDER BY arrival, number LIMIT ?", [ownerId, WAITING_LISTED]),
    ]);
    const of = (status: string, files: readonly DossierDocument[]): Waiting => {
      const row = counts.find((c) => c.status === status);
      return { count: Number(row?.count ?? 0), amountCents: Number(row?.amount ?? 0), files };
    };
    return { waitingForDeposit: of('OPTION', deposit), waitingForBalance: of('CONFIRMED', balance) };
  }

  /** Files with a stay arriving (or leaving) from today to the sixth day after, by that day. */
  private async coming(em: EntityManager, ownerId: string, today: CalendarDate): Promise<Pick<DashboardView, 'nextArrivals' | 'nextDepartures'>> {
    const days = Array.from({ length: COMING_DAYS }, (_, i) => addDays(today, i));
    const [nextArrivals, nextDepartures] = await Promise.all([
      filesOnDays(em, ownerId, 'stay_arrivals', days, COMING_LISTED),
      filesOnDays(em, ownerId, 'stay_departures', days, COMING_LISTED),
    ]);
    return { nextArrivals, nextDepartures };
  }

  private async documents(em: EntityManager, sql: string, params: unknown[]): Promise<DossierDocument[]> {
    const rows = await em.execute<{ document: DossierDocument }[]>(sql, params);
    return rows.map((row) => row.document);
  }
}

import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CLASSIFICATION_WARNING_DAYS } from '../../catalogue/contracts';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { MoneyType } from '../../shared/graphql/money.type';
import type { Lang } from '../../shared/kernel/lang';
import type { Origin } from '../domain/dossier/dossier';
import { enumType } from '../../shared/graphql/enum-type';
import { addDays } from '../../shared/kernel/calendar-date';
import { longDate, monthAndYear } from '../../shared/kernel/formats';
import type { Activity, ClassificationWarning, DashboardView, Waiting } from '../infrastructure/dashboard.queries';
import { DossierType, dossierType, OriginEnum } from './dossier.types';

const euros = (cents: number): MoneyType => ({ cents, currency: 'EUR' });

@ObjectType('DashboardActivity', { description: 'Files booked over some days, cancelled ones left out, and their booked total' })
export class DashboardActivityType {
  @Field(() => Int) bookings!: number;
  @Field(() => MoneyType) revenue!: MoneyType;
}

@ObjectType('DashboardMonth', { description: 'A month of booking beside the same month a year before' })
export class DashboardMonthType {
  @Field({ description: '"2026-11"' }) month!: string;
  @Field({ description: '"novembre 2026" / "November 2026"' }) label!: string;
  @Field(() => Int) bookings!: number;
  @Field(() => MoneyType) revenue!: MoneyType;
  @Field(() => Int) previousYearBookings!: number;
  @Field(() => MoneyType) previousYearRevenue!: MoneyType;
}

@ObjectType('DashboardRecentActivity', { description: 'The days ending today: 7, 30, and the 12 months' })
export class DashboardRecentActivityType {
  @Field(() => DashboardActivityType) last7Days!: DashboardActivityType;
  @Field(() => DashboardActivityType) last30Days!: DashboardActivityType;
  @Field(() => DashboardActivityType) last12Months!: DashboardActivityType;
}

@ObjectType('DashboardWaiting', { description: 'Files waiting for a payment: how many, how much, and the most urgent of them' })
export class DashboardWaitingType {
  @Field(() => Int) count!: number;
  @Field(() => MoneyType, { description: 'What is still due: the rest of the deposits, or the balances' }) amount!: MoneyType;
  @Field(() => [DossierType], { description: 'The first 20, the earliest due first' }) dossiers!: DossierType[];
}

@ObjectType('DashboardOriginShare', { description: 'The bookings of the period that came one way' })
export class DashboardOriginShareType {
  @Field(() => OriginEnum) origin!: Origin;
  @Field(() => Int) bookings!: number;
  @Field(() => MoneyType) revenue!: MoneyType;
  @Field(() => Float, { description: 'Of the period’s bookings, from 0 to 1; 0 when there are none' }) share!: number;
}

const ClassificationWarningStatusEnum = enumType(
  ['EXPIRING_SOON', 'EXPIRED'] as const,
  'ClassificationWarningStatus',
  `EXPIRING_SOON: the classement ends within ${CLASSIFICATION_WARNING_DAYS} days; EXPIRED: it has ended, and the accommodation counts as unclassified`,
);

@ObjectType('DashboardClassificationWarning', { description: 'An accommodation whose official classement ends soon or has ended: a new classification visit is due' })
export class DashboardClassificationWarningType {
  @Field(() => ID) accommodationId!: string;
  @Field() reference!: string;
  @Field() name!: string;
  @Field(() => ClassificationWarningStatusEnum) status!: 'EXPIRING_SOON' | 'EXPIRED';
  @Field(() => Int) stars!: number;
  @Field(() => DateScalar) decidedOn!: string;
  @Field(() => DateScalar, { description: 'The last day it holds' }) expiresOn!: string;
  @Field({ description: 'What to do, in the language asked (French unless said)' }) message!: string;
}

@ObjectType('Dashboard', { description: 'The owner’s "Tableau de bord", on the calendar of their accommodations' })
export class DashboardType {
  @Field({ description: 'The zone of the owner’s calendar (their latest file’s accommodation; Europe/Paris before any)' }) timeZone!: string;
  @Field(() => DateScalar) today!: string;
  @Field(() => DateScalar, { description: 'The first day the revenue by month covers' }) from!: string;
  @Field(() => DateScalar, { description: 'The last day the revenue by month covers' }) to!: string;
  @Field(() => DashboardActivityType, { description: 'Files booked today' }) bookedToday!: DashboardActivityType;
  @Field(() => [DashboardMonthType], { description: 'Revenue by month of booking: the booked total of the files made that month, cancelled ones left out' })
  revenueByMonth!: DashboardMonthType[];
  @Field(() => DashboardRecentActivityType) recentActivity!: DashboardRecentActivityType;
  @Field(() => DashboardWaitingType, { description: 'Options whose deposit is not paid' }) waitingForDeposit!: DashboardWaitingType;
  @Field(() => DashboardWaitingType, { description: 'Confirmed files with a balance to pay' }) waitingForBalance!: DashboardWaitingType;
  @Field(() => [DashboardOriginShareType], { description: 'The period’s bookings by the way they came, every origin listed' }) origins!: DashboardOriginShareType[];
  @Field(() => [DossierType], { description: 'The last 10 files made' }) latestBookings!: DossierType[];
  @Field(() => [DossierType], { description: 'Files with a stay arriving today or in the 6 days after, by that day' }) nextArrivals!: DossierType[];
  @Field(() => [DossierType], { description: 'Files with a stay leaving today or in the 6 days after, by that day' }) nextDepartures!: DossierType[];
  @Field(() => [DashboardClassificationWarningType], { description: `Accommodations whose classement ends within ${CLASSIFICATION_WARNING_DAYS} days or has ended, the earliest end first` })
  classificationWarnings!: DashboardClassificationWarningType[];
}

const starWords = (stars: number, lang: Lang): string => (lang === 'FR' ? `${stars}\u00a0étoile${stars > 1 ? 's' : ''}` : `${stars}-star`);

/** What the owner reads: when the classement ends, and what its end means for the accommodation. */
function classificationWarningMessage(warning: ClassificationWarning, expiresOn: string, lang: Lang): string {
  const stars = starWords(warning.classification.stars, lang);
  const lastDay = longDate(expiresOn, lang);
  const ended = longDate(addDays(expiresOn, 1), lang);
  if (lang === 'FR') {
    const name = `«\u00a0${warning.name}\u00a0»`;
    return warning.status === 'EXPIRED'
      ? `Le classement ${stars} de ${name} n’est plus valable depuis le ${ended}\u00a0: l’hébergement compte comme non classé (annonces, taxe de séjour) jusqu’à un nouveau classement.`
      : `Le classement ${stars} de ${name} est valable jusqu’au ${lastDay}\u00a0: faites-le renouveler par une nouvelle visite de classement avant cette date.`;
  }
  return warning.status === 'EXPIRED'
    ? `The ${stars} classification of "${warning.name}" has not held since ${ended}: the accommodation counts as unclassified (listings, tourist tax) until it is classified again.`
    : `The ${stars} classification of "${warning.name}" holds until ${lastDay}: book a new classification visit before then.`;
}

function classificationWarning(warning: ClassificationWarning, lang: Lang): DashboardClassificationWarningType[] {
  const { decidedOn, expiresOn, stars } = warning.classification;
  if (decidedOn === null || expiresOn === null) return [];
  const { accommodationId, reference, name, status } = warning;
  return [{ accommodationId, reference, name, status, stars, decidedOn, expiresOn, message: classificationWarningMessage(warning, expiresOn, lang) }];
}

const activity = (a: Activity): DashboardActivityType => ({ bookings: a.bookings, revenue: euros(a.revenueCents) });
const waiting = (w: Waiting): DashboardWaitingType => ({ count: w.count, amount: euros(w.amountCents), dossiers: w.files.map(dossierType) });

export function dashboardType(view: DashboardView, lang: Lang): DashboardType {
  const periodBookings = view.origins.reduce((sum, o) => sum + o.bookings, 0);
  return {
    timeZone: view.timeZone,
    today: view.today,
    from: view.period.from,
    to: view.period.to,
    bookedToday: activity(view.bookedToday),
    revenueByMonth: view.revenueByMonth.map((m) => ({
      month: m.month,
      label: monthAndYear(m.month, lang),
      bookings: m.current.bookings,
      revenue: euros(m.current.revenueCents),
      previousYearBookings: m.previousYear.bookings,
      previousYearRevenue: euros(m.previousYear.revenueCents),
    })),
    recentActivity: { last7Days: activity(view.recent.last7Days), last30Days: activity(view.recent.last30Days), last12Months: activity(view.recent.last12Months) },
    waitingForDeposit: waiting(view.waitingForDeposit),
    waitingForBalance: waiting(view.waitingForBalance),
    origins: view.origins.map((o) => ({ ...activity(o), origin: o.origin, share: periodBookings === 0 ? 0 : o.bookings / periodBookings })),
    latestBookings: view.latestBookings.map(dossierType),
    nextArrivals: view.nextArrivals.map(dossierType),
    nextDepartures: view.nextDepartures.map(dossierType),
    classificationWarnings: view.classificationWarnings.flatMap((warning) => classificationWarning(warning, lang)),
  };
}

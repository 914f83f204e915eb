import { useCallback, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { euros, longDay, shortDay } from '../format';
import { graphql } from '../graphql';
import { defineMessages, useLang, useMessages, type Lang } from '../i18n';
import { ErrorMessage } from '../ui/error-message';
import { guestName, wholeEuros } from './dashboard/money';
import { PhoneBooking } from './dashboard/phone-booking';
import { RevenueChart } from './dashboard/revenue-chart';
import './dashboard.css';

const DashboardOverview = graphql(`
  query DashboardOverview($lang: Lang) {
    dashboard(lang: $lang) {
      today
      bookedToday { bookings revenue { cents } }
      revenueByMonth { month label bookings revenue { cents } previousYearBookings previousYearRevenue { cents } }
      recentActivity {
        last7Days { bookings revenue { cents } }
        last30Days { bookings revenue { cents } }
        last12Months { bookings revenue { cents } }
      }
      waitingForDeposit { count amount { cents } dossiers { id number guest { firstName lastName } deposit { dueDate amount { cents } } } }
      waitingForBalance { count amount { cents } dossiers { id number guest { firstName lastName } balanceDueDate balance { cents } } }
      origins { origin bookings revenue { cents } share }
      latestBookings { id number createdAt status origin guest { firstName lastName } total { cents } stays { accommodationId arrival departure } }
      nextArrivals { id number guest { firstName lastName } stays { accommodationId arrival departure } }
      nextDepartures { id number guest { firstName lastName } stays { accommodationId arrival departure } }
      classificationWarnings { accommodationId message }
    }
    accommodations(includeArchived: true) { id name archived }
    ageRanges { id label }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Tableau de bord',
    welcomeTitle: 'Bienvenue !',
    welcome: 'Commencez par décrire votre premier hébergement : vous pourrez ensuite saisir vos tarifs et vos réservations.',
    addFirst: 'Décrire mon premier hébergement',
    activity: 'Activité récente',
    today: 'Aujourd’hui',
    last7Days: '7 derniers jours',
    last30Days: '30 derniers jours',
    last12Months: '12 derniers mois',
    bookings: '{n} réservation(s)',
    reminders: 'À relancer',
    waitingDeposit: 'Acomptes ou arrhes attendus : {n} dossier(s), {amount}',
    waitingBalance: 'Soldes attendus : {n} dossier(s), {amount}',
    depositDue: 'dû le {day} : {amount}',
    balanceDue: 'solde dû le {day} : {amount}',
    nothingWaiting: 'Aucun paiement en attente.',
    origins: 'Origine des réservations (12 derniers mois)',
    origin: 'Origine',
    count: 'Réservations',
    revenue: 'Montant',
    share: 'Part',
    BACK_OFFICE: 'Saisie par vous',
    ONLINE: 'Réservation en ligne',
    CHANNEL: 'Channel manager',
    ICAL: 'Calendrier iCal',
    MARKETPLACE: 'Place de marché',
    latest: 'Dernières réservations',
    none: 'Aucune pour l’instant.',
    file: 'Dossier n° {n}',
    stay: '{accommodation}, du {from} au {to}',
    madeOn: 'saisi le {day}',
    OPTION: 'Option',
    CONFIRMED: 'Confirmé',
    PAID: 'Soldé',
    CANCELLED: 'Annulé',
    arrivals: 'Prochaines arrivées (7 jours)',
    departures: 'Prochains départs (7 jours)',
    arrivesOn: 'arrive le {day}',
    leavesOn: 'part le {day}',
    warnings: 'Classement',
  },
  en: {
    title: 'Dashboard',
    welcomeTitle: 'Welcome!',
    welcome: 'Start by describing your first accommodation: you can then enter your rates and your bookings.',
    addFirst: 'Describe my first accommodation',
    activity: 'Recent activity',
    today: 'Today',
    last7Days: 'Last 7 days',
    last30Days: 'Last 30 days',
    last12Months: 'Last 12 months',
    bookings: '{n} booking(s)',
    reminders: 'To remind',
    waitingDeposit: 'Deposits awaited: {n} file(s), {amount}',
    waitingBalance: 'Balances awaited: {n} file(s), {amount}',
    depositDue: 'due on {day}: {amount}',
    balanceDue: 'balance due on {day}: {amount}',
    nothingWaiting: 'No payment awaited.',
    origins: 'Where bookings came from (last 12 months)',
    origin: 'Origin',
    count: 'Bookings',
    revenue: 'Amount',
    share: 'Share',
    BACK_OFFICE: 'Entered by you',
    ONLINE: 'Booked online',
    CHANNEL: 'Channel manager',
    ICAL: 'iCal calendar',
    MARKETPLACE: 'Marketplace',
    latest: 'Latest bookings',
    none: 'None yet.',
    file: 'File no. {n}',
    stay: '{accommodation}, from {from} to {to}',
    madeOn: 'made on {day}',
    OPTION: 'Option',
    CONFIRMED: 'Confirmed',
    PAID: 'Paid',
    CANCELLED: 'Cancelled',
    arrivals: 'Next arrivals (7 days)',
    departures: 'Next departures (7 days)',
    arrivesOn: 'arrives on {day}',
    leavesOn: 'leaves on {day}',
    warnings: 'Classification',
  },
});

type Messages = typeof messages;
type Key = keyof Messages['fr'];

interface Stay {
  readonly accommodationId: string;
  readonly arrival: string;
  readonly departure: string;
}

/**
 * The owner's day at a glance: what was booked lately and how it compares with last year, whom
 * to remind of a payment, who arrives and leaves this week, where bookings come from, and a form
 * to note a booking taken on the phone. A new owner is first sent to describe an accommodation.
 */
export function DashboardScreen() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [result, refetch] = useQuery({ query: DashboardOverview, variables: { lang: lang === 'fr' ? 'FR' : 'EN' } });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);

  if (!result.data) {
    return (
      <>
        <h1>{t('title')}</h1>
        {result.fetching ? <p className="loading" aria-busy="true">…</p> : <ErrorMessage error={result.error} />}
      </>
    );
  }
  const { dashboard, accommodations, ageRanges } = result.data;
  const names = new Map(accommodations.map((a) => [a.id, a.name]));
  const open = accommodations.filter((a) => !a.archived);
  const activity = dashboard.recentActivity;

  return (
    <div className="dashboard">
      <h1>{t('title')}</h1>
      <ErrorMessage error={result.error} />
      {open.length === 0 && (
        <section className="card dashboard-welcome">
          <h2>{t('welcomeTitle')}</h2>
          <p>{t('welcome')}</p>
          <Link href="/accommodations/new?first=1" className="dashboard-cta">{t('addFirst')}</Link>
        </section>
      )}
      {dashboard.classificationWarnings.length > 0 && (
        <section className="card" aria-labelledby="dashboard-warnings">
          <h2 id="dashboard-warnings">{t('warnings')}</h2>
          <ul>
            {dashboard.classificationWarnings.map((w) => (
              <li key={w.accommodationId}><Link href={`/accommodations/${w.accommodationId}`}>{names.get(w.accommodationId)}</Link> : {w.message}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="dashboard-activity" aria-labelledby="dashboard-activity-title">
        <h2 id="dashboard-activity-title">{t('activity')}</h2>
        <dl className="dashboard-tiles">
          {([['today', dashboard.bookedToday], ['last7Days', activity.last7Days], ['last30Days', activity.last30Days], ['last12Months', activity.last12Months]] as const).map(([key, a]) => (
            <div key={key} className="card dashboard-tile">
              <dt>{t(key)}</dt>
              <dd className="dashboard-figure">{wholeEuros(a.revenue.cents, lang)}</dd>
              <dd className="muted">{t('bookings', { n: a.bookings })}</dd>
            </div>
          ))}
        </dl>
      </section>

      <div className="dashboard-columns">
        <div>
          {open.length > 0 && <PhoneBooking key={open.map((a) => a.id).join()} accommodations={open} ageRanges={ageRanges} onBooked={reload} />}

          <Section id="dashboard-reminders" title={t('reminders')}>
            {dashboard.waitingForDeposit.count === 0 && dashboard.waitingForBalance.count === 0 && <p className="muted">{t('nothingWaiting')}</p>}
            {dashboard.waitingForDeposit.count > 0 && (
              <>
                <h3>{t('waitingDeposit', { n: dashboard.waitingForDeposit.count, amount: euros(dashboard.waitingForDeposit.amount.cents, lang) })}</h3>
                <ul className="dashboard-list">
                  {dashboard.waitingForDeposit.dossiers.map((d) => (
                    <li key={d.id}>
                      <FileLink id={d.id} number={d.number} guest={d.guest} t={t} /> — {t('depositDue', { day: shortDay(d.deposit.dueDate, lang), amount: euros(d.deposit.amount.cents, lang) })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {dashboard.waitingForBalance.count > 0 && (
              <>
                <h3>{t('waitingBalance', { n: dashboard.waitingForBalance.count, amount: euros(dashboard.waitingForBalance.amount.cents, lang) })}</h3>
                <ul className="dashboard-list">
                  {dashboard.waitingForBalance.dossiers.map((d) => (
                    <li key={d.id}>
                      <FileLink id={d.id} number={d.number} guest={d.guest} t={t} /> — {t('balanceDue', { day: shortDay(d.balanceDueDate, lang), amount: euros(d.balance.cents, lang) })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Section>

          <Section id="dashboard-arrivals" title={t('arrivals')}>
            <Movements dossiers={dashboard.nextArrivals} pick={(s) => s.arrival} today={dashboard.today} names={names} label="arrivesOn" t={t} lang={lang} />
          </Section>
          <Section id="dashboard-departures" title={t('departures')}>
            <Movements dossiers={dashboard.nextDepartures} pick={(s) => s.departure} today={dashboard.today} names={names} label="leavesOn" t={t} lang={lang} />
          </Section>
        </div>

        <div>
          <section className="card">
            <RevenueChart months={dashboard.revenueByMonth} />
          </section>

          <Section id="dashboard-latest" title={t('latest')}>
            {dashboard.latestBookings.length === 0 ? (
              <p className="muted">{t('none')}</p>
            ) : (
              <ul className="dashboard-list">
                {dashboard.latestBookings.map((d) => (
                  <li key={d.id}>
                    <FileLink id={d.id} number={d.number} guest={d.guest} t={t} /> <span className={`badge dashboard-status-${d.status.toLowerCase()}`}>{t(d.status)}</span>
                    <br />
                    {d.stays.map((s) => (
                      <span key={`${s.accommodationId}${s.arrival}`} className="dashboard-stay">
                        {t('stay', { accommodation: names.get(s.accommodationId) ?? '', from: shortDay(s.arrival, lang), to: shortDay(s.departure, lang) })}
                      </span>
                    ))}
                    <span className="dashboard-total">{euros(d.total.cents, lang)}</span>
                    <span className="muted"> · {t('madeOn', { day: shortDay(d.createdAt.slice(0, 10), lang) })} · {t(d.origin)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section id="dashboard-origins" title={t('origins')}>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('origin')}</th>
                    <th scope="col" className="amount">{t('count')}</th>
                    <th scope="col" className="amount">{t('revenue')}</th>
                    <th scope="col" className="amount">{t('share')}</th>
                  </tr>
                </thead>
                <tbody>
                  {dashboard.origins.map((o) => (
                    <tr key={o.origin}>
                      <th scope="row">{t(o.origin)}</th>
                      <td className="amount">{o.bookings}</td>
                      <td className="amount">{wholeEuros(o.revenue.cents, lang)}</td>
                      <td className="amount">{new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(o.share)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
        </div>
      </div>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

type T = (key: Key, values?: Record<string, string | number>) => string;

/** The dashboard is mounted at the app's root, not nested: its links are the app's own paths (wouter's `~` would leave /app). */
function FileLink({ id, number, guest, t }: { id: string; number?: number | null; guest: { firstName?: string | null; lastName: string }; t: T }) {
  return (
    <Link href={`/dossiers/${id}`}>
      {t('file', { n: number ?? '' })} — {guestName(guest)}
    </Link>
  );
}

/** Arrivals or departures of the coming week, each with the day and the accommodation it concerns. */
function Movements({ dossiers, pick, today, names, label, t, lang }: {
  dossiers: readonly { id: string; number?: number | null; guest: { firstName?: string | null; lastName: string }; stays: readonly Stay[] }[];
  pick: (stay: Stay) => string;
  today: string;
  names: Map<string, string>;
  label: 'arrivesOn' | 'leavesOn';
  t: T;
  lang: Lang;
}) {
  if (dossiers.length === 0) return <p className="muted">{t('none')}</p>;
  return (
    <ul className="dashboard-list">
      {dossiers.map((d) => {
        const stay = d.stays.find((s) => pick(s) >= today) ?? d.stays[0];
        return (
          <li key={d.id}>
            <FileLink id={d.id} number={d.number} guest={d.guest} t={t} />
            {stay && <> — {t(label, { day: longDay(pick(stay), lang) })}, {names.get(stay.accommodationId)}</>}
          </li>
        );
      })}
    </ul>
  );
}

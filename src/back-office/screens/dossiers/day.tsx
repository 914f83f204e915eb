import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { addDays, longDay, today } from '../../format';
import { graphql } from '../../graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { DossiersAccommodationsQuery } from './accommodations';
import { guestName } from './labels';
import { StatusBadge } from './status-badge';

const DayQuery = graphql(`
  query DossiersDayMovements($date: Date!) {
    arrivals(date: $date) { id number status guest { lastName firstName company phone1 } stays { id accommodationId arrival departure } }
    departures(date: $date) { id number status guest { lastName firstName company phone1 } stays { id accommodationId arrival departure } }
  }
`);

/** An empty day names no file: say which type's changes make it stale. */
const FILES = { additionalTypenames: ['Dossier'] };

const messages = defineMessages({
  fr: {
    title: 'Arrivées et départs',
    day: 'Jour',
    previous: 'Jour précédent',
    next: 'Jour suivant',
    today: 'Aujourd’hui',
    arrivals: 'Arrivées du {day}',
    departures: 'Départs du {day}',
    noArrival: 'Aucune arrivée ce jour-là.',
    noDeparture: 'Aucun départ ce jour-là.',
    file: 'dossier n° {n}',
  },
  en: {
    title: 'Arrivals and departures',
    day: 'Day',
    previous: 'Previous day',
    next: 'Next day',
    today: 'Today',
    arrivals: 'Arrivals on {day}',
    departures: 'Departures on {day}',
    noArrival: 'No arrival that day.',
    noDeparture: 'No departure that day.',
    file: 'file no. {n}',
  },
});

/** Who arrives and who leaves on a day (today unless the owner picks another), cancelled files left out by the API. */
export function DayMovements() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [day, setDay] = useState(today);
  const [result] = useQuery({ query: DayQuery, variables: { date: day }, context: FILES });
  const [accommodations] = useQuery({ query: DossiersAccommodationsQuery });
  const names = new Map((accommodations.data?.accommodations ?? []).map((a) => [a.id, a.name]));
  const label = longDay(day, lang);
  const list = (files: NonNullable<typeof result.data>['arrivals'], empty: string, at: 'arrival' | 'departure') =>
    files.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <ul className="dossiers-day-list">
        {files.map((file) => (
          <li key={file.id}>
            <Link href={`/${file.id}`}>{guestName(file.guest)}</Link> <StatusBadge status={file.status} />{' '}
            <span className="muted">
              {t('file', { n: file.number ?? '…' })} ·{' '}
              {file.stays
                .filter((s) => s[at] === day)
                .map((s) => names.get(s.accommodationId) ?? '')
                .join(', ')}
              {file.guest.phone1 ? ` · ${file.guest.phone1}` : ''}
            </span>
          </li>
        ))}
      </ul>
    );
  return (
    <section className="card dossiers-day" aria-labelledby="dossiers-day-title">
      <h2 id="dossiers-day-title">{t('title')}</h2>
      <div className="toolbar">
        <button type="button" onClick={() => setDay(addDays(day, -1))}>
          {t('previous')}
        </button>
        <label>
          {t('day')}{' '}
          <input type="date" value={day} required onChange={(e) => e.target.value && setDay(e.target.value)} />
        </label>
        <button type="button" onClick={() => setDay(addDays(day, 1))}>
          {t('next')}
        </button>
        <button type="button" onClick={() => setDay(today())}>
          {t('today')}
        </button>
      </div>
      <ErrorMessage error={result.error} />
      {result.data && (
        <div className="dossiers-day-columns">
          <div>
            <h3>{t('arrivals', { day: label })}</h3>
            {list(result.data.arrivals, t('noArrival'), 'arrival')}
          </div>
          <div>
            <h3>{t('departures', { day: label })}</h3>
            {list(result.data.departures, t('noDeparture'), 'departure')}
          </div>
        </div>
      )}
    </section>
  );
}

import { useEffect } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { longDay, moment } from '../../format';
import { graphql } from '../../graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { useRefreshSoon } from './refresh-soon';

const SalesChannelsSyncConflicts = graphql(`
  query SalesChannelsSyncConflicts($accommodationId: ID!) {
    syncConflicts(accommodationId: $accommodationId) {
      id feedId arrival departure label since
      heldBy { kind dossierId arrival departure }
    }
    icalFeeds(accommodationId: $accommodationId) { id label }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Doubles réservations à régler',
    none: 'Aucun conflit : aucun calendrier importé ne liste de séjour sur des nuits déjà prises ici.',
    what: 'Un autre calendrier liste un séjour sur des nuits que votre planning donne déjà à autre chose. Rien n’a été modifié ici. Si le séjour de l’autre plateforme est le bon, annulez le dossier (ou levez le blocage dans le planning) : le séjour importé prend aussitôt les nuits. Sinon, annulez la réservation sur l’autre plateforme : le conflit disparaît à la prochaine lecture de son calendrier.',
    stay: 'Séjour importé',
    calendar: 'Calendrier',
    heldBy: 'Nuits tenues ici par',
    since: 'Depuis',
    from: 'du {arrival} au {departure}',
    DOSSIER: 'un dossier',
    PENDING_PAYMENT: 'un client en train de payer en ligne',
    BLOCK: 'des nuits bloquées',
    IMPORTED: 'un autre calendrier importé',
    open: 'Ouvrir le dossier',
    planning: 'Voir le planning',
  },
  en: {
    title: 'Double bookings to sort out',
    none: 'No conflict: no imported calendar lists a stay on nights already taken here.',
    what: 'Another calendar lists a stay on nights your planning already gives to something else. Nothing was changed here. If the other platform’s stay is the right one, cancel the booking file (or lift the block on the planning): the imported stay takes the nights at once. Otherwise, cancel the booking on the other platform: the conflict goes at the next read of its calendar.',
    stay: 'Imported stay',
    calendar: 'Calendar',
    heldBy: 'Nights held here by',
    since: 'Since',
    from: 'from {arrival} to {departure}',
    DOSSIER: 'a booking file',
    PENDING_PAYMENT: 'a guest paying online',
    BLOCK: 'blocked nights',
    IMPORTED: 'another imported calendar',
    open: 'Open the file',
    planning: 'See the planning',
  },
});

type HoldKind = 'DOSSIER' | 'PENDING_PAYMENT' | 'BLOCK' | 'IMPORTED';
const KINDS: readonly string[] = ['DOSSIER', 'PENDING_PAYMENT', 'BLOCK', 'IMPORTED'] satisfies HoldKind[];

/** The stays other calendars list on nights held here, each with what holds them and how to sort it out. */
export function SyncConflicts({ accommodationId, feedChanges }: { accommodationId: string; feedChanges: number }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [answer, refresh] = useQuery({ query: SalesChannelsSyncConflicts, variables: { accommodationId } });
  const refreshSoon = useRefreshSoon(refresh);
  useEffect(() => {
    if (feedChanges > 0) refreshSoon();
  }, [feedChanges, refreshSoon]);
  const conflicts = answer.data?.syncConflicts ?? [];
  const feedLabel = (feedId: string) => answer.data?.icalFeeds.find((feed) => feed.id === feedId)?.label ?? '';
  const dates = (arrival: string, departure: string) => t('from', { arrival: longDay(arrival, lang), departure: longDay(departure, lang) });

  return (
    <section className="card">
      <h2>{t('title')}</h2>
      <ErrorMessage error={answer.error} />
      {answer.data && conflicts.length === 0 && <p className="muted">{t('none')}</p>}
      {conflicts.length > 0 && (
        <>
          <p>{t('what')}</p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('stay')}</th>
                  <th scope="col">{t('calendar')}</th>
                  <th scope="col">{t('heldBy')}</th>
                  <th scope="col">{t('since')}</th>
                </tr>
              </thead>
              <tbody>
                {conflicts.map((conflict) => (
                  <tr key={conflict.id}>
                    <td>
                      {dates(conflict.arrival, conflict.departure)}
                      {conflict.label && <div className="muted">{conflict.label}</div>}
                    </td>
                    <td>{feedLabel(conflict.feedId)}</td>
                    <td>
                      {KINDS.includes(conflict.heldBy.kind) ? t(conflict.heldBy.kind as HoldKind) : conflict.heldBy.kind}, {dates(conflict.heldBy.arrival, conflict.heldBy.departure)}
                      <div>
                        {conflict.heldBy.dossierId ? <Link href={`~/app/dossiers/${conflict.heldBy.dossierId}`}>{t('open')}</Link> : <Link href="~/app/planning">{t('planning')}</Link>}
                      </div>
                    </td>
                    <td>{moment(conflict.since, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

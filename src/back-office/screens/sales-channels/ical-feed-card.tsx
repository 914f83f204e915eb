import { useMutation } from 'urql';
import { moment } from '../../format';
import { graphql } from '../../graphql';
import type { SalesChannelsIcalFeedsQuery } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { CopyField } from './copy-field';
import { platformName } from './ical-platforms';

const SalesChannelsSyncIcalFeed = graphql(`
  mutation SalesChannelsSyncIcalFeed($id: ID!, $lang: Lang) {
    syncIcalFeed(id: $id, lang: $lang) { id status }
  }
`);

const SalesChannelsConfirmIcalFeed = graphql(`
  mutation SalesChannelsConfirmIcalFeed($id: ID!, $lang: Lang) {
    confirmIcalFeed(id: $id, lang: $lang) { id status }
  }
`);

const SalesChannelsRemoveIcalFeed = graphql(`
  mutation SalesChannelsRemoveIcalFeed($id: ID!) {
    removeIcalFeed(id: $id)
  }
`);

const messages = defineMessages({
  fr: {
    PENDING: 'Pas encore lu',
    OK: 'À jour',
    FAILING: 'En échec',
    SUSPICIOUS: 'À vérifier',
    SILENT: 'Sans nouvelles',
    status: 'État',
    platform: 'Plateforme',
    url: 'Adresse lue',
    every: 'Lu toutes les {n} minutes',
    lastSuccess: 'Dernière lecture réussie',
    lastAttempt: 'Dernière tentative',
    nextFetch: 'Prochaine lecture',
    never: 'jamais',
    events: 'Séjours listés',
    detail: '{booked} réservations, {closed} nuits fermées',
    error: 'Pourquoi la lecture a échoué :',
    problems: 'Événements illisibles, ignorés :',
    suspicionEMPTY: 'Le calendrier ne liste plus aucun séjour à venir ({lost} séjours auraient disparu).',
    suspicionHALF_LOST: 'Plus de la moitié des séjours à venir ont disparu du calendrier ({lost} séjours).',
    suspicionWait: 'Rien n’est libéré tant que la même réponse n’est pas revenue {needed} fois de suite (vue {seen} fois). Vérifiez sur la plateforme : si ces séjours ont vraiment été annulés, confirmez.',
    confirm: 'Confirmer : libérer ces nuits',
    exportUrl: 'Adresse à coller dans « Importer un calendrier » de {platform}',
    exportHelp: 'C’est votre calendrier sans les séjours de {platform} : ainsi, la plateforme ne reçoit jamais ses propres réservations en retour.',
    sync: 'Lire maintenant',
    remove: 'Retirer',
    confirmRemove: 'Ne plus importer « {label} » ? Les nuits qu’il bloquait seront libérées.',
  },
  en: {
    PENDING: 'Not read yet',
    OK: 'Up to date',
    FAILING: 'Failing',
    SUSPICIOUS: 'To check',
    SILENT: 'Silent',
    status: 'Status',
    platform: 'Platform',
    url: 'Address read',
    every: 'Read every {n} minutes',
    lastSuccess: 'Last successful read',
    lastAttempt: 'Last attempt',
    nextFetch: 'Next read',
    never: 'never',
    events: 'Stays listed',
    detail: '{booked} bookings, {closed} closed nights',
    error: 'Why reading failed:',
    problems: 'Unreadable events, left out:',
    suspicionEMPTY: 'The calendar no longer lists any stay to come ({lost} stays would disappear).',
    suspicionHALF_LOST: 'More than half of the stays to come disappeared from the calendar ({lost} stays).',
    suspicionWait: 'Nothing is freed until the same answer has come back {needed} times in a row (seen {seen} times). Check on the platform: if these stays were really cancelled, confirm.',
    confirm: 'Confirm: free these nights',
    exportUrl: 'Address to paste into {platform}’s “Import calendar”',
    exportHelp: 'It is your calendar without {platform}’s stays: the platform never gets its own bookings back.',
    sync: 'Read now',
    remove: 'Remove',
    confirmRemove: 'Stop importing “{label}”? The nights it held will be freed.',
  },
});

type Feed = SalesChannelsIcalFeedsQuery['icalFeeds'][number];

/** One imported calendar: how its reads go, what is wrong, and the address to give the platform in return. */
export function IcalFeedCard({ feed, onChanged, onRemoved }: { feed: Feed; onChanged: () => void; onRemoved: () => void }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const apiLang = lang === 'en' ? 'EN' : 'FR';
  const [syncing, sync] = useMutation(SalesChannelsSyncIcalFeed);
  const [confirming, confirm] = useMutation(SalesChannelsConfirmIcalFeed);
  const [removing, remove] = useMutation(SalesChannelsRemoveIcalFeed);
  const platform = platformName(feed.platform, lang);
  const when = (at: string | null | undefined) => (at ? moment(at, lang) : t('never'));
  const after = (result: { data?: unknown }) => {
    if (result.data) onChanged();
  };

  return (
    <article className="sales-channels-feed">
      <h3>
        {feed.label} <span className={`badge sales-channels-status-${feed.status.toLowerCase()}`}>{t(feed.status)}</span>
      </h3>
      <dl className="sales-channels-facts">
        <dt>{t('platform')}</dt>
        <dd>{platform}</dd>
        <dt>{t('url')}</dt>
        <dd className="sales-channels-url">{feed.url}</dd>
        <dt>{t('lastSuccess')}</dt>
        <dd>{when(feed.lastSuccessAt)}</dd>
        <dt>{t('lastAttempt')}</dt>
        <dd>{when(feed.lastAttemptAt)}</dd>
        {feed.nextFetchAt && (
          <>
            <dt>{t('nextFetch')}</dt>
            <dd>
              {moment(feed.nextFetchAt, lang)} ({t('every', { n: feed.intervalMinutes })})
            </dd>
          </>
        )}
        {feed.eventCount !== null && feed.eventCount !== undefined && (
          <>
            <dt>{t('events')}</dt>
            <dd>
              {feed.eventCount}
              {feed.bookedCount != null && feed.closedCount != null && ` (${t('detail', { booked: feed.bookedCount, closed: feed.closedCount })})`}
            </dd>
          </>
        )}
      </dl>
      {feed.lastError && (
        <p className="error">
          {t('error')} {feed.lastError}
        </p>
      )}
      {feed.problems.length > 0 && (
        <div>
          <p>{t('problems')}</p>
          <ul>
            {feed.problems.map((problem) => (
              <li key={`${problem.line}-${problem.code}`}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      {feed.suspicion && (
        <div className="sales-channels-note">
          <p>{t(feed.suspicion.reason === 'EMPTY' ? 'suspicionEMPTY' : 'suspicionHALF_LOST', { lost: feed.suspicion.lost })}</p>
          <p>{t('suspicionWait', { needed: feed.suspicion.needed, seen: feed.suspicion.seen })}</p>
          <button type="button" className="danger" disabled={confirming.fetching} onClick={() => void confirm({ id: feed.id, lang: apiLang }).then(after)}>
            {t('confirm')}
          </button>
        </div>
      )}
      <CopyField label={t('exportUrl', { platform })} value={feed.exportUrl} rows={2} />
      <p className="muted">{t('exportHelp', { platform })}</p>
      <div className="toolbar">
        <button type="button" disabled={syncing.fetching} onClick={() => void sync({ id: feed.id, lang: apiLang }).then(after)}>
          {t('sync')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={removing.fetching}
          onClick={() => {
            if (!window.confirm(t('confirmRemove', { label: feed.label }))) return;
            void remove({ id: feed.id }).then((result) => result.data && onRemoved());
          }}
        >
          {t('remove')}
        </button>
      </div>
      <ErrorMessage error={syncing.error ?? confirming.error ?? removing.error} />
    </article>
  );
}

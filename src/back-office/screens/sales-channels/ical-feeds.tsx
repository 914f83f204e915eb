import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { IcalFeedStatus, IcalPlatform, SalesChannelsIcalFeedsQuery } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { IcalFeedCard } from './ical-feed-card';
import { PLATFORMS, platformName } from './ical-platforms';
import { useRefreshSoon } from './refresh-soon';

export const SalesChannelsIcalFeeds = graphql(`
  query SalesChannelsIcalFeeds($accommodationId: ID!, $lang: Lang) {
    icalFeeds(accommodationId: $accommodationId, lang: $lang) {
      id label platform url status lastError lastSuccessAt lastAttemptAt nextFetchAt
      eventCount bookedCount closedCount exportUrl intervalMinutes
      problems { code line message }
      suspicion { reason lost seen needed }
    }
  }
`);

const SalesChannelsAddIcalFeed = graphql(`
  mutation SalesChannelsAddIcalFeed($input: IcalFeedInput!, $lang: Lang) {
    addIcalFeed(input: $input, lang: $lang) {
      id label platform url status lastError lastSuccessAt lastAttemptAt nextFetchAt
      eventCount bookedCount closedCount exportUrl intervalMinutes
      problems { code line message }
      suspicion { reason lost seen needed }
    }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Importer les calendriers des autres plateformes',
    intro: 'Dans les réglages de calendrier d’Airbnb, de Booking.com ou d’Abritel, « Exporter le calendrier » donne une adresse : ajoutez-la ici. Les séjours qu’elle liste bloquent ces nuits dans votre planning.',
    none: 'Aucun calendrier importé pour cet hébergement.',
    add: 'Ajouter un calendrier',
    platform: 'Plateforme',
    url: 'Adresse du calendrier (https://… ou webcal://…)',
    label: 'Nom affiché dans le planning (facultatif)',
    interval: 'Lire toutes les (minutes, 5 au moins)',
    submit: 'Ajouter et lire maintenant',
    added: 'Calendrier « {label} » ajouté et lu.',
    addedFailing: 'Calendrier « {label} » ajouté, mais sa lecture a échoué : {error}',
    checkPlatform: 'Vérifiez l’adresse copiée sur la plateforme, puis retirez ce calendrier et ajoutez-le de nouveau.',
  },
  en: {
    title: 'Import other platforms’ calendars',
    intro: 'In Airbnb’s, Booking.com’s or Vrbo’s calendar settings, “Export calendar” gives an address: add it here. The stays it lists hold those nights on your planning.',
    none: 'No calendar imported for this accommodation.',
    add: 'Add a calendar',
    platform: 'Platform',
    url: 'Calendar address (https://… or webcal://…)',
    label: 'Name shown on the planning (optional)',
    interval: 'Read every (minutes, at least 5)',
    submit: 'Add and read now',
    added: 'Calendar “{label}” added and read.',
    addedFailing: 'Calendar “{label}” added, but reading it failed: {error}',
    checkPlatform: 'Check the address copied from the platform, then remove this calendar and add it again.',
  },
});

type Feed = SalesChannelsIcalFeedsQuery['icalFeeds'][number];

const EMPTY = { platform: 'AIRBNB' as IcalPlatform, url: '', label: '', interval: '15' };

export function IcalFeeds({ accommodationId, onChanged }: { accommodationId: string; onChanged: () => void }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const apiLang = lang === 'en' ? 'EN' : 'FR';
  const [feeds, refresh] = useQuery({ query: SalesChannelsIcalFeeds, variables: { accommodationId, lang: apiLang } });
  const [adding, add] = useMutation(SalesChannelsAddIcalFeed);
  const [form, setForm] = useState(EMPTY);
  const [outcome, setOutcome] = useState<{ label: string; status: IcalFeedStatus; error: string | null } | null>(null);
  // The list is a read model the server updates just after answering: what was added shows from
  // the answer meanwhile, what was removed is hidden at once.
  const [added, setAdded] = useState<readonly Feed[]>([]);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const refreshSoon = useRefreshSoon(refresh);
  const changed = () => {
    refreshSoon();
    onChanged();
  };
  const listed = feeds.data?.icalFeeds ?? [];
  const shown = [...listed, ...added.filter((feed) => !listed.some((l) => l.id === feed.id))].filter((feed) => !removed.has(feed.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const interval = Number.parseInt(form.interval, 10);
    const result = await add({
      input: { accommodationId, platform: form.platform, url: form.url.trim(), label: form.label.trim() || null, intervalMinutes: Number.isFinite(interval) ? interval : null },
      lang: apiLang,
    });
    const feed = result.data?.addIcalFeed;
    if (!feed) return;
    setOutcome({ label: feed.label, status: feed.status, error: feed.lastError ?? null });
    setAdded([...added, feed]);
    setForm(EMPTY);
    changed();
  };

  return (
    <section className="card">
      <h2>{t('title')}</h2>
      <p>{t('intro')}</p>
      <ErrorMessage error={feeds.error} />
      {feeds.data && shown.length === 0 && <p className="muted">{t('none')}</p>}
      {shown.map((feed) => (
        <IcalFeedCard
          key={feed.id}
          feed={feed}
          onChanged={changed}
          onRemoved={() => {
            setRemoved(new Set([...removed, feed.id]));
            changed();
          }}
        />
      ))}
      <h3>{t('add')}</h3>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <label>
          {t('platform')}
          <select value={form.platform} onChange={(event) => setForm({ ...form, platform: event.target.value as IcalPlatform })}>
            {PLATFORMS.map((platform) => (
              <option key={platform} value={platform}>
                {platformName(platform, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('url')}
          <input type="text" inputMode="url" required autoComplete="off" spellCheck={false} value={form.url} onChange={(event) => setForm({ ...form, url: event.target.value })} />
        </label>
        <label>
          {t('label')}
          <input type="text" maxLength={80} value={form.label} onChange={(event) => setForm({ ...form, label: event.target.value })} />
        </label>
        <label>
          {t('interval')}
          <input type="number" min={5} max={1440} step={1} required value={form.interval} onChange={(event) => setForm({ ...form, interval: event.target.value })} />
        </label>
        <ErrorMessage error={adding.error} />
        <button type="submit" className="primary" disabled={adding.fetching}>
          {t('submit')}
        </button>
      </form>
      {outcome &&
        (outcome.status === 'FAILING' ? (
          <div role="alert" className="error">
            <p>{t('addedFailing', { label: outcome.label, error: outcome.error ?? '' })}</p>
            <p>{t('checkPlatform')}</p>
          </div>
        ) : (
          <p role="status" className="success">{t('added', { label: outcome.label })}</p>
        ))}
    </section>
  );
}


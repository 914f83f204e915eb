import { useState } from 'react';
import { useMutation } from 'urql';
import { moment } from '../../format';
import { graphql } from '../../graphql';
import type { SalesChannelsWebhookEndpointsQuery } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { eventTypeText } from './event-types';
import { WebhookDeliveries } from './webhook-deliveries';

const SalesChannelsRemoveWebhookEndpoint = graphql(`
  mutation SalesChannelsRemoveWebhookEndpoint($id: ID!) {
    removeWebhookEndpoint(id: $id)
  }
`);

const SalesChannelsRotateWebhookSecret = graphql(`
  mutation SalesChannelsRotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) { secret endpoint { id previousSecretExpiresAt } }
  }
`);

const SalesChannelsEnableWebhookEndpoint = graphql(`
  mutation SalesChannelsEnableWebhookEndpoint($id: ID!, $input: WebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, input: $input) { id enabled disabledAt }
  }
`);

const messages = defineMessages({
  fr: {
    active: 'Actif',
    disabled: 'Arrêté',
    disabledSince: 'Arrêté depuis le {at} : rien n’a pu être livré pendant 3 jours, ou vous l’avez arrêté. Les événements attendent.',
    enable: 'Reprendre les envois',
    created: 'Créé le {at}',
    guest: 'Avec les coordonnées des clients',
    noGuest: 'Sans les coordonnées des clients',
    events: 'Événements envoyés :',
    previous: 'L’ancienne clé de signature signe aussi jusqu’au {at}.',
    rotate: 'Nouvelle clé de signature',
    confirmRotate: 'Créer une nouvelle clé de signature ? L’ancienne signe encore pendant 24 heures, le temps de mettre la nouvelle en place.',
    remove: 'Supprimer',
    confirmRemove: 'Supprimer le webhook vers {url} et son journal ?',
    showLog: 'Journal des envois',
  },
  en: {
    active: 'Active',
    disabled: 'Stopped',
    disabledSince: 'Stopped since {at}: nothing could be delivered for 3 days, or you stopped it. Events are waiting.',
    enable: 'Resume deliveries',
    created: 'Created on {at}',
    guest: 'With guests’ details',
    noGuest: 'Without guests’ details',
    events: 'Events sent:',
    previous: 'The previous signing key also signs until {at}.',
    rotate: 'New signing key',
    confirmRotate: 'Make a new signing key? The old one still signs for 24 hours, time to set up the new one.',
    remove: 'Delete',
    confirmRemove: 'Delete the webhook to {url} and its log?',
    showLog: 'Delivery log',
  },
});

type Endpoint = SalesChannelsWebhookEndpointsQuery['webhookEndpoints'][number];

/** One webhook: where it sends, what, whether it works, and its log. */
export function WebhookEndpointCard({ endpoint, onChanged, onSecret }: { endpoint: Endpoint; onChanged: () => void; onSecret: (secret: string) => void }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [log, setLog] = useState(false);
  const [removing, remove] = useMutation(SalesChannelsRemoveWebhookEndpoint);
  const [rotating, rotate] = useMutation(SalesChannelsRotateWebhookSecret);
  const [enabling, enable] = useMutation(SalesChannelsEnableWebhookEndpoint);
  const logId = `webhook-log-${endpoint.id}`;

  const removeIt = async () => {
    if (!window.confirm(t('confirmRemove', { url: endpoint.url }))) return;
    if ((await remove({ id: endpoint.id })).data) onChanged();
  };
  const rotateIt = async () => {
    if (!window.confirm(t('confirmRotate'))) return;
    const result = await rotate({ id: endpoint.id });
    if (!result.data) return;
    onSecret(result.data.rotateWebhookSecret.secret);
    onChanged();
  };
  const enableIt = async () => {
    const input = { url: endpoint.url, eventTypes: endpoint.eventTypes, includeGuestDetails: endpoint.includeGuestDetails, enabled: true };
    if ((await enable({ id: endpoint.id, input })).data) onChanged();
  };

  return (
    <article className="sales-channels-feed">
      <h3 className="sales-channels-url">
        {endpoint.url} <span className="badge">{endpoint.enabled ? t('active') : t('disabled')}</span>
      </h3>
      <p className="muted">
        {t('created', { at: moment(endpoint.createdAt, lang) })} · {endpoint.includeGuestDetails ? t('guest') : t('noGuest')}
      </p>
      {!endpoint.enabled && (
        <div className="sales-channels-note">
          <p>{t('disabledSince', { at: endpoint.disabledAt ? moment(endpoint.disabledAt, lang) : '?' })}</p>
          <button type="button" disabled={enabling.fetching} onClick={() => void enableIt()}>
            {t('enable')}
          </button>
        </div>
      )}
      <p>{t('events')}</p>
      <ul>
        {endpoint.eventTypes.map((type) => (
          <li key={type}>{eventTypeText(type, lang)}</li>
        ))}
      </ul>
      {endpoint.previousSecretExpiresAt && <p className="muted">{t('previous', { at: moment(endpoint.previousSecretExpiresAt, lang) })}</p>}
      <div className="toolbar">
        <button type="button" aria-expanded={log} aria-controls={logId} onClick={() => setLog(!log)}>
          {t('showLog')}
        </button>
        <button type="button" disabled={rotating.fetching} onClick={() => void rotateIt()}>
          {t('rotate')}
        </button>
        <button type="button" className="danger" disabled={removing.fetching} onClick={() => void removeIt()}>
          {t('remove')}
        </button>
      </div>
      <ErrorMessage error={removing.error ?? rotating.error ?? enabling.error} />
      <div id={logId}>{log && <WebhookDeliveries endpointId={endpoint.id} />}</div>
    </article>
  );
}

import { useMutation, useQuery } from 'urql';
import { moment } from '../../format';
import { graphql } from '../../graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { eventTypeText } from './event-types';

const SalesChannelsWebhookDeliveries = graphql(`
  query SalesChannelsWebhookDeliveries($endpointId: ID!) {
    webhookDeliveries(endpointId: $endpointId, first: 50) {
      nodes { id eventType status attempts createdAt deliveredAt lastAttemptAt lastStatusCode lastError nextAttemptAt }
    }
  }
`);

const SalesChannelsRedeliverWebhook = graphql(`
  mutation SalesChannelsRedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) { id status nextAttemptAt }
  }
`);

const messages = defineMessages({
  fr: {
    caption: 'Les 50 derniers envois, le plus récent d’abord',
    none: 'Rien d’envoyé pour l’instant : les événements arrivent à partir de la création du webhook.',
    event: 'Événement',
    status: 'État',
    attempts: 'Tentatives',
    last: 'Dernière réponse',
    next: 'Prochaine tentative',
    PENDING: 'En attente',
    DELIVERED: 'Livré',
    FAILED: 'Abandonné',
    noAnswer: 'aucune réponse',
    redeliver: 'Renvoyer',
    refresh: 'Actualiser',
  },
  en: {
    caption: 'The last 50 deliveries, newest first',
    none: 'Nothing sent yet: events arrive from the webhook’s creation on.',
    event: 'Event',
    status: 'Status',
    attempts: 'Attempts',
    last: 'Last answer',
    next: 'Next attempt',
    PENDING: 'Pending',
    DELIVERED: 'Delivered',
    FAILED: 'Given up',
    noAnswer: 'no answer',
    redeliver: 'Send again',
    refresh: 'Refresh',
  },
});

/** What was sent to one endpoint, and a way to send a delivered or given-up event again. */
export function WebhookDeliveries({ endpointId }: { endpointId: string }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [answer, refresh] = useQuery({ query: SalesChannelsWebhookDeliveries, variables: { endpointId } });
  const [redelivering, redeliver] = useMutation(SalesChannelsRedeliverWebhook);
  const deliveries = answer.data?.webhookDeliveries.nodes ?? [];
  const again = async (deliveryId: string) => {
    if ((await redeliver({ deliveryId })).data) refresh({ requestPolicy: 'network-only' });
  };

  return (
    <div>
      <ErrorMessage error={answer.error ?? redelivering.error} />
      <button type="button" onClick={() => refresh({ requestPolicy: 'network-only' })}>
        {t('refresh')}
      </button>
      {answer.data && deliveries.length === 0 && <p className="muted">{t('none')}</p>}
      {deliveries.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('event')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('attempts')}</th>
                <th scope="col">{t('last')}</th>
                <th scope="col">{t('next')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('redeliver')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id}>
                  <td>
                    {eventTypeText(delivery.eventType, lang)}
                    <div className="muted">{moment(delivery.createdAt, lang)}</div>
                  </td>
                  <td>{t(delivery.status)}</td>
                  <td>{delivery.attempts}</td>
                  <td>
                    {delivery.lastAttemptAt ? `${moment(delivery.lastAttemptAt, lang)} : ${delivery.lastStatusCode ?? t('noAnswer')}` : '—'}
                    {delivery.lastError && <div className="muted">{delivery.lastError}</div>}
                  </td>
                  <td>{delivery.nextAttemptAt ? moment(delivery.nextAttemptAt, lang) : '—'}</td>
                  <td>
                    {delivery.status !== 'PENDING' && (
                      <button type="button" disabled={redelivering.fetching} onClick={() => void again(delivery.id)}>
                        {t('redeliver')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

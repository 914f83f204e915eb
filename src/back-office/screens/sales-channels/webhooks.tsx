import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import { defineMessages, useMessages, useLang } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { EVENT_TYPES, eventTypeText } from './event-types';
import { SecretOnce } from './secret-once';
import { WebhookEndpointCard } from './webhook-endpoint-card';

export const SalesChannelsWebhookEndpoints = graphql(`
  query SalesChannelsWebhookEndpoints {
    webhookEndpoints { id url eventTypes enabled disabledAt includeGuestDetails createdAt previousSecretExpiresAt }
  }
`);

const SalesChannelsCreateWebhookEndpoint = graphql(`
  mutation SalesChannelsCreateWebhookEndpoint($input: WebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) { secret endpoint { id url } }
  }
`);

const messages = defineMessages({
  fr: {
    create: 'Ajouter un webhook',
    intro: 'Un webhook prévient un autre logiciel (channel manager, site, comptabilité) dès qu’un événement choisi se produit : le serveur envoie l’événement, signé, à l’adresse indiquée. Il reçoit ce qui arrive à partir de sa création ; 10 au plus.',
    url: 'Adresse qui reçoit les envois (https://…)',
    events: 'Événements envoyés (au moins un)',
    guest: 'Inclure les coordonnées du client dans les événements des dossiers',
    pickOne: 'Cochez au moins un événement.',
    submit: 'Ajouter',
    secret: 'Clé de signature de {url}',
    list: 'Vos webhooks',
    none: 'Aucun webhook pour l’instant.',
  },
  en: {
    create: 'Add a webhook',
    intro: 'A webhook tells other software (a channel manager, a site, accounting) as soon as a chosen event happens: the server sends the event, signed, to the address given. It receives what happens from its creation on; 10 at most.',
    url: 'Address receiving the deliveries (https://…)',
    events: 'Events sent (at least one)',
    guest: 'Include the guest’s details in booking events',
    pickOne: 'Tick at least one event.',
    submit: 'Add',
    secret: 'Signing key of {url}',
    list: 'Your webhooks',
    none: 'No webhook yet.',
  },
});

export function WebhooksPage() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [endpoints, refresh] = useQuery({ query: SalesChannelsWebhookEndpoints });
  const [creating, create] = useMutation(SalesChannelsCreateWebhookEndpoint);
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<readonly string[]>([]);
  const [guest, setGuest] = useState(false);
  const [missingType, setMissingType] = useState(false);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const changed = () => refresh({ requestPolicy: 'network-only' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (types.length === 0) {
      setMissingType(true);
      return;
    }
    setMissingType(false);
    const result = await create({ input: { url: url.trim(), eventTypes: [...types], includeGuestDetails: guest } });
    if (!result.data) return;
    setSecret({ url: result.data.createWebhookEndpoint.endpoint.url, secret: result.data.createWebhookEndpoint.secret });
    setUrl('');
    setTypes([]);
    setGuest(false);
    changed();
  };

  return (
    <>
      <section className="card">
        <h2>{t('create')}</h2>
        <p>{t('intro')}</p>
        <form className="form" onSubmit={(event) => void submit(event)}>
          <label>
            {t('url')}
            <input type="url" required autoComplete="off" spellCheck={false} value={url} onChange={(event) => setUrl(event.target.value)} />
          </label>
          <fieldset className="sales-channels-fieldset">
            <legend>{t('events')}</legend>
            {EVENT_TYPES.map((type) => (
              <label key={type} className="check">
                <input type="checkbox" checked={types.includes(type)} onChange={(event) => setTypes(event.target.checked ? [...types, type] : types.filter((x) => x !== type))} />
                {eventTypeText(type, lang)}
              </label>
            ))}
          </fieldset>
          <label className="check">
            <input type="checkbox" checked={guest} onChange={(event) => setGuest(event.target.checked)} />
            {t('guest')}
          </label>
          {missingType && <p role="alert" className="error">{t('pickOne')}</p>}
          <ErrorMessage error={creating.error} />
          <button type="submit" className="primary" disabled={creating.fetching}>
            {t('submit')}
          </button>
        </form>
      </section>
      <section className="card">
        <h2>{t('list')}</h2>
        {secret && <SecretOnce label={t('secret', { url: secret.url })} value={secret.secret} onDone={() => setSecret(null)} />}
        <ErrorMessage error={endpoints.error} />
        {endpoints.data && endpoints.data.webhookEndpoints.length === 0 && <p className="muted">{t('none')}</p>}
        {endpoints.data?.webhookEndpoints.map((endpoint) => (
          <WebhookEndpointCard key={endpoint.id} endpoint={endpoint} onChanged={changed} onSecret={(value) => setSecret({ url: endpoint.url, secret: value })} />
        ))}
      </section>
    </>
  );
}

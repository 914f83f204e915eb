import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { moment } from '../../format';
import { graphql } from '../../graphql';
import type { ApiScope } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';
import { SecretOnce } from './secret-once';

const SalesChannelsApiKeys = graphql(`
  query SalesChannelsApiKeys {
    apiKeys { id name prefix scopes createdAt lastUsedAt revokedAt }
  }
`);

const SalesChannelsCreateApiKey = graphql(`
  mutation SalesChannelsCreateApiKey($name: String!, $scopes: [ApiScope!]!) {
    createApiKey(name: $name, scopes: $scopes) { key apiKey { id name } }
  }
`);

const SalesChannelsRevokeApiKey = graphql(`
  mutation SalesChannelsRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id)
  }
`);

const SCOPES: readonly ApiScope[] = ['BOOKINGS_READ', 'GUESTS_READ', 'AVAILABILITY_READ', 'BLOCKS_WRITE', 'WEBHOOKS_MANAGE'];

const messages = defineMessages({
  fr: {
    title: 'Clés d’API',
    intro: 'Une clé permet à un logiciel (channel manager, comptabilité) de lire ou modifier vos données, seulement ce que vous cochez. Donnez-en une par logiciel : vous pourrez la révoquer seule.',
    create: 'Créer une clé',
    name: 'Pour qui (nom du logiciel ou du prestataire)',
    scopes: 'Ce qu’elle permet (au moins un choix)',
    BOOKINGS_READ: 'Lire les dossiers de réservation et les paiements',
    GUESTS_READ: 'Voir les données personnelles des clients (noms, e-mails, téléphones)',
    AVAILABILITY_READ: 'Lire les plannings et les tarifs',
    BLOCKS_WRITE: 'Bloquer et rouvrir des nuits',
    WEBHOOKS_MANAGE: 'Gérer les webhooks',
    pickOne: 'Cochez au moins ce que la clé permet.',
    submit: 'Créer la clé',
    theKey: 'La clé « {name} »',
    list: 'Vos clés',
    none: 'Aucune clé pour l’instant.',
    prefix: 'Début de la clé',
    allowed: 'Permissions',
    created: 'Créée le',
    lastUsed: 'Dernier usage',
    never: 'jamais',
    state: 'État',
    active: 'Active',
    revoked: 'Révoquée le {at}',
    revoke: 'Révoquer',
    confirmRevoke: 'Révoquer la clé « {name} » ? Elle cessera aussitôt de fonctionner.',
    revokedDone: 'Clé « {name} » révoquée.',
  },
  en: {
    title: 'API keys',
    intro: 'A key lets software (a channel manager, accounting) read or change your data, only what you tick. Give one per piece of software: you can revoke it alone.',
    create: 'Create a key',
    name: 'For whom (software or provider name)',
    scopes: 'What it may do (at least one)',
    BOOKINGS_READ: 'Read booking files and payments',
    GUESTS_READ: 'See guests’ personal data (names, emails, phones)',
    AVAILABILITY_READ: 'Read plannings and rates',
    BLOCKS_WRITE: 'Block and reopen nights',
    WEBHOOKS_MANAGE: 'Manage webhooks',
    pickOne: 'Tick at least what the key may do.',
    submit: 'Create the key',
    theKey: 'The key “{name}”',
    list: 'Your keys',
    none: 'No key yet.',
    prefix: 'Start of the key',
    allowed: 'Permissions',
    created: 'Created on',
    lastUsed: 'Last used',
    never: 'never',
    state: 'Status',
    active: 'Active',
    revoked: 'Revoked on {at}',
    revoke: 'Revoke',
    confirmRevoke: 'Revoke the key “{name}”? It will stop working at once.',
    revokedDone: 'Key “{name}” revoked.',
  },
});

export function ApiKeysPage() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [keys, refresh] = useQuery({ query: SalesChannelsApiKeys });
  const [creating, create] = useMutation(SalesChannelsCreateApiKey);
  const [revoking, revoke] = useMutation(SalesChannelsRevokeApiKey);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<readonly ApiScope[]>([]);
  const [missingScope, setMissingScope] = useState(false);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [revokedName, setRevokedName] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRevokedName(null);
    if (scopes.length === 0) {
      setMissingScope(true);
      return;
    }
    setMissingScope(false);
    const result = await create({ name: name.trim(), scopes: [...scopes] });
    if (!result.data) return;
    setCreated({ name: result.data.createApiKey.apiKey.name, key: result.data.createApiKey.key });
    setName('');
    setScopes([]);
    refresh({ requestPolicy: 'network-only' });
  };
  const revokeKey = async (id: string, keyName: string) => {
    if (!window.confirm(t('confirmRevoke', { name: keyName }))) return;
    const result = await revoke({ id });
    if (!result.data) return;
    setRevokedName(keyName);
    refresh({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <section className="card">
        <h2>{t('create')}</h2>
        <p>{t('intro')}</p>
        <form className="form" onSubmit={(event) => void submit(event)}>
          <label>
            {t('name')}
            <input type="text" required maxLength={80} value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <fieldset className="sales-channels-fieldset">
            <legend>{t('scopes')}</legend>
            {SCOPES.map((scope) => (
              <label key={scope} className="check">
                <input
                  type="checkbox"
                  checked={scopes.includes(scope)}
                  onChange={(event) => setScopes(event.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
                />
                {t(scope)}
              </label>
            ))}
          </fieldset>
          {missingScope && <p role="alert" className="error">{t('pickOne')}</p>}
          <ErrorMessage error={creating.error} />
          <button type="submit" className="primary" disabled={creating.fetching}>
            {t('submit')}
          </button>
        </form>
        {created && <SecretOnce label={t('theKey', { name: created.name })} value={created.key} onDone={() => setCreated(null)} />}
      </section>
      <section className="card">
        <h2>{t('list')}</h2>
        <ErrorMessage error={keys.error ?? revoking.error} />
        {revokedName && <Saved text={t('revokedDone', { name: revokedName })} />}
        {keys.data && keys.data.apiKeys.length === 0 && <p className="muted">{t('none')}</p>}
        {keys.data && keys.data.apiKeys.length > 0 && (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('prefix')}</th>
                  <th scope="col">{t('allowed')}</th>
                  <th scope="col">{t('created')}</th>
                  <th scope="col">{t('lastUsed')}</th>
                  <th scope="col">{t('state')}</th>
                </tr>
              </thead>
              <tbody>
                {keys.data.apiKeys.map((key) => (
                  <tr key={key.id}>
                    <th scope="row">{key.name}</th>
                    <td>
                      <code>{key.prefix}…</code>
                    </td>
                    <td>
                      <ul className="sales-channels-plain">
                        {key.scopes.map((scope) => (
                          <li key={scope}>{t(scope)}</li>
                        ))}
                      </ul>
                    </td>
                    <td>{moment(key.createdAt, lang)}</td>
                    <td>{key.lastUsedAt ? moment(key.lastUsedAt, lang) : t('never')}</td>
                    <td>
                      {key.revokedAt ? (
                        t('revoked', { at: moment(key.revokedAt, lang) })
                      ) : (
                        <>
                          {t('active')}{' '}
                          <button type="button" className="danger" disabled={revoking.fetching} aria-label={`${t('revoke')} ${key.name}`} onClick={() => void revokeKey(key.id, key.name)}>
                            {t('revoke')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

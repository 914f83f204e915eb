import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { moment } from '../../format';
import { graphql } from '../../graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';

const PaymentQuery = graphql(`
  query SettingsPayment {
    paymentProvider { provider byDefault connectedAt keyHint }
    salesTerms { onlinePayment onlinePaymentReady }
  }
`);

const ConnectStripe = graphql(`
  mutation SettingsConnectPaymentProvider($input: PaymentProviderInput!) {
    connectPaymentProvider(input: $input) { provider byDefault connectedAt keyHint }
  }
`);

const Disconnect = graphql(`
  mutation SettingsDisconnectPaymentProvider {
    disconnectPaymentProvider
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Paiement en ligne',
    none: 'Aucun prestataire de paiement n’est connecté : vos clients ne peuvent pas payer en ligne.',
    stripe: 'Connecté à Stripe depuis le {at}, clé {hint}.',
    local: 'Prestataire de test de l’application (aucun argent n’est encaissé).',
    localByDefault: 'Prêté par défaut tant que vous n’en avez pas choisi un.',
    ready: 'Vos clients peuvent payer l’acompte en ligne.',
    off: 'Le paiement en ligne est désactivé dans vos modalités de vente.',
    connectTitle: 'Connecter votre compte Stripe',
    step1: 'Dans votre tableau de bord Stripe, copiez votre clé secrète (elle commence par sk_live_, sk_test_ ou rk_).',
    step2: 'Dans Stripe, ajoutez un point de terminaison de webhook à l’adresse ci-dessous, pour l’événement checkout.session.completed, puis copiez son secret de signature (whsec_…).',
    webhookUrl: 'Adresse du webhook à déclarer dans Stripe :',
    secretKey: 'Clé secrète Stripe',
    webhookSecret: 'Secret de signature du webhook (whsec_…)',
    secretsKept: 'Vos secrets sont conservés chiffrés et ne seront plus jamais affichés.',
    connect: 'Connecter Stripe',
    connected: 'Stripe est connecté.',
    disconnect: 'Déconnecter le paiement en ligne',
    disconnected: 'Le paiement en ligne est arrêté.',
  },
  en: {
    title: 'Online payment',
    none: 'No payment provider is connected: your guests cannot pay online.',
    stripe: 'Connected to Stripe since {at}, key {hint}.',
    local: 'The app’s test provider (no money is taken).',
    localByDefault: 'Lent by default until you choose one.',
    ready: 'Your guests can pay the deposit online.',
    off: 'Online payment is turned off in your sales terms.',
    connectTitle: 'Connect your Stripe account',
    step1: 'In your Stripe dashboard, copy your secret key (it starts with sk_live_, sk_test_ or rk_).',
    step2: 'In Stripe, add a webhook endpoint at the address below, for the checkout.session.completed event, then copy its signing secret (whsec_…).',
    webhookUrl: 'Webhook address to give Stripe:',
    secretKey: 'Stripe secret key',
    webhookSecret: 'Webhook signing secret (whsec_…)',
    secretsKept: 'Your secrets are kept encrypted and never shown again.',
    connect: 'Connect Stripe',
    connected: 'Stripe is connected.',
    disconnect: 'Disconnect online payment',
    disconnected: 'Online payment is stopped.',
  },
});

/** Which provider takes the owner's online payments, and how to connect Stripe or stop. */
export function PaymentSettings() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [result, refetch] = useQuery({ query: PaymentQuery });
  const [secrets, setSecrets] = useState({ secretKey: '', webhookSecret: '' });
  const [done, setDone] = useState<'connected' | 'disconnected' | null>(null);
  const [connected, connect] = useMutation(ConnectStripe);
  const [disconnected, disconnect] = useMutation(Disconnect);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const answer = await connect({ input: { provider: 'STRIPE', secretKey: secrets.secretKey.trim(), webhookSecret: secrets.webhookSecret.trim() } });
    if (!answer.data) return;
    setSecrets({ secretKey: '', webhookSecret: '' });
    setDone('connected');
    reload();
  };
  const stop = async () => {
    setDone(null);
    const answer = await disconnect({});
    if (!answer.data) return;
    setDone('disconnected');
    reload();
  };

  if (!result.data) return <ErrorMessage error={result.error} />;
  const provider = result.data.paymentProvider;
  const terms = result.data.salesTerms;
  return (
    <>
      <section className="card" aria-labelledby="settings-payment">
        <h2 id="settings-payment">{t('title')}</h2>
        {done && <Saved text={t(done)} />}
        {!provider && <p>{t('none')}</p>}
        {provider?.provider === 'STRIPE' && <p>{t('stripe', { at: provider.connectedAt ? moment(provider.connectedAt, lang) : '', hint: provider.keyHint ?? '' })}</p>}
        {provider?.provider === 'LOCAL' && (
          <p>
            {t('local')} {provider.byDefault && t('localByDefault')}
          </p>
        )}
        {provider && <p className={terms.onlinePaymentReady ? 'success' : 'muted'}>{terms.onlinePaymentReady ? t('ready') : t('off')}</p>}
        <ErrorMessage error={disconnected.error} />
        {provider && !provider.byDefault && (
          <button type="button" className="danger" disabled={disconnected.fetching} onClick={() => void stop()}>{t('disconnect')}</button>
        )}
      </section>
      <section className="card" aria-labelledby="settings-stripe">
        <h2 id="settings-stripe">{t('connectTitle')}</h2>
        <ol>
          <li>{t('step1')}</li>
          <li>{t('step2')}</li>
        </ol>
        <p>
          {t('webhookUrl')} <code className="settings-code">{`${window.location.origin}/payments/webhooks/stripe`}</code>
        </p>
        <form className="form" onSubmit={(event) => void submit(event)}>
          <label>
            {t('secretKey')}
            <input required autoComplete="off" spellCheck={false} value={secrets.secretKey} onChange={(event) => setSecrets({ ...secrets, secretKey: event.target.value })} />
          </label>
          <label>
            {t('webhookSecret')}
            <input required autoComplete="off" spellCheck={false} value={secrets.webhookSecret} onChange={(event) => setSecrets({ ...secrets, webhookSecret: event.target.value })} />
          </label>
          <p className="muted">{t('secretsKept')}</p>
          <ErrorMessage error={connected.error} />
          <button type="submit" className="primary" disabled={connected.fetching}>{t('connect')}</button>
        </form>
      </section>
    </>
  );
}

import type { FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import { defineMessages, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { SaveFooter, useDraft } from '../../ui/saving';
import { LocalizedArea, localized, toInput, type Localized } from './localized';

const SalesTermsQuery = graphql(`
  query SettingsSalesTerms {
    salesTerms { onlinePayment onlinePaymentReady preBooking paymentWindowMinutes privacy { link text { fr en } } gdprOptIn { link text { fr en } } }
  }
`);

const SetSalesTerms = graphql(`
  mutation SettingsSetSalesTerms($input: SalesTermsInput!) {
    setSalesTerms(input: $input) { onlinePayment onlinePaymentReady preBooking paymentWindowMinutes privacy { link text { fr en } } gdprOptIn { link text { fr en } } }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Vente en ligne et RGPD',
    onlinePayment: 'Les clients peuvent payer l’acompte en ligne',
    notReady: 'Le paiement en ligne ne fonctionnera qu’une fois un prestataire de paiement connecté (page « Paiement en ligne »).',
    preBooking: 'Les clients peuvent pré-réserver sans payer (le dossier s’ouvre en option)',
    window: 'Durée pendant laquelle les nuits sont bloquées pour un paiement en ligne (minutes, de 10 à 1440)',
    privacy: 'Information sur la protection des données (formulaire de réservation)',
    privacyText: 'Texte',
    privacyLink: 'Lien vers votre politique de confidentialité (https://…, facultatif)',
    optIn: 'Case d’accord pour recevoir vos offres (non cochée par défaut)',
    optInText: 'Texte de la case',
    optInLink: 'Lien pour en savoir plus (https://…, facultatif)',
    frRequired: 'Laissez le texte français vide pour ne rien afficher.',
    save: 'Enregistrer la vente en ligne',
    saved: 'Modalités de vente en ligne enregistrées.',
  },
  en: {
    title: 'Online sales and GDPR',
    onlinePayment: 'Guests may pay the deposit online',
    notReady: 'Online payment works only once a payment provider is connected (“Online payment” page).',
    preBooking: 'Guests may pre-book without paying (the file opens as an option)',
    window: 'How long the nights stay held for an online payment (minutes, 10 to 1440)',
    privacy: 'Privacy information (booking form)',
    privacyText: 'Text',
    privacyLink: 'Link to your privacy policy (https://…, optional)',
    optIn: 'Consent box to receive your offers (unticked by default)',
    optInText: 'Text of the box',
    optInLink: 'Link to read more (https://…, optional)',
    frRequired: 'Leave the French text empty to show nothing.',
    save: 'Save online sales',
    saved: 'Online sales terms saved.',
  },
});

interface Form {
  onlinePayment: boolean;
  preBooking: boolean;
  window: string;
  privacy: Localized;
  privacyLink: string;
  optIn: Localized;
  optInLink: string;
}

type Linked = { link?: string | null; text: { fr?: string | null; en?: string | null } } | null | undefined;

const linkedInput = (text: Localized, link: string) => (text.fr.trim() ? { text: toInput(text), link: link.trim() || null } : null);

/** How guests book online: pay now or pre-book, how long nights are held, and the GDPR texts of the form. */
export function OnlineSalesSettings() {
  const [result] = useQuery({ query: SalesTermsQuery });
  if (!result.data) return <ErrorMessage error={result.error} />;
  const terms = result.data.salesTerms;
  const privacy: Linked = terms.privacy;
  const optIn: Linked = terms.gdprOptIn;
  return (
    <OnlineSalesForm
      ready={terms.onlinePaymentReady}
      initial={{
        onlinePayment: terms.onlinePayment,
        preBooking: terms.preBooking,
        window: String(terms.paymentWindowMinutes),
        privacy: localized(privacy?.text),
        privacyLink: privacy?.link ?? '',
        optIn: localized(optIn?.text),
        optInLink: optIn?.link ?? '',
      }}
    />
  );
}

function OnlineSalesForm({ initial, ready }: { initial: Form; ready: boolean }) {
  const t = useMessages(messages);
  const { form, set, saved, setSaved } = useDraft(initial);
  const [result, save] = useMutation(SetSalesTerms);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const answer = await save({
      input: {
        onlinePayment: form.onlinePayment,
        preBooking: form.preBooking,
        paymentWindowMinutes: Number(form.window),
        privacy: linkedInput(form.privacy, form.privacyLink),
        gdprOptIn: linkedInput(form.optIn, form.optInLink),
      },
    });
    if (answer.data) setSaved(true);
  };

  return (
    <section className="card" aria-labelledby="settings-online">
      <h2 id="settings-online">{t('title')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <label className="check">
          <input type="checkbox" checked={form.onlinePayment} onChange={(event) => set({ onlinePayment: event.target.checked })} />
          {t('onlinePayment')}
        </label>
        {form.onlinePayment && !ready && <p className="muted">{t('notReady')}</p>}
        <label className="check">
          <input type="checkbox" checked={form.preBooking} onChange={(event) => set({ preBooking: event.target.checked })} />
          {t('preBooking')}
        </label>
        <label>
          {t('window')}
          <input type="number" min={10} max={1440} required value={form.window} onChange={(event) => set({ window: event.target.value })} />
        </label>
        <fieldset>
          <legend>{t('privacy')}</legend>
          <p className="muted">{t('frRequired')}</p>
          <LocalizedArea label={t('privacyText')} value={form.privacy} onChange={(privacy) => set({ privacy })} rows={3} />
          <label>
            {t('privacyLink')}
            <input type="url" value={form.privacyLink} onChange={(event) => set({ privacyLink: event.target.value })} />
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('optIn')}</legend>
          <p className="muted">{t('frRequired')}</p>
          <LocalizedArea label={t('optInText')} value={form.optIn} onChange={(optIn) => set({ optIn })} rows={2} />
          <label>
            {t('optInLink')}
            <input type="url" value={form.optInLink} onChange={(event) => set({ optInLink: event.target.value })} />
          </label>
        </fieldset>
        <SaveFooter label={t('save')} saved={saved} savedText={t('saved')} busy={result.fetching} error={result.error} />
      </form>
    </section>
  );
}

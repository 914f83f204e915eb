import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { Lang as ApiLang, OnlineBookingEmail } from '../../graphql/graphql';
import { defineMessages, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { SaveFooter, useDraft } from '../../ui/saving';
import { LocalizedArea, localized, toInput, type Localized } from './localized';

const EmailSettingsQuery = graphql(`
  query SettingsEmails {
    emailSettings { languages copyToOwner depositReminder balanceReminderDays onlineBooking subject { fr en } introduction { fr en } footer { fr en } }
  }
`);

const SetEmailSettings = graphql(`
  mutation SettingsSetEmails($input: EmailSettingsInput!) {
    setEmailSettings(input: $input) { languages copyToOwner depositReminder balanceReminderDays onlineBooking subject { fr en } introduction { fr en } footer { fr en } }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'E-mails aux clients',
    languages: 'Langues dans lesquelles vous écrivez à vos clients',
    firstLanguage: 'Langue utilisée quand celle du client est inconnue',
    FR: 'Français',
    EN: 'Anglais',
    copy: 'Recevoir une copie de chaque e-mail envoyé à un client',
    depositReminder: 'Relancer le client quand l’acompte ou les arrhes n’ont pas été payés à temps',
    balanceReminder: 'Rappeler le solde tant de jours avant son échéance (0 : pas de rappel)',
    onlineBooking: 'Après une réservation en ligne, le client reçoit',
    NOTIFICATION: 'un simple accusé de réception',
    WITH_DOCUMENT: 'le document de réservation (PDF) en pièce jointe',
    documentEmail: 'E-mail qui accompagne le document',
    standard: 'Un texte laissé vide reprend le texte standard.',
    subject: 'Objet',
    introduction: 'Introduction',
    footer: 'Pied de message (vide : vos coordonnées)',
    oneLanguage: 'Choisissez au moins une langue.',
    save: 'Enregistrer les e-mails',
    saved: 'Réglages des e-mails enregistrés.',
  },
  en: {
    title: 'Emails to guests',
    languages: 'Languages you write to guests in',
    firstLanguage: 'Language used when the guest’s is unknown',
    FR: 'French',
    EN: 'English',
    copy: 'Get a copy of each email sent to a guest',
    depositReminder: 'Remind the guest when the deposit was not paid in time',
    balanceReminder: 'Remind of the balance this many days before it is due (0: no reminder)',
    onlineBooking: 'After booking online, the guest receives',
    NOTIFICATION: 'a plain acknowledgement',
    WITH_DOCUMENT: 'the booking document (PDF) attached',
    documentEmail: 'Email carrying the document',
    standard: 'A text left empty takes the standard one.',
    subject: 'Subject',
    introduction: 'Introduction',
    footer: 'Footer (empty: your details)',
    oneLanguage: 'Choose at least one language.',
    save: 'Save the emails',
    saved: 'Email settings saved.',
  },
});

interface Form {
  languages: ApiLang[];
  copyToOwner: boolean;
  depositReminder: boolean;
  balanceReminderDays: string;
  onlineBooking: OnlineBookingEmail;
  subject: Localized;
  introduction: Localized;
  footer: Localized;
}

const LANGS: readonly ApiLang[] = ['FR', 'EN'];

/** How the emails to guests read, in which languages, and which reminders go out. */
export function EmailSettingsPage() {
  const [result] = useQuery({ query: EmailSettingsQuery });
  if (!result.data) return <ErrorMessage error={result.error} />;
  const s = result.data.emailSettings;
  return (
    <EmailForm
      initial={{
        languages: [...s.languages],
        copyToOwner: s.copyToOwner,
        depositReminder: s.depositReminder,
        balanceReminderDays: String(s.balanceReminderDays ?? 0),
        onlineBooking: s.onlineBooking,
        subject: localized(s.subject),
        introduction: localized(s.introduction),
        footer: localized(s.footer),
      }}
    />
  );
}

function EmailForm({ initial }: { initial: Form }) {
  const t = useMessages(messages);
  const { form, set, saved, setSaved } = useDraft(initial);
  const [noLanguage, setNoLanguage] = useState(false);
  const [result, save] = useMutation(SetEmailSettings);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setNoLanguage(form.languages.length === 0);
    if (form.languages.length === 0) return;
    const answer = await save({
      input: {
        languages: form.languages,
        copyToOwner: form.copyToOwner,
        depositReminder: form.depositReminder,
        balanceReminderDays: Number(form.balanceReminderDays || 0),
        onlineBooking: form.onlineBooking,
        subject: toInput(form.subject),
        introduction: toInput(form.introduction),
        footer: toInput(form.footer),
      },
    });
    if (answer.data) setSaved(true);
  };

  return (
    <section className="card" aria-labelledby="settings-emails">
      <h2 id="settings-emails">{t('title')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <fieldset>
          <legend>{t('languages')}</legend>
          {LANGS.map((lang) => (
            <label key={lang} className="check">
              <input
                type="checkbox"
                checked={form.languages.includes(lang)}
                onChange={(event) => set({ languages: event.target.checked ? [...form.languages, lang] : form.languages.filter((l) => l !== lang) })}
              />
              {t(lang)}
            </label>
          ))}
        </fieldset>
        {form.languages.length > 1 && (
          <label>
            {t('firstLanguage')}
            <select
              value={form.languages[0]}
              onChange={(event) => set({ languages: [event.target.value as ApiLang, ...form.languages.filter((l) => l !== event.target.value)] })}
            >
              {form.languages.map((lang) => (
                <option key={lang} value={lang}>{t(lang)}</option>
              ))}
            </select>
          </label>
        )}
        <label className="check">
          <input type="checkbox" checked={form.copyToOwner} onChange={(event) => set({ copyToOwner: event.target.checked })} />
          {t('copy')}
        </label>
        <label className="check">
          <input type="checkbox" checked={form.depositReminder} onChange={(event) => set({ depositReminder: event.target.checked })} />
          {t('depositReminder')}
        </label>
        <label>
          {t('balanceReminder')}
          <input type="number" min={0} required value={form.balanceReminderDays} onChange={(event) => set({ balanceReminderDays: event.target.value })} />
        </label>
        <fieldset>
          <legend>{t('onlineBooking')}</legend>
          {(['NOTIFICATION', 'WITH_DOCUMENT'] as const).map((kind) => (
            <label key={kind} className="check">
              <input type="radio" name="online-booking-email" checked={form.onlineBooking === kind} onChange={() => set({ onlineBooking: kind })} />
              {t(kind)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('documentEmail')}</legend>
          <p className="muted">{t('standard')}</p>
          <LocalizedArea label={t('subject')} value={form.subject} onChange={(subject) => set({ subject })} rows={1} />
          <LocalizedArea label={t('introduction')} value={form.introduction} onChange={(introduction) => set({ introduction })} rows={4} />
          <LocalizedArea label={t('footer')} value={form.footer} onChange={(footer) => set({ footer })} rows={3} />
        </fieldset>
        {noLanguage && <p role="alert" className="error">{t('oneLanguage')}</p>}
        <SaveFooter label={t('save')} saved={saved} savedText={t('saved')} busy={result.fetching} error={result.error} />
      </form>
    </section>
  );
}

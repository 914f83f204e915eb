import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { moment } from '../../format';
import { graphql } from '../../graphql';
import type { Lang as ApiLang } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import type { FileData } from './file-query';
import { labelOr, labels } from './labels';

const SendDocument = graphql(`
  mutation DossiersSendDocument($id: ID!, $lang: Lang) {
    sendDossierDocument(id: $id, lang: $lang) { id status emails { id status } }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Document pour le client',
    proposal: 'Proposition de location (le dossier est une option)',
    contract: 'Contrat de location',
    downloadFr: 'Télécharger le PDF en français',
    downloadEn: 'Télécharger le PDF en anglais',
    sendTitle: 'Envoyer par e-mail',
    language: 'Langue du document et du message',
    fr: 'Français',
    en: 'Anglais',
    send: 'Envoyer au client',
    sent: 'Envoi demandé : suivez-le dans « E-mails envoyés ».',
    noEmail: 'Le client n’a pas d’adresse e-mail : ajoutez-la dans la partie Client pour lui envoyer le document.',
    emailsTitle: 'E-mails envoyés',
    emailsNone: 'Aucun e-mail envoyé pour ce dossier.',
    to: 'À',
    copy: 'copie pour vous',
    attempts: '{n} tentative(s)',
    noAddress: 'pas d’adresse',
  },
  en: {
    title: 'Document for the guest',
    proposal: 'Rental proposal (the file is an option)',
    contract: 'Rental contract',
    downloadFr: 'Download the PDF in French',
    downloadEn: 'Download the PDF in English',
    sendTitle: 'Send by email',
    language: 'Language of the document and message',
    fr: 'French',
    en: 'English',
    send: 'Send to the guest',
    sent: 'Sending asked: follow it under “Emails sent”.',
    noEmail: 'The guest has no email address: add it in the Guest part to send them the document.',
    emailsTitle: 'Emails sent',
    emailsNone: 'No email sent about this file.',
    to: 'To',
    copy: 'your copy',
    attempts: '{n} attempt(s)',
    noAddress: 'no address',
  },
});

/**
 * The file's document as the guest receives it (a proposal while an option, a contract once
 * confirmed: the API chooses), to download in either language or to email to the guest.
 */
export function DocumentPart({ file }: { file: FileData }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [sendLang, setSendLang] = useState<ApiLang>(lang === 'en' ? 'EN' : 'FR');
  const [sent, setSent] = useState(false);
  const [result, send] = useMutation(SendDocument);
  const href = (l: 'fr' | 'en') => `/dossiers/${encodeURIComponent(file.id)}/document.pdf?lang=${l}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const answer = await send({ id: file.id, lang: sendLang });
    if (answer.data) setSent(true);
  };
  return (
    <section className="card dossiers-part" aria-labelledby="dossiers-document">
      <h2 id="dossiers-document">{t('title')}</h2>
      <p>{file.status === 'OPTION' ? t('proposal') : t('contract')}</p>
      <ul className="dossiers-downloads">
        <li>
          <a href={href('fr')} download>
            {t('downloadFr')}
          </a>
        </li>
        <li>
          <a href={href('en')} download>
            {t('downloadEn')}
          </a>
        </li>
      </ul>
      {!file.guestErasedAt && (
        <form className="form" onSubmit={(event) => void submit(event)}>
          <h3>{t('sendTitle')}</h3>
          {!file.guest.email && <p className="muted">{t('noEmail')}</p>}
          <label>
            {t('language')}
            <select value={sendLang} onChange={(e) => setSendLang(e.target.value as ApiLang)}>
              <option value="FR">{t('fr')}</option>
              <option value="EN">{t('en')}</option>
            </select>
          </label>
          <ErrorMessage error={result.error} />
          {sent && (
            <p role="status" className="success">
              {t('sent')}
            </p>
          )}
          <div>
            <button type="submit" disabled={result.fetching || !file.guest.email}>
              {t('send')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** Each email about the file, newest first, with whether it left. */
export function EmailsPart({ file }: { file: FileData }) {
  const t = useMessages(messages);
  const l = useMessages(labels);
  const { lang } = useLang();
  return (
    <section className="card dossiers-part" aria-labelledby="dossiers-emails">
      <h2 id="dossiers-emails">{t('emailsTitle')}</h2>
      {file.emails.length === 0 ? (
        <p className="muted">{t('emailsNone')}</p>
      ) : (
        <ul className="dossiers-emails">
          {file.emails.map((email) => (
            <li key={email.id}>
              <div>
                <strong>{labelOr(lang, `email_${email.kind}`) ?? email.kind}</strong> — {email.subject}
              </div>
              <div className="muted">
                <time dateTime={email.at}>{moment(email.at, lang)}</time> · {t('to')} {email.to ?? t('noAddress')}
                {email.copy ? ` (${t('copy')})` : ''} ·{' '}
                <span className={`dossiers-email-${email.status.toLowerCase()}`}>{l(`emailStatus_${email.status}`)}</span>
                {email.attempts > 1 ? ` · ${t('attempts', { n: email.attempts })}` : ''}
              </div>
              {email.error && <div className="error">{email.error}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

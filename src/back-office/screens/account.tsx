import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../graphql';
import { MeQuery } from '../me';
import { defineMessages, useLang, useMessages } from '../i18n';
import { sessionHeaders, sessionModeHeader } from '../session';
import { ErrorMessage } from '../ui/error-message';
import { Saved } from '../ui/saving';
import { LogIn } from './log-in';

const ChangeEmail = graphql(`
  mutation BackOfficeChangeEmail($currentPassword: String!, $newEmail: String!) {
    changeEmail(currentPassword: $currentPassword, newEmail: $newEmail) { id email }
  }
`);

const ChangePassword = graphql(`
  mutation BackOfficeChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Mon compte',
    emailTitle: 'Changer d’adresse e-mail',
    newEmail: 'Nouvelle adresse e-mail',
    passwordTitle: 'Changer de mot de passe',
    newPassword: 'Nouveau mot de passe (12 caractères au moins)',
    current: 'Mot de passe actuel',
    save: 'Enregistrer',
    emailDone: 'Adresse changée. Vos autres appareils devront se reconnecter.',
    passwordDone: 'Mot de passe changé. Vos autres appareils devront se reconnecter.',
  },
  en: {
    title: 'My account',
    emailTitle: 'Change email address',
    newEmail: 'New email address',
    passwordTitle: 'Change password',
    newPassword: 'New password (at least 12 characters)',
    current: 'Current password',
    save: 'Save',
    emailDone: 'Address changed. Your other devices will have to log in again.',
    passwordDone: 'Password changed. Your other devices will have to log in again.',
  },
});

/**
 * Email and password, each changed with the current password. Either change ends every session
 * (the API's rule), this one included: the app logs in again at once with the new credentials,
 * so only the owner's other devices are signed out.
 */
export function AccountScreen() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [emailForm, setEmailForm] = useState({ newEmail: '', currentPassword: '' });
  const [passwordForm, setPasswordForm] = useState({ newPassword: '', currentPassword: '' });
  const [done, setDone] = useState<'email' | 'password' | null>(null);
  const [emailResult, changeEmail] = useMutation(ChangeEmail);
  const [passwordResult, changePassword] = useMutation(ChangePassword);
  const [, logIn] = useMutation(LogIn);
  const [me] = useQuery({ query: MeQuery });
  const again = (email: string, password: string) =>
    logIn({ email, password }, { fetchOptions: { credentials: 'same-origin', headers: { ...sessionHeaders(lang), ...sessionModeHeader(true) } } });

  const submitEmail = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const answer = await changeEmail(emailForm);
    if (!answer.data) return;
    await again(answer.data.changeEmail.email, emailForm.currentPassword);
    setEmailForm({ newEmail: '', currentPassword: '' });
    setDone('email');
  };
  const submitPassword = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const answer = await changePassword(passwordForm);
    if (!answer.data) return;
    const email = me.data?.me.email;
    if (email) await again(email, passwordForm.newPassword);
    setPasswordForm({ newPassword: '', currentPassword: '' });
    setDone('password');
  };

  return (
    <>
      <h1>{t('title')}</h1>
      {done && <Saved text={t(done === 'email' ? 'emailDone' : 'passwordDone')} />}
      <section className="card">
        <h2>{t('emailTitle')}</h2>
        <form className="form" onSubmit={(event) => void submitEmail(event)}>
          <label>
            {t('newEmail')}
            <input type="email" required autoComplete="email" value={emailForm.newEmail} onChange={(event) => setEmailForm({ ...emailForm, newEmail: event.target.value })} />
          </label>
          <label>
            {t('current')}
            <input type="password" required autoComplete="current-password" value={emailForm.currentPassword} onChange={(event) => setEmailForm({ ...emailForm, currentPassword: event.target.value })} />
          </label>
          <ErrorMessage error={emailResult.error} />
          <button type="submit" className="primary" disabled={emailResult.fetching}>{t('save')}</button>
        </form>
      </section>
      <section className="card">
        <h2>{t('passwordTitle')}</h2>
        <form className="form" onSubmit={(event) => void submitPassword(event)}>
          <label>
            {t('current')}
            <input type="password" required autoComplete="current-password" value={passwordForm.currentPassword} onChange={(event) => setPasswordForm({ ...passwordForm, currentPassword: event.target.value })} />
          </label>
          <label>
            {t('newPassword')}
            <input type="password" required minLength={12} autoComplete="new-password" value={passwordForm.newPassword} onChange={(event) => setPasswordForm({ ...passwordForm, newPassword: event.target.value })} />
          </label>
          <ErrorMessage error={passwordResult.error} />
          <button type="submit" className="primary" disabled={passwordResult.fetching}>{t('save')}</button>
        </form>
      </section>
    </>
  );
}

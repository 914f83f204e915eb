import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { graphql } from '../graphql';
import { defineMessages, useLang, useMessages } from '../i18n';
import { isSignedOut } from '../client';
import { sessionHeaders, sessionModeHeader } from '../session';
import { ErrorMessage } from '../ui/error-message';

export const LogIn = graphql(`
  mutation BackOfficeLogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) { owner { id } }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Connexion à votre espace propriétaire',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    remember: 'Rester connecté sur cet appareil',
    submit: 'Se connecter',
    noAccount: 'Pas encore de compte ?',
    signUp: 'Créer mon espace',
    refused: 'Adresse e-mail ou mot de passe incorrect.',
  },
  en: {
    title: 'Log in to your owner’s space',
    email: 'Email address',
    password: 'Password',
    remember: 'Stay signed in on this device',
    submit: 'Log in',
    noAccount: 'No account yet?',
    signUp: 'Create my space',
    refused: 'Wrong email address or password.',
  },
});

/** Log in; the session goes into this browser's cookies, kept past its closing when the owner asks. */
export function LogInScreen() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [, navigate] = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [result, logIn] = useMutation(LogIn);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await logIn({ email, password }, { fetchOptions: { credentials: 'same-origin', headers: { ...sessionHeaders(lang), ...sessionModeHeader(remember) } } });
    if (answer.data) navigate('/');
  };

  return (
    <main id="content" className="narrow">
      <h1>{t('title')}</h1>
      <form onSubmit={(event) => void submit(event)} className="form">
        <label>
          {t('email')}
          <input type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label>
          {t('password')}
          <input type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} />
          {t('remember')}
        </label>
        {result.error && isSignedOut(result.error) ? <p role="alert" className="error">{t('refused')}</p> : <ErrorMessage error={result.error} />}
        <button type="submit" className="primary" disabled={result.fetching}>{t('submit')}</button>
      </form>
      <p>
        {t('noAccount')} <Link href="/signup">{t('signUp')}</Link>
      </p>
    </main>
  );
}

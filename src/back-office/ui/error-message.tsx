import type { CombinedError } from 'urql';
import { errorCode } from '../client';
import { defineMessages, useMessages } from '../i18n';

const messages = defineMessages({
  fr: {
    network: 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.',
    BAD_USER_INPUT: 'Une donnée saisie n’est pas acceptée.',
    CONFLICT: 'Cette action n’est pas possible dans l’état actuel.',
    NOT_FOUND: 'Introuvable : peut-être supprimé entre-temps.',
    UNAUTHENTICATED: 'Votre session a pris fin : connectez-vous de nouveau.',
    FORBIDDEN: 'Cette action ne vous est pas permise.',
    TOO_MANY_REQUESTS: 'Trop de tentatives : patientez une minute.',
    other: 'L’action a échoué.',
    detail: 'Détail :',
  },
  en: {
    network: 'The server does not answer. Check your connection and try again.',
    BAD_USER_INPUT: 'Something you typed is not accepted.',
    CONFLICT: 'This cannot be done in the current state.',
    NOT_FOUND: 'Not found: perhaps deleted meanwhile.',
    UNAUTHENTICATED: 'Your session has ended: log in again.',
    FORBIDDEN: 'You may not do this.',
    TOO_MANY_REQUESTS: 'Too many attempts: wait a minute.',
    other: 'The action failed.',
    detail: 'Detail:',
  },
});

type Known = 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TOO_MANY_REQUESTS';
const KNOWN: readonly string[] = ['BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'TOO_MANY_REQUESTS'] satisfies Known[];

/** An API refusal as the owner reads it: what went wrong in their language, then the server's own words. */
export function ErrorMessage({ error }: { error: CombinedError | null | undefined }) {
  const t = useMessages(messages);
  if (!error) return null;
  if (error.networkError && error.graphQLErrors.length === 0) return <p role="alert" className="error">{t('network')}</p>;
  const { code } = errorCode(error);
  const summary = code && KNOWN.includes(code) ? t(code as Known) : t('other');
  const detail = error.graphQLErrors.map((e) => e.message).join(' ');
  return (
    <p role="alert" className="error">
      {summary}
      {detail && <span className="error-detail"> {t('detail')} {detail}</span>}
    </p>
  );
}

import type { Lang } from '../../shared/kernel/lang';
import type { FetchErrorCode } from '../application/ports';

/** Why the last fetch failed, as the owner reads it; `detail` is an HTTP status at most, never the URL. */
export function fetchErrorText(code: FetchErrorCode, detail: string | null, lang: Lang): string {
  const fr = lang === 'FR';
  switch (code) {
    case 'REFUSED':
      return fr ? 'Cette adresse ne peut pas être lue : ce doit être une adresse web publique (https://…).' : 'This address cannot be read: it must be a public web address (https://…).';
    case 'TIMEOUT':
      return fr ? 'La plateforme n’a pas répondu à temps.' : 'The platform did not answer in time.';
    case 'TOO_LARGE':
      return fr ? 'Le calendrier dépasse 5 Mo.' : 'The calendar is larger than 5 MB.';
    case 'HTTP_STATUS':
      return fr
        ? `La plateforme a répondu par une erreur (HTTP ${detail ?? '?'}) : le lien a peut-être été remplacé.`
        : `The platform answered with an error (HTTP ${detail ?? '?'}): the link may have been replaced.`;
    case 'TOO_MANY_REDIRECTS':
      return fr ? 'La plateforme renvoie vers trop d’adresses à la suite.' : 'The platform redirects too many times.';
    case 'NETWORK':
      return fr ? 'La plateforme est injoignable.' : 'The platform could not be reached.';
    case 'DNS':
      return fr ? 'Le nom de domaine de l’adresse est introuvable.' : 'The address’s domain name does not exist.';
    case 'NOT_ICALENDAR':
      return fr ? 'La réponse n’est pas un calendrier iCal (lien expiré ou page d’erreur ?).' : 'The answer is not an iCalendar (an expired link or an error page?).';
  }
}

const PROBLEMS_FR: Record<string, string> = {
  NO_START: 'événement sans date de début',
  BAD_DATE: 'date illisible',
  END_BEFORE_START: 'fin avant le début',
  BAD_RECURRENCE: 'règle de répétition illisible',
  TOO_MANY_OCCURRENCES: 'trop de répétitions : les suivantes sont ignorées',
  UNREADABLE_EVENT: 'événement illisible',
  UNREADABLE_CALENDAR: 'calendrier illisible : aucun de ses événements n’est pris',
};

/** An event the import could not read, in the owner's language: in French, the line and what was wrong. */
export function problemText(problem: { code: string; line: number; message: string }, lang: Lang): string {
  if (lang === 'EN') return problem.message;
  return `Ligne ${problem.line} : ${PROBLEMS_FR[problem.code] ?? 'événement illisible'}, ignoré.`;
}

import type { Dossier, DossierStay } from './dossier';
import { StayNotInDossier, StayNotNamed } from './dossier.errors';

/**
 * The stays a change is about: the named accommodation's, or all of them when none is named.
 * A file has at most one stay per accommodation, so naming one finds at most one.
 */
export function staysAt(dossier: Pick<Dossier, 'stays'>, accommodationId: string | null): DossierStay[] {
  if (accommodationId === null) return [...dossier.stays];
  const stay = dossier.stays.find((s) => s.accommodationId === accommodationId);
  if (!stay) throw new StayNotInDossier('accommodationId', accommodationId);
  return [stay];
}

/** The one stay a change is about: the named accommodation's, or the file's only one; a file of several must name it. */
export function stayAt(dossier: Pick<Dossier, 'stays'>, accommodationId: string | null): DossierStay {
  const [stay, ...others] = staysAt(dossier, accommodationId);
  if (others.length > 0) throw new StayNotNamed();
  return stay;
}

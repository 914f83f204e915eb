/**
 * Reservation's public face: the only file another context may import. Integrators and other
 * contexts follow booking files and plannings through these events.
 */
export type { DossierEvent } from './domain/dossier/dossier.decider';
export type { DossierNumbersEvent } from './domain/dossier/dossier-numbers.decider';
export type { PlanningEvent } from './domain/planning/planning.decider';
export type { DossierStatus, Origin } from './domain/dossier/dossier';

export interface DossierDirectory {
  /** Whose the booking file is, read from its own stream; null when it does not exist or was deleted. */
  ownerOf(dossierId: string): Promise<string | null>;
}

/** Inject with `@Inject(DOSSIER_DIRECTORY)`; ReservationModule provides it. */
export const DOSSIER_DIRECTORY = Symbol('DossierDirectory');

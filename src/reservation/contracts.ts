/**
 * Reservation's public face: the only file another context may import. Integrators and other
 * contexts follow booking files and plannings through these events.
 */
import type { CalendarDate } from '../shared/kernel/calendar-date';

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

/** Nights from `arrival` up to, not including, `departure`. */
export interface NightSpan {
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
}

export interface PlanningAvailability {
  /**
   * The nights from `arrival` to `departure` (exclusive) already held on the accommodation's
   * planning, by a booking file or a block, clipped to that range and in order; holds that touch
   * may come as separate spans. Read from the planning's read model: a hold shows within moments,
   * and the planning itself still refuses a clash when the nights are booked.
   */
  takenNights(accommodationId: string, arrival: CalendarDate, departure: CalendarDate): Promise<NightSpan[]>;
}

/** Inject with `@Inject(PLANNING_AVAILABILITY)`; ReservationModule provides it. */
export const PLANNING_AVAILABILITY = Symbol('PlanningAvailability');

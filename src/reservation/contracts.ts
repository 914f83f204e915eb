/**
 * Reservation's public face: the only file another context may import. Integrators and other
 * contexts follow booking files and plannings through these events.
 */
import type { CommandContext } from '../event-store/command-handler';
import type { Position } from '../event-store/position';
import type { CalendarDate } from '../shared/kernel/calendar-date';
import type { Lang } from '../shared/kernel/lang';
import type { Guest } from './domain/dossier/guest';
import type { DossierDocument } from './infrastructure/dossier-document';

export type { DossierEvent } from './domain/dossier/dossier.decider';
export type { DossierNumbersEvent } from './domain/dossier/dossier-numbers.decider';
export type { PlanningEvent } from './domain/planning/planning.decider';
export type { DossierStatus, Origin } from './domain/dossier/dossier';
export { bookedByGuest } from './domain/dossier/dossier';
export { ANONYMOUS_GUEST } from './domain/dossier/guest-erasure';
export { decodeGuestErased, erasedFileOf, GUEST_ERASED_TYPES, type GuestErasedEvent } from './domain/guest-erasure-events';
export { cancellationSettlement } from './domain/dossier/cancellation-settlement';
export { bookingPageUrl } from './application/booking-page';
export { pendingReleaseNotice } from './domain/dossier/option-release';
export type { DossierDocument as DossierView } from './infrastructure/dossier-document';
export { dossierEvents } from './domain/dossier/dossier.events';
export { planningEvents } from './domain/planning/planning.events';

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
  /**
   * The same holds, each with whether an unpaid option is what holds it (its nights may come
   * free): what a guest's calendar shows, without whose they are.
   */
  heldNights(accommodationId: string, arrival: CalendarDate, departure: CalendarDate): Promise<HeldSpan[]>;
}

/** What an accommodation's iCalendar export reads of its planning. */
export interface PlanningExport {
  /**
   * Every hold on the accommodation's planning whose nights end after `since`, in order, with
   * its id and kind but nothing of who: what the accommodation's iCalendar export shows.
   */
  holdsToExport(accommodationId: string, since: CalendarDate): Promise<PlannedHold[]>;
}

export interface PlannedHold extends NightSpan {
  readonly holdId: string;
  /** The booking file holding the nights, or to hold them once paid; null for a block. */
  readonly dossierId: string | null;
  /** DOSSIER, BLOCK, PENDING_PAYMENT or IMPORTED. */
  readonly kind: string;
  /** An unpaid option, or nights held while a guest pays online: they may come free. */
  readonly option: boolean;
  /** When the hold took these nights (a move takes them anew). */
  readonly heldAt: Date;
}

/** Inject with `@Inject(PLANNING_EXPORT)`; ReservationModule provides it. */
export const PLANNING_EXPORT = Symbol('PlanningExport');

/** A stay another platform's calendar lists, as a hold on the planning: its id says which event of which feed. */
export interface ImportedStay extends NightSpan {
  readonly holdId: string;
}

/** An imported stay whose nights the planning gives to something else: a double booking to sort out. */
export interface PlanningConflict extends NightSpan {
  readonly holdId: string;
  readonly accommodationId: string;
  /** The feed the stay comes from. */
  readonly source: string;
  readonly label: string | null;
  /** What holds the nights: a file (DOSSIER, PENDING_PAYMENT), a block, or another imported stay. */
  readonly clash: NightSpan & { readonly holdId: string; readonly kind: string; readonly dossierId: string | null };
  readonly since: Date;
}

export interface PlanningImports {
  /**
   * What feed `source` says now, in one append on the planning: `stays` held (or moved), or
   * recorded as conflicts where the nights are taken; `release` freed. Nothing else on the
   * planning is touched, and the same call twice appends nothing.
   */
  sync(ownerId: string, accommodationId: string, source: string, label: string, stays: readonly ImportedStay[], release: readonly string[], context: CommandContext): Promise<Position | null>;
  /** The caller's conflicts whose stay ends after `since`, on one accommodation or all, by arrival. */
  conflicts(ownerId: string, accommodationId: string | null, since: CalendarDate): Promise<PlanningConflict[]>;
}

/** Inject with `@Inject(PLANNING_IMPORTS)`; ReservationModule provides it. */
export const PLANNING_IMPORTS = Symbol('PlanningImports');

export interface HeldSpan extends NightSpan {
  readonly option: boolean;
}

/** Inject with `@Inject(PLANNING_AVAILABILITY)`; ReservationModule provides it. */
export const PLANNING_AVAILABILITY = Symbol('PlanningAvailability');

/** A file whose guest is due a reminder: the deposit is late, or the balance falls due soon. */
export interface ReminderDue {
  readonly kind: 'DEPOSIT' | 'BALANCE';
  /** The day it is where the file's accommodation is. */
  readonly today: CalendarDate;
  readonly dossier: DossierDocument;
}

export interface DossierReader {
  /** The file as its own events make it now, never a lagging read model; null when it does not exist or was deleted. Not scoped: callers check `ownerId`. */
  dossierOf(dossierId: string): Promise<DossierDocument | null>;
  /**
   * Across owners, oldest due first, a page at a time: options whose deposit (not yet covered)
   * fell due in the `withinDays` before today, and confirmed files whose balance falls due from
   * today to `withinDays` ahead.
   */
  dueForReminder(now: Date, withinDays: number, limit: number, offset?: number): Promise<ReminderDue[]>;
}

/** Inject with `@Inject(DOSSIER_READER)`; ReservationModule provides it. */
export const DOSSIER_READER = Symbol('DossierReader');

/** A booking a guest made online, as Communication writes to them about it. */
export interface GuestBookingFacts {
  readonly guestBookingId: string;
  readonly ownerId: string;
  readonly accommodationId: string;
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
  /** The file's guest once it is open (the owner may have corrected it), else as the guest gave it. */
  readonly guest: Guest;
  /** The language the guest booked in: every email to them about it is in it. */
  readonly lang: Lang;
}

export interface GuestBookingAccess {
  /** The booking file a guest's link names, once it is open; null for any other token. */
  dossierIdOf(guestToken: string): Promise<string | null>;
  /** The booking a guest made online under this id (also its file's id); null when the file was not booked online by a guest. */
  factsOf(guestBookingId: string): Promise<GuestBookingFacts | null>;
}

export { guestBookingEvents } from './domain/guest-booking/guest-booking.events';
export type { GuestBookingEvent } from './domain/guest-booking/guest-booking.events';

/** Inject with `@Inject(GUEST_BOOKING_ACCESS)`; ReservationModule provides it. */
export const GUEST_BOOKING_ACCESS = Symbol('GuestBookingAccess');

import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import { cancellationSettlement } from './cancellation-settlement';
import { totalsOf, type Dossier } from './dossier';
import type { Guest } from './guest';

/**
 * A guest erased (RGPD art. 17, or the owner's retention period): the file keeps its stays,
 * figures and history for the accounts, and its guest reads as this from then on, in the file
 * as in every event the guest's key sealed.
 */
export const ANONYMOUS_GUEST: Guest = {
  company: null,
  civility: null,
  lastName: 'Anonyme',
  firstName: null,
  address: null,
  addressLine2: null,
  postalCode: null,
  city: null,
  country: null,
  phone1: null,
  phone2: null,
  phone3: null,
  fax: null,
  email: null,
};

/** What a file says of its guest: who they are, and what was written about them. */
type NamingTheGuest = Pick<Dossier, 'guest' | 'note' | 'internalNote' | 'cancellation' | 'payments'>;

/** The file without its guest: the same for the decider's state and for every document folded from the events. */
export function withoutGuest<File extends NamingTheGuest>(file: File): File {
  return {
    ...file,
    guest: ANONYMOUS_GUEST,
    note: null,
    internalNote: null,
    cancellation: file.cancellation && { ...file.cancellation, reason: null },
    payments: file.payments.map((p) => ({ ...p, note: null })),
  };
}

/** Why the erasure came: the guest asked (through the owner), or the owner's retention period ran out. */
export const ERASURE_CAUSES = ['REQUEST', 'RETENTION'] as const;
export type ErasureCause = (typeof ERASURE_CAUSES)[number];

/**
 * Why a file's guest cannot be erased yet: a stay still to come (the owner needs whom to welcome),
 * or money owed either way (the owner needs whom to claim it from or pay it back to).
 */
export const ERASURE_REFUSALS = ['STAY_TO_COME', 'MONEY_OWED'] as const;
export type ErasureRefusal = (typeof ERASURE_REFUSALS)[number];

/**
 * What the guest owes stops standing in the way once the owner can no longer claim it: two years
 * after the stay ended or was cancelled (Code de la consommation, L218-2). What the owner owes the
 * guest always does: the owner must be able to pay it back.
 */
export const CLAIMABLE_YEARS = 2;

/**
 * What stands in the way of erasing the file's guest on `today` (the accommodation's day), or
 * null. A deleted file owes nothing and has no stay; a cancelled file has no stay to come, and
 * owes what its settlement leaves to refund or to pay (its balance when nobody was said to cancel).
 */
export function erasureRefusal(dossier: Dossier, today: CalendarDate): ErasureRefusal | null {
  if (dossier.deleted) return null;
  if (dossier.cancellation === null && dossier.stays.some((s) => s.departure > today)) return 'STAY_TO_COME';
  const settlement = cancellationSettlement(dossier);
  const balance = totalsOf(dossier).balance.cents;
  const owedToGuest = settlement ? settlement.stillToRefund.cents > 0 : balance < 0;
  const owedByGuest = settlement ? settlement.guestStillOwes.cents > 0 : balance > 0;
  const ended = dossier.cancellation?.at.slice(0, 10) ?? lastDeparture(dossier) ?? today;
  return owedToGuest || (owedByGuest && !yearsPassed(ended, CLAIMABLE_YEARS, today)) ? 'MONEY_OWED' : null;
}

/** Whether `years` full years passed from `from` to `today`. */
function yearsPassed(from: CalendarDate, years: number, today: CalendarDate): boolean {
  const [y, rest] = [Number(from.slice(0, 4)), from.slice(4)];
  return `${y + years}${rest}` <= today;
}

/** The last night's morning of the file: when retention starts counting. */
export function lastDeparture(dossier: Pick<Dossier, 'stays'>): CalendarDate | null {
  const departures = dossier.stays.map((s) => s.departure).sort();
  return departures.length === 0 ? null : departures[departures.length - 1];
}

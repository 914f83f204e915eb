import type { DecodedEvent } from '../../event-store/event-store.port';
import { assertNever } from '../../shared/kernel/assert-never';
import type { CalendarDate } from '../../shared/kernel/calendar-date';
import type { Money } from '../../shared/kernel/money';
import { assessmentOf, repricedTouristTaxes, totalsOf, withAssessedTouristTax, type StayTouristTax, type Cancellation, type DepositDue, type DossierStatus, type DossierStay, type GlobalSupplement, type HandDiscount, type Origin, type ReceivedPayment, type ReleaseNotice } from '../domain/dossier/dossier';
import { withOwnerPrice } from '../domain/dossier/dossier-terms';
import type { DossierEvent } from '../domain/dossier/dossier.events';
import type { Guest } from '../domain/dossier/guest';
import { withoutGuest } from '../domain/dossier/guest-erasure';

/**
 * A booking file as the back office reads it: what the file says, its sums worked out, and who
 * changed it last. The read model stores this, and a mutation answers with it; it is built from
 * the file's events by `evolveDossierDocument`, never from the decider's state, so the decider may
 * keep whatever it needs to decide and the read side whatever it needs to show.
 */
export interface DossierDocument {
  readonly dossierId: string;
  readonly ownerId: string;
  readonly number: number | null;
  readonly createdAt: string;
  readonly timeZone: string;
  readonly status: DossierStatus;
  readonly origin: Origin;
  /** The destination a MARKETPLACE booking came through. */
  readonly destinationId: string | null;
  readonly guest: Guest;
  readonly stays: readonly DossierStay[];
  /** Stays whose taxe de séjour was assessed with a detail or recorded exemptions. */
  readonly touristTaxes: readonly StayTouristTax[];
  readonly globalSupplements: readonly GlobalSupplement[];
  readonly note: string | null;
  readonly internalNote: string | null;
  readonly contractSigned: boolean;
  readonly promoCode: string | null;
  readonly deposit: DepositDue & { readonly amount: Money };
  readonly balanceDueDate: CalendarDate;
  /** The owner's discount on the file, and what it takes off (`discountAmount`). */
  readonly discount: HandDiscount | null;
  readonly discountAmount: Money;
  /** When the guest was told the unpaid option goes, and whether it went. */
  readonly releaseNotice: ReleaseNotice | null;
  readonly payments: readonly ReceivedPayment[];
  readonly total: Money;
  readonly paid: Money;
  readonly balance: Money;
  readonly cancellation: Cancellation | null;
  /** When the file was deleted: a deleted file is in no list, but audit staff still replay it. */
  readonly deletedAt: string | null;
  /** When the guest was erased: the file names nobody since, and keeps its figures. */
  readonly erasedAt: string | null;
  readonly updatedAt: string;
}

type Sums = Pick<DossierDocument, 'total' | 'paid' | 'balance' | 'deposit' | 'discountAmount'>;

/** The sums follow from the lines, as the domain works them out. */
function withSums(document: Omit<DossierDocument, keyof Sums> & { deposit: DepositDue }): DossierDocument {
  const { total, paid, balance, depositAmount, discount } = totalsOf(document);
  return { ...document, total, paid, balance, discountAmount: discount, deposit: { ...document.deposit, amount: depositAmount } };
}

/** Rows folded before the owner's discounts, release notices, destinations, who cancels and assessed tourist taxes existed have none. */
const upgraded = (document: DossierDocument): DossierDocument => ({
  ...document,
  destinationId: document.destinationId ?? null,
  cancellation: document.cancellation && { ...document.cancellation, by: document.cancellation.by ?? null },
  discount: document.discount ?? null,
  touristTaxes: document.touristTaxes ?? [],
  releaseNotice: document.releaseNotice ?? null,
  erasedAt: document.erasedAt ?? null,
});

export function evolveDossierDocument(stored: DossierDocument | null, e: DecodedEvent<DossierEvent>): DossierDocument | null {
  const updatedAt = e.metadata.occurredAt;
  if (e.type === 'DossierOpened') {
    const { dossierId, ownerId, createdAt, timeZone, origin, destinationId, guest, stays, note, internalNote, promoCode, deposit, balanceDueDate } = e.data;
    return withSums({
      ...{ dossierId, ownerId, createdAt, timeZone, origin, destinationId, guest, stays, note, internalNote, promoCode, deposit, balanceDueDate },
      number: null,
      status: 'OPTION',
      globalSupplements: [],
      discount: null,
      releaseNotice: null,
      contractSigned: false,
      touristTaxes: [],
      payments: [],
      cancellation: null,
      deletedAt: null,
      erasedAt: null,
      updatedAt,
    });
  }
  if (stored === null) return null;
  const document = upgraded(stored);
  const changed = (change: Partial<DossierDocument>): DossierDocument => withSums({ ...document, ...change, updatedAt });
  switch (e.type) {
    case 'DossierNumbered':
      return changed({ number: e.data.number });
    case 'StayAdded':
      return changed({ stays: [...document.stays, e.data.stay] });
    case 'StayChanged':
      return changed({ stays: document.stays.map((s) => (s.stayId === e.data.stay.stayId ? e.data.stay : s)), touristTaxes: repricedTouristTaxes(document, e.data.stay) });
    case 'DueDatesMoved':
      return changed({ deposit: { ...document.deposit, dueDate: e.data.depositDueDate }, balanceDueDate: e.data.balanceDueDate });
    case 'GlobalSupplementAdded':
      return changed({ globalSupplements: [...document.globalSupplements, e.data.supplement] });
    case 'DossierNotesSet':
      return changed({ note: e.data.note, internalNote: e.data.internalNote });
    case 'GuestChanged':
      return changed({ guest: e.data.guest });
    case 'ContractSigned':
      return changed({ contractSigned: true });
    case 'DossierConfirmed':
      return changed({});
    case 'PaymentReceived':
      return changed({ payments: [...document.payments, e.data.payment] });
    case 'DossierCancelled':
      return changed({ cancellation: { reason: e.data.reason, at: e.data.cancelledAt, by: e.data.by } });
    case 'DossierDeleted':
      return changed({ deletedAt: updatedAt });
    case 'GuestErased':
      return changed({ ...withoutGuest(document), erasedAt: e.data.erasedAt });
    case 'DossierStatusChanged':
      return changed({ status: e.data.to });
    case 'DepositPercentChanged':
      return changed({ deposit: { ...document.deposit, percent: e.data.percent } });
    case 'StayPriceSet':
      return changed(withOwnerPrice(document, e.data));
    case 'DossierDiscountSet':
      return changed({ discount: e.data.discount });
    case 'OptionReleaseScheduled':
      return changed({ releaseNotice: { depositDueDate: e.data.depositDueDate, releaseOn: e.data.releaseOn, released: false } });
    case 'OptionReleased':
      return changed({ releaseNotice: document.releaseNotice && { ...document.releaseNotice, released: true } });
    case 'StayTouristTaxAssessed': {
      return changed(withAssessedTouristTax(document, assessmentOf(e.data)));
    }
    default:
      return assertNever(e);
  }
}

/** A file's events folded into its document: the read model's row, or the write side's answer. */
export function foldDossierDocument(events: readonly DecodedEvent<DossierEvent>[]): DossierDocument | null {
  return events.reduce<DossierDocument | null>(evolveDossierDocument, null);
}

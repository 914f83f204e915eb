import { isDeepStrictEqual } from 'node:util';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { Conflict, InvalidInput } from '../../../shared/kernel/errors';
import { localDayAndHour, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { MAX_CENTS, type Money } from '../../../shared/kernel/money';
import { event, type Command } from '../../../shared/kernel/message';
import { lifecycleStatus, totalsOf, type CancellingParty, type Dossier, type DossierStay, type GlobalSupplement, type HandDiscount, type ReceivedPayment, type StayTouristTax, assessmentOf, repricedTouristTaxes, withAssessedTouristTax } from './dossier';
import { atOwnerPrice, withOwnerPrice, checkDiscount, discountForTotal, dueDatesSetByHand, type DueDatesAsked } from './dossier-terms';
import { AccommodationAlreadyInDossier, DossierErased, DossierNotFound, GuestErasureRefused, DossierTotalOutOfRange, LifecycleForbids } from './dossier.errors';
import { dossierEvents, type DossierEvent, type DossierOpened } from './dossier.events';
import type { Guest } from './guest';
import { erasureRefusal, withoutGuest, type ErasureCause } from './guest-erasure';
import { releaseReason, releaseStep } from './option-release';

/** Stream `dossier-<dossierId>`: one booking file, from its opening to its last payment. */
export const dossierStream = (dossierId: string) => `dossier-${dossierId}`;

/** What every command on a file names: the file and the owner asking. */
interface Addressed {
  dossierId: string;
  ownerId: string;
}

export type { DossierEvent };

/**
 * The taxe de séjour of the stays a command prices, as their quotes assessed it: recorded on the
 * file beside their pricing when it says more than the pricing's flat amount (a detail "au réel",
 * recorded exemptions).
 */
interface Taxed {
  touristTaxes?: readonly StayTouristTax[];
}

export type DossierCommand =
  | Command<'OpenDossier', DossierOpened & Taxed>
  | Command<'NumberDossier', Addressed & { number: number }>
  | Command<'AddStay', Addressed & Taxed & { stay: DossierStay; dueDates: DueDates }>
  /** Stays moved or re-priced together, as one change of the file. */
  | Command<'ChangeStays', Addressed & Taxed & { stays: DossierStay[]; dueDates: DueDates }>
  /** The owner recorded which adults are exempt, and the stay's tax was assessed again with them. */
  | Command<'AssessTouristTax', Addressed & { touristTax: StayTouristTax }>
  | Command<'AddGlobalSupplement', Addressed & { supplement: GlobalSupplement }>
  /** Undefined keeps a note as it is; null clears it. */
  | Command<'SetDossierNotes', Addressed & { note: string | null | undefined; internalNote: string | null | undefined }>
  /** The guest as a whole, as createDossier takes it: a field left out is cleared. */
  | Command<'ChangeGuest', Addressed & { guest: Guest }>
  | Command<'MarkContractSigned', Addressed>
  | Command<'ConfirmDossier', Addressed>
  | Command<'ReceivePayment', Addressed & { payment: ReceivedPayment }>
  | Command<'CancelDossier', Addressed & { reason: string | null; cancelledAt: string; by: CancellingParty | null }>
  | Command<'DeleteDossier', Addressed>
  /**
   * The deposit's percentage (checked by `depositPercent`) and due dates set by hand, null keeping
   * one as it is; `now` tells which day it is where the file's accommodation is.
   */
  | Command<'SetDepositTerms', Addressed & DueDatesAsked & { depositPercent: number | null; now: string }>
  | Command<'SetStayPrice', Addressed & Taxed & { stayId: string; price: Money }>
  /** Null takes the owner's discount back. */
  | Command<'SetDiscount', Addressed & { discount: HandDiscount | null }>
  /** The total the owner agreed with the guest: what the file's lines come to beyond it becomes its discount. */
  | Command<'SetTotal', Addressed & { total: Money; label: string | null }>
  /** For an owner who releases unpaid options `afterDays` after their due date: the step due `now`. */
  | Command<'ReleaseUnpaidOption', Addressed & { afterDays: number; now: string }>
  /** The guest erased at `now`, unless a stay is to come or money is owed (see guest-erasure.ts). */
  | Command<'EraseGuest', Addressed & { cause: ErasureCause; now: string }>;

/** When the deposit and the balance fall due, as the handler worked them out from the stays' dates. */
export interface DueDates {
  depositDueDate: string;
  balanceDueDate: string;
}

/** Null before the file is opened. */
export type DossierState = Dossier | null;

export function decide(command: DossierCommand, state: DossierState): DossierEvent[] {
  const events = withTouristTaxes(command, state, decideChange(command, state));
  if (state === null || events.length === 0) return events;
  // The status is a consequence: fold what was decided and say so when it moved.
  const after = events.reduce<DossierState>(evolve, state);
  if (after === null || after.deleted) return events;
  // A payment already in the ledger is always received; every other change keeps the total in range.
  if (command.type !== 'ReceivePayment') assertTotalInRange(after, AMOUNT_FIELDS[command.type] ?? 'input');
  const to = lifecycleStatus(after);
  if (to === state.status) return events;
  return [...events, event('DossierStatusChanged', { dossierId: state.dossierId, ownerId: state.ownerId, from: state.status, to })];
}

/** Where a command's amount came in: named when the total it makes is out of range. */
const AMOUNT_FIELDS: Partial<Record<DossierCommand['type'], string>> = { AddGlobalSupplement: 'cents', SetStayPrice: 'cents', SetDiscount: 'discount', SetTotal: 'cents' };

/**
 * The assessments of the stays the command priced, after the events that priced them, for those
 * the file does not hold as they are. Only what the command decided to write is assessed: a
 * repeated command that changed nothing writes nothing.
 */
function withTouristTaxes(command: DossierCommand, state: DossierState, events: DossierEvent[]): DossierEvent[] {
  const taxes = 'touristTaxes' in command.data ? (command.data.touristTaxes ?? []) : command.type === 'AssessTouristTax' ? [command.data.touristTax] : [];
  if (taxes.length === 0 || (events.length === 0 && command.type !== 'AssessTouristTax')) return events;
  const after = events.reduce<DossierState>(evolve, state);
  if (after === null) return events;
  const { dossierId, ownerId } = after;
  const assessed = taxes
    .filter((tax) => after.stays.some((s) => s.stayId === tax.stayId))
    .filter((tax) => !isDeepStrictEqual(after.touristTaxes.find((t) => t.stayId === tax.stayId) ?? flatTax(after, tax.stayId), tax))
    .map((tax) => event('StayTouristTaxAssessed', { dossierId, ownerId, ...tax }));
  return [...events, ...assessed];
}

/** The opening as stored: the assessments are events of their own. */
function withoutTaxes(data: DossierOpened & Taxed): DossierOpened {
  const opened = { ...data };
  delete opened.touristTaxes;
  return opened;
}

/** What the file holds of a stay's tax without an assessment: its pricing's amount, nobody recorded exempt. */
function flatTax(dossier: Dossier, stayId: string): StayTouristTax | null {
  const stay = dossier.stays.find((s) => s.stayId === stayId);
  return stay ? { stayId, exemptions: {}, amount: stay.pricing.touristTax, detail: null, authority: null } : null;
}

function decideChange(command: DossierCommand, state: DossierState): DossierEvent[] {
  const { dossierId, ownerId } = command.data;
  if (command.type === 'OpenDossier') {
    // A marketplace booking names its destination, and only a marketplace booking does.
    if ((command.data.origin === 'MARKETPLACE') !== (command.data.destinationId !== null)) throw new InvalidInput('destinationId', 'is given with origin MARKETPLACE, and only then');
    if (state === null) return [event('DossierOpened', withoutTaxes(command.data))];
    if (state.ownerId === ownerId && state.createdAt === command.data.createdAt) return [];
    throw new Conflict(`Booking file ${dossierId} already exists`);
  }
  // A payment may arrive for a file deleted meanwhile: the ledger has it, so the file records it.
  const payment = command.type === 'ReceivePayment';
  // The guest of a deleted file is erased all the same: its events still hold them.
  const erasure = command.type === 'EraseGuest';
  if (state === null || state.ownerId !== ownerId || (state.deleted && !payment && !erasure)) throw new DossierNotFound(dossierId);
  // An erased file stays as the accounts knew it; money the ledger already holds is still recorded.
  if (state.erased && !payment && !erasure) throw new DossierErased(dossierId);
  const addressed = { dossierId, ownerId };
  const open = (action: string) => {
    if (state.status === 'CANCELLED') throw new LifecycleForbids(action, state.status);
  };
  switch (command.type) {
    case 'NumberDossier':
      if (state.number === command.data.number) return [];
      if (state.number !== null) throw new Conflict(`Booking file ${dossierId} already has number ${state.number}`);
      return [event('DossierNumbered', { ...addressed, number: command.data.number })];
    case 'AddStay': {
      open('given another stay');
      const { stay } = command.data;
      if (state.stays.some((s) => s.stayId === stay.stayId)) return [];
      if (state.stays.some((s) => s.accommodationId === stay.accommodationId)) throw new AccommodationAlreadyInDossier(stay.accommodationId);
      return [event('StayAdded', { ...addressed, stay }), ...dueDatesMoved(state, command.data.dueDates)];
    }
    case 'ChangeStays':
      open('changed');
      return [
        ...command.data.stays.flatMap((stay) => {
          const previous = state.stays.find((s) => s.stayId === stay.stayId);
          if (!previous) throw new Conflict(`Booking file ${dossierId} has no stay ${stay.stayId}`);
          return isDeepStrictEqual(previous, stay) ? [] : [event('StayChanged', { ...addressed, stay, previous })];
        }),
        ...dueDatesMoved(state, command.data.dueDates),
      ];
    case 'AddGlobalSupplement': {
      // Allowed on a cancelled file: that is where cancellation fees go.
      const { supplement } = command.data;
      if (state.globalSupplements.some((s) => s.supplementId === supplement.supplementId)) return [];
      return [event('GlobalSupplementAdded', { ...addressed, supplement })];
    }
    case 'SetDossierNotes': {
      const note = command.data.note === undefined ? state.note : command.data.note;
      const internalNote = command.data.internalNote === undefined ? state.internalNote : command.data.internalNote;
      if (note === state.note && internalNote === state.internalNote) return [];
      return [event('DossierNotesSet', { ...addressed, note, internalNote })];
    }
    case 'ChangeGuest': {
      // Allowed on a cancelled file: the owner still keeps its records right.
      const { guest } = command.data;
      if (isDeepStrictEqual(guest, state.guest)) return [];
      return [event('GuestChanged', { ...addressed, guest, previous: state.guest })];
    }
    case 'MarkContractSigned':
      return state.contractSigned ? [] : [event('ContractSigned', addressed)];
    case 'ConfirmDossier':
      open('confirmed');
      return state.status === 'OPTION' ? [event('DossierConfirmed', addressed)] : [];
    case 'ReceivePayment':
      if (state.payments.some((p) => p.paymentId === command.data.payment.paymentId)) return [];
      return [event('PaymentReceived', { ...addressed, payment: command.data.payment })];
    case 'CancelDossier':
      return state.status === 'CANCELLED' ? [] : [event('DossierCancelled', { ...addressed, reason: command.data.reason, cancelledAt: command.data.cancelledAt, by: command.data.by })];
    case 'EraseGuest': {
      if (state.erased) return [];
      const refusal = erasureRefusal(state, todayAt(state, command.data.now));
      if (refusal !== null) throw new GuestErasureRefused(dossierId, refusal);
      return [event('GuestErased', { ...addressed, cause: command.data.cause, erasedAt: command.data.now })];
    }
    case 'DeleteDossier':
      return [event('DossierDeleted', { ...addressed, holdIds: state.stays.map((s) => s.holdId) })];
    case 'SetDepositTerms': {
      open('given other deposit terms');
      const { depositPercent, now } = command.data;
      const previous = state.deposit.percent;
      const percentChanged = depositPercent === null || depositPercent === previous ? [] : [event('DepositPercentChanged', { ...addressed, percent: depositPercent, previous })];
      return [...percentChanged, ...dueDatesMoved(state, dueDatesSetByHand(state, command.data, todayAt(state, now)))];
    }
    case 'AssessTouristTax': {
      open('given other tourist tax exemptions');
      const { stayId } = command.data.touristTax;
      if (!state.stays.some((s) => s.stayId === stayId)) throw new Conflict(`Booking file ${dossierId} has no stay ${stayId}`);
      // The assessment itself is written by withTouristTaxes, when it differs.
      return [];
    }
    case 'SetStayPrice': {
      open('re-priced');
      const { stayId, price } = command.data;
      const stay = state.stays.find((s) => s.stayId === stayId);
      if (!stay) throw new Conflict(`Booking file ${dossierId} has no stay ${stayId}`);
      if (isDeepStrictEqual(atOwnerPrice(stay, price), stay)) return [];
      // Taxed "au réel", the tax is a share of the price: it comes with it, so no reader sees the new price with the old tax.
      const touristTax = command.data.touristTaxes?.find((t) => t.stayId === stayId)?.amount ?? null;
      return [event('StayPriceSet', { ...addressed, stayId, accommodationPrice: price, previous: stay.pricing.accommodationPrice, touristTax })];
    }
    case 'SetDiscount':
      open('given a discount');
      checkDiscount(state, command.data.discount, 'discount');
      return discountSet(state, command.data.discount);
    case 'SetTotal':
      open('given another total');
      return discountSet(state, discountForTotal(state, command.data.total, command.data.label, 'cents'));
    case 'ReleaseUnpaidOption': {
      const step = releaseStep(state, command.data.afterDays, todayAt(state, command.data.now));
      const depositDueDate = state.deposit.dueDate;
      switch (step.kind) {
        case 'NONE':
          return [];
        case 'NOTICE':
          return [event('OptionReleaseScheduled', { ...addressed, depositDueDate, releaseOn: step.releaseOn })];
        case 'RELEASE':
          return [
            event('OptionReleased', { ...addressed, depositDueDate }),
            // Unpaid, the proposal was never accepted: no one gave up a stay, and no money moved.
            event('DossierCancelled', { ...addressed, reason: releaseReason(state.deposit.kind, depositDueDate), cancelledAt: command.data.now, by: null }),
          ];
        default:
          return assertNever(step);
      }
    }
    default:
      return assertNever(command);
  }
}

/** The day an instant falls on where the file's accommodation is. */
const todayAt = (dossier: Dossier, now: string): CalendarDate => localDayAndHour(new Date(now), dossier.timeZone).date;

function discountSet(state: Dossier, discount: HandDiscount | null): DossierEvent[] {
  if (isDeepStrictEqual(discount, state.discount)) return [];
  return [event('DossierDiscountSet', { dossierId: state.dossierId, ownerId: state.ownerId, discount, previous: state.discount })];
}

/** A file may owe nothing, never less; and never more than any amount may be (MAX_CENTS). */
function assertTotalInRange(dossier: Dossier, field: string): void {
  const { total } = totalsOf(dossier);
  if (total.cents < 0 || total.cents > MAX_CENTS) throw new DossierTotalOutOfRange(field, total.cents);
}

function dueDatesMoved(state: Dossier, dates: DueDates): DossierEvent[] {
  if (dates.depositDueDate === state.deposit.dueDate && dates.balanceDueDate === state.balanceDueDate) return [];
  return [event('DueDatesMoved', { dossierId: state.dossierId, ownerId: state.ownerId, ...dates })];
}

export function evolve(state: DossierState, e: DossierEvent): DossierState {
  if (e.type === 'DossierOpened') {
    const { dossierId, ownerId, ...opened } = e.data;
    return {
      ...opened,
      dossierId,
      ownerId,
      number: null,
      globalSupplements: [],
      discount: null,
      releaseNotice: null,
      contractSigned: false,
      touristTaxes: [],
      payments: [],
      confirmedByHand: false,
      status: 'OPTION',
      cancellation: null,
      deleted: false,
      erased: false,
    };
  }
  if (state === null) return state;
  switch (e.type) {
    case 'DossierNumbered':
      return { ...state, number: e.data.number };
    case 'StayAdded':
      return { ...state, stays: [...state.stays, e.data.stay] };
    case 'StayChanged':
      return { ...state, stays: state.stays.map((s) => (s.stayId === e.data.stay.stayId ? e.data.stay : s)), touristTaxes: repricedTouristTaxes(state, e.data.stay) };
    case 'DueDatesMoved':
      return { ...state, deposit: { ...state.deposit, dueDate: e.data.depositDueDate }, balanceDueDate: e.data.balanceDueDate };
    case 'GlobalSupplementAdded':
      return { ...state, globalSupplements: [...state.globalSupplements, e.data.supplement] };
    case 'DossierNotesSet':
      return { ...state, note: e.data.note, internalNote: e.data.internalNote };
    case 'GuestChanged':
      return { ...state, guest: e.data.guest };
    case 'ContractSigned':
      return { ...state, contractSigned: true };
    case 'DossierConfirmed':
      return { ...state, confirmedByHand: true };
    case 'PaymentReceived':
      return { ...state, payments: [...state.payments, e.data.payment] };
    case 'DossierCancelled':
      return { ...state, cancellation: { reason: e.data.reason, at: e.data.cancelledAt, by: e.data.by } };
    case 'DossierDeleted':
      return { ...state, deleted: true };
    case 'GuestErased':
      return { ...withoutGuest(state), erased: true };
    case 'DossierStatusChanged':
      return { ...state, status: e.data.to };
    case 'DepositPercentChanged':
      return { ...state, deposit: { ...state.deposit, percent: e.data.percent } };
    case 'StayPriceSet':
      return { ...state, ...withOwnerPrice(state, e.data) };
    case 'StayTouristTaxAssessed': {
      return { ...state, ...withAssessedTouristTax(state, assessmentOf(e.data)) };
    }
    case 'DossierDiscountSet':
      return { ...state, discount: e.data.discount };
    case 'OptionReleaseScheduled':
      return { ...state, releaseNotice: { depositDueDate: e.data.depositDueDate, releaseOn: e.data.releaseOn, released: false } };
    case 'OptionReleased':
      return { ...state, releaseNotice: state.releaseNotice && { ...state.releaseNotice, released: true } };
    default:
      return assertNever(e);
  }
}

export const dossierDecider: Decider<DossierCommand, DossierEvent, DossierState> = {
  decide,
  evolve,
  initialState: () => null,
  events: dossierEvents,
};

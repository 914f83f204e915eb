import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { Conflict, InvalidInput, NotFound } from '../../../shared/kernel/errors';
import { nameBasedUuid } from '../../../shared/kernel/ids';
import { event, type Command } from '../../../shared/kernel/message';
import { euros, formatMoney, type Money } from '../../../shared/kernel/money';
import type { PaymentProviderName } from '../payment-provider/payment-provider';
import { onlinePaymentEvents, type OnlinePaymentEvent, type OnlinePaymentRefunded, type OnlinePaymentSucceeded } from './online-payment.events';

export type { OnlinePaymentEvent };

/** The same payment of a provider is always the same online payment, however often it is told. */
export const onlinePaymentIdOf = (provider: PaymentProviderName, providerPaymentId: string): string => nameBasedUuid(`${provider}/${providerPaymentId}`);

export type OnlinePaymentCommand =
  | Command<'RecordOnlinePayment', OnlinePaymentSucceeded>
  | Command<'SettleOnlinePayment', { onlinePaymentId: string; dossierId: string }>
  | Command<'RefundOnlinePayment', Omit<OnlinePaymentRefunded, 'ownerId'>>;

export interface OnlinePaymentState {
  readonly payment: OnlinePaymentSucceeded;
  /** The booking file whose ledger holds it; null until settled. */
  readonly dossierId: string | null;
  /** Cents given back so far. */
  readonly refunded: number;
  /** Each refund's cents, by our refund id. */
  readonly refunds: ReadonlyMap<string, number>;
}

/** Null until the provider said it was paid. */
export type OnlinePayment = OnlinePaymentState | null;

export class OnlinePaymentNotFound extends NotFound {
  constructor(onlinePaymentId: string) {
    super('Online payment', onlinePaymentId, 'onlinePaymentId');
  }
}

/** A payment pays for one file: it cannot be moved into another's ledger. */
export class OnlinePaymentSettledElsewhere extends Conflict {
  constructor(onlinePaymentId: string) {
    super(`Online payment ${onlinePaymentId} is already in another booking file's ledger`, 'dossierId');
  }
}

/** Money already on its way back cannot also pay for a file. */
export class OnlinePaymentRefundedBeforeSettling extends Conflict {
  constructor(onlinePaymentId: string) {
    super(`Online payment ${onlinePaymentId} was given back to the guest: it pays for no file`, 'onlinePaymentId');
  }
}

export class RefundOverOnlinePayment extends InvalidInput {
  constructor(refundable: Money) {
    super('input.cents', `at most ${formatMoney(refundable)} can go back through the payment provider`);
  }
}

/**
 * The refund that gives back whatever is left: at most one per payment, since nothing is left
 * after it, so its id is named from the payment alone and a retry finds the refund it made.
 */
export const restRefundIdOf = (onlinePaymentId: string): string => nameBasedUuid(`${onlinePaymentId}/refund-the-rest`);

/** What may still go back to the guest. */
export const refundableOf = (state: OnlinePaymentState): Money => euros(state.payment.amount.cents - state.refunded);

export function decide(command: OnlinePaymentCommand, state: OnlinePayment): OnlinePaymentEvent[] {
  switch (command.type) {
    case 'RecordOnlinePayment':
      return state ? [] : [event('OnlinePaymentSucceeded', command.data)];
    case 'SettleOnlinePayment': {
      const { onlinePaymentId, dossierId } = command.data;
      if (!state) throw new OnlinePaymentNotFound(onlinePaymentId);
      if (state.dossierId === dossierId) return [];
      if (state.dossierId !== null) throw new OnlinePaymentSettledElsewhere(onlinePaymentId);
      if (state.refunded > 0) throw new OnlinePaymentRefundedBeforeSettling(onlinePaymentId);
      return [event('OnlinePaymentSettled', { onlinePaymentId, ownerId: state.payment.ownerId, dossierId })];
    }
    case 'RefundOnlinePayment': {
      const refund = command.data;
      if (!state) throw new OnlinePaymentNotFound(refund.onlinePaymentId);
      if (state.refunds.has(refund.refundId)) return [];
      if (refund.amount.cents <= 0) throw new InvalidInput('input.cents', 'a refund gives back more than 0');
      if (refund.amount.cents > refundableOf(state).cents) throw new RefundOverOnlinePayment(refundableOf(state));
      return [event('OnlinePaymentRefunded', { ...refund, ownerId: state.payment.ownerId })];
    }
    default:
      return assertNever(command);
  }
}

export function evolve(state: OnlinePayment, e: OnlinePaymentEvent): OnlinePayment {
  switch (e.type) {
    case 'OnlinePaymentSucceeded':
      return { payment: e.data, dossierId: null, refunded: 0, refunds: new Map() };
    case 'OnlinePaymentSettled':
      return state && { ...state, dossierId: e.data.dossierId };
    case 'OnlinePaymentRefunded':
      return state && { ...state, refunded: state.refunded + e.data.amount.cents, refunds: new Map(state.refunds).set(e.data.refundId, e.data.amount.cents) };
    default:
      return assertNever(e);
  }
}

export const onlinePaymentDecider: Decider<OnlinePaymentCommand, OnlinePaymentEvent, OnlinePayment> = {
  decide,
  evolve,
  initialState: () => null,
  events: onlinePaymentEvents,
};

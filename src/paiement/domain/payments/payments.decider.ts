import type { Decider } from '../../../shared/kernel/decider';
import { InvalidInput, NotFound } from '../../../shared/kernel/errors';
import { event, type Command } from '../../../shared/kernel/message';
import { euros, formatMoney, MAX_CENTS } from '../../../shared/kernel/money';
import type { Payment, PaymentMethod } from '../../../shared/kernel/payment-terms';
import { paymentsEvents, type PaymentsEvent } from './payments.events';

/** Stream `payments-<dossierId>`: the ledger of one booking file ("règlements"). */
export const paymentsStream = (dossierId: string) => `payments-${dossierId}`;

export type { PaymentsEvent };

export type PaymentsCommand = Command<
  'RecordPayment',
  {
    dossierId: string;
    ownerId: string;
    /** Whose the file is, as Reservation told the handler; null when there is no such file. */
    dossierOwnerId: string | null;
    acceptedMethods: readonly PaymentMethod[];
    payment: Payment;
  }
>;

export interface Payments {
  readonly paymentIds: ReadonlySet<string>;
  readonly paid: number;
}

export class PaymentOfZero extends InvalidInput {
  constructor() {
    super('input.cents', 'a payment must not be 0: a refund is negative');
  }
}

export class RefundWithoutReason extends InvalidInput {
  constructor() {
    super('input.note', 'a refund needs its reason in the note');
  }
}

export class RefundOverPayments extends InvalidInput {
  constructor(paid: number) {
    super('input.cents', `a refund may not exceed what was paid (${formatMoney({ cents: paid, currency: 'EUR' })})`);
  }
}

/** Payments are bounded like every amount, so a file's sums stay exact wherever they are read. */
export class PaymentsOverLimit extends InvalidInput {
  constructor() {
    super('input.cents', `the file's payments would pass ${formatMoney(euros(MAX_CENTS))}`);
  }
}

export class PaymentMethodNotAccepted extends InvalidInput {
  constructor(method: PaymentMethod) {
    super('input.method', `you do not accept ${method} payments; add it to your deposit policy's accepted methods first`);
  }
}

export function decide(command: PaymentsCommand, state: Payments): PaymentsEvent[] {
  const { dossierId, ownerId, dossierOwnerId, acceptedMethods, payment } = command.data;
  if (dossierOwnerId !== ownerId) throw new NotFound('Booking file', dossierId, 'dossierId');
  if (state.paymentIds.has(payment.paymentId)) return [];
  if (payment.amount.cents === 0) throw new PaymentOfZero();
  if (payment.amount.cents < 0) {
    if (payment.note === null) throw new RefundWithoutReason();
    if (-payment.amount.cents > state.paid) throw new RefundOverPayments(state.paid);
  }
  // A refund goes back the way it can; only money coming in is held to the accepted methods.
  else if (!acceptedMethods.includes(payment.method)) throw new PaymentMethodNotAccepted(payment.method);
  if (state.paid + payment.amount.cents > MAX_CENTS) throw new PaymentsOverLimit();
  return [event('PaymentRecorded', { dossierId, ownerId, payment })];
}

export const paymentsDecider: Decider<PaymentsCommand, PaymentsEvent, Payments> = {
  decide,
  evolve: (state, e) => ({ paymentIds: new Set(state.paymentIds).add(e.data.payment.paymentId), paid: state.paid + e.data.payment.amount.cents }),
  initialState: () => ({ paymentIds: new Set(), paid: 0 }),
  events: paymentsEvents,
};

import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { paymentSchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import type { Payment } from '../../../shared/kernel/payment-terms';

/** The events of a `payments-<dossierId>` stream, the ledger of one booking file. */
export interface PaymentRecorded {
  readonly dossierId: string;
  readonly ownerId: string;
  /** Negative for a refund, whose reason is its note. */
  readonly payment: Payment;
}

export type PaymentsEvent = Event<'PaymentRecorded', PaymentRecorded>;

const paymentRecorded: z.ZodType<PaymentRecorded> = z.object({ dossierId: z.string(), ownerId: z.string(), payment: paymentSchema });

export const paymentsEvents = eventCodec<PaymentsEvent>('payments', {
  PaymentRecorded: { version: 1, schema: paymentRecorded },
});

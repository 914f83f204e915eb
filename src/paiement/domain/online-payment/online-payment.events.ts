import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { moneySchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import type { Money } from '../../../shared/kernel/money';
import type { PaymentProviderName } from '../payment-provider/payment-provider';
import { providerSchema } from '../payment-provider/payment-provider.events';

/**
 * Stream `online-payment-<onlinePaymentId>`, the id named from the provider and its payment's id,
 * so the same provider notification twice lands on the same stream and records nothing new.
 */
export const onlinePaymentStream = (onlinePaymentId: string) => `online-payment-${onlinePaymentId}`;

/** The provider took the guest's money: what for (`reference`, a guest checkout) and how much. */
export interface OnlinePaymentSucceeded {
  readonly onlinePaymentId: string;
  readonly ownerId: string;
  readonly provider: PaymentProviderName;
  readonly providerPaymentId: string;
  readonly reference: string;
  readonly amount: Money;
  /** ISO instant the provider says it was paid. */
  readonly paidAt: string;
}

/** The payment went into a booking file's ledger. */
export interface OnlinePaymentSettled {
  readonly onlinePaymentId: string;
  readonly ownerId: string;
  readonly dossierId: string;
}

/** Money given back through the provider; `amount` is positive, what went back. */
export interface OnlinePaymentRefunded {
  readonly onlinePaymentId: string;
  readonly ownerId: string;
  /** Ours, named from what asked for it: also the idempotency key the provider was given. */
  readonly refundId: string;
  readonly amount: Money;
  readonly reason: string;
  /** The provider's own id of the refund (Stripe's `re_…`), to find it in their dashboard. */
  readonly providerRefundId: string;
}

export type OnlinePaymentEvent =
  | Event<'OnlinePaymentSucceeded', OnlinePaymentSucceeded>
  | Event<'OnlinePaymentSettled', OnlinePaymentSettled>
  | Event<'OnlinePaymentRefunded', OnlinePaymentRefunded>;

export const onlinePaymentEvents = eventCodec<OnlinePaymentEvent>('online-payment', {
  OnlinePaymentSucceeded: {
    version: 1,
    schema: z.object({ onlinePaymentId: z.string(), ownerId: z.string(), provider: providerSchema, providerPaymentId: z.string(), reference: z.string(), amount: moneySchema, paidAt: z.string() }),
  },
  OnlinePaymentSettled: { version: 1, schema: z.object({ onlinePaymentId: z.string(), ownerId: z.string(), dossierId: z.string() }) },
  OnlinePaymentRefunded: {
    version: 1,
    schema: z.object({ onlinePaymentId: z.string(), ownerId: z.string(), refundId: z.string(), amount: moneySchema, reason: z.string(), providerRefundId: z.string() }),
  },
});

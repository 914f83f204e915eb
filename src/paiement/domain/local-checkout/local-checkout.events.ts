import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { instantSchema, moneySchema } from '../../../shared/kernel/event-schemas';
import { LANGS, type Lang } from '../../../shared/kernel/lang';
import type { Event } from '../../../shared/kernel/message';
import type { Money } from '../../../shared/kernel/money';

/** The events of a `local-checkout-<sessionId>` stream: a payment page of the local test provider. */
export interface LocalCheckoutStarted {
  readonly sessionId: string;
  readonly ownerId: string;
  readonly reference: string;
  readonly amount: Money;
  readonly description: string;
  readonly customerEmail: string | null;
  readonly lang: Lang;
  readonly returnUrl: string;
  readonly expiresAt: string;
}

export type LocalCheckoutEvent = Event<'LocalCheckoutStarted', LocalCheckoutStarted>;

export const localCheckoutEvents = eventCodec<LocalCheckoutEvent>('local-checkout', {
  LocalCheckoutStarted: {
    version: 1,
    schema: z.object({
      sessionId: z.string(),
      ownerId: z.string(),
      reference: z.string(),
      amount: moneySchema,
      description: z.string(),
      customerEmail: z.string().nullable(),
      lang: z.enum(LANGS),
      returnUrl: z.string(),
      expiresAt: instantSchema,
    }),
  },
});

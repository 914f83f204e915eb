import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { depositKindSchema, paymentMethodSchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import type { BalanceDue, DepositPolicy } from './deposit-policy';

/** The events of a `deposit-policy-<ownerId>` stream. */
export interface DepositPolicySet {
  readonly ownerId: string;
  /** The whole policy, replacing the one before. */
  readonly policy: DepositPolicy;
}

export type DepositPolicyEvent = Event<'DepositPolicySet', DepositPolicySet>;

const balanceDueSchema: z.ZodType<BalanceDue> = z.union([
  z.object({ kind: z.literal('ON_ARRIVAL') }),
  z.object({ kind: z.literal('DAYS_BEFORE_ARRIVAL'), days: z.number().int() }),
]);

const depositPolicySchema: z.ZodType<DepositPolicy> = z.object({
  kind: depositKindSchema,
  defaultPercent: z.number(),
  rules: z.array(z.object({ daysBeforeArrivalUnder: z.number().int(), percent: z.number() })),
  depositDueDays: z.number().int(),
  balanceDue: balanceDueSchema,
  acceptedPaymentMethods: z.array(paymentMethodSchema),
  chequePayableTo: z.string().nullable(),
});

export const depositPolicyEvents = eventCodec<DepositPolicyEvent>('deposit-policy', {
  DepositPolicySet: { version: 1, schema: z.object({ ownerId: z.string(), policy: depositPolicySchema }) },
});

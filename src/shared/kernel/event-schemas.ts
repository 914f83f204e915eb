import { z } from 'zod';
import { WEEKDAYS, type CalendarDate } from './calendar-date';
import type { LocalizedText } from './localized-text';
import type { Money } from './money';
import { DEPOSIT_KINDS, PAYMENT_METHODS, type Payment } from './payment-terms';

/**
 * The kernel's values as they appear inside stored events, for the event contracts of every
 * context. They check shape, not business rules: a rule may tighten later, and events written
 * under the old rule must still load.
 */
export const calendarDateSchema: z.ZodType<CalendarDate> = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date');

export const instantSchema = z.string().min(1);

export const weekdaySchema = z.enum(WEEKDAYS);

export const moneySchema: z.ZodType<Money> = z.object({ cents: z.number().int(), currency: z.literal('EUR') });

export const localizedTextSchema: z.ZodType<LocalizedText> = z.object({ fr: z.string().nullable(), en: z.string().nullable() });

export const frenchFirstTextSchema = z.object({ fr: z.string(), en: z.string().nullable() });

export const depositKindSchema = z.enum(DEPOSIT_KINDS);

export const paymentMethodSchema = z.enum(PAYMENT_METHODS);

export const paymentSchema: z.ZodType<Payment> = z.object({
  paymentId: z.string(),
  date: calendarDateSchema,
  method: paymentMethodSchema,
  amount: moneySchema,
  note: z.string().nullable(),
});

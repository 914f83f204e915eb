import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { weekdaySchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import type { BookingRules, LeadTime } from './booking-rules';

/**
 * The event of a `booking-rules-<accommodationId>` stream: its payload as stored, with its
 * version. This is a stored contract: a change of shape is a new version with an upcaster.
 * The rules are set whole, so each event replaces the previous rules.
 */
export interface BookingRulesSet {
  readonly accommodationId: string;
  readonly ownerId: string;
  readonly value: BookingRules;
}

export type BookingRulesEvent = Event<'BookingRulesSet', BookingRulesSet>;

const leadTimeSchema: z.ZodType<LeadTime> = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['SAME_DAY', 'NEXT_DAY']) }),
  z.object({ kind: z.enum(['SAME_DAY_UNTIL', 'NEXT_DAY_UNTIL']), hour: z.number().int() }),
  z.object({ kind: z.literal('DAYS_AHEAD'), days: z.number().int() }),
]);

const bookingRulesSchema: z.ZodType<BookingRules> = z.object({
  minimumStay: z.number().int(),
  leadTime: leadTimeSchema,
  closedToArrival: z.array(weekdaySchema),
  closedToDeparture: z.array(weekdaySchema),
  timeZone: z.string(),
});

const bookingRulesSetSchema: z.ZodType<BookingRulesSet> = z.object({ accommodationId: z.string(), ownerId: z.string(), value: bookingRulesSchema });

export const bookingRulesEvents = eventCodec<BookingRulesEvent>('booking-rules', {
  BookingRulesSet: { version: 1, schema: bookingRulesSetSchema },
});

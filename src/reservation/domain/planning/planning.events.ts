import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import { calendarDateSchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import { HOLD_KINDS, type Hold } from './hold';

/**
 * The events of a `planning-<accommodationId>` stream: their payloads as stored, each with its
 * version. This is a stored contract: a change of shape is a new version with an upcaster.
 */
export interface NightsHeld {
  readonly accommodationId: string;
  readonly ownerId: string;
  readonly hold: Hold;
}

/** Carries the hold it ends, so a reader knows which nights came free without looking back. */
export interface NightsReleased {
  readonly accommodationId: string;
  readonly ownerId: string;
  readonly hold: Hold;
}

/**
 * The nights before `before` are closed for good: holds that ended by then no longer matter to
 * any decision, and no hold may start before it. Nothing is freed: the past stays as it was.
 */
export interface PastNightsClosed {
  readonly accommodationId: string;
  readonly ownerId: string;
  readonly before: CalendarDate;
}

export type PlanningEvent = Event<'NightsHeld', NightsHeld> | Event<'NightsReleased', NightsReleased> | Event<'PastNightsClosed', PastNightsClosed>;

export const holdSchema: z.ZodType<Hold> = z.object({
  holdId: z.string(),
  kind: z.enum(HOLD_KINDS),
  arrival: calendarDateSchema,
  departure: calendarDateSchema,
  dossierId: z.string().nullable(),
  reason: z.string().nullable(),
});

const heldOrReleased = z.object({ accommodationId: z.string(), ownerId: z.string(), hold: holdSchema });

export const planningEvents = eventCodec<PlanningEvent>('planning', {
  NightsHeld: { version: 1, schema: heldOrReleased },
  NightsReleased: { version: 1, schema: heldOrReleased },
  PastNightsClosed: { version: 1, schema: z.object({ accommodationId: z.string(), ownerId: z.string(), before: calendarDateSchema }) },
});

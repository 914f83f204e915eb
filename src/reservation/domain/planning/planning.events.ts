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

/**
 * A stay another platform's calendar lists (`hold`, kind IMPORTED, from feed `source`) wants
 * nights the planning already gives to `clash` (a file, a block or another import): the planning
 * keeps what it holds, and the owner has a double booking to sort out. Recorded once while it
 * lasts; it ends when the import gets its nights or the calendar drops or moves the stay.
 */
export interface ImportConflicted {
  readonly accommodationId: string;
  readonly ownerId: string;
  readonly source: string;
  readonly hold: Hold;
  readonly clash: Hold;
}

export interface ImportConflictEnded {
  readonly accommodationId: string;
  readonly ownerId: string;
  readonly source: string;
  readonly hold: Hold;
}

export type PlanningEvent =
  | Event<'NightsHeld', NightsHeld>
  | Event<'NightsReleased', NightsReleased>
  | Event<'PastNightsClosed', PastNightsClosed>
  | Event<'ImportConflicted', ImportConflicted>
  | Event<'ImportConflictEnded', ImportConflictEnded>;

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
  ImportConflicted: { version: 1, schema: z.object({ accommodationId: z.string(), ownerId: z.string(), source: z.string(), hold: holdSchema, clash: holdSchema }) },
  ImportConflictEnded: { version: 1, schema: z.object({ accommodationId: z.string(), ownerId: z.string(), source: z.string(), hold: holdSchema }) },
});

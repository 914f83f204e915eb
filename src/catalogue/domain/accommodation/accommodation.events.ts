import { z } from 'zod';
import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { calendarDateSchema, frenchFirstTextSchema, moneySchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import { photoSchema } from '../photos.schema';
import { ACCOMMODATION_KINDS, ORIENTATIONS, type AccommodationDetails } from './accommodation-details';
import { VISIBILITIES, type Visibility } from './visibility';

/**
 * The events of an `accommodation-<accommodationId>` stream: their payloads as stored, each with
 * its version. This is a stored contract: a change of shape is a new version with an upcaster.
 */
export interface AccommodationCreated {
  readonly accommodationId: string;
  readonly ownerId: string;
  /** `OSMB-<owner number>-<sequence>`, given once and never changed. */
  readonly reference: string;
  readonly details: AccommodationDetails;
}

/** Carries every detail as it now is, not what changed. */
export interface AccommodationUpdated {
  readonly accommodationId: string;
  readonly ownerId: string;
  readonly details: AccommodationDetails;
}

export interface AccommodationVisibilityChanged {
  readonly accommodationId: string;
  readonly ownerId: string;
  readonly visibility: Visibility;
}

/** A visible accommodation is hidden first, by a visibility change just before this. */
export interface AccommodationArchived {
  readonly accommodationId: string;
  readonly ownerId: string;
}

/** Restored hidden: the owner shows it again by a visibility change. */
export interface AccommodationRestored {
  readonly accommodationId: string;
  readonly ownerId: string;
}

/** Carries the whole registration as it now is, not what changed. */
export interface AccommodationRegistrationSet {
  readonly accommodationId: string;
  readonly ownerId: string;
  /** A meublé de tourisme's, 13 characters upper-case without spaces; null when none. */
  readonly registrationNumber: string | null;
  readonly communeRequiresRegistration: boolean;
  /** The day the classement was decided; null when none is given. */
  readonly classificationDecidedOn: CalendarDate | null;
}

export type AccommodationEvent =
  | Event<'AccommodationCreated', AccommodationCreated>
  | Event<'AccommodationUpdated', AccommodationUpdated>
  | Event<'AccommodationVisibilityChanged', AccommodationVisibilityChanged>
  | Event<'AccommodationArchived', AccommodationArchived>
  | Event<'AccommodationRestored', AccommodationRestored>
  | Event<'AccommodationRegistrationSet', AccommodationRegistrationSet>;

const accommodationDetailsSchema: z.ZodType<AccommodationDetails> = z.object({
  name: z.string(),
  kind: z.enum(ACCOMMODATION_KINDS),
  starRating: z.number(),
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
  altitude: z.number().nullable(),
  minCapacity: z.number(),
  maxCapacity: z.number(),
  surface: z.number().nullable(),
  floor: z.number().nullable(),
  orientation: z.enum(ORIENTATIONS).nullable(),
  securityDeposit: moneySchema.nullable(),
  description: frenchFirstTextSchema,
  // Any code: codes are never renamed nor reused, and a reader skips one it does not know.
  characteristics: z.array(z.string()),
  photos: z.array(photoSchema),
});

const accommodationCreated: z.ZodType<AccommodationCreated> = z.object({
  accommodationId: z.string(),
  ownerId: z.string(),
  reference: z.string(),
  details: accommodationDetailsSchema,
});

const accommodationUpdated: z.ZodType<AccommodationUpdated> = z.object({ accommodationId: z.string(), ownerId: z.string(), details: accommodationDetailsSchema });

const accommodationVisibilityChanged: z.ZodType<AccommodationVisibilityChanged> = z.object({
  accommodationId: z.string(),
  ownerId: z.string(),
  visibility: z.enum(VISIBILITIES),
});

const accommodationArchived: z.ZodType<AccommodationArchived> = z.object({ accommodationId: z.string(), ownerId: z.string() });

const accommodationRestored: z.ZodType<AccommodationRestored> = z.object({ accommodationId: z.string(), ownerId: z.string() });

// Shapes only: the number's form is checked where it is typed, and a rule may tighten later.
const accommodationRegistrationSet: z.ZodType<AccommodationRegistrationSet> = z.object({
  accommodationId: z.string(),
  ownerId: z.string(),
  registrationNumber: z.string().nullable(),
  communeRequiresRegistration: z.boolean(),
  classificationDecidedOn: calendarDateSchema.nullable(),
});

export const accommodationEvents = eventCodec<AccommodationEvent>('accommodation', {
  AccommodationCreated: { version: 1, schema: accommodationCreated },
  AccommodationUpdated: { version: 1, schema: accommodationUpdated },
  AccommodationVisibilityChanged: { version: 1, schema: accommodationVisibilityChanged },
  AccommodationArchived: { version: 1, schema: accommodationArchived },
  AccommodationRestored: { version: 1, schema: accommodationRestored },
  AccommodationRegistrationSet: { version: 1, schema: accommodationRegistrationSet },
});

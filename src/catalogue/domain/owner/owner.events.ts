import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import type { Event } from '../../../shared/kernel/message';
import type { OwnerDetails } from './owner-details';

/**
 * The events of an `owner-<ownerId>` stream: their payloads as stored, each with its version.
 * This is a stored contract: a change of shape is a new version with an upcaster.
 */
export interface OwnerSignedUp {
  readonly ownerId: string;
  /** As the owner typed it; the claim stream holds the lower-cased form that makes it unique. */
  readonly email: string;
  readonly passwordHash: string;
  readonly details: OwnerDetails;
}

export interface OwnerDetailsUpdated {
  readonly ownerId: string;
  readonly details: OwnerDetails;
}

export interface OwnerPasswordChanged {
  readonly ownerId: string;
  readonly passwordHash: string;
}

export interface OwnerEmailChanged {
  readonly ownerId: string;
  readonly previousEmail: string;
  readonly email: string;
}

/** The owner's number in accommodation references (`OSMB-<number>-<sequence>`). */
export interface OwnerNumberAssigned {
  readonly ownerId: string;
  readonly number: number;
}

/** Takes the next rank among the owner's accommodations, for a reference about to be given. */
export interface AccommodationReferenceReserved {
  readonly ownerId: string;
  readonly sequence: number;
}

/** Bounds are whole years, both inclusive. `countsTowardsCapacity` since v2; v1 ranges all counted. */
export interface AgeRangeDefined {
  readonly ownerId: string;
  readonly ageRangeId: string;
  readonly label: string;
  readonly minAge: number;
  readonly maxAge: number;
  readonly countsTowardsCapacity: boolean;
}

/** Carries the whole range as it now is, not what changed. `countsTowardsCapacity` since v2. */
export interface AgeRangeChanged {
  readonly ownerId: string;
  readonly ageRangeId: string;
  readonly label: string;
  readonly minAge: number;
  readonly maxAge: number;
  readonly countsTowardsCapacity: boolean;
}

export interface AgeRangeRemoved {
  readonly ownerId: string;
  readonly ageRangeId: string;
}

export type OwnerEvent =
  | Event<'OwnerSignedUp', OwnerSignedUp>
  | Event<'OwnerDetailsUpdated', OwnerDetailsUpdated>
  | Event<'OwnerPasswordChanged', OwnerPasswordChanged>
  | Event<'OwnerEmailChanged', OwnerEmailChanged>
  | Event<'OwnerNumberAssigned', OwnerNumberAssigned>
  | Event<'AccommodationReferenceReserved', AccommodationReferenceReserved>
  | Event<'AgeRangeDefined', AgeRangeDefined>
  | Event<'AgeRangeChanged', AgeRangeChanged>
  | Event<'AgeRangeRemoved', AgeRangeRemoved>;

const ownerDetailsSchema: z.ZodType<OwnerDetails> = z.object({
  company: z.string().nullable(),
  civility: z.string().nullable(),
  lastName: z.string(),
  firstName: z.string().nullable(),
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  phone1: z.string().nullable(),
  phone2: z.string().nullable(),
  fax: z.string().nullable(),
  website: z.string().nullable(),
});

const ownerSignedUp: z.ZodType<OwnerSignedUp> = z.object({ ownerId: z.string(), email: z.string(), passwordHash: z.string(), details: ownerDetailsSchema });

const ownerDetailsUpdated: z.ZodType<OwnerDetailsUpdated> = z.object({ ownerId: z.string(), details: ownerDetailsSchema });

const ownerPasswordChanged: z.ZodType<OwnerPasswordChanged> = z.object({ ownerId: z.string(), passwordHash: z.string() });

const ownerEmailChanged: z.ZodType<OwnerEmailChanged> = z.object({ ownerId: z.string(), previousEmail: z.string(), email: z.string() });

const ownerNumberAssigned: z.ZodType<OwnerNumberAssigned> = z.object({ ownerId: z.string(), number: z.number() });

const accommodationReferenceReserved: z.ZodType<AccommodationReferenceReserved> = z.object({ ownerId: z.string(), sequence: z.number() });

const ageRangeFields = { ownerId: z.string(), ageRangeId: z.string(), label: z.string(), minAge: z.number(), maxAge: z.number(), countsTowardsCapacity: z.boolean() };

const ageRangeDefined: z.ZodType<AgeRangeDefined> = z.object(ageRangeFields);

const ageRangeChanged: z.ZodType<AgeRangeChanged> = z.object(ageRangeFields);

/** Before v2 every occupant counted towards the accommodation's capacity, whatever their age. */
const everyoneCounted = (v1: Record<string, unknown>) => ({ ...v1, countsTowardsCapacity: true });

const ageRangeRemoved: z.ZodType<AgeRangeRemoved> = z.object({ ownerId: z.string(), ageRangeId: z.string() });

export const ownerEvents = eventCodec<OwnerEvent>('owner', {
  OwnerSignedUp: { version: 1, schema: ownerSignedUp },
  OwnerDetailsUpdated: { version: 1, schema: ownerDetailsUpdated },
  OwnerPasswordChanged: { version: 1, schema: ownerPasswordChanged },
  OwnerEmailChanged: { version: 1, schema: ownerEmailChanged },
  OwnerNumberAssigned: { version: 1, schema: ownerNumberAssigned },
  AccommodationReferenceReserved: { version: 1, schema: accommodationReferenceReserved },
  AgeRangeDefined: { version: 2, schema: ageRangeDefined, upcasters: { 1: everyoneCounted } },
  AgeRangeChanged: { version: 2, schema: ageRangeChanged, upcasters: { 1: everyoneCounted } },
  AgeRangeRemoved: { version: 1, schema: ageRangeRemoved },
});

import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { localizedTextSchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import { photoSchema } from '../photos.schema';
import type { EstablishmentDetails } from './establishment-details';

/**
 * The one event of an `establishment-<ownerId>` stream: its payload as stored, with its version.
 * This is a stored contract: a change of shape is a new version with an upcaster.
 */
export interface EstablishmentDescribed {
  readonly ownerId: string;
  /** The whole description as it now is: the latest event replaces every earlier one. */
  readonly details: EstablishmentDetails;
}

export type EstablishmentEvent = Event<'EstablishmentDescribed', EstablishmentDescribed>;

const establishmentDetailsSchema: z.ZodType<EstablishmentDetails> = z.object({
  name: z.string(),
  slogan: z.string().nullable(),
  description: localizedTextSchema,
  photos: z.array(photoSchema),
});

const establishmentDescribed: z.ZodType<EstablishmentDescribed> = z.object({ ownerId: z.string(), details: establishmentDetailsSchema });

export const establishmentEvents = eventCodec<EstablishmentEvent>('establishment', {
  EstablishmentDescribed: { version: 1, schema: establishmentDescribed },
});

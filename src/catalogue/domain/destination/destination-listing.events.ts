import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import type { Event } from '../../../shared/kernel/message';

/**
 * The one event of a `destination-listing-<destinationId>-<ownerId>` stream: which of an owner's
 * accommodations a destination lists. It carries the owner's whole choice as it now is, the
 * latest replacing every earlier one; empty when the owner left. Tarification's marketplace
 * search reads it (through `contracts.ts`), and filters on bookability itself: an accommodation
 * chosen here may since have stopped being bookable online. This is a stored contract: a change
 * of shape is a new version with an upcaster.
 */
export interface DestinationListingChanged {
  readonly destinationId: string;
  readonly ownerId: string;
  /** Each once; empty when the owner left the destination. */
  readonly accommodationIds: readonly string[];
}

export type DestinationListingEvent = Event<'DestinationListingChanged', DestinationListingChanged>;

const destinationListingChanged: z.ZodType<DestinationListingChanged> = z.object({ destinationId: z.string(), ownerId: z.string(), accommodationIds: z.array(z.string()) });

export const destinationListingEvents = eventCodec<DestinationListingEvent>('destination-listing', {
  DestinationListingChanged: { version: 1, schema: destinationListingChanged },
});

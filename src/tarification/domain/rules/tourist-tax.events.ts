import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { moneySchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import type { TouristTax } from './tourist-tax';

/**
 * The event of a `tourist-tax-<accommodationId>` stream: its payload as stored, with its
 * version. This is a stored contract: a change of shape is a new version with an upcaster.
 */
export interface TouristTaxSet {
  readonly accommodationId: string;
  readonly ownerId: string;
  /** Null: the owner stopped collecting the taxe de séjour. */
  readonly value: TouristTax | null;
}

export type TouristTaxEvent = Event<'TouristTaxSet', TouristTaxSet>;

const touristTaxSchema: z.ZodType<TouristTax> = z.object({ perPersonPerNight: moneySchema });

const touristTaxSetSchema: z.ZodType<TouristTaxSet> = z.object({ accommodationId: z.string(), ownerId: z.string(), value: touristTaxSchema.nullable() });

export const touristTaxEvents = eventCodec<TouristTaxEvent>('tourist-tax', {
  TouristTaxSet: { version: 1, schema: touristTaxSetSchema },
});

import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { localizedTextSchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import type { LinkedText, SalesTermsSetting } from './sales-terms';

/** The events of a `sales-terms-<ownerId>` stream. */
export interface SalesTermsSet {
  readonly ownerId: string;
  /** The whole terms as they now are, replacing the ones before. */
  readonly terms: SalesTermsSetting;
}

export type SalesTermsEvent = Event<'SalesTermsSet', SalesTermsSet>;

const linkedTextSchema: z.ZodType<LinkedText> = z.object({ text: localizedTextSchema, link: z.string().nullable() });

const salesTermsSchema: z.ZodType<SalesTermsSetting> = z.object({
  onlinePayment: z.boolean(),
  preBooking: z.boolean(),
  paymentWindowMinutes: z.number().int(),
  gdprOptIn: linkedTextSchema.nullable(),
  privacy: linkedTextSchema.nullable(),
});

export const salesTermsEvents = eventCodec<SalesTermsEvent>('sales-terms', {
  SalesTermsSet: { version: 1, schema: z.object({ ownerId: z.string(), terms: salesTermsSchema }) },
});
